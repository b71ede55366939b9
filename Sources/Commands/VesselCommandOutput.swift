import Foundation
import Presentation
import SingleWindowKit

/// The `vessels` commands' JSON shapes: stable keys for scripts, times in ISO 8601.
enum VesselJSONOutput {
    struct Call: Encodable {
        var id, direction, state, ship, imo, voyage, port: String
        var expectedAt: Date?
        var crew, passengers: Int
        var version: Int64

        init(_ c: VesselCall) {
            id = c.id; direction = c.direction.rawValue; state = c.state.rawValue; ship = c.declaration.ship.name
            imo = c.declaration.ship.imo; voyage = c.declaration.voyage.voyageNumber; port = c.declaration.voyage.port
            expectedAt = c.direction == .arrival ? c.declaration.voyage.eta : c.declaration.voyage.etd
            crew = c.declaration.crew.count; passengers = c.declaration.passengers.count; version = c.version
        }
    }

    struct Row: Encodable {
        var id, direction, state, ship, imo, voyage, agentEnterpriseID: String
        var expectedAt: Date?
        var openQueries: Int

        init(_ c: VesselCallSummary) {
            id = c.id; direction = c.direction.rawValue; state = c.state.rawValue; ship = c.shipName; imo = c.imo
            voyage = c.voyage; agentEnterpriseID = c.agentEnterpriseID; expectedAt = c.expectedAt; openQueries = c.openQueries
        }
    }

    struct List: Encodable {
        var calls: [Row]
        /// Pass as `--after` for the next page; absent on the last page.
        var next: String?
    }

    struct LaneOut: Encodable {
        var agency, state: String
        var version: Int64
        var updatedAt: Date
        var hoursToRelease: Double?
        var events: [EventOut]
    }

    struct EventOut: Encodable {
        var at: Date
        var operatorID, action, from, to, message: String
    }

    struct ClearanceOut: Encodable {
        var number, code: String
        var printCount: Int
    }

    struct Detail: Encodable {
        var call: Call
        var arrivalCallID: String?
        var amendments: Int
        var submittedAt, clearedAt: Date?
        var hoursToClearance: Double?
        var lanes: [LaneOut]
        var portClearance: ClearanceOut?

        init(_ d: VesselCallDetail) {
            call = Call(d.call); arrivalCallID = d.call.arrivalCallID; amendments = d.amendments.count
            submittedAt = d.times.submittedAt; clearedAt = d.times.clearedAt; hoursToClearance = d.times.total.map { $0 / 3600 }
            lanes = d.lanes.map { lane in
                LaneOut(agency: lane.agency.rawValue, state: lane.state, version: lane.version, updatedAt: lane.updatedAt,
                        hoursToRelease: d.times.toRelease(lane.agency).map { $0 / 3600 },
                        events: (d.timelines[lane.agency] ?? []).map {
                            EventOut(at: $0.at, operatorID: $0.operatorID, action: $0.action, from: $0.fromState, to: $0.toState,
                                     message: $0.message)
                        })
            }
            portClearance = d.portClearance.map { ClearanceOut(number: $0.facts.number, code: $0.verificationCode, printCount: $0.printCount) }
        }
    }

    struct Decision: Encodable {
        var call, agency, action, laneState, callState: String
        var portClearance: String?
    }

    struct Printed: Encodable {
        var number, code, destination: String
        var copy: Int
        var text: String?
    }

    struct Verified: Encodable {
        var status: String
        var number, ship, imo, voyage, issuedAt: String?
        var crew, passengers: Int?
    }
}

/// The plain-text lines of `vessels show`.
enum VesselTextOutput {
    static func detail(_ d: VesselCallDetail, _ s: Strings, _ local: LocalTime) -> [String] {
        let c = d.call, v = c.declaration.voyage
        var lines = [
            "\(c.id)  \(c.declaration.ship.name)  IMO \(c.declaration.ship.imo)  \(c.direction == .arrival ? s[.arrival] : s[.departure]) \(v.voyageNumber)  \(VesselText.stateName(c.state, s))",
            "\(s[.fPort]) \(v.port)  \(s[.fETA]) \(v.eta.map(local.stringWithZone) ?? "-")  \(s[.fETD]) \(v.etd.map(local.stringWithZone) ?? "-")",
            [s.format(.docCrew, c.declaration.crew.count), s.format(.docPassengers, c.declaration.passengers.count),
             s.format(.docCargo, c.declaration.cargo.count), s.format(.docDangerousGoods, c.declaration.dangerousGoods.count)]
                .joined(separator: "  "),
        ]
        for lane in d.lanes {
            let after = d.times.toRelease(lane.agency).map { "  " + ClearanceTimes.format($0) } ?? ""
            let note = d.timelines[lane.agency]?.last { $0.action != "open" }.map { "  \($0.operatorID): \($0.message)" } ?? ""
            lines.append("  " + TextColumns.line([lane.agency.rawValue, VesselText.laneStateName(lane.state, s)], widths: [12, 10])
                         + after + note)
        }
        if let total = d.times.total { lines.append("submitted → cleared: \(ClearanceTimes.format(total))") }
        if let p = d.portClearance {
            lines.append(s.format(.clearanceLine, p.facts.number, p.verificationCode)
                         + (p.printCount > 0 ? s.format(.clearancePrinted, p.printCount) : ""))
        }
        return lines
    }
}
