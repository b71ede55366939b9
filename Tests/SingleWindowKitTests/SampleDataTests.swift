import Foundation
import Testing
@testable import SingleWindowKit

/// The shipped sample-data directory, found from this source file so tests do not depend on the
/// working directory.
enum Fixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sampleData = repositoryRoot.appendingPathComponent("sample-data")
    static let reference = sampleData.appendingPathComponent("reference")
    static let demo = sampleData.appendingPathComponent("demo")

    static func database() throws -> Database {
        let db = try Database(path: ":memory:")
        _ = try Schema.migrate(db)
        return db
    }

    /// A migrated in-memory database with the shipped reference and demo data.
    static func loaded() throws -> Database {
        let db = try database()
        let report = try SampleData.load(into: db, kind: .training, from: sampleData)
        #expect(report.problems == [])
        return db
    }
}

@Suite struct SampleDataTests {
    static let referenceTables = ["country", "currency", "unit", "transport_mode", "supervision_mode", "levy_nature",
                                  "duty_mode", "trade_terms", "fee_mark", "package_type", "customs_district", "port",
                                  "industry", "document_type", "credit_class"]

    @Test func shippedDataLoadsCleanlyIntoEveryTable() throws {
        let db = try Fixture.database()
        let report = try SampleData.load(into: db, kind: .training, from: Fixture.sampleData)
        #expect(report.problems == [])
        for table in Self.referenceTables {
            let rows = try db.scalar("SELECT count(*) FROM code_entry WHERE code_table = ?", [table]).int ?? 0
            #expect(rows > 0, "\(table)")
            #expect(report.rowCounts[table] == rows, "\(table)")
            let recorded = try db.queryOne("SELECT * FROM code_table WHERE code_table = ?", [table])
            #expect(recorded?.int("row_count") == rows)
            #expect(recorded?.string("source")?.isEmpty == false)
            #expect(recorded?.string("as_of")?.isEmpty == false)
        }
        #expect((try db.scalar("SELECT count(*) FROM hs_code").int ?? 0) >= 150)
        #expect((try db.scalar("SELECT row_count FROM code_table WHERE code_table = 'hs_code'").int ?? 0) >= 150)
        // Duty: monthly exchange rates for the main currencies, 2025-01 to 2027-12; which levy natures charge.
        for currency in ["USD", "EUR", "JPY", "HKD", "GBP", "AUD", "KRW"] {
            #expect(try db.scalar("SELECT count(*) FROM exchange_rate WHERE currency = ?", [currency]).int == 36, "\(currency)")
            #expect(try ExchangeRates.rate(db, currency: currency, on: "2025-01-01") != nil, "\(currency)")
        }
        #expect(report.rowCounts["exchange_rate"] == (try db.scalar("SELECT count(*) FROM exchange_rate").int))
        #expect(try DutyRates.chargesDuty(db, levyNature: "101") && !(try DutyRates.chargesDuty(db, levyNature: "299")))
        #expect(try db.scalar("SELECT count(*) FROM code_entry WHERE code_table = 'levy_nature' AND json_extract(extra, '$.charges_duty') IS NULL").int == 0)
        #expect((report.rowCounts["enterprise"] ?? 0) >= 24)
        #expect((report.rowCounts["operator"] ?? 0) >= 11)
    }

    @Test func productionLoadsReferenceOnly() throws {
        let db = try Fixture.database()
        let report = try SampleData.load(into: db, kind: .production, from: Fixture.sampleData)
        #expect(report.problems == [])
        #expect(try db.scalar("SELECT count(*) FROM enterprise").int == 0)
        #expect(try db.scalar("SELECT count(*) FROM operator").int == 0)
        #expect((report.rowCounts["country"] ?? 0) > 200)
    }

    @Test func loadingTwiceGivesTheSameRows() throws {
        let db = try Fixture.database()
        func snapshot() throws -> [String] {
            try ["SELECT * FROM code_entry ORDER BY code_table, code", "SELECT * FROM code_table ORDER BY code_table",
                 "SELECT * FROM hs_code ORDER BY code, ciq_code", "SELECT * FROM enterprise ORDER BY id",
                 "SELECT * FROM operator ORDER BY id"].flatMap { try db.query($0).map(\.description) }
        }
        let first = try SampleData.load(into: db, kind: .training, from: Fixture.sampleData)
        let before = try snapshot()
        let second = try SampleData.load(into: db, kind: .training, from: Fixture.sampleData)
        #expect(first == second)
        #expect(try snapshot() == before)
        #expect(try db.scalar("SELECT max(version) FROM enterprise").int == 1)
    }

    @Test func everyDemoEnterpriseHasAValidCreditCode() throws {
        let db = try Fixture.loaded()
        let ids = try db.query("SELECT id FROM enterprise").compactMap { $0.string("id") }
        #expect(!ids.isEmpty)
        for id in ids { #expect(USCC.isValid(id), "\(id)") }
    }

    @Test func demoOperatorsCoverEveryRoleWithKnownRolesAndAgencies() throws {
        let db = try Fixture.loaded()
        let rows = try db.query("SELECT * FROM operator")
        var roles: Set<Role> = []
        for row in rows {
            let role = Role(rawValue: row.string("role") ?? "")
            #expect(role != nil, "\(row)")
            if let role { roles.insert(role) }
            #expect(Agency(rawValue: row.string("agency") ?? "?") != nil, "\(row)")
            if let role, let implied = role.impliedAgency { #expect(row.string("agency") == implied.rawValue) }
            if role == .broker || role == .trader || role == .shippingAgent { #expect(row.string("enterprise_id") != nil) }
        }
        #expect(roles == Set(Role.allCases))
        for id in ["liwei", "zhangmin", "wangqiang", "chenjing", "trainer"] {
            #expect(try db.queryOne("SELECT 1 FROM operator WHERE id = ?", [id]) != nil, "\(id)")
        }
        let regulatorsWithIDs = try db.scalar("SELECT count(*) FROM operator WHERE role = 'market_regulator' AND id_number <> ''").int ?? 0
        #expect(regulatorsWithIDs >= 2)
    }

    @Test func crossReferencesInTheShippedDataResolve() throws {
        let db = try Fixture.loaded()
        let badUnits = try db.query("""
            SELECT code, unit1, unit2 FROM hs_code
            WHERE unit1 NOT IN (SELECT code FROM code_entry WHERE code_table = 'unit')
               OR (unit2 <> '' AND unit2 NOT IN (SELECT code FROM code_entry WHERE code_table = 'unit'))
            """)
        #expect(badUnits.isEmpty)
        let badIndustries = try db.query("""
            SELECT id FROM enterprise WHERE industry NOT IN (SELECT code FROM code_entry WHERE code_table = 'industry')
            """)
        #expect(badIndustries.isEmpty)
        for entry in try CodeTables.search(db, table: "customs_district", text: "", limit: 500) {
            if let port = entry.extra["port"] { #expect(try CodeTables.contains(db, table: "port", code: port), "\(port)") }
        }
        // Legal inspection is exactly "supervision conditions name an entry or exit clearance slip".
        let inconsistent = try db.scalar("""
            SELECT count(*) FROM hs_code
            WHERE legal_inspection <> (instr(supervision_conditions, 'A') > 0 OR instr(supervision_conditions, 'B') > 0)
            """).int
        #expect(inconsistent == 0)
    }

    @Test func locatesSampleDataFromEnvironmentExecutableOrCurrentDirectory() throws {
        let root = Fixture.repositoryRoot
        let fromEnvironment = SampleData.locateDirectory(environment: [SampleData.environmentVariable: Fixture.sampleData.path],
                                                         executable: nil, currentDirectory: URL(fileURLWithPath: "/"))
        #expect(fromEnvironment?.standardizedFileURL.path == Fixture.sampleData.standardizedFileURL.path)
        let badEnvironment = SampleData.locateDirectory(environment: [SampleData.environmentVariable: "/nonexistent"],
                                                        executable: root.appendingPathComponent(".build/debug/singlewindow"),
                                                        currentDirectory: root)
        #expect(badEnvironment == nil)
        let fromExecutable = SampleData.locateDirectory(environment: [:],
                                                        executable: root.appendingPathComponent(".build/debug/singlewindow"),
                                                        currentDirectory: URL(fileURLWithPath: "/"))
        #expect(fromExecutable?.path == Fixture.sampleData.standardizedFileURL.path)
        let fromCurrent = SampleData.locateDirectory(environment: [:], executable: URL(fileURLWithPath: "/usr/bin/env"),
                                                     currentDirectory: root.appendingPathComponent("Sources/SingleWindowKit"))
        #expect(fromCurrent?.path == Fixture.sampleData.standardizedFileURL.path)
        let nowhere = SampleData.locateDirectory(environment: [:], executable: nil, currentDirectory: URL(fileURLWithPath: "/proc"))
        #expect(nowhere == nil)
    }
}
