import Foundation

/// What a reset did: the database id before and the new one its audit chain now belongs to.
public struct TrainingReset: Equatable, Sendable {
    public var previousDatabaseID: String
    public var databaseID: String
}

/// The trainer's end of class: the training database made anew, in place.
extension Workspace {
    /// This database's id (`Meta.databaseID`); renewed by every reset.
    public func databaseID() throws -> String {
        try Meta.get(db, Meta.databaseID) ?? ""
    }

    /// Makes this training database anew **in place**: a fresh training database is built in a
    /// temporary file (schema, then `load` fills it with what a new one starts with), then copied
    /// onto the open file with SQLite's online backup API. The file is never unlinked or
    /// recreated, so every terminal that has it open (a running workstation, a running import)
    /// reads the new content next and never writes into a deleted file; a writer in the middle of
    /// a transaction finishes before the copy, one that starts during it waits.
    ///
    /// The new database has a new id, and its audit chain starts with the reset itself (who,
    /// when, the previous database id), so an anchor kept from before is not taken for a cut-off
    /// chain. Trainers only, training databases only.
    @discardableResult
    public func resetTraining(by actor: Operator, load: (Workspace) throws -> Void) throws -> TrainingReset {
        guard kind == .training else { throw DomainError.trainingOnly("resetting the database") }
        try Authority.require(actor, "reset the training database", roles: [.trainer])
        let previousID = try databaseID()
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("singlewindow-reset-\(UUID().uuidString).db").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        }
        let fresh = try Workspace.open(path: scratch, createAs: .training, clock: base)
        defer { fresh.db.close() }
        let newID = try fresh.databaseID()
        try fresh.db.write {
            try AuditLog.append(fresh.db, at: base.now(), by: actor, action: "database.reset", entity: "database",
                                entityID: newID, before: previousID, after: newID)
        }
        try load(fresh)
        // Everything in the WAL into the main file, so the copy reads one settled file.
        _ = try? fresh.db.query("PRAGMA wal_checkpoint(TRUNCATE)")
        try db.replaceContents(from: fresh.db)
        setOffset(try Workspace.storedClockOffset(db))
        return TrainingReset(previousDatabaseID: previousID, databaseID: newID)
    }
}
