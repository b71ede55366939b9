import Foundation

/// Tells a pane, cheaply, whether another terminal has committed since it last looked, so it
/// refreshes what is visible only when something changed. Built on `PRAGMA data_version`, which
/// moves only for other connections' commits: after its own writes a pane refreshes itself.
public final class ChangeWatcher: @unchecked Sendable {
    private let db: Database
    private let lock = NSLock()
    private var last: Int64?

    /// Starts from the current state: nothing has changed yet.
    public init(db: Database) {
        self.db = db
        last = try? db.dataVersion()
    }

    /// True once after each commit by another connection (several commits count once).
    /// A failing read counts as a change: the pane's refresh will then meet the real error
    /// instead of silently showing stale rows.
    public func hasChanged() -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard let now = try? db.dataVersion() else { return true }
        defer { last = now }
        return now != last
    }
}
