import Store
import TextWidth
/// What a call list asks for: an optional state, an optional agency (a shipping agent sees its
/// own calls only) and typed text matched against the call id, ship name, IMO number and voyage.
public struct VesselCallSearch: Equatable, Sendable {
    public var state: VesselCallState?
    public var agentEnterpriseID: String?
    public var text: String
    /// Only calls declared to the agencies: a draft is the agent's until it is submitted.
    public var declaredOnly = false
    /// Only calls whose lane of this agency waits for it (pending or held): an officer's to-do.
    public var waitingFor: Agency?

    public init(state: VesselCallState? = nil, agentEnterpriseID: String? = nil, text: String = "") {
        self.state = state; self.agentEnterpriseID = agentEnterpriseID; self.text = text
    }

    /// The calls `reader` may list, as `VesselReadAccess` lets them be read: an agent its own
    /// company's, an officer those declared to the agencies (no drafts), a trainer all.
    /// `waiting`: an officer's calls whose lane of the officer's own agency waits for it.
    public static func visible(to reader: Operator, state: VesselCallState? = nil, text: String = "",
                               waiting: Bool = false) -> VesselCallSearch {
        var search = VesselCallSearch(state: state, text: text)
        if reader.role == .shippingAgent { search.agentEnterpriseID = reader.enterpriseID ?? "" }
        if VesselAuthority.officerRoles.contains(reader.role) {
            search.declaredOnly = true
            if waiting { search.waitingFor = reader.agency == .none ? reader.role.impliedAgency : reader.agency }
        }
        return search
    }
}

extension VesselQueries {
    /// Calls in expected-time order after `cursor` (nil: from the start), at most `limit`.
    public static func search(_ db: Database, _ search: VesselCallSearch, after cursor: VesselCallCursor?,
                              limit: Int = 50) throws -> [VesselCallSummary] {
        let at = cursor ?? VesselCallCursor(expectedAt: "", id: "")
        return try page(db, search, keyset: "(expected_at, id) > (?, ?)", order: "expected_at, id",
                        cursor: at, limit: limit)
    }

    /// The `limit` calls just before `cursor` (nil: the last page), in ascending order, so a list
    /// pages backwards and jumps to its end by keyset as well.
    public static func search(_ db: Database, _ search: VesselCallSearch, before cursor: VesselCallCursor?,
                              limit: Int = 50) throws -> [VesselCallSummary] {
        let at = cursor ?? VesselCallCursor(expectedAt: "\u{10FFFF}", id: "")
        return try page(db, search, keyset: "(expected_at, id) < (?, ?)", order: "expected_at DESC, id DESC",
                        cursor: at, limit: limit).reversed()
    }

    private static func page(_ db: Database, _ search: VesselCallSearch, keyset: String, order: String,
                             cursor: VesselCallCursor, limit: Int) throws -> [VesselCallSummary] {
        var clauses = [keyset]
        var args: [any SQLBindable] = [cursor.expectedAt, cursor.id]
        if let state = search.state { clauses.append("state = ?"); args.append(state.rawValue) }
        if let agent = search.agentEnterpriseID { clauses.append("agent_enterprise = ?"); args.append(agent) }
        if search.declaredOnly { clauses.append("state <> ?"); args.append(VesselCallState.draft.rawValue) }
        if let agency = search.waitingFor {
            clauses.append("""
                EXISTS (SELECT 1 FROM lane WHERE case_kind = 'vessel_call' AND case_id = vessel_call.id AND agency = ?
                        AND state IN (?, ?))
                """)
            args += [agency.rawValue, VesselLaneState.pending.rawValue, VesselLaneState.held.rawValue]
        }
        let text = Enterprises.likeEscaped(search.text.trimmed)
        if !text.isEmpty {
            clauses.append("(id LIKE ? ESCAPE '\\' OR ship_name LIKE ? ESCAPE '\\' OR imo LIKE ? ESCAPE '\\' OR voyage LIKE ? ESCAPE '\\')")
            let pattern = "%" + text + "%"
            args += [pattern, pattern, pattern, pattern]
        }
        args.append(limit)
        return try db.query("""
            SELECT id, imo, ship_name, direction, voyage, port, expected_at, state, agent_enterprise, version,
                   (SELECT count(*) FROM lane WHERE case_kind = 'vessel_call' AND case_id = vessel_call.id AND state = 'query')
                       AS open_queries
            FROM vessel_call WHERE \(clauses.joined(separator: " AND ")) ORDER BY \(order) LIMIT ?
            """, args).map(VesselCallSummary.init(row:))
    }
}
