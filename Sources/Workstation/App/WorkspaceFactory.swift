import Foundation
import SingleWindowKit

/// Opens the workspace a command or the TUI works on, creating and loading it when asked.
enum WorkspaceFactory {
    struct Opened {
        var workspace: Workspace
        var created: Bool
        var referenceRows: Int
    }

    /// Opens `path`, creating it as `kind` with reference data (and demo data when asked) if it
    /// does not exist yet; an existing database gets its reference data refreshed (idempotent).
    static func open(path: String, createAs kind: DatabaseKind, loadDemo: Bool) throws -> Opened {
        // Filled in when the store and reference loaders land.
        let db = try Database(path: path)
        try Migrator.migrate(db)
        return Opened(workspace: Workspace(db: db, kind: kind, clock: SystemClock()), created: true, referenceRows: 0)
    }

    /// Opens an existing database; a missing file is an error, not a silent new database.
    static func openExisting(path: String) throws -> Workspace {
        guard FileManager.default.fileExists(atPath: path) else {
            throw UsageError("no database at \(path) (create one with `singlewindow init --db \(path)` or run `singlewindow`)")
        }
        let db = try Database(path: path, create: false)
        try Migrator.migrate(db)
        return Workspace(db: db, kind: .production, clock: SystemClock())
    }
}

extension Workspace {
    static func defaultPath(environment: [String: String]) -> String {
        if let p = environment["SINGLEWINDOW_DB"], !p.isEmpty { return p }
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return base + "/singlewindow/singlewindow.db"
    }
}

/// Plain text columns for headless listings (display-width aware padding comes from TerminalUI).
enum TextColumns {
    static func line(_ values: [String], widths: [Int]) -> String {
        zip(values, widths).map { value, width in
            value.count >= width ? value + " " : value + String(repeating: " ", count: width - value.count)
        }.joined()
    }
}
