import Foundation
import Store
import TextWidth

/// Batch import from a trader's ERP (导入): CSV with one row per goods line and the header
/// columns repeated on each row, or JSON with nested declarations.
///
/// - Columns (and JSON keys) are catalogue keys, English labels or Chinese labels.
/// - Rows with the same trader's reference (`traderReference`, 企业内部编号) form one
///   declaration; the reference is also the re-import key: an existing draft is updated, a
///   submitted one is reported and left alone, nothing is duplicated.
/// - Unknown columns are ignored with one warning each (ERP exports carry extra columns).
/// - Each declaration is all-or-nothing: valid ones become drafts (or are submitted with
///   `submit: true`); every invalid one is reported with all its problems as
///   `file:line:column: field: reason`, and its rows go to a rejects file in the input's format.
/// - Writes go in batches (one transaction per batch, one savepoint per declaration) through
///   cached prepared statements; reference look-ups are cached for the whole import.
public final class DeclarationImporter {
    let ws: Workspace
    let actor: Operator
    let options: DeclarationImportOptions
    private let reference: DeclarationReference

    public init(workspace: Workspace, operator actor: Operator, options: DeclarationImportOptions = DeclarationImportOptions()) {
        self.ws = workspace
        self.actor = actor
        self.options = options
        self.reference = DeclarationReference(db: workspace.db)
    }

    /// Imports a `.json` file as JSON and anything else as CSV (read a record at a time: a
    /// CSV file is never held in memory whole).
    public func importFile(at path: String) throws -> DeclarationImportResult {
        try Authority.require(actor, "declaration.import", roles: [.broker])
        let name = (path as NSString).lastPathComponent
        var rejects = options.rejectsPath ?? DeclarationImporter.defaultRejectsPath(for: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.isReadableFile(atPath: path),
              FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw UnreadableFile(path: path)
        }
        if !options.dryRun {
            // Checked before anything is committed: a missing or read-only directory, or a link,
            // refuses the import, not its end (8 declarations were committed, then a raw error).
            // A directory gets the rejects file inside it; an earlier rejects file is replaced.
            rejects = try SafeFileWrite.destination(rejects, fileName: (DeclarationImporter.defaultRejectsPath(for: path) as NSString).lastPathComponent,
                                                    force: true)
            // A killed import's half rejects file: the name is the program's own.
            if FileManager.default.fileExists(atPath: rejects + ".part") || SafeFileWrite.isSymlink(rejects + ".part") {
                unlink(rejects + ".part")
            }
        }
        if path.lowercased().hasSuffix(".json") {
            // Mapped, not read: the parser walks the file's pages and hands over one declaration at a time.
            return try importJSON(data: Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped),
                                  fileName: name, rejectsPath: rejects)
        }
        return try importCSV(open: { try CSVStream(path: path, encoding: $0) }, fileName: name, rejectsPath: rejects)
    }

    static func defaultRejectsPath(for path: String) -> String {
        let ext = (path as NSString).pathExtension
        let base = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return base + ".rejects." + (ext.isEmpty ? "csv" : ext)
    }

    // MARK: - CSV

    public func importCSV(data: Data, fileName: String, rejectsPath: String? = nil) throws -> DeclarationImportResult {
        try importCSV(open: { try CSVStream(data: data, encoding: $0) }, fileName: fileName, rejectsPath: rejectsPath)
    }

    /// Two passes over the text, each a record at a time: the first checks the whole file and
    /// finds each declaration's rows (nothing is written for a file that is not UTF-8 or
    /// GB18030, has a broken character or an open quote), the second builds, judges and writes
    /// one declaration at a time. A file found to be GBK/GB18030 (Chinese ERPs on Windows write
    /// it) is read again decoded; `result.encoding` names it for the summary.
    private func importCSV(open: (ImportEncoding) throws -> CSVStream, fileName: String, rejectsPath: String?) throws -> DeclarationImportResult {
        try Authority.require(actor, "declaration.import", roles: [.broker])
        var result = DeclarationImportResult()
        result.dryRun = options.dryRun
        let plan: CSVImportPlan
        var encoding = ImportEncoding.utf8
        let referenceColumn = { (header: [String]) in
            (header.firstIndex { FieldCatalogue.field(forColumn: $0)?.key == "traderReference" } ?? 0)
        }
        do {
            do {
                plan = try CSVImportPlan.scan(open: { try open(.utf8) }, referenceColumn: referenceColumn)
            } catch CSVError.notUTF8(_, likelyGBK: true) {
                encoding = .gb18030
                plan = try CSVImportPlan.scan(open: { try open(.gb18030) }, referenceColumn: referenceColumn)
            }
        } catch let error as CSVError {
            result.fileErrors = [CSVFileProblem.unreadable(error, fileName: fileName)]
            return result
        }
        result.encoding = encoding
        guard let headerRecord = plan.header else {
            result.fileErrors = [CSVFileProblem.empty(fileName: fileName)]
            return result
        }
        guard plan.rows > 0 else {
            result.fileErrors = [CSVFileProblem.noRows(headerRecord, fileName: fileName)]
            return result
        }
        let header = CSVImportHeader(headerRecord, fileName: fileName, field: { FieldCatalogue.field(forColumn: $0)?.key },
                                     required: DeclarationImporter.requiredColumns.map { .init(field: $0.key, label: "\($0.key) (\($0.zh))") })
        result.warnings += header.unknown
        if !header.problems.isEmpty {
            result.fileErrors = header.problems
            return result
        }
        let fieldAt = header.fieldAt.map { $0.flatMap { FieldCatalogue.field($0) } }
        let columns = header.columns
        let reader = try CSVUnitReader(stream: open(encoding), plan: plan, fieldAt: fieldAt, columns: columns)
        // Rejected rows are written as UTF-8; from a GB18030 file with a byte order mark, so a
        // spreadsheet opening the rejects file reads its Chinese right.
        let rejects = options.dryRun ? nil : rejectsPath.map {
            CSVRejectsWriter(path: $0, header: headerRecord.fields, crlf: plan.crlf, bom: plan.bom || encoding == .gb18030)
        }
        try process(total: plan.declarations, next: reader.next, fileName: fileName, result: &result) { unit, _ in
            try rejects?.write(rows: unit.csvRows)
        }
        result.rejectsPath = try rejects?.finish()
        return result
    }

    /// Columns every file must have: the re-import key, the record's switches, and the shared
    /// items every declaration needs whatever its scope. Agency items may be left out of a
    /// file; declarations that need them are then rejected one by one with the reason.
    static let requiredColumns: [FieldDefinition] = FieldCatalogue.fields.filter { field in
        ["traderReference", "direction", "scope"].contains(field.key)
            || (field.owner == .shared && field.required == .always && (field.level == .header || field.level == .goods))
    }

    /// Header values go in as typed; the two switches are parsed, and a bad one is a problem.
    static func setHeader(_ d: inout Declaration, _ key: String, _ raw: String, problems: inout [Problem]) {
        switch key {
        case "direction":
            if let direction = DeclarationDirection(text: raw) { d.direction = direction }
            else { problems.append(Problem("direction", "import.badDirection", [raw])) }
        case "scope":
            if let scope = DeclarationScope(text: raw) { d.scope = scope }
            else { problems.append(Problem("scope", "import.badScope", [raw])) }
        default:
            d[key] = raw
        }
    }

    // MARK: - JSON

    /// JSON: `{"declarations": [...]}`, a bare array, or one declaration object. Each declaration
    /// has `header` (object; `direction` and `scope` may sit there or beside it), `goods`,
    /// `containers` and `documents` (arrays of objects). Keys as in CSV.
    public func importJSON(data: Data, fileName: String, rejectsPath: String? = nil) throws -> DeclarationImportResult {
        try Authority.require(actor, "declaration.import", roles: [.broker])
        var result = DeclarationImportResult()
        result.dryRun = options.dryRun
        if let badLine = CSVReader.firstInvalidUTF8Line(data) {
            let gbk = CSVReader.looksLikeGBK([UInt8](data.prefix(1 << 20)))
            result.fileErrors = [CSVFileProblem.unreadable(CSVError.notUTF8(line: badLine, likelyGBK: gbk), fileName: fileName)]
            return result
        }
        // Pass one checks the whole text and counts the declarations: a file with a syntax error
        // anywhere imports nothing. Pass two builds and writes them one at a time.
        var total = 0
        do {
            var elements = try PositionedJSON.Elements(data)
            while try elements.next() != nil { total += 1 }
        } catch let error as PositionedJSON.ParseError {
            result.fileErrors = [ImportProblem(file: fileName, line: error.line, column: error.column, field: "file",
                                               key: "import.badJSON", arguments: [error.message])]
            return result
        }
        if total == 0 {
            result.fileErrors = [ImportProblem(file: fileName, line: 1, column: 1, field: "file", key: "import.empty")]
            return result
        }
        var elements = try PositionedJSON.Elements(data)
        var unknown: Set<String> = []
        var warnings: [ImportProblem] = []
        var rejected: [Declaration] = []
        try process(total: total, next: {
            try elements.next().map { self.jsonUnit($0, fileName: fileName, unknown: &unknown, warnings: &warnings) }
        }, fileName: fileName, result: &result) { unit, _ in
            if !self.options.dryRun { rejected.append(unit.declaration) }
        }
        result.warnings = warnings + result.warnings
        if !options.dryRun, result.rejected > 0, let rejectsPath {
            try SafeFileWrite.write(DeclarationExporter.json(rejected), to: rejectsPath)
            result.rejectsPath = rejectsPath
        }
        return result
    }

    /// The declarations of a JSON file as written, unvalidated, each with its `template` name
    /// (or trader's reference): for loading templates and samples.
    public static func declarations(fromJSON data: Data) throws -> [(name: String, declaration: Declaration)] {
        let root = try PositionedJSON.parse(data)
        guard case let .object(members, _, _) = root, case let .array(items, _, _)? = members.first(where: { $0.key == "declarations" })?.value else {
            return []
        }
        let reader = DeclarationImporter(workspace: Workspace(db: try Database(path: ":memory:"), kind: .training, clock: SystemClock()),
                                         operator: .system)
        var unknown: Set<String> = []
        var warnings: [ImportProblem] = []
        return items.map { item in
            var name = ""
            if case let .object(fields, _, _) = item, let text = fields.first(where: { $0.key == "template" })?.value.text { name = text }
            unknown.insert("template")
            let unit = reader.jsonUnit(item, fileName: "", unknown: &unknown, warnings: &warnings)
            return (name.isEmpty ? unit.declaration.traderReference : name, unit.declaration)
        }
    }

    private func jsonUnit(_ node: PositionedJSON, fileName: String, unknown: inout Set<String>,
                          warnings: inout [ImportProblem]) -> ImportUnit {
        var d = Declaration(direction: .import, scope: .customsAndInspection)
        var locator = ImportLocator(firstLine: node.line)
        var problems: [Problem] = []
        guard case let .object(members, _, _) = node else {
            problems.append(Problem("declaration", "import.badShape", ["an object"]))
            locator.positions["declaration"] = (node.line, node.column)
            return ImportUnit(declaration: d, problems: problems, locator: locator)
        }
        func note(_ key: String, _ value: PositionedJSON) {
            guard unknown.insert(key).inserted else { return }
            warnings.append(ImportProblem(file: fileName, line: value.line, column: value.column, field: key,
                                          key: "import.unknownColumn", arguments: [key]))
        }
        func values(_ object: PositionedJSON, level: FieldDefinition.Level, prefix: String) -> [String: String] {
            guard case let .object(fields, _, _) = object else {
                problems.append(Problem(prefix, "import.badShape", ["an object"]))
                locator.positions[prefix] = (object.line, object.column)
                return [:]
            }
            var out: [String: String] = [:]
            for (name, value) in fields {
                guard let field = FieldCatalogue.field(forColumn: name), field.level == level else {
                    note(name, value); continue
                }
                let path = level == .header && (field.key == "direction" || field.key == "scope") ? field.key : "\(prefix).\(field.key)"
                locator.positions[path] = (value.line, value.column)
                guard let text = value.text else {
                    problems.append(Problem(path, "import.badShape", ["a text or number"])); continue
                }
                out[field.key] = text
            }
            return out
        }
        func list(_ node: PositionedJSON, level: FieldDefinition.Level, name: String) -> [[String: String]] {
            guard case let .array(items, _, _) = node else {
                problems.append(Problem(name, "import.badShape", ["an array"]))
                locator.positions[name] = (node.line, node.column)
                return []
            }
            // Past the goods limit only the first item over it is read, for the validator to refuse.
            let kept = level == .goods ? Array(items.prefix(InputLimits.goodsItems + 1)) : items
            return kept.enumerated().map { i, item in
                locator.positions["\(name)[\(i + 1)]"] = (item.line, item.column)
                return values(item, level: level, prefix: "\(name)[\(i + 1)]")
            }
        }
        locator.positions["goods"] = (node.line, node.column)
        for (name, value) in members {
            switch name {
            case "header":
                locator.positions["header"] = (value.line, value.column)
                for (key, raw) in values(value, level: .header, prefix: "header") { Self.setHeader(&d, key, raw, problems: &problems) }
            case "goods": d.goods = list(value, level: .goods, name: "goods").map(GoodsLine.init)
            case "containers": d.containers = list(value, level: .container, name: "containers").map(DeclarationContainer.init)
            case "documents": d.documents = list(value, level: .document, name: "documents").map(AttachedDocument.init)
            default:
                if let field = FieldCatalogue.field(forColumn: name), field.level == .header, let text = value.text {
                    let path = field.key == "direction" || field.key == "scope" ? field.key : "header.\(field.key)"
                    locator.positions[path] = (value.line, value.column)
                    Self.setHeader(&d, field.key, text, problems: &problems)
                } else {
                    note(name, value)
                }
            }
        }
        return ImportUnit(declaration: d, problems: problems, locator: locator)
    }

    // MARK: - Judging and writing

    private enum Outcome { case write(existing: Declaration?), alreadySubmitted(String), reject([Problem]) }

    /// Judges and writes `total` declarations taken one at a time from `next`, a batch per
    /// transaction; `rejected` gets each rejected one with its position.
    private func process(total: Int, next: () throws -> ImportUnit?, fileName: String, result: inout DeclarationImportResult,
                         rejected: (ImportUnit, Int) throws -> Void) throws {
        result.declarations = total
        var done = 0
        var exhausted = false
        while done < total && !exhausted {
            let batchEnd = min(done + options.batchSize, total)
            let body = { [self] () throws -> Void in
                // Also bounded by time: other terminals wait for this lock (`WriteSlice`).
                let slice = WriteSlice()
                while done < batchEnd && !(done > 0 && slice.isSpent) {
                    guard let unit = try next() else { exhausted = true; return }
                    if try !self.handle(unit, fileName: fileName, result: &result) { try rejected(unit, done) }
                    done += 1
                    self.options.progress?(done, total)
                }
            }
            if options.dryRun { try ws.db.read(body) } else { try ws.db.write(body) }
        }
    }

    /// Judges and (unless a dry run) writes one declaration; false when it was rejected.
    private func handle(_ unit: ImportUnit, fileName: String, result: inout DeclarationImportResult) throws -> Bool {
        let outcome = try judge(unit)
        switch outcome {
        case let .reject(problems):
            reject(unit, problems, fileName: fileName, result: &result)
            return false
        case let .alreadySubmitted(number):
            result.alreadySubmitted += 1
            let at = unit.locator.locate("header.traderReference")
            result.warnings.append(ImportProblem(file: fileName, line: at.line, column: at.column, field: "header.traderReference",
                                                 key: "import.alreadySubmitted", arguments: [number]))
            return true
        case let .write(existing):
            if options.dryRun {
                if existing == nil { result.created += 1 } else { result.updated += 1 }
                result.lines += unit.declaration.goods.count
                return true
            }
            do {
                // Its own savepoint: a failure undoes this declaration only.
                try ws.db.write {
                    try self.write(unit, existing: existing, fileName: fileName, result: &result)
                }
                return true
            } catch let DomainError.invalid(problems) {
                reject(unit, problems, fileName: fileName, result: &result)
                return false
            }
        }
    }

    private func judge(_ unit: ImportUnit) throws -> Outcome {
        var problems = unit.problems
        let d = unit.declaration
        if d.traderReference.isEmpty { problems.append(Problem("header.traderReference", "problem.required")) }
        problems += try DeclarationValidator(reference: reference).validate(d)
        if !problems.isEmpty { return .reject(problems) }
        let traderID = d["traderUSCC"].trimmed.uppercased()
        let found = try ws.db.queryOne("SELECT id FROM declaration WHERE trader_id = ? AND trader_ref = ?", [traderID, d.traderReference])
        guard let id = found?.int64("id"), let existing = try DeclarationStore.load(ws.db, id: id) else { return .write(existing: nil) }
        guard DeclarationAccess.canEdit(actor, existing) || (existing.status != .draft && DeclarationAccess.canSee(actor, existing)) else {
            return .reject([Problem("header.traderReference", "import.notYours")])
        }
        if existing.status != .draft { return .alreadySubmitted(existing.number ?? "") }
        return .write(existing: existing)
    }

    private func write(_ unit: ImportUnit, existing: Declaration?, fileName: String, result: inout DeclarationImportResult) throws {
        let now = ws.now()
        var saved: Declaration
        if let existing {
            var merged = Declarations.merged(existing, unit.declaration, by: actor, at: now)
            merged.version = existing.version
            saved = try DeclarationStore.update(ws.db, merged)
        } else {
            saved = try Declarations.insertDraft(ws.db, unit.declaration, by: actor, at: now)
        }
        if options.submit {
            saved = try Declarations.submitLoaded(ws.db, saved, reference: reference, by: actor, at: now)
        }
        try AuditLog.append(ws.db, at: now, by: actor, action: options.submit ? "declaration.import.submit" : "declaration.import",
                            entity: Declarations.entity, entityID: String(saved.id),
                            before: existing.map { "v\($0.version)" } ?? "",
                            after: "\(fileName):\(unit.locator.firstLine) " + Declarations.summary(saved))
        if existing == nil { result.created += 1 } else { result.updated += 1 }
        if options.submit { result.submitted += 1 }
        result.lines += saved.goods.count
    }

    private func reject(_ unit: ImportUnit, _ problems: [Problem], fileName: String, result: inout DeclarationImportResult) {
        result.rejected += 1
        for problem in problems {
            // A disagreeing header cell carries its own row: "header.key@line".
            var path = problem.path
            var at = unit.locator.locate(path)
            if let mark = path.firstIndex(of: "@"), let line = Int(path[path.index(after: mark)...]) {
                path = String(path[..<mark])
                at = (line, unit.locator.locate(path).column)
            }
            result.problems.append(ImportProblem(file: fileName, line: at.line, column: at.column, field: path,
                                                 key: problem.key, arguments: problem.arguments))
        }
    }
}
