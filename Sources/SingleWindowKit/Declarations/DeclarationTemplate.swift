import Foundation
import Store

/// A named starting point for new drafts, kept per enterprise (same trader, same route, same
/// goods: only the B/L, dates and quantities change).
public struct DeclarationTemplate: Equatable, Sendable {
    public var id: Int64
    public var ownerID: String
    public var name: String
    public var direction: DeclarationDirection
    public var scope: DeclarationScope
    public var createdBy: String
    public var createdAt: Date

    init(row: Row) {
        id = row.int64("id") ?? 0
        ownerID = row.string("owner_id") ?? ""
        name = row.string("name") ?? ""
        direction = DeclarationDirection(rawValue: row.string("direction") ?? "") ?? .import
        scope = DeclarationScope(rawValue: row.string("scope") ?? "") ?? .customsAndInspection
        createdBy = row.string("created_by") ?? ""
        createdAt = row.string("created_at").flatMap(Timestamp.date) ?? Date(timeIntervalSince1970: 0)
    }
}
