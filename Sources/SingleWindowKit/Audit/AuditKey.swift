import Foundation
import Store

/// The production database's audit key: 32 random bytes in `<database>.auditkey`, beside the
/// file but not in it. Whoever can write the database can rewrite the chain and re-hash it; only
/// whoever can read this file can make the MACs match again. In the setgid deployment (README,
/// "Deployment (production)") the file is the administrator's, group `singlewindow`, mode 0640:
/// the program reads it, its users cannot.
///
/// The file also says from which entry the chain is keyed and for which database: an attacker
/// who strips the MACs and re-hashes is caught by the key's own record of where keying began.
public struct AuditKey: Equatable, Sendable {
    public var databaseID: String
    /// The first entry written with the key (the `audit.keyed` entry): every entry from it on
    /// must carry a MAC that checks.
    public var keyedFrom: Int64
    let secret: [UInt8]

    static let header = "singlewindow audit key"
    public static let action = "audit.keyed"

    /// Where the key of the database at `databasePath` lives.
    public static func path(forDatabase databasePath: String) -> String { databasePath + ".auditkey" }

    /// The MAC of an entry's serialised content.
    func mac(_ message: [UInt8]) -> String { HMACSHA256.hex(key: secret, message: message) }

    var text: String {
        [Self.header, "database \(databaseID)", "keyed-from \(keyedFrom)", "key \(Hex.string(secret))"].joined(separator: "\n") + "\n"
    }

    static func parse(_ text: String) -> AuditKey? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.first == header else { return nil }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        guard let id = fields["database"], let from = fields["keyed-from"].flatMap(Int64.init), from > 0,
              let secret = fields["key"].flatMap(Hex.bytes), secret.count == 32 else { return nil }
        return AuditKey(databaseID: id, keyedFrom: from, secret: secret)
    }

    /// What this process can know of a database's key.
    public enum Availability: Equatable, Sendable {
        case loaded(AuditKey)
        /// There is a key file this process may not read (a user's own run, without the group).
        case unreadable(path: String)
        /// There is none (a training database, or a production one not yet opened by someone who may).
        case missing(path: String)
        /// The file is there but is not a key (damaged or replaced): treated as unreadable, never overwritten.
        case malformed(path: String)
    }

    public static func load(databasePath: String) -> Availability {
        let file = path(forDatabase: databasePath)
        let fd = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT ? .missing(path: file) : .unreadable(path: file) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        guard let data = try? handle.readToEnd(), let key = parse(String(decoding: data, as: UTF8.self)) else {
            return .malformed(path: file)
        }
        return .loaded(key)
    }

    /// Makes the key file: never over an existing one (O_EXCL — a second process racing this one
    /// loses and reads the winner's), mode 0640 whatever the umask, 32 bytes from /dev/urandom.
    static func create(databasePath: String, databaseID: String, keyedFrom: Int64) throws -> AuditKey {
        guard let random = FileHandle(forReadingAtPath: "/dev/urandom"), let bytes = try random.read(upToCount: 32),
              bytes.count == 32 else { throw AuditKeyError.cannotCreate(path: path(forDatabase: databasePath), reason: "no /dev/urandom") }
        try? random.close()
        let key = AuditKey(databaseID: databaseID, keyedFrom: keyedFrom, secret: Array(bytes))
        let file = path(forDatabase: databasePath)
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw AuditKeyError.cannotCreate(path: file, reason: String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        fchmod(fd, 0o640)
        do {
            try handle.write(contentsOf: Data(key.text.utf8))
            try handle.synchronize()
        } catch {
            unlink(file)
            throw AuditKeyError.cannotCreate(path: file, reason: error.localizedDescription)
        }
        return key
    }

    /// On opening a production database (inside `Workspace.open`'s write transaction, so the
    /// head cannot move meanwhile): load its key for `AuditLog.append`, or make one when there is
    /// none and the chain is not keyed yet, and record where keying begins with an `audit.keyed`
    /// entry — itself the first keyed entry. A setgid run never makes the key (the file would be
    /// its user's to read); the administrator's first opening does.
    static func prepare(_ db: Database, kind: DatabaseKind, at date: Date) throws {
        guard kind == .production, Database.isFile(db.path) else { return }
        let keyed = try firstKeyedSeq(db) != nil
        switch load(databasePath: db.path) {
        case let .loaded(key):
            AuditKeyring.shared.set(key, for: db.path)
            if !keyed { try appendKeyedAnchor(db, at: date) }
        case .missing:
            AuditKeyring.shared.remove(db.path)
            guard !keyed, !LaunchEnvironment.isSetgid else { return }
            let head = try db.scalar("SELECT coalesce(max(seq), 0) FROM audit_entry").int64 ?? 0
            let key = try create(databasePath: db.path, databaseID: try Meta.get(db, Meta.databaseID) ?? "", keyedFrom: head + 1)
            AuditKeyring.shared.set(key, for: db.path)
            try appendKeyedAnchor(db, at: date)
        case .unreadable, .malformed:
            AuditKeyring.shared.remove(db.path)
        }
    }

    private static func appendKeyedAnchor(_ db: Database, at date: Date) throws {
        try AuditLog.append(db, at: date, by: .system, action: action, entity: "database",
                            entityID: try Meta.get(db, Meta.databaseID) ?? "")
    }

    /// The first entry with a MAC, if any (a scan: no index on `mac`; opening and checkpoints only).
    static func firstKeyedSeq(_ db: Database) throws -> Int64? {
        try db.queryOne("SELECT seq FROM audit_entry WHERE mac != '' ORDER BY seq LIMIT 1")?.int64("seq")
    }
}

public enum AuditKeyError: Error, Equatable, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)
    /// The chain is keyed and this process cannot read the key: an unkeyed entry would break it.
    case keyUnavailable(path: String)

    public var description: String {
        switch self {
        case let .cannotCreate(path, reason): return "cannot create the audit key \(path): \(reason)"
        case let .keyUnavailable(path):
            return "the audit log is keyed but its key \(path) cannot be read: run the installed (setgid) singlewindow, or ask the administrator"
        }
    }
}

/// The keys loaded by `AuditKey.prepare`, by database path, for `AuditLog.append` (which is
/// handed only the `Database`). Process-wide because every connection to one file must sign alike.
final class AuditKeyring: @unchecked Sendable {
    static let shared = AuditKeyring()
    private let lock = NSLock()
    private var keys: [String: AuditKey] = [:]

    func key(for path: String) -> AuditKey? { lock.withLock { keys[path] } }
    func set(_ key: AuditKey, for path: String) { lock.withLock { keys[path] = key } }
    func remove(_ path: String) { _ = lock.withLock { keys.removeValue(forKey: path) } }
}

extension Database {
    /// A real file (not `:memory:` nor a URI): only those have a key beside them.
    static func isFile(_ path: String) -> Bool { !path.isEmpty && path != ":memory:" && !path.hasPrefix("file:") }
}
