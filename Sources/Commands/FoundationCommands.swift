import Foundation
import Presentation
import SingleWindowKit

/// init, audit verify, backup, operators list.
enum FoundationCommands {
    /// `init`: a new database (production needs `--admin OSUSER`, its first administrator), or
    /// the reference data reloaded into an existing one — an administrator's act there (a
    /// trainer's on training), audited with what changed per table. `--training` over a
    /// production database is refused, not ignored.
    static func initDatabase(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let path = context.databasePath
        let s = context.strings
        let training = context.arguments.has("training")
        let adminAccount = context.arguments.option("admin")
        if Workspace.holdsData(path) {
            if adminAccount != nil { throw UsageError(s.format(.adInitAdminOnExisting, path)) }
            let workspace = try Workspace.open(path: path, createAs: training ? .training : nil)
            defer { workspace.db.close() }
            let actor = try context.resolveActor(workspace)
            let (report, diff) = try ReferenceReload.run(workspace, by: actor, label: path) {
                try WorkspaceFactory.reloadReference(workspace, environment: context.environment)
            }
            return try printInit(context, path: path, kind: workspace.kind, created: false, report: report, diff: diff, admin: nil,
                             reloadedBy: actor.id)
        }
        let kind: DatabaseKind = training ? .training : .production
        if kind == .production {
            guard let account = adminAccount, !account.isEmpty else { throw UsageError(s.format(.adInitNeedsAdmin, path)) }
            guard OSLogin.uid(ofAccount: account) != nil else { throw UsageError(s.format(.adInitNoSuchAccount, account)) }
        }
        let workspace = try Workspace.open(path: path, createAs: kind)
        defer { workspace.db.close() }
        let admin = try adminAccount.map { try AdminBootstrap.createFirstAdministrator(workspace, osUser: $0) }
        let report = try WorkspaceFactory.load(kind, into: workspace, label: path, environment: context.environment)
        return try printInit(context, path: path, kind: kind, created: true, report: report, diff: nil, admin: admin)
    }

    static func printInit(_ context: CommandContext, path: String, kind: DatabaseKind, created: Bool, report: LoadReport,
                          diff: ReferenceDiff?, admin: Operator?, reloadedBy: String? = nil) throws -> ExitCode {
        let s = context.strings
        let rows = report.rowCounts.values.reduce(0, +)
        let problems = report.problems.map(\.description)
        for problem in problems { context.console.error(problem) }
        if context.json {
            struct Output: Encodable {
                var path, kind: String; var created: Bool; var referenceRows: Int; var problems: [String]
                var administrator: String?; var changes: [String: ReferenceDiff.Counts]?
            }
            try context.console.json(Output(path: path, kind: kind.rawValue, created: created, referenceRows: rows,
                                            problems: problems, administrator: admin?.id, changes: diff?.tables))
        } else if created {
            context.console.print(s.format(.cliInitDone, kind.rawValue, path, rows))
            if let admin { context.console.print(s.format(.adInitAdminCreated, admin.id, admin.osUser ?? "")) }
        } else {
            context.console.print(s.format(.cliInitExists, path, rows))
            if let diff, let by = reloadedBy {
                context.console.print(diff.isEmpty ? s.format(.adReloadNoChange, by) : s.format(.adReloadDiff, by, diff.summary))
            }
        }
        return problems.isEmpty ? .success : .problems
    }

    /// `reset [--yes]`: a trainer's end of class — the training database made anew from the
    /// sample data, in place on the open file (workstations and imports running on it go on with
    /// the fresh data; nothing writes into a deleted file). Trainers only, training databases
    /// only; confirmed by `--yes`, or by "y" at a terminal — with neither, refused (exit 2).
    static func reset(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let path = context.databasePath
        let workspace = try WorkspaceFactory.openExisting(path: path)
        defer { workspace.db.close() }
        guard workspace.kind == .training else { throw DomainError.trainingOnly("resetting the database") }
        let actor = try context.resolveActor(workspace)
        try Authority.require(actor, "reset the training database", roles: [.trainer])
        if !context.arguments.has("yes") {
            switch context.console.confirm(context.strings.format(.cliResetConfirm, path)) {
            case nil: throw UsageError(context.strings.format(.cliResetNeedsYes, path))
            case false?:
                context.console.error(context.strings[.cliResetCancelled])
                return .problems
            case true?: break
            }
        }
        let done = try WorkspaceFactory.resetTraining(workspace, by: actor, environment: context.environment)
        if context.json {
            try context.console.json(["path": path, "kind": workspace.kind.rawValue, "databaseId": done.databaseID,
                                      "previousDatabaseId": done.previousDatabaseID])
        } else {
            context.console.print(context.strings.format(.cliResetDone, path, done.databaseID, done.previousDatabaseID))
        }
        return .success
    }

    /// `manifest-check [warn|block]`: shows or sets whether a sea declaration whose B/L is on no
    /// manifest is only warned about or refused at submission.
    static func manifestCheck(_ context: inout CommandContext) throws -> ExitCode {
        let requested = context.nextWord()
        try context.expectNoMoreWords()
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        if let requested {
            guard let mode = ManifestCheckMode(rawValue: requested) else { throw UsageError("manifest-check takes warn or block") }
            try ManifestCrossCheck.setMode(workspace, mode, by: try context.resolveActor(workspace))
        }
        let mode = try ManifestCrossCheck.mode(workspace.db)
        if context.json { try context.console.json(["manifestCheck": mode.rawValue]) } else { context.console.print("manifest-check: \(mode.rawValue)") }
        return .success
    }

    static func backup(_ context: inout CommandContext) throws -> ExitCode {
        guard let target = context.nextWord() else { throw UsageError("backup needs a destination FILE") }
        try context.expectNoMoreWords()
        if FileManager.default.fileExists(atPath: target) && !context.arguments.has("force") {
            throw UsageError("\(target) exists; use --force to overwrite it")
        }
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        try workspace.db.backup(to: target)
        if context.json { try context.console.json(["backup": target]) } else {
            context.console.print(context.strings.format(.cliBackupDone, target))
        }
        return .success
    }

    static func listOperators(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        let rows = try workspace.db.query("SELECT id, name, name_en, role, agency, coalesce(enterprise_id,'') AS enterprise_id FROM operator ORDER BY id LIMIT 1000")
        struct Out: Encodable { var id, name, nameEn, role, agency, enterpriseID: String }
        let list = rows.map { Out(id: $0.string("id") ?? "", name: $0.string("name") ?? "", nameEn: $0.string("name_en") ?? "",
                                  role: $0.string("role") ?? "", agency: $0.string("agency") ?? "",
                                  enterpriseID: $0.string("enterprise_id") ?? "") }
        if context.json { try context.console.json(list) } else {
            for o in list {
                context.console.print(TextColumns.line([o.id, o.name, o.role, o.agency], widths: [14, 10, 22, 12]))
            }
        }
        return .success
    }
}

extension CommandContext {
    /// Refuses stray words after a command ("audit verify extra").
    func expectNoMoreWords() throws {
        if let extra = rest.first { throw UsageError("unexpected argument: \(extra)") }
    }
}

extension FoundationCommands {
    /// init, audit verify and checkpoint (AuditCommands.swift), backup, reset, manifest-check,
    /// operators list.
    static let commandArea = CommandArea(name: "foundation", commands: [
        "init": ["": initDatabase],
        "audit": ["verify": auditVerify, "checkpoint": auditCheckpoint, "schedule": auditSchedule],
        "backup": ["": backup],
        "reset": ["": reset],
        "manifest-check": ["": manifestCheck],
        "operators": ["list": listOperators],
    ], tables: tables)
}
