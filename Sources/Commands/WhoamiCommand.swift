import Foundation
import Presentation
import SingleWindowKit

/// `whoami [--json]`: whom this process acts as, and why — uid → OS account → operator, or
/// `--as` on a training database. Runs for anyone (it is how a refused user finds out why).
enum WhoamiCommand {
    static func run(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        defer { workspace.db.close() }
        let who = try WorkspaceFactory.identity(workspace, asID: context.arguments.option("as"), login: context.login)
        let s = context.strings
        let op = who.actor
        if context.json {
            struct Output: Encodable {
                var uid: UInt32; var osAccount: String?; var via: String; var database: String; var kind: String
                var operatorId, name, role, agency: String; var enterpriseId: String?
            }
            try context.console.json(Output(uid: who.login.uid, osAccount: who.login.name, via: who.via.rawValue,
                                            database: context.databasePath, kind: who.kind.rawValue, operatorId: op.id,
                                            name: op.name, role: op.role.rawValue, agency: op.agency.rawValue,
                                            enterpriseId: op.enterpriseID))
            return .success
        }
        let account = who.login.name ?? "?"
        switch who.via {
        case .osAccount: context.console.print(s.format(.adWhoamiOSAccount, who.login.uid, account, op.id))
        case .asOption: context.console.print(s.format(.adWhoamiAsOption, op.id, who.login.uid, account))
        case .trainingDefault: context.console.print(s.format(.adWhoamiTrainingDefault, account, op.id))
        }
        let role = S(rawValue: "role.\(op.role.rawValue)").map { s[$0] } ?? op.role.rawValue
        let agency = op.agency == .none ? s[.adNoAgency] : AgencyNames.name(op.agency, db: workspace.db, strings: s)
        let kind = s[who.kind == .training ? S.statusTraining : S.statusProduction]
        context.console.print(s.format(.adWhoamiOperator, op.id, op.name, role, agency, kind))
        return .success
    }

    static let tables = [OptionTable("whoami", "", .cmdWhoami)]

    static let commandArea = CommandArea(name: "whoami", commands: ["whoami": ["": run]], tables: tables)
}
