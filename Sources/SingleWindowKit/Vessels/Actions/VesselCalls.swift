import Foundation
import Store

/// The shipping agent's side of a call: create, edit, import lists, submit once to all four.
/// Every action checks authority, runs in one transaction with its audit entry, and returns the
/// call as stored.
public enum VesselCalls {
    /// Opens a draft. Only what the call's identity needs is checked now (a valid IMO number, a
    /// served port, a voyage number); the rest when it is submitted.
    @discardableResult
    public static func create(_ ws: Workspace, direction: CallDirection, declaration d: VesselDeclaration,
                              by actor: Operator) throws -> VesselCall {
        try VesselAuthority.requireAgent(actor, "vessel.create")
        let db = ws.db, now = ws.now()
        return try db.write {
            let d = try identityChecked(db, d)
            try requireNotDeclared(db, direction: direction, d)
            let id = try newID(db, port: d.voyage.port, direction: direction, at: now)
            try VesselRecords.insert(db, id: id, direction: direction, declaration: d, agent: actor, arrivalCallID: nil, at: now)
            try AuditLog.append(db, at: now, by: actor, action: "vessel.create", entity: "vessel_call", entityID: id,
                                before: try AuditRowStamp.vesselCall(db, id, before: ""),
                                after: "\(direction.rawValue) IMO \(d.ship.imo) \(d.ship.name) voyage \(d.voyage.voyageNumber) \(d.voyage.port)")
            return try VesselRecords.require(db, id: id)
        }
    }

    /// Replaces a draft's declaration (the form saved whole).
    @discardableResult
    public static func update(_ ws: Workspace, callID: String, expectedVersion: Int64, declaration d: VesselDeclaration,
                              by actor: Operator) throws -> VesselCall {
        let db = ws.db, now = ws.now()
        return try db.write {
            let call = try VesselRecords.require(db, id: callID)
            try VesselAuthority.requireAgent(actor, "vessel.update", call: call)
            try requireDraft(call, "update")
            let d = try identityChecked(db, d)
            if d.ship.imo != call.declaration.ship.imo {
                throw DomainError.invalid([Problem("ship.imo", "vessel.imo.immutable", [call.declaration.ship.imo])])
            }
            try VesselRecords.replace(db, call: call, with: d, expectedVersion: expectedVersion, at: now)
            try AuditLog.append(db, at: now, by: actor, action: "vessel.update", entity: "vessel_call", entityID: callID,
                                before: try AuditRowStamp.vesselCall(db, callID, before: ""), after: "version \(expectedVersion + 1)")
            return try VesselRecords.require(db, id: callID)
        }
    }

    /// Replaces a draft's crew list from the master's CSV. Every problem of the file is reported
    /// (`PersonListImportError`) and then nothing is imported.
    @discardableResult
    public static func importCrew(_ ws: Workspace, callID: String, expectedVersion: Int64, csv: Data, fileName: String,
                                  by actor: Operator) throws -> VesselCall {
        try importList(ws, callID: callID, expectedVersion: expectedVersion, action: "vessel.importCrew", by: actor) { db, d in
            d.crew = try CrewListCSV.parse(db, data: csv, fileName: fileName)
            return "\(d.crew.count) crew from \(fileName)"
        }
    }

    @discardableResult
    public static func importPassengers(_ ws: Workspace, callID: String, expectedVersion: Int64, csv: Data, fileName: String,
                                        by actor: Operator) throws -> VesselCall {
        try importList(ws, callID: callID, expectedVersion: expectedVersion, action: "vessel.importPassengers", by: actor) { db, d in
            d.passengers = try PassengerListCSV.parse(db, data: csv, fileName: fileName)
            return "\(d.passengers.count) passengers from \(fileName)"
        }
    }

    private static func importList(_ ws: Workspace, callID: String, expectedVersion: Int64, action: String, by actor: Operator,
                                   _ apply: (Database, inout VesselDeclaration) throws -> String) throws -> VesselCall {
        let db = ws.db, now = ws.now()
        return try db.write {
            let call = try VesselRecords.require(db, id: callID)
            try VesselAuthority.requireAgent(actor, action, call: call)
            try requireDraft(call, action)
            var d = call.declaration
            let summary = try apply(db, &d)
            try VesselRecords.replace(db, call: call, with: d, expectedVersion: expectedVersion, at: now)
            try AuditLog.append(db, at: now, by: actor, action: action, entity: "vessel_call", entityID: callID,
                                before: try AuditRowStamp.vesselCall(db, callID, before: ""), after: summary)
            return try VesselRecords.require(db, id: callID)
        }
    }

    /// Sends the declaration once to customs, quarantine, border control and the maritime
    /// authority: validates everything, then opens the four lanes in `pending`.
    @discardableResult
    public static func submit(_ ws: Workspace, callID: String, expectedVersion: Int64, by actor: Operator) throws -> VesselCall {
        let db = ws.db, now = ws.now()
        return try db.write {
            let call = try VesselRecords.require(db, id: callID)
            try VesselAuthority.requireAgent(actor, "vessel.submit", call: call)
            try requireDraft(call, "submit")
            let problems = try VesselValidator.problems(db, call.declaration, direction: call.direction)
            if !problems.isEmpty { throw DomainError.invalid(problems) }
            try VesselRecords.setState(db, call: call, to: .submitted, expectedVersion: expectedVersion, stamp: "submitted_at", at: now)
            try Lanes.open(db, kind: .vesselCall, caseID: callID, agencies: VesselRuleSet.agencies,
                           initialState: VesselLaneState.pending.rawValue, at: now, by: actor)
            let docs = call.declaration.attachedDocuments
            try AuditLog.append(db, at: now, by: actor, action: "vessel.submit", entity: "vessel_call", entityID: callID,
                                before: try AuditRowStamp.vesselCall(db, callID, before: VesselCallState.draft.rawValue),
                                after: "submitted: \(docs.documentCount) documents, \(docs.crewCount) crew, \(docs.passengerCount) passengers")
            return try VesselRecords.require(db, id: callID)
        }
    }

    /// The call with its documents, or nil.
    public static func call(_ db: Database, id: String) throws -> VesselCall? {
        try db.read { try VesselRecords.call(db, id: id) }
    }

    /// The ship as last declared (to fill a new declaration from the IMO number), or nil.
    public static func ship(_ db: Database, imo: String) throws -> Ship? {
        guard let number = try? IMONumber(parsing: imo) else { return nil }
        return try VesselRecords.ship(db, imo: number.digits)
    }

    // MARK: - Shared checks

    static func requireDraft(_ call: VesselCall, _ action: String) throws {
        guard call.state == .draft else {
            throw DomainError.invalidTransition(entity: "vessel_call", id: call.id, from: call.state.rawValue, action: action)
        }
    }

    /// Checks the fields a call is identified by and normalises the IMO number to its digits.
    static func identityChecked(_ db: Database, _ d: VesselDeclaration) throws -> VesselDeclaration {
        var c = ProblemCollector()
        var d = d
        do { d.ship.imo = try IMONumber(parsing: d.ship.imo).digits } catch { c.add(error, at: "ship.imo") }
        c.required(d.ship.name, "ship.name")
        c.required(d.voyage.voyageNumber, "voyage.voyageNumber")
        d.voyage.port = d.voyage.port.uppercased().filter { !$0.isWhitespace }
        try c.locode(db, d.voyage.port, "voyage.port", knownPort: true)
        if !c.problems.isEmpty { throw DomainError.invalid(c.problems) }
        return d
    }

    /// One call per ship, voyage, direction and port: a second declaration of the same arrival
    /// (or departure) is refused, naming the call that has it — whatever its state, since a draft
    /// is edited and a submitted or cleared call amended, never declared twice. A call an agency
    /// rejected has no clearance coming: the agent may declare that voyage anew (or amend the
    /// rejected call, which reopens its lane — the choice is the agent's, not refused here).
    /// Checked in the write path over `vessel_call_voyage` (imo, voyage, direction), so existing
    /// databases that already hold duplicates keep opening; only new ones are refused.
    static func requireNotDeclared(_ db: Database, direction: CallDirection, _ d: VesselDeclaration) throws {
        let existing = try db.scalar("""
            SELECT c.id FROM vessel_call c
            WHERE c.imo = ? AND c.voyage = ? AND c.direction = ? AND c.port = ?
              AND NOT EXISTS (SELECT 1 FROM lane l WHERE l.case_kind = ? AND l.case_id = c.id AND l.state = ?)
            ORDER BY c.created_at, c.id LIMIT 1
            """, [d.ship.imo, d.voyage.voyageNumber, direction.rawValue, d.voyage.port,
                  CaseKind.vesselCall.rawValue, VesselLaneState.rejected.rawValue]).string
        if let existing {
            throw VesselError.duplicateCall(existing: existing, imo: d.ship.imo, voyage: d.voyage.voyageNumber,
                                            direction: direction, port: d.voyage.port)
        }
    }

    /// "CNSHA2025A00001": port, year, A(rrival)/D(eparture), serial per port, year and direction.
    static func newID(_ db: Database, port: String, direction: CallDirection, at date: Date) throws -> String {
        let year = String(Timestamp.string(date).prefix(4))
        let letter = direction == .arrival ? "A" : "D"
        let scope = "call:\(port):\(year):\(letter)"
        let serial = try VesselRecords.nextSerial(db, scope: scope)
        return "\(port)\(year)\(letter)\(String(format: "%05d", serial))"
    }
}
