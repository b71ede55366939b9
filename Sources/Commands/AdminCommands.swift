import Foundation
import Presentation
import SingleWindowKit

/// `admin operators …`: the administrator's operator directory without a terminal. Each verb
/// makes the same domain call as the administration screen's key for it.
enum AdminCommands {
    static let operatorVerbs: [String: SingleWindowCLI.Command] = [
        "list": { try guarded(&$0, listOperators) },
        "add": { try guarded(&$0, addOperator) },
        "change": { try guarded(&$0, changeOperator) },
        "map": { try guarded(&$0, mapOperator) },
        "disable": { try guarded(&$0, disableOperator) },
    ]

    /// A refusal with problems is printed in the user's language, one per line (and as JSON
    /// with --json), exit 1; anything else goes to the dispatcher.
    static func guarded(_ context: inout CommandContext, _ body: (inout CommandContext) throws -> ExitCode) throws -> ExitCode {
        do {
            return try body(&context)
        } catch let DomainError.invalid(problems) {
            let lines = problems.map { "\($0.path): \(context.strings.message($0.key, $0.arguments))" }
            if context.json { try context.console.json(["problems": lines]) }
            for line in lines { context.console.error(line) }
            return .problems
        }
    }

    static func session(_ context: CommandContext) throws -> (Workspace, Operator) {
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        return (workspace, try context.resolveActor(workspace))
    }

    static func word(_ context: inout CommandContext, _ what: String) throws -> String {
        guard let word = context.nextWord() else { throw UsageError("\(context.commandName): missing \(what)") }
        try context.expectNoMoreWords()
        return word
    }

    static func role(_ text: String?) throws -> Role {
        guard let text else { throw UsageError("--role is required (\(Role.allCases.map(\.rawValue).joined(separator: ", ")))") }
        guard let role = Role(rawValue: text) else {
            throw UsageError("--role \(text) is not one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return role
    }

    static func limit(_ context: CommandContext) throws -> Int {
        let text = context.arguments.option("limit") ?? "50"
        guard let limit = Int(text), (1...1000).contains(limit) else { throw UsageError("--limit is 1 to 1000, not \(text)") }
        return limit
    }

    static func printOperator(_ op: Operator, _ context: CommandContext, _ message: String) throws {
        if context.json { try context.console.json(op) } else { context.console.print(message) }
    }

    // MARK: - Verbs

    static func listOperators(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let filter = try context.arguments.option("role").map { try role($0) }
        let limit = try limit(context)
        let (ws, _) = try session(context)
        let rows = try Operators.list(ws.db, role: filter, after: context.arguments.option("after") ?? "", limit: limit + 1)
        let page = Array(rows.prefix(limit))
        let next = rows.count > limit ? page.last?.id : nil
        if context.json {
            struct Output: Encodable { var operators: [Operator]; var next: String? }
            try context.console.json(Output(operators: page, next: next))
            return .success
        }
        let s = context.strings
        for op in page {
            let role = S(rawValue: "role.\(op.role.rawValue)").map { s[$0] } ?? op.role.rawValue
            context.console.print(TextColumns.line([op.id, op.name, role, op.agency.rawValue, op.enterpriseID ?? "", op.osUser ?? "",
                                                    s[op.active ? AD.adActive : AD.adDisabled]],
                                                   widths: [14, 10, 16, 16, 20, 12, 10]))
        }
        if let next { context.console.print(s.format(.adNextPage, next)) }
        return .success
    }

    static func addOperator(_ context: inout CommandContext) throws -> ExitCode {
        let id = try word(&context, "ID")
        let args = context.arguments
        guard let name = args.option("name") else { throw UsageError("admin operators add: --name is required") }
        let role = try role(args.option("role"))
        let op = Operator(id: id, name: name, nameEn: args.option("name-en") ?? "", role: role,
                          agency: args.option("agency").map(Agency.init) ?? role.impliedAgency ?? .none,
                          enterpriseID: args.option("enterprise"), osUser: args.option("os-user"),
                          idNumber: args.option("id-number") ?? "")
        let (ws, actor) = try session(context)
        let added = try OperatorAdmin.add(ws, op, by: actor)
        try printOperator(added, context, context.strings.format(.adOperatorAdded, added.id))
        return .success
    }

    static func changeOperator(_ context: inout CommandContext) throws -> ExitCode {
        let id = try word(&context, "ID")
        let args = context.arguments
        let role = try role(args.option("role"))
        let (ws, actor) = try session(context)
        let changed = try OperatorAdmin.change(ws, id: id, role: role, agency: args.option("agency").map(Agency.init),
                                               enterpriseID: args.option("enterprise"), by: actor)
        let agency = changed.agency == .none ? context.strings[.adNoAgency] : changed.agency.rawValue
        try printOperator(changed, context, context.strings.format(.adOperatorChanged, changed.id, changed.role.rawValue, agency))
        return .success
    }

    static func mapOperator(_ context: inout CommandContext) throws -> ExitCode {
        let id = try word(&context, "ID")
        guard let account = context.arguments.option("os-user"), !account.isEmpty else {
            throw UsageError("admin operators map: --os-user ACCOUNT is required")
        }
        let (ws, actor) = try session(context)
        let mapped = try OperatorAdmin.map(ws, id: id, osUser: account, by: actor)
        try printOperator(mapped, context, context.strings.format(.adOperatorMapped, mapped.id, account))
        return .success
    }

    static func disableOperator(_ context: inout CommandContext) throws -> ExitCode {
        let id = try word(&context, "ID")
        let (ws, actor) = try session(context)
        let disabled = try OperatorAdmin.disable(ws, id: id, by: actor)
        try printOperator(disabled, context, context.strings.format(.adOperatorDisabled, disabled.id))
        return .success
    }

    /// `admin operators|enterprises|qualifications VERB`.
    static func dispatch(_ verbs: [String: SingleWindowCLI.Command], _ group: String) -> SingleWindowCLI.Command {
        { context in
            guard let verb = context.nextWord(), let command = verbs[verb] else {
                throw UsageError("admin \(group) needs one of: \(verbs.keys.sorted().joined(separator: ", "))")
            }
            return try command(&context)
        }
    }

    static let commandArea = CommandArea(name: "admin", commands: [
        "admin": [
            "operators": dispatch(operatorVerbs, "operators"),
            "enterprises": dispatch(AdminEnterpriseCommands.verbs, "enterprises"),
            "qualifications": dispatch(AdminEnterpriseCommands.qualificationVerbs, "qualifications"),
        ],
    ], nested: [
        "admin operators": operatorVerbs,
        "admin enterprises": AdminEnterpriseCommands.verbs,
        "admin qualifications": AdminEnterpriseCommands.qualificationVerbs,
    ], tables: tables)
}
