import Foundation
import Store
import TextWidth

/// One amendment after submission, as recorded.
public struct VesselAmendment: Equatable, Sendable {
    public var callID: String
    public var number: Int
    public var reason: String
    public var parts: [DeclarationPart]
    /// The lanes sent back to `pending`; the others kept their state.
    public var resetAgencies: [Agency]
    public var at: Date
    public var operatorID: String
}

/// Correcting a declaration after it went to the agencies. Errors are corrected without
/// delaying the ship (FAL 2.18): the amendment is a new version, and only the agencies whose
/// data changed (`AmendmentImpact`) have to look again, with the reason in their timeline.
public enum VesselAmendments {
    @discardableResult
    public static func amend(_ ws: Workspace, callID: String, expectedVersion: Int64, declaration new: VesselDeclaration,
                             reason: String, by actor: Operator) throws -> VesselAmendment {
        let db = ws.db, now = ws.now()
        return try db.write {
            let call = try VesselRecords.require(db, id: callID)
            try VesselAuthority.requireAgent(actor, "vessel.amend", call: call)
            // A cleared call is closed: an arrival's later changes go on the departure, and a
            // departure's port clearance has been issued on the facts as they were.
            guard call.state == .submitted else {
                throw DomainError.invalidTransition(entity: "vessel_call", id: callID, from: call.state.rawValue, action: "amend")
            }
            guard call.version == expectedVersion else {
                throw DatabaseError.staleVersion(table: "vessel_call", id: callID, expected: expectedVersion, found: call.version)
            }
            var problems: [Problem] = []
            if reason.trimmed.isEmpty { problems.append(Problem("reason", "problem.required")) }
            let d = try VesselCalls.identityChecked(db, new)
            if d.ship.imo != call.declaration.ship.imo {
                problems.append(Problem("ship.imo", "vessel.imo.immutable", [call.declaration.ship.imo]))
            }
            let parts = d.changedParts(from: call.declaration)
            if parts.isEmpty { problems.append(Problem("declaration", "vessel.amend.noChange")) }
            problems += try VesselValidator.problems(db, d, direction: call.direction)
            if !problems.isEmpty { throw DomainError.invalid(problems) }

            let number = call.amendmentNumber + 1
            try VesselRecords.replace(db, call: call, with: d, expectedVersion: expectedVersion, at: now,
                                      extra: ", amendment_no = ?", extraArguments: [number])
            let agencies = AmendmentImpact.agencies(for: parts)
            let partList = parts.map(\.rawValue).joined(separator: " ")
            try db.run("""
                INSERT INTO vessel_amendment(call_id, number, reason, parts, reset_agencies, previous, at, operator_id)
                VALUES (?,?,?,?,?,?,?,?)
                """, [callID, number, reason, partList, agencies.map(\.rawValue).joined(separator: " "),
                      try previousParts(call.declaration, parts), Timestamp.string(now), actor.id])
            let message = "amendment \(number) (\(partList)): \(reason)"
            for agency in agencies {
                guard let lane = try Lanes.lane(db, kind: .vesselCall, caseID: callID, agency: agency) else { continue }
                try Lanes.transition(db, laneID: lane.id, expectedVersion: lane.version, to: VesselLaneState.pending.rawValue,
                                     action: "amend", message: message, detail: ["amendment": String(number)],
                                     at: now, by: actor)
            }
            try AuditLog.append(db, at: now, by: actor, action: "vessel.amend", entity: "vessel_call", entityID: callID,
                                before: try AuditRowStamp.vesselCall(db, callID, before: "amendment \(number - 1)"),
                                after: "\(message); reset \(agencies.map(\.rawValue).joined(separator: ", "))")
            return VesselAmendment(callID: callID, number: number, reason: reason, parts: parts, resetAgencies: agencies,
                                   at: now, operatorID: actor.id)
        }
    }

    public static func amendments(_ db: Database, callID: String) throws -> [VesselAmendment] {
        try db.query("SELECT * FROM vessel_amendment WHERE call_id = ? ORDER BY number", [callID]).map { r in
            VesselAmendment(callID: callID, number: r.int("number") ?? 0, reason: r.string("reason") ?? "",
                            parts: (r.string("parts") ?? "").split(separator: " ").compactMap { DeclarationPart(rawValue: String($0)) },
                            resetAgencies: (r.string("reset_agencies") ?? "").split(separator: " ").compactMap { Agency(rawValue: String($0)) },
                            at: r.string("at").flatMap(Timestamp.date) ?? .distantPast, operatorID: r.string("operator_id") ?? "")
        }
    }

    /// The changed parts as they were, so every earlier version of a document stays readable.
    static func previousParts(_ d: VesselDeclaration, _ parts: [DeclarationPart]) throws -> String {
        var out: [String: String] = [:]
        for part in parts {
            switch part {
            case .ship: out[part.rawValue] = try VesselJSON.encode(d.ship)
            case .voyage: out[part.rawValue] = try VesselJSON.encode(d.voyage)
            case .cargo: out[part.rawValue] = try VesselJSON.encode(d.cargo)
            case .stores: out[part.rawValue] = try VesselJSON.encode(d.stores)
            case .crewEffects: out[part.rawValue] = try VesselJSON.encode(d.crewEffects)
            case .crew: out[part.rawValue] = try VesselJSON.encode(d.crew)
            case .passengers: out[part.rawValue] = try VesselJSON.encode(d.passengers)
            case .dangerousGoods: out[part.rawValue] = try VesselJSON.encode(d.dangerousGoods)
            case .health: out[part.rawValue] = try d.health.map { try VesselJSON.encode($0) } ?? "null"
            }
        }
        return try VesselJSON.encode(out)
    }
}
