/// Optimistic concurrency: several terminals edit the same rows, so an update names the version
/// it was based on and is refused — never silently applied over someone else's change — when
/// the row has moved on.
extension Database {
    /// Runs `UPDATE table SET …, version = version + 1 WHERE idColumn = id AND version = expected`
    /// and returns the new version. Throws `staleVersion` (with the version now stored, or nil
    /// when the row is gone) if nothing matched. Table and column names are identifiers from
    /// code, never user input; they are quoted all the same.
    @discardableResult
    public func updateVersioned(table: String, idColumn: String = "id", id: any SQLBindable, expectedVersion: Int64,
                                set assignments: [(column: String, value: any SQLBindable)]) throws -> Int64 {
        let setClause = (assignments.map { "\(Database.quote($0.column)) = ?" } + ["version = version + 1"])
            .joined(separator: ", ")
        let sql = "UPDATE \(Database.quote(table)) SET \(setClause) WHERE \(Database.quote(idColumn)) = ? AND version = ?"
        // One savepoint, so the refusal's "found" is read in the same snapshot as the failed update.
        return try write {
            let changed = try run(sql, assignments.map(\.value) + [id, expectedVersion])
            if changed == 1 { return expectedVersion + 1 }
            let found = try queryOne("SELECT version FROM \(Database.quote(table)) WHERE \(Database.quote(idColumn)) = ?",
                                     [id])?.int64("version")
            throw DatabaseError.staleVersion(table: table, id: id.sqlValue.string ?? "", expected: expectedVersion, found: found)
        }
    }

    /// An SQL identifier in double quotes, inner quotes doubled.
    public static func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
