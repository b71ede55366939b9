import Foundation
import Presentation
import SingleWindowKit

/// `lanes tick`: the workstation's deadline pass, headless (cron, scripts, a trainer showing a
/// deemed approval). Idempotent: a second run applies nothing. Needs no operator: the system
/// applies what the rules say a passed deadline means.
enum LaneCommands {
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
        return .success
    }
}

extension LaneCommands {
    static let commandArea = CommandArea(name: "lanes", commands: ["lanes": ["tick": tick]], tables: tables)
}
