import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// `singlewindow declarations …`: the broker's pane, headless, for ERP integration and scripts.
/// Every verb calls the same domain API as the pane.
enum DeclarationCommands {
    static let verbs: [String: SingleWindowCLI.Command] = [
        "import": importFile,
        "create": create,
        "export": export,
        "list": list,
        "show": show,
        "validate": validate,
        "submit": submit,
        "copy": copy,
        "amend": amend,
        "hand": hand,
        "templates": templates,
        "save-template": saveTemplate,
        "from-template": fromTemplate,
    ]

    struct Session {
        var workspace: Workspace
        var actor: Operator
    }

    static func session(_ context: CommandContext) throws -> Session {
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        return Session(workspace: workspace, actor: try context.resolveActor(workspace))
    }

    // MARK: - import / create

    /// `declarations import FILE [--submit] [--dry-run] [--rejects PATH]`: CSV or JSON from an ERP.
    /// Exit 0 when everything was taken, 1 when anything was rejected (the rejects file says what).
    static func importFile(_ context: inout CommandContext) throws -> ExitCode {
        guard let file = context.nextWord() else { throw UsageError("declarations import needs a FILE (CSV or JSON)") }
        try context.expectNoMoreWords()
        let s = try session(context)
        let console = context.console
        let showProgress = console.stderrIsTerminal && !context.json
        let progress: (@Sendable (Int, Int) -> Void)? = showProgress ? { @Sendable done, total in
            console.rawError("\r" + ProgressBar(label: "import", done: done, total: total).plainText(width: 60))
        } : nil
        let options = DeclarationImportOptions(submit: context.arguments.has("submit"), dryRun: context.arguments.has("dry-run"),
                                               rejectsPath: context.arguments.option("rejects"), progress: progress)
        let result = try DeclarationImporter(workspace: s.workspace, operator: s.actor, options: options).importFile(at: file)
        if showProgress { console.rawError("\n") }
        return try report(result, context)
    }

    /// `declarations create FILE.json`: one or more declarations from a JSON file, as drafts.
    static func create(_ context: inout CommandContext) throws -> ExitCode {
        guard let file = context.words(peek: 0), file.lowercased().hasSuffix(".json") else {
            throw UsageError("declarations create needs a JSON FILE (use `declarations import` for CSV)")
        }
        return try importFile(&context)
    }

    static func report(_ result: DeclarationImportResult, _ context: CommandContext) throws -> ExitCode {
        let language = context.strings.language
        if context.json {
            struct Output: Encodable {
                var declarations, created, updated, submitted, rejected, alreadySubmitted, lines: Int
                var dryRun: Bool
                var fileError: String?
                var fileErrors: [String]
                var problems: [String]
                var warnings: [String]
                var rejectsPath: String?
                var encoding: String
            }
            try context.console.json(Output(declarations: result.declarations, created: result.created, updated: result.updated,
                                            submitted: result.submitted, rejected: result.rejected,
                                            alreadySubmitted: result.alreadySubmitted, lines: result.lines, dryRun: result.dryRun,
                                            fileError: result.fileError?.text(language),
                                            fileErrors: result.fileErrors.map { $0.text(language) },
                                            problems: result.problems.map { $0.text(language) },
                                            warnings: result.warnings.map { $0.text(language) }, rejectsPath: result.rejectsPath,
                                            encoding: result.encoding.rawValue))
        } else {
            for fileError in result.fileErrors { context.console.error(fileError.text(language)) }
            for problem in result.problems { context.console.error(problem.text(language)) }
            for warning in result.warnings { context.console.error("warning: " + warning.text(language)) }
            context.console.print(context.strings.format(.cliImportSummary, result.declarations, result.created, result.updated,
                                                         result.submitted, result.rejected, result.lines)
                                  + (result.dryRun ? " " + context.strings[.cliDryRun] : "")
                                  + (context.strings.encodingNote(result.encoding).map { " · " + $0 } ?? ""))
            if let rejects = result.rejectsPath, result.rejected > 0 {
                context.console.print(context.strings.format(.cliRejectsWritten, rejects))
            }
        }
        return result.fileError != nil || result.rejected > 0 ? .problems : .success
    }

    // MARK: - export

    /// `declarations export [ID…] [--format csv|json] [--out FILE] [--status S] [--search T]`.
    static func export(_ context: inout CommandContext) throws -> ExitCode {
        let s = try session(context)
        let format: DeclarationExporter.Format
        switch context.arguments.option("format") ?? inferredFormat(context.arguments.option("out")) {
        case "csv": format = .csv
        case "json": format = .json
        case let other: throw UsageError("--format must be csv or json, not \(other)")
        }
        var ids: [Int64] = []
        while let word = context.nextWord() {
            guard let id = Int64(word) else { throw UsageError("not a declaration id: \(word)") }
            ids.append(id)
        }
        let filter = try self.filter(context)
        let raw = context.arguments.has("raw")
        if let out = context.arguments.option("out") {
            let count: Int
            if ids.isEmpty {
                count = try DeclarationExporter.exportAll(s.workspace, filter: filter, format: format, raw: raw, to: out,
                                                          force: context.arguments.has("force"), by: s.actor)
            } else {
                try DeclarationExporter.export(s.workspace, ids: ids, format: format, raw: raw, to: out,
                                               force: context.arguments.has("force"), by: s.actor)
                count = ids.count
            }
            if context.json { try context.console.json(["exported": count]) } else {
                context.console.print(context.strings.format(.cliExported, count, out))
            }
        } else {
            guard !ids.isEmpty else { throw UsageError("declarations export without IDs needs --out FILE") }
            let data = try DeclarationExporter.export(s.workspace, ids: ids, format: format, raw: raw, by: s.actor)
            context.console.data(String(decoding: data, as: UTF8.self))
        }
        return .success
    }

    static func inferredFormat(_ path: String?) -> String {
        path?.lowercased().hasSuffix(".json") == true ? "json" : "csv"
    }

    static func filter(_ context: CommandContext) throws -> DeclarationFilter {
        var status: DeclarationStatus?
        if let text = context.arguments.option("status") {
            guard let parsed = DeclarationStatus(rawValue: text) else {
                throw UsageError("--status must be one of \(DeclarationStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            status = parsed
        }
        return DeclarationFilter(status: status, search: context.arguments.option("search") ?? "")
    }

    // MARK: - list / show

    /// `declarations list [--status S] [--search T] [--after CURSOR] [--limit N]`: one keyset page;
    /// the output ends with the cursor for the next page.
    static func list(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let s = try session(context)
        let limit = try context.intOption("limit", default: 50, range: 1...1000)
        var after: DeclarationCursor?
        if let text = context.arguments.option("after") {
            guard let cursor = DeclarationCursor(text: text) else { throw UsageError("--after takes the cursor a previous page printed") }
            after = cursor
        }
        let page = try DeclarationQueries.list(s.workspace, by: s.actor, filter: try filter(context), after: after, limit: limit)
        if context.json {
            try context.console.json(DeclarationListOutput(page: page))
        } else {
            for item in page.items {
                context.console.print(TextColumns.line([item.number ?? "#\(item.id)", item.status.rawValue, item.scope.rawValue,
                                                        item.traderName, item.billNo, item.contractNo],
                                                       widths: [20, 10, 22, 28, 18, 14]))
            }
            if let next = page.next { context.console.print("next: --after \(next.text)") }
        }
        return .success
    }

    /// `declarations show ID`: the declaration, its lanes with their timelines, and its history.
    static func show(_ context: inout CommandContext) throws -> ExitCode {
        let id = try context.declarationID()
        try context.expectNoMoreWords()
        let s = try session(context)
        let detail = try DeclarationQueries.show(s.workspace, id: id, by: s.actor)
        if context.json {
            try context.console.json(DeclarationShowOutput(detail))
        } else {
            let d = detail.declaration
            context.console.print("\(d.number ?? "#\(d.id)")  \(d.direction.rawValue)  \(d.scope.rawValue)  \(d.status.rawValue)  rev \(d.revision)")
            for lane in detail.lanes {
                let name = AgencyNames.name(lane.agency, db: s.workspace.db, strings: context.strings)
                context.console.print("  \(lane.agency.rawValue): \(lane.state)" + (name == lane.agency.rawValue ? "" : "  \(name)"))
                for event in detail.laneEvents[lane.id] ?? [] {
                    context.console.print("    \(context.localTime.stringWithZone(event.at))  \(event.operatorID)  \(event.action)  \(event.fromState)→\(event.toState)  \(event.message)")
                }
            }
        }
        return .success
    }

    // MARK: - validate / submit

    /// `declarations validate ID|FILE`: every problem, each with its field path. Exit 1 if any.
    static func validate(_ context: inout CommandContext) throws -> ExitCode {
        guard let target = context.nextWord() else { throw UsageError("declarations validate needs an ID or a FILE") }
        try context.expectNoMoreWords()
        if Int64(target) == nil {
            // A file is validated by a dry-run import: the same checks, nothing written.
            context.arguments.switches.insert("dry-run")
            context.arguments.declared?.formUnion(["dry-run", "submit"])  // what `importFile` reads
            context.rest = [target]
            return try importFile(&context)
        }
        let s = try session(context)
        let declaration = try Declarations.load(s.workspace, id: Int64(target)!, by: s.actor)
        let problems = try Declarations.validate(s.workspace, declaration, by: s.actor)
        let warnings = try Declarations.warnings(s.workspace, declaration)
        return try printProblems(problems, warnings: warnings, context)
    }

    static func printProblems(_ problems: [Problem], warnings: [Problem] = [], _ context: CommandContext) throws -> ExitCode {
        func text(_ p: Problem) -> String { "\(p.path): \(context.strings.message(p.key, p.arguments))" }
        if context.json {
            struct Output: Encodable { var valid: Bool; var problems: [String]; var warnings: [String] }
            try context.console.json(Output(valid: problems.isEmpty, problems: problems.map(text), warnings: warnings.map(text)))
        } else {
            if problems.isEmpty { context.console.print(context.strings[S.cliValid]) }
            problems.forEach { context.console.print(text($0)) }
            warnings.forEach { context.console.print("warning: " + text($0)) }
        }
        return problems.isEmpty ? .success : .problems
    }

    /// `declarations submit ID`: the one submission; prints the number and the lanes opened.
    static func submit(_ context: inout CommandContext) throws -> ExitCode {
        let id = try context.declarationID()
        try context.expectNoMoreWords()
        let s = try session(context)
        let declaration = try Declarations.load(s.workspace, id: id, by: s.actor)
        do {
            // A qualification ending soon: a warning on stderr, the submission goes on.
            for warning in try QualificationCheck.warnings(s.workspace.db, declaration, at: s.workspace.now()) {
                context.console.error(context.strings.message(warning.key, warning.arguments))
            }
            let submitted = try Declarations.submit(s.workspace, declaration, by: s.actor)
            let lanes = try Lanes.lanes(s.workspace.db, kind: .declaration, caseID: String(submitted.id))
            if context.json {
                try context.console.json(DeclarationShowOutput(declaration: submitted, lanes: lanes, events: [:], history: []))
            } else {
                context.console.print(context.strings.format(S.cliSubmitted, submitted.number ?? "",
                                                             lanes.map { "\($0.agency.rawValue): \($0.state)" }.joined(separator: ", ")))
            }
            return .success
        } catch let DomainError.invalid(problems) {
            return try printProblems(problems, context)
        }
    }
}

extension DeclarationCommands {
    /// `declarations copy ID`: a new draft from an earlier declaration.
    static func copy(_ context: inout CommandContext) throws -> ExitCode {
        let id = try context.declarationID()
        try context.expectNoMoreWords()
        let s = try session(context)
        return try printDraft(try Declarations.copy(s.workspace, id: id, by: s.actor), context)
    }

    /// `declarations amend ID`: a declaration returned for correction reopens as the draft of
    /// its next revision (same number); `declarations submit ID` sends it again.
    static func amend(_ context: inout CommandContext) throws -> ExitCode {
        let id = try context.declarationID()
        try context.expectNoMoreWords()
        let s = try session(context)
        let current = try Declarations.load(s.workspace, id: id, by: s.actor)
        return try printDraft(try Declarations.amend(s.workspace, id: id, expectedVersion: current.version, by: s.actor), context)
    }

    /// `declarations hand ID --broker USCC`: the trader hands its draft to its broker.
    static func hand(_ context: inout CommandContext) throws -> ExitCode {
        let id = try context.declarationID()
        try context.expectNoMoreWords()
        guard let broker = context.arguments.option("broker") else { throw UsageError("declarations hand needs --broker USCC") }
        let s = try session(context)
        let current = try Declarations.load(s.workspace, id: id, by: s.actor)
        return try printDraft(try Declarations.handToBroker(s.workspace, id: id, expectedVersion: current.version,
                                                           brokerID: broker, by: s.actor), context)
    }

    /// `declarations templates`: the operator's templates.
    static func templates(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let s = try session(context)
        let list = try Declarations.templates(s.workspace, by: s.actor)
        if context.json {
            struct Item: Encodable { var id: Int64; var name, direction, scope: String }
            try context.console.json(list.map { Item(id: $0.id, name: $0.name, direction: $0.direction.rawValue, scope: $0.scope.rawValue) })
        } else {
            for t in list { context.console.print(TextColumns.line(["\(t.id)", t.name, t.direction.rawValue, t.scope.rawValue], widths: [6, 30, 8, 12])) }
        }
        return .success
    }

    /// `declarations save-template ID --name NAME`.
    static func saveTemplate(_ context: inout CommandContext) throws -> ExitCode {
        let id = try context.declarationID()
        try context.expectNoMoreWords()
        guard let name = context.arguments.option("name"), !name.isEmpty else { throw UsageError("save-template needs --name NAME") }
        let s = try session(context)
        let template = try Declarations.saveTemplate(s.workspace, try Declarations.load(s.workspace, id: id, by: s.actor),
                                                     name: name, by: s.actor)
        if context.json { try context.console.json(["template": template.id]) } else { context.console.print("template \(template.id): \(template.name)") }
        return .success
    }

    /// `declarations from-template TEMPLATE_ID`: a new draft from a template.
    static func fromTemplate(_ context: inout CommandContext) throws -> ExitCode {
        guard let word = context.nextWord(), let id = Int64(word) else { throw UsageError("from-template needs a TEMPLATE_ID (see `declarations templates`)") }
        try context.expectNoMoreWords()
        let s = try session(context)
        return try printDraft(try Declarations.newFromTemplate(s.workspace, templateID: id, by: s.actor), context)
    }

    static func printDraft(_ d: Declaration, _ context: CommandContext) throws -> ExitCode {
        if context.json {
            try context.console.json(DeclarationShowOutput(declaration: d, lanes: [], events: [:], history: []))
        } else {
            context.console.print("#\(d.id)  \(d.status.rawValue)  \(d.holder.rawValue)  \(d.direction.rawValue)  \(d.scope.rawValue)")
        }
        return .success
    }
}

extension CommandContext {
    /// Peeks at a remaining word without taking it.
    func words(peek index: Int) -> String? { index < rest.count ? rest[index] : nil }

    /// A declaration named by its id (`12`, `#12`) or by its 18-digit customs number, as brokers
    /// and officers quote it.
    mutating func declarationID() throws -> Int64 {
        guard let word = nextWord(), let id = Int64(word.trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
            throw UsageError("needs a declaration ID (the number `declarations list` shows after #, or its id)")
        }
        guard word.count == 18 else { return id }
        let workspace = try WorkspaceFactory.openExisting(path: databasePath)
        guard let found = try DeclarationQueries.id(workspace.db, number: word) else {
            throw DomainError.notFound(entity: "declaration", id: word)
        }
        return found
    }

    func intOption(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = arguments.option(name) else { return value }
        guard let n = Int(text), range.contains(n) else { throw UsageError("--\(name) must be a whole number in \(range.lowerBound)…\(range.upperBound)") }
        return n
    }
}

extension DeclarationCursor {
    /// The cursor as printed for `--after`: `updatedAt,id`.
    var text: String { "\(updatedAt),\(id)" }

    init?(text: String) {
        let parts = text.split(separator: ",")
        guard parts.count == 2, let id = Int64(parts[1]) else { return nil }
        self.init(updatedAt: String(parts[0]), id: id)
    }
}

struct DeclarationListOutput: Encodable {
    struct Item: Encodable {
        var id: Int64
        var number: String?
        var direction, scope, status, traderID, traderName, traderReference, billNo, contractNo: String
        var goodsLines: Int
        var updatedAt: Date
    }
    var items: [Item]
    var next: String?

    init(page: DeclarationPage) {
        items = page.items.map {
            Item(id: $0.id, number: $0.number, direction: $0.direction.rawValue, scope: $0.scope.rawValue, status: $0.status.rawValue,
                 traderID: $0.traderID, traderName: $0.traderName, traderReference: $0.traderReference, billNo: $0.billNo,
                 contractNo: $0.contractNo, goodsLines: $0.goodsLines, updatedAt: $0.updatedAt)
        }
        next = page.next?.text
    }
}

struct DeclarationShowOutput: Encodable {
    struct LaneOutput: Encodable {
        var agency, state: String
        var claimedBy: String?
        var detail: [String: String]
        var events: [LaneEvent]
    }
    var declaration: Declaration
    var lanes: [LaneOutput]
    var history: [AuditEntry]

    init(_ detail: DeclarationDetail) {
        self.init(declaration: detail.declaration, lanes: detail.lanes, events: detail.laneEvents, history: detail.history)
    }

    init(declaration: Declaration, lanes: [Lane], events: [Int64: [LaneEvent]], history: [AuditEntry]) {
        self.declaration = declaration
        self.lanes = lanes.map {
            LaneOutput(agency: $0.agency.rawValue, state: $0.state, claimedBy: $0.claimedBy, detail: $0.detail, events: events[$0.id] ?? [])
        }
        self.history = history
    }
}

extension DeclarationCommands {
    static let commandArea = CommandArea(name: "declarations", commands: ["declarations": verbs], tables: tables)
}
