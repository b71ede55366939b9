import CSQLite
import Foundation

/// A prepared statement, normally owned by its `Database`'s cache.
public final class Statement: @unchecked Sendable {
    let sql: String
    private var handle: OpaquePointer?
    private unowned let database: Database
    public private(set) lazy var columnNames: [String] = (0..<sqlite3_column_count(handle)).map {
        String(cString: sqlite3_column_name(handle, $0))
    }

    /// `persistent` tells SQLite the statement will be kept (the cache); a one-off statement
    /// (prepared while the cached one is busy) is not.
    init(database: Database, sql: String, persistent: Bool) throws {
        self.database = database
        self.sql = sql
        var stmt: OpaquePointer?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let rc = sqlite3_prepare_v3(database.handle, sql, -1, flags, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            sqlite3_finalize(stmt)
            throw database.error(rc, sql: sql)
        }
        handle = stmt
    }

    // Cached statements are finalized by `Database.close` (handle then nil); evicted and one-off
    // ones here, when the last holder lets go.
    deinit { finalize() }

    func finalize() {
        guard let handle else { return }
        sqlite3_finalize(handle)
        self.handle = nil
    }

    /// Whether the statement was finalized (evicted after a failure, or its database closed).
    var isFinalized: Bool { handle == nil }

    /// A failed bind or step: the statement leaves the cache and is finalized, then the error
    /// is thrown. The caller's later `reset()` is harmless on a finalized statement.
    private func failed(_ error: DatabaseError) -> DatabaseError {
        database.evict(self)
        return error
    }

    /// Stepped to a row and not yet reset: someone is iterating it.
    var isBusy: Bool { handle.map { sqlite3_stmt_busy($0) != 0 } ?? false }

    /// A no-op on a finalized statement (callers reset in a `defer`, after a failure too).
    public func reset() {
        guard let handle else { return }
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    public func bind(_ arguments: [any SQLBindable]) throws {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard handle != nil else {
            throw DatabaseError.sqlite(code: SQLITE_MISUSE, message: "the statement was finalized", sql: sql)
        }
        guard expected == arguments.count else {
            throw failed(.sqlite(code: SQLITE_RANGE, message: "expected \(expected) arguments, got \(arguments.count)", sql: sql))
        }
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch argument.sqlValue {
            case .null: rc = sqlite3_bind_null(handle, index)
            case let .integer(v): rc = sqlite3_bind_int64(handle, index, v)
            case let .real(v): rc = sqlite3_bind_double(handle, index, v)
            case let .text(s): rc = bindText(s, at: index)
            case let .blob(b):
                rc = b.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), sw_sqlite_transient()) }
            }
            if rc != SQLITE_OK { throw failed(database.error(rc, sql: sql)) }
        }
    }

    /// Binds by byte count so a text with an embedded NUL is not cut short. An empty text goes
    /// through the C-string path: a nil buffer would bind NULL instead of ''.
    private func bindText(_ text: String, at index: Int32) -> Int32 {
        if text.isEmpty { return sqlite3_bind_text(handle, index, "", 0, sw_sqlite_transient()) }
        var text = text
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) {
                sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count), sw_sqlite_transient())
            }
        }
    }

    /// Advances one row; false when done.
    public func step() throws -> Bool {
        guard let handle else {
            throw DatabaseError.sqlite(code: SQLITE_MISUSE, message: "the statement was finalized", sql: sql)
        }
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw failed(database.error(rc, sql: sql))
        }
    }

    public func row() -> Row {
        let count = sqlite3_column_count(handle)
        var values: [SQLValue] = []
        values.reserveCapacity(Int(count))
        for i in 0..<count {
            switch sqlite3_column_type(handle, i) {
            case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(handle, i)))
            case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(handle, i)))
            case SQLITE_TEXT:
                // By byte count, not up to the first NUL, so text round-trips exactly.
                let n = Int(sqlite3_column_bytes(handle, i))
                let text = sqlite3_column_text(handle, i).map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self)
                } ?? ""
                values.append(.text(text))
            case SQLITE_BLOB:
                let n = Int(sqlite3_column_bytes(handle, i))
                if let p = sqlite3_column_blob(handle, i) {
                    values.append(.blob(Array(UnsafeRawBufferPointer(start: p, count: n))))
                } else { values.append(.blob([])) }
            default: values.append(.null)
            }
        }
        return Row(columns: columnNames, values: values)
    }
}
