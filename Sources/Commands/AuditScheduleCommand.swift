import Foundation
import Presentation
import SingleWindowKit

/// `audit schedule [--dir DIR --every MINUTES | --off]`: the administrator's setting for the
/// checkpoints a production workstation writes on its own (`AuditAutoCheckpoint`). Without
/// options it shows the setting.
extension FoundationCommands {
    static func auditSchedule(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let s = context.strings
        let args = context.arguments
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        defer { workspace.db.close() }
        if args.has("off") || args.option("dir") != nil || args.option("every") != nil {
            guard workspace.kind == .production else { throw UsageError(s[.akScheduleTrainingRefused]) }
            let actor = try context.resolveActor(workspace)
            var schedule: AuditAutoCheckpoint.Schedule?
            if !args.has("off") {
                guard let dir = args.option("dir") else { throw UsageError("audit schedule: --dir DIR is required (or --off)") }
                let text = args.option("every") ?? "60"
                guard let minutes = Int(text), (1...10_080).contains(minutes) else {
                    throw UsageError(s.format(.akScheduleBadInterval, text))
                }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw UsageError(FileWriteError.noDirectory(path: dir).text(s.language))
                }
                schedule = .init(directory: URL(fileURLWithPath: dir).standardizedFileURL.path, minutes: minutes)
            }
            try AuditAutoCheckpoint.setSchedule(workspace, schedule, by: actor)
        }
        let current = try AuditAutoCheckpoint.schedule(workspace.db)
        if context.json {
            struct Output: Encodable { var directory: String?; var minutes: Int? }
            try context.console.json(Output(directory: current?.directory, minutes: current?.minutes))
        } else {
            context.console.print(current.map { s.format(.akScheduleOn, $0.minutes, $0.directory) } ?? s[.akScheduleOff])
        }
        return .success
    }
}
