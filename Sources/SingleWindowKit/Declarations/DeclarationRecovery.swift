import Foundation

/// A draft kept when the connection dropped with it open in an editor, for the message at the
/// operator's next start.
public struct RecoveredDraft: Equatable, Sendable {
    public var id: Int64
    public var at: Date
}

/// Typed work kept when the terminal went away (SIGHUP) or the program was told to end (SIGTERM):
/// nobody is there to answer a question, so the content is kept as a draft whatever it holds.
/// Each recovery is marked in its audit entry (`declaration.recover`) and in `meta` under
/// `recovered.<operator>.<draft>`, which the operator's next start reads once.
extension Declarations {
    static let recoveredPrefix = "recovered."

    /// Saves `content` into its own draft when that is still the version read and editable, else as
    /// a new draft (another terminal saved since, or the record is gone after a training reset).
    public static func saveRecovered(_ ws: Workspace, _ content: Declaration, by actor: Operator) throws -> Declaration {
        try Authority.require(actor, "declaration.save", roles: [.broker, .trader])
        let now = ws.now()
        return try ws.db.write {
            let stored = content.id == 0 ? nil : try DeclarationStore.load(ws.db, id: content.id)
            var saved: Declaration?
            if let stored, stored.version == content.version,
               (try? DeclarationAccess.requireEditable(actor, stored, "declaration.save")) != nil {
                saved = try? ws.db.write { try DeclarationStore.update(ws.db, merged(stored, content, by: actor, at: now)) }
            }
            if saved == nil {
                // The trader's reference is unique per trader: a copy of a record still there, or
                // one whose reference is taken meanwhile, goes without it rather than not at all.
                var fresh = content
                if stored != nil { fresh["traderReference"] = "" }
                saved = try? ws.db.write { try insertDraft(ws.db, fresh, by: actor, at: now) }
                if saved == nil {
                    fresh["traderReference"] = ""
                    saved = try insertDraft(ws.db, fresh, by: actor, at: now)
                }
            }
            guard let saved else { throw DomainError.conflict("recovered draft not saved") }
            try AuditLog.append(ws.db, at: now, by: actor, action: "declaration.recover", entity: entity,
                                entityID: String(saved.id),
                                before: try AuditRowStamp.declaration(ws.db, saved.id,
                                                                      before: content.id == 0 ? "new" : "v\(content.version) #\(content.id)"),
                                after: summary(saved) + " recovered: connection dropped")
            try Meta.set(ws.db, recoveredPrefix + "\(actor.id).\(saved.id)", Timestamp.string(now))
            return saved
        }
    }

    /// The drafts recovered for `actor` since its last start, oldest first; each is reported once.
    public static func takeRecovered(_ ws: Workspace, for actor: Operator) throws -> [RecoveredDraft] {
        let prefix = recoveredPrefix + "\(actor.id)."
        return try ws.db.write {
            let rows = try ws.db.query("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ? ORDER BY value",
                                       [Int64(prefix.count), prefix])
            guard !rows.isEmpty else { return [] }
            try ws.db.run("DELETE FROM meta WHERE substr(key, 1, ?) = ?", [Int64(prefix.count), prefix])
            return rows.compactMap { row in
                guard let key = row.string("key"), let id = Int64(key.dropFirst(prefix.count)),
                      let at = row.string("value").flatMap(Timestamp.date) else { return nil }
                return RecoveredDraft(id: id, at: at)
            }
        }
    }
}
