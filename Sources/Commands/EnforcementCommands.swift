import Foundation
import Presentation
import SingleWindowKit
import TextWidth

/// `singlewindow enforcement …`: the enforcement pane without a terminal. Every verb calls the
/// domain method the pane's key calls (`CreditRecords`, `Classifications`, `Draws`, `JointTables`).
enum EnforcementCommands {
    static let verbs: [String: SingleWindowCLI.Command] = [
        "records": { try dispatch(&$0, "records", recordVerbs) },
        "class": { try dispatch(&$0, "class", classVerbs) },
        "catalogue": { try guarded(&$0, catalogue) },
        "conflicts": { try dispatch(&$0, "conflicts", ["add": conflictAdd]) },
        "draw": { try dispatch(&$0, "draw", drawVerbs) },
        "table": { try dispatch(&$0, "table", tableVerbs) },
        "results": { try guarded(&$0, results) },
    ]
    static let recordVerbs: [String: SingleWindowCLI.Command] = [
        "add": recordAdd, "import": recordImport, "remove": recordRemove, "delist": recordDelist, "list": recordList,
    ]
    static let classVerbs: [String: SingleWindowCLI.Command] = [
        "show": classShow, "history": classHistory, "board": classBoard, "reclassify": reclassify,
    ]
    static let drawVerbs: [String: SingleWindowCLI.Command] = [
        "preview": drawPreview, "run": drawRun, "publish": drawPublish, "replay": drawReplay, "list": drawList, "show": drawShow,
        "districts": drawDistricts,
    ]
    static let tableVerbs: [String: SingleWindowCLI.Command] = [
        "show": tableShow, "fill": tableFill, "sign": tableSign, "print": tablePrint, "mine": tableMine,
    ]

    static func dispatch(_ context: inout CommandContext, _ noun: String, _ verbs: [String: SingleWindowCLI.Command]) throws -> ExitCode {
        guard let verb = context.nextWord(), let command = verbs[verb] else {
            throw UsageError("enforcement \(noun) needs one of: \(verbs.keys.sorted().joined(separator: ", "))")
        }
        return try guarded(&context, command)
    }

    /// A domain refusal is the command's answer: its lines on stderr (and as JSON with --json),
    /// exit 1; "not authorised", "not found" and store errors exit 3.
    static func guarded(_ context: inout CommandContext, _ body: (inout CommandContext) throws -> ExitCode) throws -> ExitCode {
        try AreaCommandSupport.guarded(&context, lines: errorLines, failure: { $0 is UnreadableFile }, body)
    }

    static func errorLines(_ error: any Error, _ s: Strings) -> [String] {
        switch error {
        case let DomainError.invalid(problems): return problems.map { "\($0.path): \(s.message($0.key, $0.arguments))" }
        case let refused as CSVImportRefused: return refused.problems.map { $0.text(s.language) }
        default: return [String(describing: error)]
        }
    }

    static func open(_ context: CommandContext) throws -> (Workspace, Operator) { try AreaCommandSupport.open(context) }

    static func word(_ context: inout CommandContext, _ what: String) throws -> String {
        try AreaCommandSupport.word(&context, "enforcement", what)
    }

    static func id(_ context: inout CommandContext, _ what: String) throws -> Int64 {
        let w = try word(&context, what)
        guard let n = Int64(w) else { throw UsageError("\(what) is a number, not \(w)") }
        return n
    }

    static func required(_ context: CommandContext, _ option: String) throws -> String {
        guard let v = context.arguments.option(option), !v.trimmed.isEmpty else { throw UsageError("--\(option) is required") }
        return v
    }

    static func say(_ context: CommandContext, _ text: String, json: some Encodable) throws {
        if context.json { try context.console.json(json) } else { context.console.print(text) }
    }

    // MARK: - records

    static func recordAdd(_ context: inout CommandContext) throws -> ExitCode {
        let enterprise = try word(&context, "ENTERPRISE")
        try context.expectNoMoreWords()
        let a = context.arguments
        let kindText = try required(context, "kind")
        guard let kind = CreditRecord.Kind(rawValue: kindText) else { throw UsageError(context.strings.message("enforcement.record.kind", [kindText])) }
        let penalty = try a.option("penalty").map { p -> CreditRecord.Penalty in
            guard let v = CreditRecord.Penalty(rawValue: p) else { throw UsageError(context.strings.message("enforcement.record.penalty", [p])) }
            return v
        }
        let amount = try a.option("amount").map { t -> Int64 in
            guard let f = Yuan.fen(t) else { throw UsageError(context.strings.message("enforcement.record.amount", [t])) }
            return f
        } ?? 0
        let record = CreditRecord(enterpriseID: enterprise, kind: kind, penalty: penalty, amountFen: amount,
                                  performance: a.option("performance") ?? "", occurredOn: try required(context, "date"),
                                  agency: a.option("agency") ?? "market", legalBasis: a.option("basis") ?? "",
                                  caseNumber: try required(context, "case"), reason: a.option("reason") ?? "")
        let (ws, actor) = try open(context)
        let c = try CreditRecords.add(ws, record, by: actor)
        try reportClass(context, record.caseNumber, enterprise, c)
        return .success
    }

    struct ClassJSON: Encodable {
        var enterprise: String
        var creditClass: String
        var colour: String
        var rule: String
        var ruleText: String
        var rules: [String]
    }

    static func reportClass(_ context: CommandContext, _ caseNumber: String, _ enterprise: String, _ c: Classification) throws {
        let s = context.strings
        try say(context, s.format(.enfRecorded, caseNumber, enterprise, EnforcementText.className(c.creditClass, s),
                                  EnforcementText.rule(c.rule, s)),
                json: ClassJSON(enterprise: enterprise, creditClass: c.creditClass.rawValue, colour: c.creditClass.colour,
                                rule: c.rule.rawValue, ruleText: EnforcementText.rule(c.rule, s), rules: c.rules.map(\.rawValue)))
    }

    static func recordImport(_ context: inout CommandContext) throws -> ExitCode {
        let path = try word(&context, "FILE.csv")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        do {
            let r = try CreditRecordImport.importFile(ws, path: path, by: actor)
            try say(context, context.strings.format(.enfImported, r.added, r.alreadyOnFile, r.reclassified), json: r)
            return .success
        } catch let refused as CSVImportRefused {
            let lines = refused.problems.map { $0.text(context.strings.language) }
            let rejects = CreditRecordImport.rejectsPath(for: path)
            if context.json { try context.console.json(["problems": lines, "rejects": [rejects]]) }
            context.console.error(context.strings.format(.enfImportRefused, lines.count, rejects))
            for line in lines { context.console.error(line) }
            return .problems
        }
    }

    static func recordRemove(_ context: inout CommandContext) throws -> ExitCode {
        let caseNumber = try word(&context, "CASE")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let record = try CreditRecords.find(ws.db, caseNumber: caseNumber)
        let c = try CreditRecords.remove(ws, caseNumber: caseNumber, reason: try required(context, "reason"), by: actor)
        try reportClass(context, caseNumber, record?.enterpriseID ?? "", c)
        return .success
    }

    static func recordDelist(_ context: inout CommandContext) throws -> ExitCode {
        let caseNumber = try word(&context, "CASE")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let record = try CreditRecords.find(ws.db, caseNumber: caseNumber)
        let c = try CreditRecords.delist(ws, caseNumber: caseNumber, on: try required(context, "on"),
                                         reason: try required(context, "reason"), by: actor)
        try reportClass(context, caseNumber, record?.enterpriseID ?? "", c)
        return .success
    }

    static func recordList(_ context: inout CommandContext) throws -> ExitCode {
        let enterprise = try word(&context, "ENTERPRISE")
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        let before = try context.arguments.option("before").map { t -> Int64 in
            guard let n = Int64(t) else { throw UsageError("--before is a record id") }
            return n
        } ?? .max
        let records = try CreditRecords.list(ws.db, enterpriseID: enterprise, before: before,
                                             limit: try context.intOption("limit", default: 50, range: 1...1000))
        if context.json { try context.console.json(records) } else {
            if records.isEmpty { context.console.print(context.strings[.enfNoRecords]) }
            for r in records { context.console.print("\(r.id)  " + EnforcementText.record(r, context.strings)) }
        }
        return .success
    }

    // MARK: - class

    static func classShow(_ context: inout CommandContext) throws -> ExitCode {
        let enterprise = try word(&context, "ENTERPRISE")
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        guard let e = try Enterprises.find(ws.db, id: enterprise) else { throw DomainError.notFound(entity: "enterprise", id: enterprise) }
        let c = try Classifications.classify(ws.db, enterpriseID: enterprise)
        let s = context.strings
        let stored = CreditClass(rawValue: e.creditClass) ?? .good
        var lines = [e.name + "  " + e.id, s.format(.enfProfileClass, EnforcementText.className(stored, s), EnforcementText.colour(stored, s))]
        lines += c.rules.map { s.format(.enfProfileRule, EnforcementText.rule($0, s)) }
        try say(context, lines.joined(separator: "\n"),
                json: ClassJSON(enterprise: enterprise, creditClass: stored.rawValue, colour: stored.colour, rule: c.rule.rawValue,
                                ruleText: EnforcementText.rule(c.rule, s), rules: c.rules.map(\.rawValue)))
        return .success
    }

    static func classHistory(_ context: inout CommandContext) throws -> ExitCode {
        let enterprise = try word(&context, "ENTERPRISE")
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        let h = try Classifications.history(ws.db, enterpriseID: enterprise, limit: try context.intOption("limit", default: 50, range: 1...1000))
        if context.json { try context.console.json(h) } else {
            if h.isEmpty { context.console.print(context.strings[.enfNoHistory]) }
            for c in h { context.console.print(EnforcementText.history(c, context.strings, localTime: context.localTime)) }
        }
        return .success
    }

    static func classBoard(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        let s = context.strings
        let counts = try Classifications.counts(ws.db)
        guard let text = context.arguments.option("class") else {
            let c = CreditClass.allCases.map { counts[$0] ?? 0 }
            try say(context, s.format(.enfBoardCounts, c[0], c[1], c[2], c[3]),
                    json: Dictionary(uniqueKeysWithValues: CreditClass.allCases.map { ($0.rawValue, counts[$0] ?? 0) }))
            return .success
        }
        guard let cls = CreditClass(rawValue: text) else { throw UsageError("--class is good, warning, dishonest or seriously_dishonest") }
        let after = context.arguments.option("after").map { t -> EnterpriseCursor in
            let parts = t.split(separator: "\t", maxSplits: 1).map(String.init)
            return EnterpriseCursor(key: parts.first ?? "", id: parts.count > 1 ? parts[1] : "")
        }
        let page = try Classifications.board(ws.db, cls, after: after, limit: try context.intOption("limit", default: 50, range: 1...1000))
        if context.json {
            // `district` as the register holds it (a customs or an administrative code);
            // `adminDistrict` the one kind the screens show and a draw is scoped by (Enterprise.administrativeDistrict).
            try context.console.json(page.map { ["id": $0.id, "name": $0.name, "district": $0.district,
                                                 "adminDistrict": $0.administrativeDistrict ?? "",
                                                 "class": $0.creditClass] })
        } else {
            for e in page {
                let district = AdministrativeDistrict.display(registered: e.district, uscc: e.id, s.language)
                context.console.print(TextColumns.line([e.id, e.name, district], widths: [18, 40, 16]))
            }
        }
        return .success
    }

    static func reclassify(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let n = try Classifications.reclassifyAll(ws, by: actor)
        try say(context, context.strings.format(.enfReclassified, n), json: ["changed": n])
        return .success
    }

    // MARK: - catalogue, conflicts

    static func catalogue(_ context: inout CommandContext) throws -> ExitCode {
        if context.rest.first == "load" {
            _ = context.nextWord()
            let path = try word(&context, "FILE.csv")
            try context.expectNoMoreWords()
            let (ws, actor) = try open(context)
            guard let data = FileManager.default.contents(atPath: path) else { throw UnreadableFile(path: path) }
            let n = try InspectionCatalogue.load(ws, data: data, fileName: (path as NSString).lastPathComponent, by: actor)
            try say(context, context.strings.format(.enfCatalogueLoaded, n), json: ["subItems": n])
            return .success
        }
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        let s = context.strings
        let items: [InspectionItem]
        if let industry = context.arguments.option("industry") {
            items = try InspectionCatalogue.items(ws.db, industry: industry)
        } else {
            items = try InspectionCatalogue.page(ws.db, limit: try context.intOption("limit", default: 1000, range: 1...10_000))
        }
        if context.json { try context.console.json(items) } else {
            let size = try InspectionCatalogue.size(ws.db)
            context.console.print(s.format(.enfCatalogueSize, size.agencies, size.items, size.subItems))
            for i in items {
                context.console.print(TextColumns.line([EnforcementText.agency(i.agency, ws.db, s), i.itemCode + "." + i.subCode,
                                                        EnforcementText.item(i, code: i.itemCode, s), EnforcementText.subItem(i, code: i.subCode, s)],
                                                       widths: [14, 7, 24, 40]))
            }
        }
        return .success
    }

    static func conflictAdd(_ context: inout CommandContext) throws -> ExitCode {
        let officer = try word(&context, "OFFICER"), enterprise = try word(&context, "ENTERPRISE")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        try OfficerPool.addConflict(ws, officerID: officer, enterpriseID: enterprise, reason: context.arguments.option("reason") ?? "", by: actor)
        try say(context, context.strings.format(.enfConflictAdded, officer, enterprise), json: ["officer": officer, "enterprise": enterprise])
        return .success
    }
}

extension EnforcementCommands {
    static let commandArea = CommandArea(name: "enforcement", commands: ["enforcement": verbs], nested: [
        "enforcement records": recordVerbs, "enforcement class": classVerbs, "enforcement draw": drawVerbs,
        "enforcement table": tableVerbs, "enforcement conflicts": ["add": conflictAdd],
    ], tables: tables)
}
