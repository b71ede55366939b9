import Foundation
import Presentation
import SingleWindowKit

/// `admin enterprises …` and `admin qualifications …`: the register and its qualifications.
enum AdminEnterpriseCommands {
    static let verbs: [String: SingleWindowCLI.Command] = [
        "list": { try AdminCommands.guarded(&$0, list) },
        "show": { try AdminCommands.guarded(&$0, show) },
        "add": { try AdminCommands.guarded(&$0) { try save(&$0, adding: true) } },
        "update": { try AdminCommands.guarded(&$0) { try save(&$0, adding: false) } },
        "import": { try AdminCommands.guarded(&$0, importFile) },
    ]

    static let qualificationVerbs: [String: SingleWindowCLI.Command] = [
        "list": { try AdminCommands.guarded(&$0, listQualifications) },
        "set": { try AdminCommands.guarded(&$0, setQualification) },
    ]

    static func list(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let limit = try AdminCommands.limit(context)
        let (ws, _) = try AdminCommands.session(context)
        // The cursor is the last credit code of the previous page: its name is looked up.
        var cursor: EnterpriseCursor?
        if let after = context.arguments.option("after") {
            guard let e = try Enterprises.find(ws.db, id: after) else { throw UsageError("--after \(after): no such enterprise") }
            cursor = e.cursor
        }
        let rows = try Enterprises.search(ws.db, text: context.arguments.option("search") ?? "", after: cursor, limit: limit + 1)
        let page = Array(rows.prefix(limit))
        let next = rows.count > limit ? page.last?.id : nil
        if context.json {
            struct Output: Encodable { var enterprises: [Enterprise]; var next: String? }
            try context.console.json(Output(enterprises: page, next: next))
            return .success
        }
        for e in page {
            context.console.print(TextColumns.line([e.id, e.name, e.kind.rawValue, e.customsCode], widths: [20, 40, 16, 12]))
        }
        if let next { context.console.print(context.strings.format(.adNextPage, next)) }
        return .success
    }

    static func show(_ context: inout CommandContext) throws -> ExitCode {
        let id = try AdminCommands.word(&context, "USCC")
        let (ws, _) = try AdminCommands.session(context)
        guard let e = try Enterprises.find(ws.db, id: USCC.normalized(id)) else { throw DomainError.notFound(entity: "enterprise", id: id) }
        let qualifications = try Qualifications.list(ws.db, enterpriseID: e.id)
        let names = try EnterpriseAdmin.nameHistory(ws.db, id: e.id)
        if context.json {
            struct Former: Encodable { var name, nameEn, replacedAt: String }
            struct Output: Encodable { var enterprise: Enterprise; var qualifications: [Qualification]; var formerNames: [Former] }
            try context.console.json(Output(enterprise: e, qualifications: qualifications,
                                            formerNames: names.map { Former(name: $0.name, nameEn: $0.nameEn, replacedAt: $0.replacedAt) }))
            return .success
        }
        context.console.print(TextColumns.line([e.id, e.name, e.kind.rawValue, e.customsCode, e.creditClass], widths: [20, 40, 16, 12, 12]))
        printQualifications(qualifications, ws, context)
        if !names.isEmpty {
            context.console.print(context.strings[.adFormerNames])
            for n in names { context.console.print("  " + n.name + (n.nameEn.isEmpty ? "" : " / " + n.nameEn) + "  (" + n.replacedAt + ")") }
        }
        return .success
    }

    static func printQualifications(_ list: [Qualification], _ ws: Workspace, _ context: CommandContext) {
        let s = context.strings
        let today = ChinaDate.string(ws.now())
        for q in list {
            let state: String = switch q.status(on: today) {
            case .valid: s[.adQualificationValid]
            case .expired: s[.adQualificationExpired]
            case .notYet: s[.adQualificationNotYet]
            }
            context.console.print("  " + TextColumns.line([s.qualificationName(q.kind), q.number, q.issuer, q.validFrom,
                                                           q.validUntil.isEmpty ? s[.adQualificationOpenEnded] : q.validUntil, state],
                                                          widths: [32, 14, 18, 12, 12, 10]))
        }
    }

    /// `add` takes every field from the options; `update` starts from what is stored.
    static func save(_ context: inout CommandContext, adding: Bool) throws -> ExitCode {
        let id = USCC.normalized(try AdminCommands.word(&context, "USCC"))
        let args = context.arguments
        let (ws, actor) = try AdminCommands.session(context)
        var e: Enterprise
        if adding {
            guard let name = args.option("name") else { throw UsageError("admin enterprises add: --name is required") }
            e = Enterprise(id: id, name: name, kind: .other)
        } else {
            guard let stored = try Enterprises.find(ws.db, id: id) else { throw DomainError.notFound(entity: "enterprise", id: id) }
            e = stored
        }
        if let kind = args.option("kind") {
            guard let k = Enterprise.Kind(rawValue: kind) else { throw UsageError("--kind is trader, broker, shipping_agent or other, not \(kind)") }
            e.kind = k
        } else if adding {
            throw UsageError("admin enterprises add: --kind is required")
        }
        let fields: [(String, WritableKeyPath<Enterprise, String>)] = [
            ("name", \.name), ("name-en", \.nameEn), ("customs-code", \.customsCode), ("ciq-code", \.ciqCode),
            ("district", \.district), ("industry", \.industry), ("legal-rep", \.legalRep), ("address", \.address),
            ("credit-class", \.creditClass),
        ]
        for (option, path) in fields { if let value = args.option(option) { e[keyPath: path] = value } }
        let saved = adding ? try EnterpriseAdmin.add(ws, e, by: actor) : try EnterpriseAdmin.update(ws, e, by: actor)
        if context.json { try context.console.json(saved) } else {
            context.console.print(context.strings.format(adding ? AD.adEnterpriseAdded : AD.adEnterpriseUpdated, saved.id, saved.name))
        }
        return .success
    }

    static func importFile(_ context: inout CommandContext) throws -> ExitCode {
        let path = try AdminCommands.word(&context, "FILE.csv")
        let (ws, actor) = try AdminCommands.session(context)
        let result = try EnterpriseImport.run(ws, file: URL(fileURLWithPath: path), by: actor)
        let s = context.strings
        if context.json {
            struct Output: Encodable { var file: String; var added, updated, unchanged: Int; var problems: [String] }
            try context.console.json(Output(file: path, added: result.added, updated: result.updated, unchanged: result.unchanged,
                                            problems: result.problems.map(\.description)))
        }
        if !result.problems.isEmpty {
            for problem in result.problems { context.console.error(problem.description) }
            context.console.error(s.format(.adEnterpriseImportRefused, path, result.problems.count))
            return .problems
        }
        if !context.json { context.console.print(s.format(.adEnterpriseImported, path, result.added, result.updated, result.unchanged)) }
        return .success
    }

    static func listQualifications(_ context: inout CommandContext) throws -> ExitCode {
        let id = USCC.normalized(try AdminCommands.word(&context, "USCC"))
        let (ws, _) = try AdminCommands.session(context)
        guard try Enterprises.find(ws.db, id: id) != nil else { throw DomainError.notFound(entity: "enterprise", id: id) }
        let list = try Qualifications.list(ws.db, enterpriseID: id)
        if context.json { try context.console.json(list) } else { printQualifications(list, ws, context) }
        return .success
    }

    static func setQualification(_ context: inout CommandContext) throws -> ExitCode {
        let id = USCC.normalized(try AdminCommands.word(&context, "USCC"))
        let args = context.arguments
        guard let kindText = args.option("kind"), let kind = Qualification.Kind(rawValue: kindText) else {
            throw UsageError("--kind is one of \(Qualification.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let number = args.option("number") else { throw UsageError("admin qualifications set: --number is required") }
        guard let from = args.option("from") else { throw UsageError("admin qualifications set: --from DATE is required") }
        let (ws, actor) = try AdminCommands.session(context)
        let q = try Qualifications.set(ws, Qualification(enterpriseID: id, kind: kind, number: number, issuer: args.option("issuer") ?? "",
                                                         validFrom: from, validUntil: args.option("until") ?? ""), by: actor)
        let s = context.strings
        if context.json { try context.console.json(q) } else {
            context.console.print(s.format(.adQualificationSet, id, s.qualificationName(kind), q.number, q.validFrom,
                                           q.validUntil.isEmpty ? s[.adQualificationOpenEnded] : q.validUntil))
        }
        return .success
    }
}
