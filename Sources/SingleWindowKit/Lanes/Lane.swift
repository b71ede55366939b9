import Foundation

/// One agency's track through a case: its state, who holds it, its deadline.
public struct Lane: Equatable, Codable, Sendable {
    public var id: Int64
    public var caseKind: CaseKind
    public var caseID: String
    public var agency: Agency
    public var state: String
    public var claimedBy: String?
    public var deadline: Date?
    public var openedAt: Date
    public var updatedAt: Date
    /// Kind-specific facts that travel with the lane (a channel, a release mode, duties due).
    public var detail: [String: String]
    public var version: Int64

    init(row: Row) {
        id = row.int64("id") ?? 0
        caseKind = CaseKind(rawValue: row.string("case_kind") ?? "") ?? .declaration
        caseID = row.string("case_id") ?? ""
        agency = Agency(rawValue: row.string("agency") ?? "") ?? .none
        state = row.string("state") ?? ""
        claimedBy = row.string("claimed_by")
        deadline = row.string("deadline").flatMap(Timestamp.date)
        openedAt = row.string("opened_at").flatMap(Timestamp.date) ?? Date(timeIntervalSince1970: 0)
        updatedAt = row.string("updated_at").flatMap(Timestamp.date) ?? Date(timeIntervalSince1970: 0)
        let detailText = row.string("detail") ?? "{}"
        detail = (try? JSONDecoder().decode([String: String].self, from: Data(detailText.utf8))) ?? [:]
        version = row.int64("version") ?? 1
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

    init(row: Row) {
        id = row.int64("id") ?? 0
        laneID = row.int64("lane_id") ?? 0
        at = row.string("at").flatMap(Timestamp.date) ?? Date(timeIntervalSince1970: 0)
        operatorID = row.string("operator_id") ?? ""
        action = row.string("action") ?? ""
        fromState = row.string("from_state") ?? ""
        toState = row.string("to_state") ?? ""
        message = row.string("message") ?? ""
    }
}
