import Foundation
import Testing
@testable import SingleWindowKit

/// A migrated in-memory database with the few reference rows vessel tests need, the operators
/// of scenario S3, and a complete, valid arrival declaration to start from.
struct VesselFixture {
    let db: Database
    let ws: Workspace
    let clock: SettableClock
    let t0 = Date(timeIntervalSince1970: 1_741_910_400) // 2025-03-14T00:00:00Z

    let agent = Operator(id: "chenjing", name: "陈静", role: .shippingAgent, enterpriseID: "91310000MA1FL0XX01")
    let otherAgent = Operator(id: "wanglei", name: "王磊", role: .shippingAgent, enterpriseID: "91310000MA1FL0YY02")
    let customs = Operator(id: "zhangmin", name: "张敏", role: .customsOfficer, agency: .customs)
    let quarantine = Operator(id: "wangqiang", name: "王强", role: .inspectionOfficer, agency: .inspection)
    let border = Operator(id: "liuyang", name: "刘洋", role: .borderOfficer, agency: .border)
    let maritime = Operator(id: "zhaogang", name: "赵刚", role: .maritimeOfficer, agency: .maritime)

    init() throws {
        db = try Database(path: ":memory:")
        try Schema.migrate(db)
        clock = SettableClock(t0)
        ws = Workspace(db: db, kind: .training, clock: clock)
        try db.write {
            for (a3, a2, zh, en) in [("CHN", "CN", "中国", "China"), ("PHL", "PH", "菲律宾", "Philippines"),
                                     ("PAN", "PA", "巴拿马", "Panama"), ("SGP", "SG", "新加坡", "Singapore"),
                                     ("KOR", "KR", "韩国", "Korea, Republic of"), ("JPN", "JP", "日本", "Japan"),
                                     ("IND", "IN", "印度", "India"), ("UKR", "UA", "乌克兰", "Ukraine"),
                                     ("MMR", "MM", "缅甸", "Myanmar"), ("GBR", "GB", "英国", "United Kingdom"),
                                     ("HKG", "HK", "中国香港", "Hong Kong"), ("LBR", "LR", "利比里亚", "Liberia")] {
                try db.run("INSERT INTO code_entry(code_table, code, name_zh, name_en, extra) VALUES ('country', ?, ?, ?, ?)",
                           [a3, zh, en, "{\"alpha2\":\"\(a2)\"}"])
            }
            for (code, zh, en) in [("CNSHA", "上海", "Shanghai"), ("CNXMN", "厦门", "Xiamen"), ("SGSIN", "新加坡", "Singapore"),
                                   ("KRPUS", "釜山", "Busan"), ("JPTYO", "东京", "Tokyo")] {
                try db.run("INSERT INTO code_entry(code_table, code, name_zh, name_en) VALUES ('port', ?, ?, ?)", [code, zh, en])
            }
            try db.run("INSERT INTO enterprise(id, name, kind) VALUES (?, ?, 'shipping_agent')", ["91310000MA1FL0XX01", "上海远洋船务代理有限公司"])
        }
    }

    func at(hours: Double) -> Date { t0.addingTimeInterval(hours * 3600) }

    static func crewMember(_ family: String, _ given: String, _ rank: String, _ nat: String, _ doc: String) -> CrewMember {
        CrewMember(familyName: family, givenNames: given, rank: rank, nationality: nat,
                   dateOfBirth: try! CalendarDay(parsing: "1980-05-17"), placeOfBirth: "Manila",
                   documentType: .passport, documentNumber: doc, documentExpiry: try! CalendarDay(parsing: "2030-01-31"))
    }

    func arrival(imo: String = "9811000", voyage: String = "0123E") -> VesselDeclaration {
        VesselDeclaration(
            ship: Ship(imo: imo, name: "EVER GIVEN", callSign: "H3RC", flag: "PAN", shipType: "container ship",
                       grossTonnage: 219_079, netTonnage: 99_155, mmsi: "353136000", portOfRegistry: "Panama"),
            voyage: VoyageParticulars(voyageNumber: voyage, port: "CNSHA", berth: "Yangshan Phase IV 12", eta: at(hours: 8),
                                      lastPort: "KRPUS", nextPort: "SGSIN", masterName: "Krishnan Kanthavel",
                                      cargoDescription: "containers, general merchandise"),
            cargo: [
                ManifestLine(blNumber: "EGLV142500012345", marks: "N/M", packages: 1200, packageKind: "cartons",
                             description: "frozen shrimp", hsCode: "0306171900", grossMassKg: 24_500,
                             containers: ["CSQU3054383"], portOfLoading: "KRPUS", portOfDischarge: "CNSHA"),
                ManifestLine(blNumber: "EGLV142500012346", packages: 80, packageKind: "drums", description: "ethyl acetate",
                             hsCode: "2915310000", grossMassKg: 16_800, containers: ["MSCU1234566"],
                             portOfLoading: "KRPUS", portOfDischarge: "CNSHA"),
                ManifestLine(blNumber: "EGLV142500099999", packages: 20, packageKind: "pallets", description: "machine parts for looms",
                             grossMassKg: 9_000, containers: ["COSU6001237"], portOfLoading: "KRPUS", portOfDischarge: "SGSIN",
                             remainsOnBoard: true),
            ],
            stores: [StoreItem(article: "cigarettes", quantity: 40, unit: "cartons", location: "bonded store")],
            crewEffects: [CrewEffect(familyName: "Santos", givenNames: "Jose", rank: "AB", effects: "1 laptop (new)")],
            crew: [
                VesselFixture.crewMember("Kanthavel", "Krishnan", "Master", "IND", "Z1234567"),
                VesselFixture.crewMember("Santos", "Jose", "AB", "PHL", "P7654321A"),
                VesselFixture.crewMember("Reyes", "Maria", "Cook", "PHL", "P1122334B"),
            ],
            dangerousGoods: [
                DangerousGoodsItem(reference: "EGLV142500012346", marks: "MSCU1234566", unNumber: "UN1173",
                                   properShippingName: "ETHYL ACETATE", hazardClass: "3", packingGroup: "II",
                                   flashpointC: -4, ems: "F-E, S-D", stowage: "0340282", packages: 80,
                                   packageKind: "steel drums", grossMassKg: 16_800, netMassKg: 14_400),
                DangerousGoodsItem(reference: "EGLV142500012346", marks: "MSCU1234566", unNumber: "1993",
                                   properShippingName: "FLAMMABLE LIQUID, N.O.S. (ETHANOL, TOLUENE)", hazardClass: "3",
                                   packingGroup: "3", flashpointC: 23.5, ems: "F-E, S-E", stowage: "0340282", packages: 10,
                                   packageKind: "jerricans", grossMassKg: 220),
            ],
            health: HealthDeclaration(sanitationCertificatePlace: "Busan", sanitationCertificateDate: try! CalendarDay(parsing: "2024-11-02"),
                                      portsLast30Days: ["KRPUS", "JPTYO"]))
    }

    /// Creates and submits an arrival; returns it.
    @discardableResult
    func submittedArrival(imo: String = "9811000", voyage: String = "0123E") throws -> VesselCall {
        let draft = try VesselCalls.create(ws, direction: .arrival, declaration: arrival(imo: imo, voyage: voyage), by: agent)
        return try VesselCalls.submit(ws, callID: draft.id, expectedVersion: draft.version, by: agent)
    }

    func lane(_ callID: String, _ agency: Agency) throws -> Lane {
        try #require(try Lanes.lane(db, kind: .vesselCall, caseID: callID, agency: agency))
    }

    func officer(_ agency: Agency) -> Operator {
        switch agency {
        case .customs: return customs
        case .inspection: return quarantine
        case .border: return border
        default: return maritime
        }
    }

    @discardableResult
    func release(_ callID: String, _ agency: Agency) throws -> ReleaseOutcome {
        try VesselClearance.release(ws, callID: callID, agency: agency, laneVersion: try lane(callID, agency).version, by: officer(agency))
    }
}
