import Foundation

/// Whether a database is for real work or for a class.
public enum DatabaseKind: String, Codable, Sendable {
    /// Operators may be switched from inside the TUI and the clock may be moved.
    case training
    /// Neither: who acts is who logged in, and time is the system's.
    case production
}

/// An open, migrated SingleWindow database with its clock: what every domain action runs against.
public final class Workspace: @unchecked Sendable {
    public let db: Database
    public let kind: DatabaseKind
    public private(set) var clock: any Clock

    public init(db: Database, kind: DatabaseKind, clock: any Clock) {
        self.db = db
        self.kind = kind
        self.clock = clock
    }

    /// Replaces the clock (tests, and a trainer's moved clock on a training database).
    public func setClock(_ clock: any Clock) { self.clock = clock }

    public func now() -> Date { clock.now() }
}
