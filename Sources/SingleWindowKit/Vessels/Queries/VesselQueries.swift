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

    /// Where the next page starts (the previous one ends).
    public var cursor: VesselQueueCursor
}

/// A keyset position in an officer's vessel queue.
public typealias VesselQueueCursor = LaneQueueCursor

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

    /// The vessel-call lanes' queue: the `vessel_queue` table (see `VesselQueueSchema`).
    static let laneQueue = LaneQueue(kind: .vesselCall, table: "vessel_queue")

    /// An officer's queue: calls whose lane for `agency` needs a decision (pending or held),
    /// longest-waiting first. A query waiting for the agent is not the officer's to act on.
    public static func queue(_ db: Database, agency: Agency, after cursor: VesselQueueCursor? = nil,
                             limit: Int = 50) throws -> [VesselQueueItem] {
        try queuePage(db, agency: agency, position: cursor.map { .after($0) } ?? .first, limit: limit).rows
    }

    /// One page of an officer's queue, either way from a cursor: one seek on the queue index,
    /// then the page's lanes and calls read by key, a query each.
    public static func queuePage(_ db: Database, agency: Agency, position: LaneQueuePosition = .first,
                                 limit: Int = 50) throws -> LaneQueuePage<VesselQueueItem> {
        try db.read {
            let page = try laneQueue.page(db, where: "agency = ? AND bucket = 'action'", [agency.rawValue],
                                          position: position, limit: limit)
            let laneIDs = page.rows.compactMap { $0.int64("lane_id") }
            let callIDs = page.rows.compactMap { $0.string("call_id") }
            var lanes: [Int64: Lane] = [:]
            for row in try db.query("SELECT * FROM lane WHERE id IN (SELECT value FROM json_each(?))", [SQLList.json(laneIDs)]) {
                let lane = try Lane(row: row)
                lanes[lane.id] = lane
            }
            var calls: [String: VesselCallSummary] = [:]
            for row in try db.query("""
                SELECT id, imo, ship_name, direction, voyage, port, expected_at, state, agent_enterprise, version
                FROM vessel_call WHERE id IN (SELECT value FROM json_each(?))
                """, [SQLList.json(callIDs)]) {
                let summary = VesselCallSummary(row: row)
                calls[summary.id] = summary
            }
            var items: [VesselQueueItem] = []
            for row in page.rows {
                let cursor = LaneQueue.cursor(row)
                guard let lane = lanes[cursor.id], let call = calls[row.string("call_id") ?? ""] else { continue }
                var waiting: [Agency] = []
                if agency == .maritime, call.direction == .departure {
                    waiting = VesselRuleSet.maritimeGate(try Lanes.lanes(db, kind: .vesselCall, caseID: call.id)).map(\.agency)
                }
                items.append(VesselQueueItem(call: call, lane: lane, waitingFor: waiting, cursor: cursor))
            }
            return LaneQueuePage(rows: items, hasPrevious: page.hasPrevious, hasNext: page.hasNext)
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
                return VesselQueueItem(call: VesselCallSummary(row: row), lane: lane, waitingFor: [],
                                       cursor: VesselQueueCursor(key: Timestamp.string(lane.updatedAt), id: lane.id))
            }
        }
    }
}
