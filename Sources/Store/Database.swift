import CSQLite
import Foundation

/// One connection to a SingleWindow SQLite file.
///
/// A connection is used by one thread at a time (the TUI loop or one CLI command); the lock only
/// guards against accidental sharing. Several processes may open the same file: WAL lets readers
/// go on while one writer writes, and the busy timeout makes a second writer wait, not fail.
public final class Database: @unchecked Sendable {
    public let path: String
    let handle: OpaquePointer
    /// Prepared statements by SQL text, least recently used evicted first (see `prepare`).
    private var statementCache: [String: CachedStatement] = [:]
    private var statementUseClock: UInt64 = 0
    /// How many statements the cache keeps. The domain's SQL texts are constant (values are
    /// bound, id lists travel as one JSON parameter), so a few dozen cover every pane; the bound
    /// only matters when something builds SQL text per call.
    var statementCacheCapacity = Database.defaultStatementCacheCapacity
    static let defaultStatementCacheCapacity = 96
    /// Only names savepoints; whether a transaction is open is asked of SQLite itself.
    private var savepointDepth = 0
    private let lock = NSRecursiveLock()
    private var closed = false

    /// Opens (creating if asked) the file at `path`, or `:memory:`.
    ///
    /// Refused before anything is written to the file: a file that is not SQLite
    /// (`notADatabase`), and a database from a newer SingleWindow (`newerSchema`): a runner
    /// format beyond this one's always, and with `knownSchema` (the areas' migration sets) also
    /// an area newer than known — the check runs before WAL is switched on, since that rewrites
    /// the header. `Migrator.migrate` checks the areas again in any case.
    public init(path: String, create: Bool = true, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 5_000,
                knownSchema: [MigrationSet]? = nil) throws {
        self.path = path
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        let isFile = Database.isPlainFilePath(path)
        if isFile {
            try Database.checkLocation(path: path, create: create && !readOnly)
            try Database.checkHeader(path: path)
        }
        // A database in a directory we cannot write: WAL needs its -wal and -shm files beside it,
        // so even a read failed ("attempt to write a readonly database"). It is opened immutable,
        // read-only: every read works on the file as it is (another process cannot be writing to
        // it either, for the same reason), and a write is refused in words (`readOnlyDirectory`).
        let immutable = isFile && !readOnly && Database.directoryIsReadOnly(path)
        self.readOnlyDirectory = immutable ? URL(fileURLWithPath: path).deletingLastPathComponent().path : nil
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        if readOnly || immutable { flags |= SQLITE_OPEN_READONLY } else { flags |= SQLITE_OPEN_READWRITE }
        if create && !readOnly && !immutable { flags |= SQLITE_OPEN_CREATE }
        var db: OpaquePointer?
        let opening = immutable ? Database.immutableURI(path) : path
        let rc = sqlite3_open_v2(opening, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite3_close_v2(db) }
            throw DatabaseError.cannotOpen(path: path, reason: "\(message) (SQLite code \(rc))")
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
        do {
            // Read the schema version first: a corrupt or foreign file fails here, and a newer
            // schema is refused, both before any pragma writes.
            try Migrator.refuseNewer(self, sets: knownSchema)
            if !readOnly && !immutable && isFile {
                _ = try query("PRAGMA journal_mode=WAL")
                try execute("PRAGMA synchronous=NORMAL")
            }
            try execute("PRAGMA foreign_keys=ON")
        } catch let error as DatabaseError where error.primaryCode == SQLITE_NOTADB {
            close()
            throw DatabaseError.notADatabase(path: path)
        } catch {
            close()
            throw error
        }
    }

    /// Set when the file was opened immutable because its directory is read-only (see `init`):
    /// the directory, for the message a write gets.
    public let readOnlyDirectory: String?

    /// An existing file whose directory this process cannot write in.
    public static func directoryIsReadOnly(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        // Effective ids (AT_EACCESS): a setgid binary writes where its group may, not only its user.
        return faccessat(AT_FDCWD, directory, W_OK, AT_EACCESS) != 0
    }

    static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))) ?? absolute
        return "file:" + escaped + "?immutable=1"
    }

    deinit { close() }

    public func close() {
        lock.lock(); defer { lock.unlock() }
        guard !closed else { return }
        closed = true
        statementCache.values.forEach { $0.statement.finalize() }
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// A real file name, as opposed to `:memory:`, the anonymous temp database or a URI.
    static func isPlainFilePath(_ path: String) -> Bool {
        !path.isEmpty && path != ":memory:" && !path.hasPrefix("file:")
    }

    /// Names the problem SQLite would only call "unable to open database file".
    static func checkLocation(path: String, create: Bool) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw DatabaseError.cannotOpen(path: path, reason: "it is a directory") }
            return
        }
        if !create { throw DatabaseError.cannotOpen(path: path, reason: "no such file") }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DatabaseError.cannotOpen(path: path, reason: "the directory \(directory) does not exist")
        }
    }

    /// Refuses, without opening it, a non-empty file whose first 16 bytes are not SQLite's magic.
    static func checkHeader(path: String) throws {
        guard let fh = FileHandle(forReadingAtPath: path) else { return }
        defer { try? fh.close() }
        let head = (try? fh.read(upToCount: 16)) ?? Data()
        if head.isEmpty { return }
        let magic = Array("SQLite format 3".utf8) + [0]
        if Array(head) != magic { throw DatabaseError.notADatabase(path: path) }
    }

    // MARK: - Errors

    func error(_ code: Int32, sql: String?) -> DatabaseError {
        if code & 0xff == SQLITE_READONLY, let readOnlyDirectory {
            return .cannotOpen(path: path, reason: DatabaseError.readOnlyDirectoryMessage(readOnlyDirectory))
        }
        return .sqlite(code: code, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    // MARK: - Statements

    /// A cached prepared statement for `sql`: bulk work re-binds the same statement instead of
    /// compiling SQL per row. When the cached one is still mid-iteration (a query run from
    /// inside `forEach` over the same SQL), a fresh uncached statement is returned instead, so
    /// the outer iteration is not reset under its feet.
    ///
    /// The cache is an LRU of `statementCacheCapacity` entries. An evicted statement leaves the
    /// cache and is finalized as soon as no caller holds it any more (at once, normally; a
    /// statement mid-iteration is never evicted). A statement whose bind or step failed is
    /// evicted and finalized by `Statement` itself, so the next use prepares afresh.
    public func prepare(_ sql: String) throws -> Statement {
        lock.lock(); defer { lock.unlock() }
        statementUseClock &+= 1
        if let cached = statementCache[sql] {
            if cached.statement.isBusy { return try Statement(database: self, sql: sql, persistent: false) }
            cached.lastUse = statementUseClock
            cached.statement.reset()
            return cached.statement
        }
        let statement = try Statement(database: self, sql: sql, persistent: true)
        evictLeastRecentlyUsed(toFit: 1)
        statementCache[sql] = CachedStatement(statement, lastUse: statementUseClock)
        return statement
    }

    /// Makes room for `count` more entries by dropping the least recently used idle statements.
    private func evictLeastRecentlyUsed(toFit count: Int) {
        while statementCache.count + count > max(1, statementCacheCapacity) {
            guard let victim = statementCache.filter({ !$0.value.statement.isBusy })
                .min(by: { $0.value.lastUse < $1.value.lastUse }) else { return } // all mid-iteration
            statementCache.removeValue(forKey: victim.key)
        }
    }

    /// Drops `statement` from the cache (when it is the cached one for its SQL) and finalizes
    /// it: after a failed bind or step its state is not to be trusted.
    func evict(_ statement: Statement) {
        lock.lock(); defer { lock.unlock() }
        if statementCache[statement.sql]?.statement === statement {
            statementCache.removeValue(forKey: statement.sql)
        }
        statement.finalize()
    }

    /// How many distinct statements are cached (tests check reuse and the bound with it).
    public var cachedStatementCount: Int {
        lock.lock(); defer { lock.unlock() }
        return statementCache.count
    }

    /// Whether `sql` has a statement in the cache (tests).
    func isCached(_ sql: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return statementCache[sql] != nil
    }

    /// Statements prepared and not yet finalized on this connection, cached or not (tests:
    /// evicted statements must really be finalized, not just forgotten).
    var liveStatementCount: Int {
        lock.lock(); defer { lock.unlock() }
        var count = 0
        var next = sqlite3_next_stmt(handle, nil)
        while let stmt = next { count += 1; next = sqlite3_next_stmt(handle, stmt) }
        return count
    }

    /// Runs one or more statements with no parameters (schema, pragmas).
    public func execute(_ sql: String) throws {
        lock.lock(); defer { lock.unlock() }
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &message)
        if rc != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            // sqlite3_exec returns the primary code only; the connection knows the extended one.
            let code = sqlite3_extended_errcode(handle) & 0xff == rc ? sqlite3_extended_errcode(handle) : rc
            if code & 0xff == SQLITE_READONLY, let readOnlyDirectory {
                throw DatabaseError.cannotOpen(path: path, reason: DatabaseError.readOnlyDirectoryMessage(readOnlyDirectory))
            }
            throw DatabaseError.sqlite(code: code, message: text, sql: sql)
        }
    }

    /// Runs one statement with parameters; returns the number of rows changed.
    @discardableResult
    public func run(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Int {
        lock.lock(); defer { lock.unlock() }
        let statement = try prepare(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        while try statement.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// All rows of a query. For lists use a `LIMIT` (keyset paging) or `forEach`.
    public func query(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> [Row] {
        var rows: [Row] = []
        try forEach(sql, arguments) { rows.append($0); return true }
        return rows
    }

    public func queryOne(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Row? {
        var found: Row?
        try forEach(sql, arguments) { found = $0; return false }
        return found
    }

    public func scalar(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> SQLValue {
        try queryOne(sql, arguments)?.values.first ?? .null
    }

    /// Streams rows to `body` without collecting them; `body` returns false to stop early.
    public func forEach(_ sql: String, _ arguments: [any SQLBindable] = [], _ body: (Row) throws -> Bool) throws {
        lock.lock(); defer { lock.unlock() }
        let statement = try prepare(sql)
        defer { statement.reset() }
        try statement.bind(arguments)
        while try statement.step() {
            if try !body(statement.row()) { break }
        }
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    // MARK: - Transactions

    /// Runs `body` in a write transaction (BEGIN IMMEDIATE, so the write lock is taken up front
    /// and a busy database waits rather than failing half-way). Nested calls become savepoints.
    /// Any thrown error rolls everything back: readers never see half an action.
    @discardableResult
    public func write<T>(_ body: () throws -> T) throws -> T {
        try transaction(begin: "BEGIN IMMEDIATE", body)
    }

    /// Runs `body` in a read transaction: one consistent snapshot across several queries.
    @discardableResult
    public func read<T>(_ body: () throws -> T) throws -> T {
        try transaction(begin: "BEGIN DEFERRED", body)
    }

    /// Asked of SQLite, so a transaction opened with a plain `execute("BEGIN")` counts too.
    public var isInTransaction: Bool {
        lock.lock(); defer { lock.unlock() }
        return sqlite3_get_autocommit(handle) == 0
    }

    private func transaction<T>(begin: String, _ body: () throws -> T) throws -> T {
        lock.lock(); defer { lock.unlock() }
        let outermost = sqlite3_get_autocommit(handle) != 0
        let savepoint = "sw_sp\(savepointDepth)"
        if outermost { try retryingWhileBusy(begin) } else { try execute("SAVEPOINT \(savepoint)") }
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        do {
            let result = try body()
            if outermost { try retryingWhileBusy("COMMIT") } else { try execute("RELEASE \(savepoint)") }
            return result
        } catch {
            if outermost {
                // SQLite may already have rolled back by itself (I/O error, full disk).
                if sqlite3_get_autocommit(handle) == 0 { try? execute("ROLLBACK") }
            } else {
                try? execute("ROLLBACK TO \(savepoint); RELEASE \(savepoint)")
            }
            throw error
        }
    }

    /// How long, in all, taking the write lock (or committing) is retried before giving up: six
    /// busy timeouts (30 s by default). Every writer's transaction is short (`WriteSlice`), so a
    /// wait this long means something is wrong.
    public var busyRetrySeconds: Double { Double(busyTimeoutMilliseconds) * 6 / 1000 }
    private let busyTimeoutMilliseconds: Int32

    /// Runs `sql` (BEGIN, COMMIT: no work of the caller's is lost by running it again), retrying
    /// on SQLITE_BUSY with a growing pause, each try already waiting the busy timeout, until
    /// `busyRetrySeconds` have passed; then a busy error that says what happened in plain words
    /// rather than "database is locked".
    private func retryingWhileBusy(_ sql: String) throws {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(busyRetrySeconds * 1_000_000_000)
        var pause: UInt32 = 5_000 // microseconds
        while true {
            do {
                try execute(sql)
                return
            } catch let error as DatabaseError where error.isBusy {
                guard DispatchTime.now().uptimeNanoseconds < deadline else {
                    throw DatabaseError.sqlite(code: error.sqliteCode ?? SQLITE_BUSY, message: DatabaseError.busyMessage(seconds: busyRetrySeconds),
                                               sql: sql)
                }
                // Jitter, so writers that gave up together do not all come back together.
                usleep(pause + UInt32.random(in: 0...pause))
                pause = min(pause * 2, 250_000)
            }
        }
    }

    // MARK: - Change detection and backup

    /// Changes whenever another connection commits to the file (never for this connection's own
    /// commits); panes poll it through a `ChangeWatcher` to refresh.
    public func dataVersion() throws -> Int64 {
        try scalar("PRAGMA data_version").int64 ?? 0
    }

    /// Copies the database with SQLite's online backup API into `destination` (replacing a
    /// database there; refusing a file that is not one, or the live file itself). The default copies every page in one step under one read snapshot: consistent,
    /// and with WAL other terminals keep writing meanwhile. A copy in small steps would restart
    /// each time another connection commits, and could never finish on a busy host.
    public func backup(to destination: String, pagesPerStep: Int32 = -1) throws {
        lock.lock(); defer { lock.unlock() }
        if Database.isPlainFilePath(destination) {
            // Never over the live file, and never over something that is not a database.
            if URL(fileURLWithPath: destination).standardizedFileURL == URL(fileURLWithPath: path).standardizedFileURL {
                throw DatabaseError.cannotOpen(path: destination, reason: "it is the database being backed up")
            }
            try Database.checkLocation(path: destination, create: true)
            try Database.checkHeader(path: destination)
        }
        var target: OpaquePointer?
        let rc = sqlite3_open_v2(destination, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        guard rc == SQLITE_OK, let target else {
            let msg = target.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let target { sqlite3_close_v2(target) }
            throw DatabaseError.cannotOpen(path: destination, reason: msg)
        }
        defer { sqlite3_close_v2(target) }
        guard let backup = sqlite3_backup_init(target, "main", handle, "main") else {
            throw DatabaseError.sqlite(code: sqlite3_extended_errcode(target), message: String(cString: sqlite3_errmsg(target)), sql: nil)
        }
        var step: Int32
        repeat {
            step = sqlite3_backup_step(backup, pagesPerStep)
            if step == SQLITE_BUSY || step == SQLITE_LOCKED { sqlite3_sleep(20) }
        } while step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard step == SQLITE_DONE, finish == SQLITE_OK else {
            throw DatabaseError.sqlite(code: step == SQLITE_DONE ? finish : step, message: String(cString: sqlite3_errmsg(target)), sql: nil)
        }
    }

    /// Replaces this database's whole content, in place, with `source`'s, through SQLite's
    /// online backup API with this connection as the destination: the file (and its inode) stay,
    /// the copy is one write transaction in the WAL, and every other connection on the file sees
    /// the new content at its next read (its `data_version` moves). A writer in the middle of a
    /// transaction finishes first; one that starts meanwhile waits on its busy timeout. Gives up
    /// with a busy error after `timeoutSeconds` of other terminals holding the write lock.
    public func replaceContents(from source: Database, timeoutSeconds: Double = 30) throws {
        lock.lock(); defer { lock.unlock() }
        source.lock.lock(); defer { source.lock.unlock() }
        guard sqlite3_get_autocommit(handle) != 0 else {
            throw DatabaseError.sqlite(code: SQLITE_MISUSE, message: "cannot replace the database's content inside an open transaction", sql: nil)
        }
        guard let backup = sqlite3_backup_init(handle, "main", source.handle, "main") else {
            throw error(sqlite3_extended_errcode(handle), sql: nil)
        }
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        var step: Int32
        repeat {
            step = sqlite3_backup_step(backup, -1)
            if step == SQLITE_BUSY || step == SQLITE_LOCKED {
                if Date() >= deadline { break }
                sqlite3_sleep(20)
            }
        } while step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard step == SQLITE_DONE, finish == SQLITE_OK else {
            let code = step == SQLITE_DONE ? finish : step
            throw DatabaseError.sqlite(code: code, message: String(cString: sqlite3_errstr(code)), sql: nil)
        }
    }
}

/// One cache entry: the statement and when it was last handed out.
private final class CachedStatement {
    let statement: Statement
    var lastUse: UInt64
    init(_ statement: Statement, lastUse: UInt64) {
        self.statement = statement
        self.lastUse = lastUse
    }
}
