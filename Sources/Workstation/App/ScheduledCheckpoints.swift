import Foundation
import SingleWindowKit

/// The workstation's share of `AuditAutoCheckpoint`: asked on every idle refresh, it looks at
/// the checkpoint directory at most once a minute (a directory listing is not free), and never
/// lets a failure (the directory unmounted, full) disturb the operator's screen: it tries again
/// at the next look. Every production workstation runs one; the files' names let the first one
/// due write and the others see it was done.
final class ScheduledCheckpoints {
    private var nextLook: Date = .distantPast
    private let every: TimeInterval

    init(lookEvery: TimeInterval = 60) { every = lookEvery }

    /// The path written, if one was.
    @discardableResult
    func tick(_ workspace: Workspace, now: Date = Date()) -> String? {
        guard workspace.kind == .production, now >= nextLook else { return nil }
        nextLook = now.addingTimeInterval(every)
        return try? AuditAutoCheckpoint.writeIfDue(workspace, now: now)
    }
}
