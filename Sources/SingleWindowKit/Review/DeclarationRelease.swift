import Foundation
import Store

/// The record of a declaration's one release (一次放行). When it is released is the rule set's
/// aggregate (`DeclarationRuleSet.outcome`); this records it exactly once.
public enum DeclarationRelease {
    /// When the declaration was released, or nil.
    public static func releasedAt(_ db: Database, declarationID: Int64) throws -> Date? {
        try db.queryOne("SELECT released_at FROM declaration_release WHERE declaration_id = ?", [declarationID])?
            .string("released_at").flatMap(Timestamp.date)
    }

    /// Records the release if the rule set's aggregate says the declaration is released and it
    /// is not recorded yet; true when this call recorded it. Call inside the action's write.
    @discardableResult
    static func releaseIfComplete(_ db: Database, declarationID: Int64, revision: Int, at now: Date,
                                  by actor: Operator) throws -> Bool {
        let lanes = try Lanes.lanes(db, kind: .declaration, caseID: String(declarationID))
        guard Review.engine.rules.outcome(lanes) == .released else { return false }
        return try record(db, declarationID: declarationID, revision: revision, lanes: lanes, at: now, by: actor)
    }

    /// Records the one release the engine reported (`LaneDecision.reached`), exactly once.
    static func record(_ db: Database, declarationID: Int64, revision: Int, lanes: [Lane], at now: Date,
                       by actor: Operator) throws -> Bool {
        // The primary key makes a second release impossible; the check keeps it from being an error.
        guard try db.run("INSERT OR IGNORE INTO declaration_release(declaration_id, revision, released_at) VALUES (?,?,?)",
                         [declarationID, revision, Timestamp.string(now)]) == 1 else { return false }
        try AuditLog.append(db, at: now, by: actor, action: "declaration.release", entity: "declaration",
                            entityID: String(declarationID), before: try AuditRowStamp.declaration(db, declarationID, before: "submitted"),
                            after: "released: " + lanes.map(\.agency.rawValue).joined(separator: "+"))
        return true
    }
}
