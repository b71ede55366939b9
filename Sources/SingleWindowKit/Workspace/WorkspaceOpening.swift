import Foundation
import Store

extension Workspace {
    /// Opens the database at `path`, creating it (and its directory) as `kind` when there is
    /// none yet, and migrates it. An existing database keeps the kind it was created with;
    /// asking for the other kind is refused rather than silently ignored. `clock` replaces the
    /// system clock as the base (tests); a training database adds its stored offset on top.
    public static func open(path: String, createAs kind: DatabaseKind?, clock: (any Clock)? = nil) throws -> Workspace {
        let fm = FileManager.default
        try LaunchEnvironment.checkDatabasePath(path, exists: holdsData(path))
        if kind == nil && !holdsData(path) { throw WorkspaceError.noDatabase(path: path) }
        if !fm.fileExists(atPath: path) {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try fm.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw DatabaseError.cannotOpen(path: path, reason: "cannot create the directory \(directory.path): \(error.localizedDescription)")
            }
        }
        let db = try Database(path: path, knownSchema: Schema.areas)
        let base = clock ?? SystemClock()
        // An empty schema is a new database: it needs a kind before anything is written.
        if try Migrator.format(of: db) == 0, kind == nil {
            db.close()
            throw WorkspaceError.noDatabase(path: path)
        }
        try Schema.migrate(db)
        let resolved: DatabaseKind = try db.write {
            let stored = try Meta.get(db, Meta.kind)
            let resolved: DatabaseKind
            if let stored {
                // The chain's anchor outranks `meta`, which anyone with sqlite3 can edit: a
                // production database whose meta was turned into "training" stays production.
                guard DatabaseKind(rawValue: stored) != nil else { throw WorkspaceError.unknownKind(path: path, value: stored) }
                // (An unreadable anchor is a broken chain: `audit verify` says so; meta stands.)
                let anchored = try KindAnchor.anchored(db).flatMap { DatabaseKind(rawValue: $0.kind) }
                guard let known = anchored ?? DatabaseKind(rawValue: stored) else {
                    throw WorkspaceError.unknownKind(path: path, value: stored)
                }
                if let kind, kind != known {
                    throw WorkspaceError.kindMismatch(path: path, stored: known, requested: kind)
                }
                resolved = known
            } else {
                resolved = kind ?? .production
                try Meta.set(db, Meta.kind, resolved.rawValue)
                try Meta.set(db, Meta.createdAt, Timestamp.string(base.now()))
                try Meta.set(db, Meta.clockOffsetSeconds, "0")
            }
            // Databases made before the id existed get one the first time they are opened.
            if try Meta.get(db, Meta.databaseID) == nil {
                try Meta.set(db, Meta.databaseID, Meta.newDatabaseID())
            }
            try KindAnchor.ensure(db, kind: resolved, at: base.now())
            try AuditKey.prepare(db, kind: resolved, at: base.now())
            if try Meta.get(db, Meta.appVersion) != AppVersion.current {
                try Meta.set(db, Meta.appVersion, AppVersion.current)
            }
            return resolved
        }
        let offset = resolved == .training ? try storedClockOffset(db) : 0
        return Workspace(db: db, kind: resolved, baseClock: base, offset: offset)
    }

    /// Whether there is anything at `path` to open. A new database's first commit may sit in
    /// the `-wal` file while the main file is still empty, so both are looked at; opening a
    /// plain empty file would write a header into it.
    public static func holdsData(_ path: String) -> Bool {
        func size(_ file: String) -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue ?? 0
        }
        return size(path) > 0 || size(path + "-wal") > 0
    }

    /// Re-reads the clock offset another terminal may have moved (call when a `ChangeWatcher`
    /// reports a change).
    public func reloadClock() throws {
        guard kind == .training else { return }
        setOffset(try Workspace.storedClockOffset(db))
    }

    static func storedClockOffset(_ db: Database) throws -> TimeInterval {
        try Meta.get(db, Meta.clockOffsetSeconds).flatMap(TimeInterval.init) ?? 0
    }

    /// Where the database lives when no path is given: `$SINGLEWINDOW_DB`, else
    /// `$XDG_DATA_HOME/singlewindow/singlewindow.db`, else
    /// `~/.local/share/singlewindow/singlewindow.db`. Empty values count as unset, and a relative
    /// `XDG_DATA_HOME` is ignored, as the XDG base-directory specification says.
    /// A setgid run ignores all of these for the deployed place (`LaunchEnvironment`).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if LaunchEnvironment.isSetgid { return LaunchEnvironment.deployedDatabase }
        func value(_ name: String) -> String? {
            guard let v = environment[name], !v.isEmpty else { return nil }
            return v
        }
        if let explicit = value("SINGLEWINDOW_DB") { return explicit }
        let dataHome: URL
        if let xdg = value("XDG_DATA_HOME"), xdg.hasPrefix("/") {
            dataHome = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = value("HOME") ?? NSHomeDirectory()
            dataHome = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/share", isDirectory: true)
        }
        return dataHome.appendingPathComponent("singlewindow/singlewindow.db").path
    }
}
