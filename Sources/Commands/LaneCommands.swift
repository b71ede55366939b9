import Foundation
import Presentation
import SingleWindowKit

/// `lanes tick | assign | unassign`: what the engine does to any lane, whatever its pane.
enum LaneCommands {
    /// `lanes tick`: the workstation's deadline pass, headless (cron, scripts, a trainer showing a
    /// deemed approval). Idempotent: a second run applies nothing. Needs no operator: the system
    /// applies what the rules say a passed deadline means.
    static func tick(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        defer { workspace.db.close() }
        let report = try LaneTick.run(workspace, budget: 10)
        if context.json {
            try context.console.json(report)
        } else {
            context.console.print(context.strings.format(.cliLanesTicked, report.applied, report.warned,
                                                         report.more ? context.strings[.cliLanesMore] : ""))
        }
        // A production database's scheduled checkpoint rides on the tick too, so a cron job keeps
        // the heads coming where no workstation stays open (after the tick: it stands regardless).
        if let written = try AuditAutoCheckpoint.writeIfDue(workspace, now: Date()), !context.json {
            let seq = written.split(separator: "-").last.map { String($0.prefix { $0.isNumber }) } ?? "?"
            context.console.print(context.strings.format(.cliCheckpointWritten, seq, written))
        }
        return .success
    }

    /// `lanes assign KIND CASE AGENCY OPERATOR`: only that officer may then claim or decide the
    /// lane (a hand-over, a drawn inspector). The engine says who may assign and to whom.
    static func assign(_ context: inout CommandContext) throws -> ExitCode {
        try setAssignee(&context, assigning: true)
    }

    /// `lanes unassign KIND CASE AGENCY`: the lane is the whole agency's again.
    static func unassign(_ context: inout CommandContext) throws -> ExitCode {
        try setAssignee(&context, assigning: false)
    }

    private static func setAssignee(_ context: inout CommandContext, assigning: Bool) throws -> ExitCode {
        let usage = assigning ? "lanes assign KIND CASE AGENCY OPERATOR" : "lanes unassign KIND CASE AGENCY"
        guard let kindWord = context.nextWord(), let caseID = context.nextWord(), let agencyWord = context.nextWord() else {
            throw UsageError("usage: singlewindow \(usage)")
        }
        let login = assigning ? context.nextWord() : nil
        if assigning, login == nil { throw UsageError("usage: singlewindow \(usage)") }
        try context.expectNoMoreWords()
        guard let kind = CaseKind(rawValue: kindWord) else {
            throw UsageError("KIND must be one of " + CaseKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var version: Int64?
        if let text = context.arguments.option("lane-version") {
            guard let v = Int64(text) else { throw UsageError("--lane-version must be a whole number") }
            version = v
        }
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        defer { workspace.db.close() }
        let actor = try context.resolveActor(workspace)
        let lane: Lane
        do {
            lane = try Lanes.assign(workspace, kind: kind, caseID: caseID, agency: Agency(agencyWord), to: login,
                                    expectedVersion: version, by: actor)
        } catch let error as LaneError {
            // The engine's reason, worded with the register's agency names: the answer, exit 1.
            let s = context.strings
            let line = "\(kind.rawValue) \(caseID)/\(agencyWord): "
                + error.reason.text(s.language, agencyName: { AgencyNames.name($0, db: workspace.db, strings: s) })
            if context.json { try context.console.json(AreaCommandSupport.Problems(problems: [line])) }
            context.console.error(line)
            return .problems
        }
        if context.json {
            struct Output: Encodable { var kind, caseID, agency, state: String; var version: Int64; var assignedTo: String? }
            try context.console.json(Output(kind: kind.rawValue, caseID: lane.caseID, agency: lane.agency.rawValue, state: lane.state,
                                            version: lane.version, assignedTo: lane.assignedTo))
        } else {
            let s = context.strings, (k, c, a, st, v) = (kind.rawValue, lane.caseID, lane.agency.rawValue, lane.state, lane.version)
            context.console.print(lane.assignedTo.map { s.format(.cliLaneAssigned, k, c, a, st, v, $0) }
                                  ?? s.format(.cliLaneUnassigned, k, c, a, st, v))
        }
        return .success
    }
}

extension LaneCommands {
    static let commandArea = CommandArea(name: "lanes", commands: ["lanes": ["tick": tick, "assign": assign, "unassign": unassign]],
                                         tables: tables)
}
