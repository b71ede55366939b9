import Foundation
import Store

/// Reading and writing calls and their documents. No authority, no audit: the actions call
/// these inside their own transaction, after checking both.
enum VesselRecords {
    static func call(_ db: Database, id: String) throws -> VesselCall? {
        guard let row = try db.queryOne("SELECT * FROM vessel_call WHERE id = ?", [id]) else { return nil }
        let ship = try VesselJSON.decode(Ship.self, row.string("ship_json") ?? "{}")
        let voyage = try VesselJSON.decode(VoyageParticulars.self, row.string("voyage_json") ?? "{}")
        let healthText = row.string("health_json") ?? ""
        let declaration = VesselDeclaration(
            ship: ship, voyage: voyage, cargo: try manifest(db, callID: id),
            stores: try VesselJSON.decode([StoreItem].self, row.string("stores_json") ?? "[]"),
            crewEffects: try VesselJSON.decode([CrewEffect].self, row.string("crew_effects_json") ?? "[]"),
            crew: try crew(db, callID: id), passengers: try passengers(db, callID: id),
            dangerousGoods: try dangerousGoods(db, callID: id),
            health: healthText.isEmpty ? nil : try VesselJSON.decode(HealthDeclaration.self, healthText))
        return VesselCall(
            id: id, direction: CallDirection(rawValue: row.string("direction") ?? "") ?? .arrival,
            state: VesselCallState(rawValue: row.string("state") ?? "") ?? .draft, declaration: declaration,
            agentEnterpriseID: row.string("agent_enterprise") ?? "", agentOperatorID: row.string("agent_operator") ?? "",
            arrivalCallID: row.string("arrival_call_id"), amendmentNumber: row.int("amendment_no") ?? 0,
            createdAt: date(row, "created_at") ?? .distantPast, updatedAt: date(row, "updated_at") ?? .distantPast,
            submittedAt: date(row, "submitted_at"), clearedAt: date(row, "cleared_at"), version: row.int64("version") ?? 1)
    }

    static func require(_ db: Database, id: String) throws -> VesselCall {
        guard let found = try call(db, id: id) else { throw DomainError.notFound(entity: "vessel_call", id: id) }
        return found
    }

    private static func date(_ row: Row, _ column: String) -> Date? { row.string(column).flatMap(Timestamp.date) }

    static func expectedAt(_ d: VesselDeclaration, _ direction: CallDirection) -> String {
        (direction == .arrival ? d.voyage.eta : d.voyage.etd).map(Timestamp.string) ?? ""
    }

    static func insert(_ db: Database, id: String, direction: CallDirection, declaration d: VesselDeclaration,
                       agent: Operator, arrivalCallID: String?, at date: Date) throws {
        try upsertShip(db, d.ship, at: date)
        let now = Timestamp.string(date)
        try db.run("""
            INSERT INTO vessel_call(id, imo, ship_name, direction, voyage, port, expected_at, state, agent_enterprise,
                agent_operator, arrival_call_id, ship_json, voyage_json, created_at, updated_at)
            VALUES (?,?,?,?,?,?,?,'draft',?,?,?,?,?,?,?)
            """, [id, d.ship.imo, d.ship.name, direction.rawValue, d.voyage.voyageNumber, d.voyage.port,
                  expectedAt(d, direction), agent.enterpriseID ?? "", agent.id, arrivalCallID,
                  try VesselJSON.encode(d.ship), try VesselJSON.encode(d.voyage), now, now])
        try writeContent(db, callID: id, d)
    }

    /// Replaces the call's documents and bumps its version if it is still at `expectedVersion`.
    static func replace(_ db: Database, call: VesselCall, with d: VesselDeclaration, expectedVersion: Int64,
                        at date: Date, extra: String = "", extraArguments: [any SQLBindable] = []) throws {
        try upsertShip(db, d.ship, at: date)
        let changed = try db.run("""
            UPDATE vessel_call SET ship_name = ?, voyage = ?, port = ?, expected_at = ?, ship_json = ?, voyage_json = ?,
                updated_at = ?, version = version + 1\(extra)
            WHERE id = ? AND version = ?
            """, [d.ship.name, d.voyage.voyageNumber, d.voyage.port, expectedAt(d, call.direction),
                  try VesselJSON.encode(d.ship), try VesselJSON.encode(d.voyage), Timestamp.string(date)]
                + extraArguments + [call.id, expectedVersion])
        guard changed == 1 else {
            throw DatabaseError.staleVersion(table: "vessel_call", id: call.id, expected: expectedVersion, found: call.version)
        }
        try writeContent(db, callID: call.id, d)
    }

    /// Moves the call's state (and a timestamp column) if it is still at `expectedVersion`.
    static func setState(_ db: Database, call: VesselCall, to state: VesselCallState, expectedVersion: Int64,
                         stamp column: String?, at date: Date) throws {
        let now = Timestamp.string(date)
        let stampSQL = column.map { ", \($0) = ?" } ?? ""
        let args: [any SQLBindable] = [state.rawValue, now] + (column == nil ? [] : [now]) + [call.id, expectedVersion]
        let changed = try db.run("UPDATE vessel_call SET state = ?, updated_at = ?\(stampSQL), version = version + 1 WHERE id = ? AND version = ?", args)
        guard changed == 1 else {
            throw DatabaseError.staleVersion(table: "vessel_call", id: call.id, expected: expectedVersion, found: call.version)
        }
    }

    static func upsertShip(_ db: Database, _ s: Ship, at date: Date) throws {
        try db.run("""
            INSERT INTO vessel_ship(imo, name, call_sign, flag, ship_type, gross_tonnage, net_tonnage, mmsi, port_of_registry, updated_at)
            VALUES (?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT(imo) DO UPDATE SET name = excluded.name, call_sign = excluded.call_sign, flag = excluded.flag,
                ship_type = excluded.ship_type, gross_tonnage = excluded.gross_tonnage, net_tonnage = excluded.net_tonnage,
                mmsi = excluded.mmsi, port_of_registry = excluded.port_of_registry, updated_at = excluded.updated_at,
                version = vessel_ship.version + 1
            WHERE vessel_ship.name != excluded.name OR vessel_ship.call_sign != excluded.call_sign
               OR vessel_ship.flag != excluded.flag OR vessel_ship.ship_type != excluded.ship_type
               OR vessel_ship.gross_tonnage != excluded.gross_tonnage OR vessel_ship.net_tonnage != excluded.net_tonnage
               OR vessel_ship.mmsi != excluded.mmsi OR vessel_ship.port_of_registry != excluded.port_of_registry
            """, [s.imo, s.name, s.callSign, s.flag, s.shipType, s.grossTonnage, s.netTonnage, s.mmsi, s.portOfRegistry,
                  Timestamp.string(date)])
    }

    /// The ship as last declared, for filling a new declaration from its IMO number.
    static func ship(_ db: Database, imo: String) throws -> Ship? {
        guard let r = try db.queryOne("SELECT * FROM vessel_ship WHERE imo = ?", [imo]) else { return nil }
        return Ship(imo: imo, name: r.string("name") ?? "", callSign: r.string("call_sign") ?? "", flag: r.string("flag") ?? "",
                    shipType: r.string("ship_type") ?? "", grossTonnage: r.decimal("gross_tonnage") ?? 0,
                    netTonnage: r.decimal("net_tonnage") ?? 0, mmsi: r.string("mmsi") ?? "",
                    portOfRegistry: r.string("port_of_registry") ?? "")
    }

    // MARK: - Documents

    static func writeContent(_ db: Database, callID: String, _ d: VesselDeclaration) throws {
        try db.run("UPDATE vessel_call SET stores_json = ?, crew_effects_json = ?, health_json = ? WHERE id = ?",
                   [try VesselJSON.encode(d.stores), try VesselJSON.encode(d.crewEffects),
                    try d.health.map { try VesselJSON.encode($0) } ?? "", callID])
        try writeCrew(db, callID: callID, d.crew)
        try writePassengers(db, callID: callID, d.passengers)
        try writeManifest(db, callID: callID, d.cargo)
        try writeDangerousGoods(db, callID: callID, d.dangerousGoods)
    }

    /// Lists are replaced whole: an amendment is a new version of the document, not a patch.
    private static func bulk(_ db: Database, _ sql: String, _ rows: [[any SQLBindable]]) throws {
        let statement = try db.prepare(sql)
        for row in rows {
            statement.reset()
            try statement.bind(row)
            while try statement.step() {}
        }
        statement.reset()
    }

    static func writeCrew(_ db: Database, callID: String, _ list: [CrewMember]) throws {
        try db.run("DELETE FROM vessel_crew WHERE call_id = ?", [callID])
        try bulk(db, """
            INSERT INTO vessel_crew(call_id, seq, family_name, given_names, rank, nationality, date_of_birth, place_of_birth,
                document_type, document_number, document_expiry, carried_over) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
            """, list.enumerated().map { i, m in
                [callID, i, m.familyName, m.givenNames, m.rank, m.nationality, m.dateOfBirth.description, m.placeOfBirth,
                 m.documentType.rawValue, m.documentNumber, m.documentExpiry.description, m.carriedOver]
            })
    }

    static func crew(_ db: Database, callID: String) throws -> [CrewMember] {
        try db.query("SELECT * FROM vessel_crew WHERE call_id = ? ORDER BY seq", [callID]).map { r in
            CrewMember(familyName: r.string("family_name") ?? "", givenNames: r.string("given_names") ?? "",
                       rank: r.string("rank") ?? "", nationality: r.string("nationality") ?? "",
                       dateOfBirth: try CalendarDay(parsing: r.string("date_of_birth") ?? ""),
                       placeOfBirth: r.string("place_of_birth") ?? "",
                       documentType: IdentityDocumentType(rawValue: r.string("document_type") ?? "") ?? .other,
                       documentNumber: r.string("document_number") ?? "",
                       documentExpiry: try CalendarDay(parsing: r.string("document_expiry") ?? ""),
                       carriedOver: r.bool("carried_over"))
        }
    }

    static func writePassengers(_ db: Database, callID: String, _ list: [Passenger]) throws {
        try db.run("DELETE FROM vessel_passenger WHERE call_id = ?", [callID])
        try bulk(db, """
            INSERT INTO vessel_passenger(call_id, seq, family_name, given_names, nationality, date_of_birth, place_of_birth,
                document_type, document_number, document_expiry, port_of_embarkation, port_of_disembarkation, transit)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            """, list.enumerated().map { i, p in
                [callID, i, p.familyName, p.givenNames, p.nationality, p.dateOfBirth.description, p.placeOfBirth,
                 p.documentType.rawValue, p.documentNumber, p.documentExpiry?.description, p.portOfEmbarkation,
                 p.portOfDisembarkation, p.transit]
            })
    }

    static func passengers(_ db: Database, callID: String) throws -> [Passenger] {
        try db.query("SELECT * FROM vessel_passenger WHERE call_id = ? ORDER BY seq", [callID]).map { r in
            Passenger(familyName: r.string("family_name") ?? "", givenNames: r.string("given_names") ?? "",
                      nationality: r.string("nationality") ?? "",
                      dateOfBirth: try CalendarDay(parsing: r.string("date_of_birth") ?? ""),
                      placeOfBirth: r.string("place_of_birth") ?? "",
                      documentType: IdentityDocumentType(rawValue: r.string("document_type") ?? "") ?? .other,
                      documentNumber: r.string("document_number") ?? "",
                      documentExpiry: try r.string("document_expiry").map { try CalendarDay(parsing: $0) },
                      portOfEmbarkation: r.string("port_of_embarkation") ?? "",
                      portOfDisembarkation: r.string("port_of_disembarkation") ?? "", transit: r.bool("transit"))
        }
    }

    static func writeManifest(_ db: Database, callID: String, _ lines: [ManifestLine]) throws {
        try db.run("DELETE FROM vessel_manifest_line WHERE call_id = ?", [callID])
        try bulk(db, """
            INSERT INTO vessel_manifest_line(call_id, seq, bl_number, marks, packages, package_kind, description, hs_code,
                gross_mass_kg, containers, port_of_loading, port_of_discharge, remains_on_board, carried_over)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """, lines.enumerated().map { i, l in
                [callID, i, l.blNumber, l.marks, l.packages, l.packageKind, l.description, l.hsCode, l.grossMassKg,
                 l.containers.joined(separator: " "), l.portOfLoading, l.portOfDischarge, l.remainsOnBoard, l.carriedOver]
            })
    }

    static func manifestLine(_ r: Row) -> ManifestLine {
        ManifestLine(blNumber: r.string("bl_number") ?? "", marks: r.string("marks") ?? "", packages: r.int("packages") ?? 0,
                     packageKind: r.string("package_kind") ?? "", description: r.string("description") ?? "",
                     hsCode: r.string("hs_code") ?? "", grossMassKg: r.decimal("gross_mass_kg") ?? 0,
                     containers: (r.string("containers") ?? "").split(separator: " ").map(String.init),
                     portOfLoading: r.string("port_of_loading") ?? "", portOfDischarge: r.string("port_of_discharge") ?? "",
                     remainsOnBoard: r.bool("remains_on_board"), carriedOver: r.bool("carried_over"))
    }

    static func manifest(_ db: Database, callID: String) throws -> [ManifestLine] {
        try db.query("SELECT * FROM vessel_manifest_line WHERE call_id = ? ORDER BY seq", [callID]).map(manifestLine)
    }

    static func writeDangerousGoods(_ db: Database, callID: String, _ items: [DangerousGoodsItem]) throws {
        try db.run("DELETE FROM vessel_dangerous_goods WHERE call_id = ?", [callID])
        try bulk(db, """
            INSERT INTO vessel_dangerous_goods(call_id, seq, reference, marks, un_number, proper_shipping_name, hazard_class,
                packing_group, subsidiary_risks, flashpoint_c, marine_pollutant, ems, stowage, packages, package_kind,
                gross_mass_kg, net_mass_kg) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """, items.enumerated().map { i, g in
                [callID, i, g.reference, g.marks, g.unNumber, g.properShippingName, g.hazardClass, g.packingGroup,
                 g.subsidiaryRisks.joined(separator: " "), g.flashpointC, g.marinePollutant, g.ems, g.stowage, g.packages,
                 g.packageKind, g.grossMassKg, g.netMassKg]
            })
    }

    static func dangerousGoods(_ db: Database, callID: String) throws -> [DangerousGoodsItem] {
        try db.query("SELECT * FROM vessel_dangerous_goods WHERE call_id = ? ORDER BY seq", [callID]).map { r in
            DangerousGoodsItem(reference: r.string("reference") ?? "", marks: r.string("marks") ?? "",
                               unNumber: r.string("un_number") ?? "", properShippingName: r.string("proper_shipping_name") ?? "",
                               hazardClass: r.string("hazard_class") ?? "", packingGroup: r.string("packing_group") ?? "",
                               subsidiaryRisks: (r.string("subsidiary_risks") ?? "").split(separator: " ").map(String.init),
                               flashpointC: r.decimal("flashpoint_c"), marinePollutant: r.bool("marine_pollutant"),
                               ems: r.string("ems") ?? "", stowage: r.string("stowage") ?? "", packages: r.int("packages") ?? 0,
                               packageKind: r.string("package_kind") ?? "", grossMassKg: r.decimal("gross_mass_kg") ?? 0,
                               netMassKg: r.decimal("net_mass_kg"))
        }
    }

    /// Next number in a named series (call ids per port-year, clearance numbers per port-year).
    static func nextSerial(_ db: Database, scope: String) throws -> Int {
        try db.run("INSERT INTO vessel_serial(scope, last) VALUES (?, 1) ON CONFLICT(scope) DO UPDATE SET last = last + 1", [scope])
        return try db.scalar("SELECT last FROM vessel_serial WHERE scope = ?", [scope]).int ?? 1
    }
}
