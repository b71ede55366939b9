import Foundation
import Store

/// How the departure's crew list is made from the arrival's (FAL Standard 2.12.3: the arrival
/// list is accepted again, endorsed "no change" or with the changes).
public enum CrewListReuse: Equatable, Sendable {
    /// The arrival's list as it is, each member marked as carried over.
    case noChange
    /// The arrival's list with changes: members not in the arrival's list are new, the others
    /// keep their carried-over mark.
    case amended([CrewMember])
}

/// Whether a departure's crew list is still the arrival's.
public enum CrewListStatus: Equatable, Sendable {
    /// Not a departure made from an arrival.
    case notReused
    case noChange
    case amended(joined: Int, left: Int)
}

public enum VesselDeparture {
    /// Opens the departure draft of a ship whose arrival was declared. Copies the ship, the crew
    /// list (see `CrewListReuse`), cargo that remains on board (carried over: declared once,
    /// FAL 2.12.1), the stores (FAL 2.12.2) and transit passengers, who are still on board.
    /// Crew's effects and the health declaration are not asked for on departure.
    @discardableResult
    public static func create(_ ws: Workspace, fromArrival arrivalID: String, voyage: VoyageParticulars,
                              crew reuse: CrewListReuse = .noChange, by actor: Operator) throws -> VesselCall {
        let db = ws.db, now = ws.now()
        return try db.write {
            let arrival = try VesselRecords.require(db, id: arrivalID)
            try VesselAuthority.requireAgent(actor, "vessel.createDeparture", call: arrival)
            guard arrival.direction == .arrival, arrival.state != .draft else {
                throw DomainError.invalidTransition(entity: "vessel_call", id: arrivalID, from: "\(arrival.direction.rawValue) \(arrival.state.rawValue)",
                                                    action: "createDeparture")
            }
            let a = arrival.declaration
            let carried = a.crew.map { m -> CrewMember in var m = m; m.carriedOver = true; return m }
            let crew: [CrewMember]
            switch reuse {
            case .noChange:
                crew = carried
            case let .amended(list):
                let onArrival = Set(a.crew.map(\.identity))
                crew = list.map { m in var m = m; m.carriedOver = onArrival.contains(m.identity); return m }
            }
            var d = VesselDeclaration(
                ship: a.ship, voyage: voyage,
                cargo: a.cargo.filter(\.remainsOnBoard).map { l in var l = l; l.carriedOver = true; return l },
                stores: a.stores.map { s in var s = s; s.carriedOver = true; return s },
                crew: crew, passengers: a.passengers.filter(\.transit))
            if d.voyage.port.isEmpty { d.voyage.port = a.voyage.port }
            if d.voyage.lastPort.isEmpty { d.voyage.lastPort = a.voyage.lastPort }
            if d.voyage.masterName.isEmpty { d.voyage.masterName = a.voyage.masterName }
            if d.voyage.berth.isEmpty { d.voyage.berth = a.voyage.berth }
            d = try VesselCalls.identityChecked(db, d)
            try VesselCalls.requireNotDeclared(db, direction: .departure, d)
            let id = try VesselCalls.newID(db, port: d.voyage.port, direction: .departure, at: now)
            try VesselRecords.insert(db, id: id, direction: .departure, declaration: d, agent: actor, arrivalCallID: arrivalID, at: now)
            let status = crewStatus(arrival: a.crew, departure: d.crew)
            try AuditLog.append(db, at: now, by: actor, action: "vessel.createDeparture", entity: "vessel_call", entityID: id,
                                before: try AuditRowStamp.vesselCall(db, id, before: ""),
                                after: "departure of \(arrivalID); crew list \(describe(status)); \(d.cargo.count) cargo lines carried over")
            return try VesselRecords.require(db, id: id)
        }
    }

    /// "No change" when the departure's crew are exactly the arrival's (order aside).
    public static func crewListStatus(_ db: Database, callID: String) throws -> CrewListStatus {
        try db.read {
            let call = try VesselRecords.require(db, id: callID)
            guard let arrivalID = call.arrivalCallID else { return .notReused }
            return crewStatus(arrival: try VesselRecords.crew(db, callID: arrivalID), departure: call.declaration.crew)
        }
    }

    static func crewStatus(arrival: [CrewMember], departure: [CrewMember]) -> CrewListStatus {
        let before = Set(arrival.map(\.identity)), after = Set(departure.map(\.identity))
        if before == after { return .noChange }
        return .amended(joined: after.subtracting(before).count, left: before.subtracting(after).count)
    }

    static func describe(_ status: CrewListStatus) -> String {
        switch status {
        case .notReused: return "new"
        case .noChange: return "no change"
        case let .amended(joined, left): return "amended (+\(joined) −\(left))"
        }
    }
}
