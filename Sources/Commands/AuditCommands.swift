import Foundation
import Presentation
import SingleWindowKit

/// `audit verify [--checkpoint FILE …]` and `audit checkpoint [--out FILE]`.
extension FoundationCommands {
    /// The chain, its append-only guards, and each checkpoint given (`--checkpoint FILE`, more
    /// files as further words): exit 1 when any of them shows tampering.
    static func auditVerify(_ context: inout CommandContext) throws -> ExitCode {
        var files: [String] = []
        if let first = context.arguments.option("checkpoint") {
            files = [first] + context.rest
            context.rest = []
        }
        try context.expectNoMoreWords()
        let s = context.strings
        // Read every file before opening the database, so a wrong path is a usage error, not a finding.
        let checkpoints = try files.map { file -> (file: String, checkpoint: AuditCheckpoint) in
            guard let text = try? String(contentsOfFile: file, encoding: .utf8), let checkpoint = AuditCheckpoint.parse(text) else {
                throw UsageError(s.format(.cliCheckpointUnreadable, file))
            }
            return (file, checkpoint)
        }
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        defer { workspace.db.close() }
        let result = try AuditLog.verify(workspace.db)
        let findings = try checkpoints.map { (file: $0.file, checkpoint: $0.checkpoint, finding: try $0.checkpoint.check(workspace.db)) }
        let failed = !result.isIntact || findings.contains { $0.finding.fails(on: workspace.kind) }
        if context.json {
            try context.console.json(VerifyOutput(result, findings: findings, failed: failed, strings: s))
            return failed ? .problems : .success
        }
        if let broken = result.firstBreak {
            context.console.print(s.format(.cliAuditBroken, broken.seq, broken.reason))
        } else {
            // "Intact" only when nothing below contradicts it: a chain that links can still be cut.
            context.console.print(s.format(failed ? .cliAuditLinksButFails : .cliAuditIntact, result.checked))
        }
        context.console.print(keyedLine(result.keyed, s))
        if !result.missingGuards.isEmpty {
            context.console.print(s.format(.cliAuditUnguarded, result.missingGuards.joined(separator: ", ")))
        }
        for m in result.mismatches { context.console.print(s.format(.cliAuditRowEdited, m.table, m.id, mismatchText(m.kind, s))) }
        if result.predating > 0 { context.console.print(s.format(.rowsPredating, result.predating)) }
        for item in findings { context.console.print(findingLine(item.file, item.checkpoint, item.finding, s)) }
        return failed ? .problems : .success
    }

    /// Whether the MACs were checked, and if not, why: never silent, since without the key a
    /// forged entry appended after the last checkpoint passes.
    static func keyedLine(_ outcome: AuditKeyedCheck.Outcome, _ s: Strings) -> String {
        switch outcome {
        case let .verified(from): return s.format(.akKeyedVerified, from)
        case let .skipped(file, _): return s.format(.akKeyedSkipped, file)
        case .unkeyed: return s[.akUnkeyed]
        case let .anotherDatabase(file, id): return s.format(.akKeyAnotherDatabase, file, id)
        }
    }

    static func findingLine(_ file: String, _ checkpoint: AuditCheckpoint, _ finding: AuditCheckpointFinding, _ s: Strings) -> String {
        switch finding {
        case .onChain: return s.format(.cliCheckpointOnChain, file, checkpoint.seq)
        case let .changed(seq): return s.format(.cliCheckpointChanged, file, seq)
        case let .moved(to): return s.format(.cliCheckpointMoved, file, checkpoint.seq, to)
        case let .missing(first): return s.format(.cliCheckpointMissing, file, first, checkpoint.seq)
        case let .anotherChain(current): return s.format(.cliCheckpointAnotherChain, file, checkpoint.databaseID, current)
        }
    }

    static func mismatchText(_ kind: AuditReconciliation.Kind, _ s: Strings) -> String {
        switch kind {
        case let .stateNotLastEvent(state, last): return s.format(.cliRowStateNotLastEvent, state, last ?? "—")
        case let .versionNotEvents(version, events): return s.format(.cliRowVersionNotEvents, version, events)
        case let .versionNotAudited(version, audited): return s.format(.cliRowVersionNotAudited, version, audited)
        case let .stateNotLastEntry(state, recorded): return s.format(.rowStateNotLastEntry, state, recorded)
        case let .versionNotLastEntry(version, recorded): return s.format(.rowVersionNotLastEntry, version, recorded)
        case .noAuditEntry: return s[.rowNoAuditEntry]
        case let .batchDigestDiffers(entry): return s.format(.rowBatchDigestDiffers, entry)
        }
    }

    /// `--json`: the chain's verdict, the guards, and one object per checkpoint.
    struct VerifyOutput: Encodable {
        struct Checkpoint: Encodable {
            var file: String; var seq: Int64; var finding: String; var at: Int64?; var databaseId: String
        }
        var intact: Bool; var checked: Int; var brokenAt: Int64?; var reason: String?; var databaseId: String?
        var missingGuards: [String]; var checkpoints: [Checkpoint]
        /// The keyed check: "verified", "skipped" (the key unreadable), "unkeyed", "anotherDatabase".
        var keyed: Keyed
        struct Keyed: Encodable { var check: String; var keyedFrom: Int64?; var keyFile: String?; var text: String }
        /// Rows held against their trail, and those edited around it (table, id, why).
        var reconciled: Int; var editedRows: [EditedRow]
        /// Rows whose last entry records no state or version (written before entries did): not judged.
        var predatingRows: Int
        struct EditedRow: Encodable { var table, id, reason, text: String }

        init(_ result: AuditVerification, findings: [(file: String, checkpoint: AuditCheckpoint, finding: AuditCheckpointFinding)],
             failed: Bool, strings s: Strings) {
            intact = !failed; checked = result.checked; brokenAt = result.firstBreak?.seq; reason = result.firstBreak?.reason
            // databaseId: the chain belongs to this database; a reset starts a new one under a new id.
            databaseId = result.databaseID; missingGuards = result.missingGuards
            reconciled = result.reconciled; predatingRows = result.predating
            keyed = switch result.keyed {
            case let .verified(from): Keyed(check: "verified", keyedFrom: from, keyFile: nil, text: keyedLine(result.keyed, s))
            case let .skipped(file, from): Keyed(check: "skipped", keyedFrom: from, keyFile: file, text: keyedLine(result.keyed, s))
            case .unkeyed: Keyed(check: "unkeyed", keyedFrom: nil, keyFile: nil, text: keyedLine(result.keyed, s))
            case let .anotherDatabase(file, _): Keyed(check: "anotherDatabase", keyedFrom: nil, keyFile: file, text: keyedLine(result.keyed, s))
            }
            editedRows = result.mismatches.map { EditedRow(table: $0.table, id: $0.id, reason: $0.kind.name, text: mismatchText($0.kind, s)) }
            checkpoints = findings.map { item in
                let (name, at): (String, Int64?) = switch item.finding {
                case .onChain: ("onChain", nil)
                case let .changed(seq): ("changed", seq)
                case let .moved(to): ("moved", to)
                case let .missing(first): ("missing", first)
                case .anotherChain: ("anotherChain", nil)
                }
                return Checkpoint(file: item.file, seq: item.checkpoint.seq, finding: name, at: at, databaseId: item.checkpoint.databaseID)
            }
        }
    }

    /// The head as text (or JSON) to keep elsewhere; `--out FILE` writes it there, never over an
    /// existing file, since an older checkpoint overwritten is evidence lost.
    static func auditCheckpoint(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let s = context.strings
        let out = context.arguments.option("out")
        if let out, FileManager.default.fileExists(atPath: out) { throw UsageError(s.format(.cliCheckpointExists, out)) }
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        defer { workspace.db.close() }
        let checkpoint = try AuditCheckpoint.take(workspace.db)
        let body: String
        if context.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            body = String(decoding: try encoder.encode(checkpoint), as: UTF8.self) + "\n"
        } else {
            body = checkpoint.text
        }
        guard let out else {
            context.console.print(body.hasSuffix("\n") ? String(body.dropLast()) : body)
            return .success
        }
        // withoutOverwriting: another terminal's file made since the check above is not replaced.
        // With the user's own rights under setgid: a path they name is never made with the group's.
        try LaunchEnvironment.withoutGroupPrivilege {
            try Data(body.utf8).write(to: URL(fileURLWithPath: out), options: .withoutOverwriting)
        }
        if context.json {
            struct Written: Encodable { var out: String; var seq: Int64 }
            try context.console.json(Written(out: out, seq: checkpoint.seq))
        } else {
            context.console.print(s.format(.cliCheckpointWritten, checkpoint.seq, out))
        }
        return .success
    }
}
