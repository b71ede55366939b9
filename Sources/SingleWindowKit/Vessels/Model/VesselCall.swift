import Foundation
import Store

/// One declared call as stored: the declaration and where it stands.
public struct VesselCall: Equatable, Sendable {
    public var id: String
    public var direction: CallDirection
    public var state: VesselCallState
    public var declaration: VesselDeclaration
    public var agentEnterpriseID: String
    public var agentOperatorID: String
    /// For a departure: the arrival it follows (crew list and remaining cargo came from there).
    public var arrivalCallID: String?
    /// 0 until the first amendment after submission.
    public var amendmentNumber: Int
    public var createdAt: Date
    public var updatedAt: Date
    public var submittedAt: Date?
    /// Arrival: cleared inward; departure: port clearance issued.
    public var clearedAt: Date?
    public var version: Int64
}

/// A row of a call list: enough to show and page, without the documents.
public struct VesselCallSummary: Equatable, Sendable {
    public var id: String
    public var imo: String
    public var shipName: String
    public var direction: CallDirection
    public var voyage: String
    public var port: String
    /// ETA of an arrival, ETD of a departure.
    public var expectedAt: Date?
    public var state: VesselCallState
    public var agentEnterpriseID: String
    public var version: Int64
    /// Lanes waiting in `query` for the agent's answer (0 where the list did not ask).
    public var openQueries = 0

    init(row: Row) {
        id = row.string("id") ?? ""
        imo = row.string("imo") ?? ""
        shipName = row.string("ship_name") ?? ""
        direction = CallDirection(rawValue: row.string("direction") ?? "") ?? .arrival
        voyage = row.string("voyage") ?? ""
        port = row.string("port") ?? ""
        expectedAt = row.string("expected_at").flatMap(Timestamp.date)
        state = VesselCallState(rawValue: row.string("state") ?? "") ?? .draft
        agentEnterpriseID = row.string("agent_enterprise") ?? ""
        openQueries = row.int("open_queries") ?? 0
        version = row.int64("version") ?? 1
    }

    /// Where the next page starts.
    public var cursor: VesselCallCursor { VesselCallCursor(expectedAt: expectedAt.map(Timestamp.string) ?? "", id: id) }
}

/// A keyset position in a call list: (expected time, id).
public struct VesselCallCursor: Equatable, Hashable, Sendable {
    public var expectedAt: String
    public var id: String
    public init(expectedAt: String, id: String) { self.expectedAt = expectedAt; self.id = id }
}
