import Foundation
import Store

/// One agency's track through a case: its state, who holds it, its deadline.
public struct Lane: Equatable, Codable, Sendable {
    public var id: Int64
    public var caseKind: CaseKind
    public var caseID: String
    public var agency: Agency
    public var state: String
    public var claimedBy: String?
    /// The operator the lane was handed to (approval bureau, drawn inspector); nil: anyone of the agency.
    public var assignedTo: String?
    public var deadline: Date?
    public var openedAt: Date
    public var updatedAt: Date
    /// Kind-specific facts that travel with the lane (a channel, a release mode, duties due).
    public var detail: [String: String]
    public var version: Int64

    /// NOT NULL columns read typed (a NULL or mistyped one throws `DatabaseError.decode`).
    init(row: Row) throws {
        id = try row.decode("id")
        caseKind = CaseKind(rawValue: try row.decode("case_kind")) ?? .declaration
        caseID = try row.decode("case_id")
        agency = Agency(try row.decode("agency") as String)
        state = try row.decode("state")
        claimedBy = try row.decodeIfPresent("claimed_by")
        // Read loosely: a database mid-upgrade (before migration 10) has no such column yet.
        assignedTo = row.string("assigned_to")
        deadline = try row.decodeIfPresent("deadline", as: String.self).flatMap(Timestamp.date)
        openedAt = Timestamp.date(try row.decode("opened_at")) ?? Date(timeIntervalSince1970: 0)
        updatedAt = Timestamp.date(try row.decode("updated_at")) ?? Date(timeIntervalSince1970: 0)
        let detailText: String = try row.decode("detail")
        detail = (try? JSONDecoder().decode([String: String].self, from: Data(detailText.utf8))) ?? [:]
        version = try row.decode("version")
    }
}

/// One step in a lane's timeline: who, when, what, and the message shown to the other side.
public struct LaneEvent: Equatable, Codable, Sendable {
    public var id: Int64
    public var laneID: Int64
    public var at: Date
    public var operatorID: String
    public var action: String
    public var fromState: String
    public var toState: String
    public var message: String

    init(row: Row) throws {
        id = try row.decode("id")
        laneID = try row.decode("lane_id")
        at = Timestamp.date(try row.decode("at")) ?? Date(timeIntervalSince1970: 0)
        operatorID = try row.decode("operator_id")
        action = try row.decode("action")
        fromState = try row.decode("from_state")
        toState = try row.decode("to_state")
        message = try row.decode("message")
    }
}
