import Foundation

/// How long one write transaction of a long job (an import, `generate`) may hold the write lock
/// before it commits and starts the next: bounded by time, not by a count of rows, so no other
/// terminal waits anywhere near its busy timeout (`generate` held the lock 6 s per 10,000
/// declarations against a 5 s timeout, and 4 of 1,178 concurrent commands failed "database is
/// locked"). The job checks `isSpent` between items; an item itself is milliseconds.
public struct WriteSlice {
    /// A quarter of a second: a tenth of SQLite's usual wait, plenty for a batch to be worth it.
    public static let defaultSeconds = 0.25

    private let start: UInt64
    private let limit: UInt64

    public init(seconds: Double = WriteSlice.defaultSeconds) {
        start = DispatchTime.now().uptimeNanoseconds
        limit = UInt64(max(0, seconds) * 1_000_000_000)
    }

    /// The slice's time is up: commit now.
    public var isSpent: Bool { DispatchTime.now().uptimeNanoseconds - start >= limit }
}
