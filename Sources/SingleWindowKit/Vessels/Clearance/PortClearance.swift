import Foundation
import Store

/// The facts a port clearance certifies, exactly as issued. The verification code is computed
/// over their canonical JSON, so changing any of them breaks the code.
public struct PortClearanceFacts: Equatable, Codable, Sendable {
    public struct Release: Equatable, Codable, Sendable {
        public var agency: String
        public var officerID: String
        public var officerName: String
        public var at: String
    }

    public var number: String
    public var callID: String
    public var issuedAt: String
    public var port: String
    public var shipName: String
    public var imo: String
    public var callSign: String
    public var flag: String
    public var voyage: String
    public var nextPort: String
    public var etd: String
    public var masterName: String
    public var crewCount: Int
    public var passengerCount: Int
    public var agentEnterpriseID: String
    public var agentName: String
    public var releases: [Release]
}

/// The international-voyage ship's port clearance (出口岸许可证) of one departure.
public struct PortClearance: Equatable, Sendable {
    public var facts: PortClearanceFacts
    /// "XXXX-XXXX-XXXX-XXXX-XXXX": 80 bits of SHA-256 over the facts and the database's secret.
    public var verificationCode: String
    public var issuedBy: String
    public var printCount: Int
    public var lastPrintedAt: Date?
    public var lastPrintedBy: String?
}

/// The result of checking a code someone read off a printed clearance.
public enum PortClearanceVerification: Equatable, Sendable {
    /// Issued here, facts unchanged: compare them with the paper.
    case valid(PortClearance)
    /// No clearance was issued with this code (a forged or mistyped certificate).
    case unknownCode
    /// The code exists but the stored facts no longer produce it: the record was altered.
    case altered(number: String)
}

/// A printout to hand to a file or `lp`.
public struct PortClearancePrintout: Equatable, Sendable {
    public var text: String
    /// 1 for the first print, 2 for the first reprint, …
    public var copy: Int
}

public enum PortClearances {
    /// Issues the clearance of a departure whose four lanes have released. Called inside the
    /// maritime release's transaction.
    static func issue(_ db: Database, callID: String, at date: Date, by actor: Operator) throws -> PortClearance {
        let call = try VesselRecords.require(db, id: callID)
        let d = call.declaration
        let year = String(Timestamp.string(date).prefix(4))
        let serial = try VesselRecords.nextSerial(db, scope: "clearance:\(d.voyage.port):\(year)")
        let number = "\(d.voyage.port)\(year)\(String(format: "%06d", serial))"
        let releases = try VesselClearance.lanes(db, callID: callID).map { lane in
            PortClearanceFacts.Release(agency: lane.agency.rawValue, officerID: lane.detail["releasedBy"] ?? "",
                                       officerName: lane.detail["releasedByName"] ?? "", at: lane.detail["releasedAt"] ?? "")
        }
        let facts = PortClearanceFacts(
            number: number, callID: callID, issuedAt: Timestamp.string(date), port: d.voyage.port, shipName: d.ship.name,
            imo: d.ship.imo, callSign: d.ship.callSign, flag: d.ship.flag, voyage: d.voyage.voyageNumber, nextPort: d.voyage.nextPort,
            etd: d.voyage.etd.map(Timestamp.string) ?? "", masterName: d.voyage.masterName, crewCount: d.crew.count,
            passengerCount: d.passengers.count, agentEnterpriseID: call.agentEnterpriseID,
            agentName: try agentName(db, call), releases: releases)
        let factsText = try VesselJSON.encode(facts)
        let code = try verificationCode(db, factsText)
        try db.run("""
            INSERT INTO port_clearance(number, call_id, issued_at, issued_by, verification_code, facts) VALUES (?,?,?,?,?,?)
            """, [number, callID, facts.issuedAt, actor.id, code, factsText])
        try AuditLog.append(db, at: date, by: actor, action: "port_clearance.issue", entity: "port_clearance", entityID: number,
                            after: "\(callID) \(d.ship.name) code \(code)")
        return PortClearance(facts: facts, verificationCode: code, issuedBy: actor.id, printCount: 0, lastPrintedAt: nil, lastPrintedBy: nil)
    }

    /// The enterprise's registered name, else the declaring operator's, else their id.
    static func agentName(_ db: Database, _ call: VesselCall) throws -> String {
        if !call.agentEnterpriseID.isEmpty,
           let name = try db.queryOne("SELECT name FROM enterprise WHERE id = ?", [call.agentEnterpriseID])?.string("name") {
            return name
        }
        return try db.queryOne("SELECT name FROM operator WHERE id = ?", [call.agentOperatorID])?.string("name") ?? call.agentOperatorID
    }

    static func verificationCode(_ db: Database, _ factsText: String) throws -> String {
        // The secret mixed into every code never leaves the database, so a code cannot be
        // computed for forged facts elsewhere. It is made with the first certificate.
        try db.run("INSERT OR IGNORE INTO meta(key, value) VALUES ('vessel.clearance_secret', lower(hex(randomblob(32))))")
        guard let secret = try db.queryOne("SELECT value FROM meta WHERE key = 'vessel.clearance_secret'")?.string("value") else {
            throw DatabaseError.notFound(table: "meta", id: "vessel.clearance_secret")
        }
        let hex = SHA256.hex(secret + "\n" + factsText).uppercased()
        return stride(from: 0, to: 20, by: 4).map { i in
            String(hex[hex.index(hex.startIndex, offsetBy: i)..<hex.index(hex.startIndex, offsetBy: i + 4)])
        }.joined(separator: "-")
    }

    /// Normalises what someone typed ("abcd ef01…", no hyphens) to the printed form.
    static func normaliseCode(_ text: String) -> String {
        let compact = text.uppercased().filter { $0.isHexDigit }
        guard compact.count == 20 else { return text.uppercased() }
        var groups: [String] = []
        var rest = Substring(compact)
        while !rest.isEmpty { groups.append(String(rest.prefix(4))); rest = rest.dropFirst(4) }
        return groups.joined(separator: "-")
    }

    private static func clearance(_ r: Row) throws -> PortClearance {
        PortClearance(facts: try VesselJSON.decode(PortClearanceFacts.self, r.string("facts") ?? "{}"),
                      verificationCode: r.string("verification_code") ?? "", issuedBy: r.string("issued_by") ?? "",
                      printCount: r.int("print_count") ?? 0, lastPrintedAt: r.string("last_printed_at").flatMap(Timestamp.date),
                      lastPrintedBy: r.string("last_printed_by"))
    }

    public static func clearance(_ db: Database, callID: String) throws -> PortClearance? {
        try db.queryOne("SELECT * FROM port_clearance WHERE call_id = ?", [callID]).map(clearance)
    }

    public static func clearance(_ db: Database, number: String) throws -> PortClearance? {
        try db.queryOne("SELECT * FROM port_clearance WHERE number = ?", [number]).map(clearance)
    }

    /// Checks a code read off a paper: the facts back if it is genuine, or why not.
    public static func verify(_ db: Database, code: String) throws -> PortClearanceVerification {
        try db.read {
            guard let row = try db.queryOne("SELECT * FROM port_clearance WHERE verification_code = ?", [normaliseCode(code)]) else {
                return .unknownCode
            }
            let found = try clearance(row)
            guard try verificationCode(db, row.string("facts") ?? "") == found.verificationCode else {
                return .altered(number: found.facts.number)
            }
            return .valid(found)
        }
    }

    /// The printable clearance, counted and logged: the agent prints it themself (自助打印), and
    /// every print and reprint leaves an audit entry with where it went (a file path or `lp`).
    public static func print(_ ws: Workspace, callID: String, destination: String, language: Language = .zh,
                             localTime: LocalTime = LocalTime(zone: LocalTime.defaultZone),
                             by actor: Operator) throws -> PortClearancePrintout {
        let db = ws.db, now = ws.now()
        return try db.write {
            let call = try VesselRecords.require(db, id: callID)
            if actor.role == .maritimeOfficer {
                try VesselAuthority.requireOfficer(actor, "port_clearance.print", agency: .maritime)
            } else {
                try VesselAuthority.requireAgent(actor, "port_clearance.print", call: call)
            }
            guard let current = try clearance(db, callID: callID) else { throw VesselError.noPortClearance(callID: callID) }
            let copy = current.printCount + 1
            try db.run("""
                UPDATE port_clearance SET print_count = ?, last_printed_at = ?, last_printed_by = ?, version = version + 1
                WHERE number = ? AND print_count = ?
                """, [copy, Timestamp.string(now), actor.id, current.facts.number, current.printCount])
            try AuditLog.append(db, at: now, by: actor, action: copy == 1 ? "port_clearance.print" : "port_clearance.reprint",
                                entity: "port_clearance", entityID: current.facts.number,
                                before: String(current.printCount), after: "copy \(copy) to \(destination)")
            var printed = current
            printed.printCount = copy
            printed.lastPrintedAt = now
            printed.lastPrintedBy = actor.id
            return PortClearancePrintout(text: PortClearanceDocument.render(printed, printedAt: now, localTime: localTime), copy: copy)
        }
    }
}
