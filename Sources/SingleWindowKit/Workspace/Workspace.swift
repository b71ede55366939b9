import Foundation
import Store

/// Whether a database is for real work or for a class.
public enum DatabaseKind: String, Codable, Sendable {
    /// Operators may be switched from inside the TUI and the clock may be moved.
    case training
    /// Neither: who acts is who logged in, and time is the system's.
    case production
}

/// An open, migrated SingleWindow database with its clock: what every domain action runs against.
///
/// The clock is a base clock (the system's, or one a test sets) plus, on a training database,
/// the offset a trainer moved it by; the offset is kept in `meta` so every terminal on the file
/// shares the same "now".
public final class Workspace: @unchecked Sendable {
    public let db: Database
    public let kind: DatabaseKind
    private let lock = NSLock()
    private var baseClock: any Clock
    private var offset: TimeInterval

    public init(db: Database, kind: DatabaseKind, clock: any Clock) {
        self.db = db
        self.kind = kind
        self.baseClock = clock
        self.offset = 0
    }

    init(db: Database, kind: DatabaseKind, baseClock: any Clock, offset: TimeInterval) {
        self.db = db
        self.kind = kind
        self.baseClock = baseClock
        self.offset = offset
    }

    /// The clock actions read: on a training database an `OffsetClock` over the base.
    public var clock: any Clock {
        lock.lock(); defer { lock.unlock() }
        return kind == .training ? OffsetClock(offset: offset, base: baseClock) : baseClock
    }

    /// How far a trainer has moved this training database's clock (0 when not moved).
    public var clockOffset: TimeInterval {
        lock.lock(); defer { lock.unlock() }
        return offset
    }

    /// Replaces the base clock and forgets any offset, without touching the file (tests).
    public func setClock(_ clock: any Clock) {
        lock.lock(); defer { lock.unlock() }
        baseClock = clock
        offset = 0
    }

    public func now() -> Date { clock.now() }

    var base: any Clock {
        lock.lock(); defer { lock.unlock() }
        return baseClock
    }

    func setOffset(_ value: TimeInterval) {
        lock.lock(); defer { lock.unlock() }
        offset = value
    }
}
