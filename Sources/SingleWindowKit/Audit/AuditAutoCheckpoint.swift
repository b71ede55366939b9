import Foundation
import Store

/// A production database's checkpoints written on their own: every `interval` the head goes to
/// a file in the configured directory (ideally a mount of another host, or one a backup job
/// copies away). Set by the administrator (`audit schedule`), kept in `meta` and recorded in
/// the chain. Never on a training database: it is reset at will and its checkpoints would only
/// name other chains.
public enum AuditAutoCheckpoint {
    static let directoryKey = "audit_checkpoint_dir"
    static let intervalKey = "audit_checkpoint_minutes"
    public static let action = "audit.schedule"
    public static let fileSuffix = ".checkpoint"

    public struct Schedule: Equatable, Sendable {
        public var directory: String
        public var minutes: Int
        public init(directory: String, minutes: Int) { self.directory = directory; self.minutes = minutes }
    }

    public static func schedule(_ db: Database) throws -> Schedule? {
        guard let directory = try Meta.get(db, directoryKey), !directory.isEmpty,
              let minutes = try Meta.get(db, intervalKey).flatMap(Int.init), minutes > 0 else { return nil }
        return Schedule(directory: directory, minutes: minutes)
    }

    /// Sets (or, with nil, turns off) the schedule, audited like any other change.
    public static func setSchedule(_ workspace: Workspace, _ schedule: Schedule?, by actor: Operator) throws {
        guard workspace.kind == .production else { throw AuditScheduleError.trainingDatabase }
        let db = workspace.db
        try db.write {
            let before = try Self.schedule(db).map(describe) ?? ""
            try Meta.set(db, directoryKey, schedule?.directory ?? "")
            try Meta.set(db, intervalKey, schedule.map { String($0.minutes) } ?? "")
            try AuditLog.append(db, at: workspace.now(), by: actor, action: action, entity: "database",
                                entityID: try Meta.get(db, Meta.databaseID) ?? "", before: before,
                                after: schedule.map(describe) ?? "")
        }
    }

    static func describe(_ schedule: Schedule) -> String { "every \(schedule.minutes) min to \(schedule.directory)" }

    /// Writes the head to a new file when the schedule is due: no file of this database's in
    /// the directory, or the newest is `minutes` old and the head has moved since. Returns the
    /// path written, nil when nothing was due. The file's name carries the database id, the
    /// time and the seq, so none is ever overwritten; it goes through `SafeFileWrite` (whole or
    /// not at all, never through a link).
    @discardableResult
    public static func writeIfDue(_ workspace: Workspace, now: Date) throws -> String? {
        guard workspace.kind == .production, let schedule = try schedule(workspace.db) else { return nil }
        let prefix = try AuditCheckpoint.chainDatabaseID(workspace.db) + "-"
        let newest = ((try? FileManager.default.contentsOfDirectory(atPath: schedule.directory)) ?? [])
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(fileSuffix) }.max().flatMap { parse($0, prefix: prefix) }
        // Not due: nothing more is read (the head's checkpoint scans for the first keyed entry).
        if let newest, now.timeIntervalSince(newest.0) < TimeInterval(schedule.minutes * 60) { return nil }
        let checkpoint = try AuditCheckpoint.take(workspace.db)
        if let newest, newest.1 == checkpoint.seq { return nil }
        let name = prefix + stamp(now) + "-" + String(checkpoint.seq) + fileSuffix
        let target = try SafeFileWrite.destination((schedule.directory as NSString).appendingPathComponent(name), force: false)
        try SafeFileWrite.write(Data(checkpoint.text.utf8), to: target, asGroup: true)
        return target
    }

    /// `20260101T120000Z`: sorts by time as text, so the newest file is the greatest name.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        return String(format: "%04d", c.year ?? 0) + two(c.month) + two(c.day) + "T" + two(c.hour) + two(c.minute) + two(c.second) + "Z"
    }

    static func parse(_ name: String, prefix: String) -> (Date, Int64)? {
        let parts = name.dropFirst(prefix.count).dropLast(fileSuffix.count).split(separator: "-")
        guard parts.count == 2, let seq = Int64(parts[1]) else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        guard let date = formatter.date(from: String(parts[0])) else { return nil }
        return (date, seq)
    }
}

public enum AuditScheduleError: Error, Equatable, CustomStringConvertible {
    case trainingDatabase
    public var description: String { "automatic checkpoints are for production databases only" }
}
