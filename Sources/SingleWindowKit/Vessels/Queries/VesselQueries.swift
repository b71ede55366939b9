import Foundation
import Store

/// Which calls a list shows.
public enum VesselCallFilter: Equatable, Sendable {
    case all
    case state(VesselCallState)
    /// The calls of one shipping agency (enterprise id).
    case agent(String)
}

/// A call with everything a detail screen shows.
public struct VesselCallDetail: Equatable, Sendable {
    public var call: VesselCall
    public var lanes: [Lane]
    /// Each lane's timeline, keyed by agency.
    public var timelines: [Agency: [LaneEvent]]
    public var amendments: [VesselAmendment]
    public var crewListStatus: CrewListStatus
    public var portClearance: PortClearance?
    public var times: ClearanceTimes
}

/// One call waiting for an officer.
public struct VesselQueueItem: Equatable, Sendable {
    public var call: VesselCallSummary
    public var lane: Lane
    /// For the maritime lane of a departure: the agencies that have not released yet (it cannot
    /// release before them). Empty otherwise.
    public var waitingFor: [Agency]

    /// Where the next page starts.
    public var cursor: VesselQueueCursor { VesselQueueCursor(updatedAt: Timestamp.string(lane.updatedAt), laneID: lane.id) }
}

public struct VesselQueueCursor: Equatable, Hashable, Sendable {
    public var updatedAt: String
    public var laneID: Int64
    public init(updatedAt: String, laneID: Int64) { self.updatedAt = updatedAt; self.laneID = laneID }
}

/// Lists and queues, keyset-paged over their indexes (never OFFSET).
public enum VesselQueries {
    /// Calls in expected-time order (ETA of arrivals, ETD of departures), `limit` after `cursor`.
    public static func list(_ db: Database, filter: VesselCallFilter = .all, after cursor: VesselCallCursor? = nil,
                            limit: Int = 50) throws -> [VesselCallSummary] {
        let columns = "id, imo, ship_name, direction, voyage, port, expected_at, state, agent_enterprise, version"
        let after = cursor ?? VesselCallCursor(expectedAt: "", id: "")
        let keyset = "(expected_at, id) > (?, ?)"
        let sql: String, args: [any SQLBindable]
        switch filter {
        case .all:
            sql = "SELECT \(columns) FROM vessel_call WHERE \(keyset) ORDER BY expected_at, id LIMIT ?"
            args = [after.expectedAt, after.id, limit]
        case let .state(state):
            sql = "SELECT \(columns) FROM vessel_call WHERE state = ? AND \(keyset) ORDER BY expected_at, id LIMIT ?"
            args = [state.rawValue, after.expectedAt, after.id, limit]
        case let .agent(enterprise):
            sql = "SELECT \(columns) FROM vessel_call WHERE agent_enterprise = ? AND \(keyset) ORDER BY expected_at, id LIMIT ?"
            args = [enterprise, after.expectedAt, after.id, limit]
        }
        return try db.query(sql, args).map(VesselCallSummary.init(row:))
    }

    public static func detail(_ db: Database, callID: String) throws -> VesselCallDetail? {
        try db.read {
            guard let call = try VesselRecords.call(db, id: callID) else { return nil }
            let lanes = try VesselClearance.lanes(db, callID: callID)
            var timelines: [Agency: [LaneEvent]] = [:]
            for lane in lanes { timelines[lane.agency] = try Lanes.events(db, laneID: lane.id) }
            return VesselCallDetail(call: call, lanes: lanes, timelines: timelines,
                                    amendments: try VesselAmendments.amendments(db, callID: callID),
                                    crewListStatus: try VesselDeparture.crewListStatus(db, callID: callID),
                                    portClearance: try PortClearances.clearance(db, callID: callID),
                                    times: try ClearanceTimes.of(db, callID: callID))
        }
    }

    /// An officer's queue: calls whose lane for `agency` needs a decision (pending or held),
    /// longest-waiting first. A query waiting for the agent is not the officer's to act on.
    public static func queue(_ db: Database, agency: Agency, after cursor: VesselQueueCursor? = nil,
                             limit: Int = 50) throws -> [VesselQueueItem] {
        try db.read {
            let after = cursor ?? VesselQueueCursor(updatedAt: "", laneID: 0)
            let rows = try db.query("""
                SELECT l.id AS lane_id, c.id, c.imo, c.ship_name, c.direction, c.voyage, c.port, c.expected_at, c.state,
                       c.agent_enterprise, c.version
                FROM lane l JOIN vessel_call c ON c.id = l.case_id
                WHERE l.case_kind = 'vessel_call' AND l.agency = ? AND l.state IN ('pending', 'held')
                  AND (l.updated_at, l.id) > (?, ?)
                ORDER BY l.updated_at, l.id LIMIT ?
                """, [agency.rawValue, after.updatedAt, after.laneID, limit])
            return try rows.compactMap { row in
                guard let laneID = row.int64("lane_id"), let lane = try Lanes.lane(db, id: laneID) else { return nil }
                let summary = VesselCallSummary(row: row)
                var waiting: [Agency] = []
                if agency == .maritime, summary.direction == .departure {
                    waiting = VesselRuleSet.maritimeGate(try Lanes.lanes(db, kind: .vesselCall, caseID: summary.id)).map(\.agency)
                }
                return VesselQueueItem(call: summary, lane: lane, waitingFor: waiting)
            }
        }
    }

    /// The agent's queue: lanes of the enterprise's calls waiting for an answer to a query.
    public static func awaitingAnswer(_ db: Database, enterpriseID: String, limit: Int = 50) throws -> [VesselQueueItem] {
        try db.read {
            let rows = try db.query("""
                SELECT l.id AS lane_id, c.id, c.imo, c.ship_name, c.direction, c.voyage, c.port, c.expected_at, c.state,
                       c.agent_enterprise, c.version
                FROM vessel_call c JOIN lane l ON l.case_kind = 'vessel_call' AND l.case_id = c.id
                WHERE c.agent_enterprise = ? AND c.state = 'submitted' AND l.state = 'query'
                ORDER BY l.updated_at, l.id LIMIT ?
                """, [enterpriseID, limit])
            return try rows.compactMap { row in
                guard let laneID = row.int64("lane_id"), let lane = try Lanes.lane(db, id: laneID) else { return nil }
                return VesselQueueItem(call: VesselCallSummary(row: row), lane: lane, waitingFor: [])
            }
        }
    }
}
