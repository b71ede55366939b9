import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct ReferenceLoaderTests {
    /// A temporary reference directory holding `files` and a manifest listing them in order.
    static func directory(_ files: [(table: String, content: String)]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("swref-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        var manifest = "code_table,file,name_zh,name_en,source,as_of\n"
        for file in files {
            try file.content.write(to: url.appendingPathComponent(file.table + ".csv"), atomically: true, encoding: .utf8)
            manifest += "\(file.table),\(file.table).csv,中文,English,test,2024-01-01\n"
        }
        try manifest.write(to: url.appendingPathComponent("tables.csv"), atomically: true, encoding: .utf8)
        return url
    }

    @Test func everyBadRowIsReportedWithFileLineColumnAndNothingIsLoaded() throws {
        let db = try Fixture.database()
        let dir = try Self.directory([
            ("unit", "code,name_zh,name_en\n035,千克,kilogram\n"),
            ("country", """
            code,name_zh,name_en,alpha2
            CHN,中国,China,CN
            US,美国,United States,US
            DEU,德国,Germany
            CHN,中华,China again,CN
            FRA,,France,FR

            """),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ReferenceLoader.loadReference(into: db, from: dir)
        let file = dir.appendingPathComponent("country.csv").path
        #expect(report.problems.count == 4)
        #expect(report.problems.contains(LoadProblem(file: file, line: 3, column: 1, reason: "code US is not 3 capital letters (ISO 3166-1 alpha-3)")))
        #expect(report.problems.contains(LoadProblem(file: file, line: 4, column: 4, reason: "expected 4 fields, found 3")))
        #expect(report.problems.contains(LoadProblem(file: file, line: 5, column: 1, reason: "duplicate code CHN (first on line 2)")))
        #expect(report.problems.contains(LoadProblem(file: file, line: 6, column: 2, reason: "Chinese name is empty")))
        #expect(report.problems.allSatisfy { $0.description.hasPrefix("\(file):\($0.line):\($0.column): ") })
        #expect(try db.scalar("SELECT count(*) FROM code_entry WHERE code_table = 'country'").int == 0)
        #expect(try db.queryOne("SELECT 1 FROM code_table WHERE code_table = 'country'") == nil)
        // The good file beside it still loads.
        #expect(report.rowCounts == ["unit": 1])
    }

    @Test func aRefusedFileLeavesThePreviousRowsInPlace() throws {
        let db = try Fixture.database()
        let good = try Self.directory([("unit", "code,name_zh,name_en\n035,千克,kilogram\n036,克,gram\n")])
        let bad = try Self.directory([("unit", "code,name_zh,name_en\n035,千克,kilogram\n36,克,gram\n")])
        defer { try? FileManager.default.removeItem(at: good); try? FileManager.default.removeItem(at: bad) }
        #expect(try ReferenceLoader.loadReference(into: db, from: good).isClean)
        let report = try ReferenceLoader.loadReference(into: db, from: bad)
        #expect(report.problems.map(\.line) == [3])
        #expect(try db.scalar("SELECT count(*) FROM code_entry WHERE code_table = 'unit'").int == 2)
    }

    /// The exchange rates (计征汇率) are checked whole: a bad currency, day, rate or a repeated
    /// (currency, day) refuses the file; a good one replaces the table.
    @Test func exchangeRatesAreCheckedWhole() throws {
        let db = try Fixture.database()
        let good = try Self.directory([("exchange_rate", "currency,valid_from,cny_per_unit\nUSD,2026-01-01,7.0280\nUSD,2026-02-01,7.0250\n")])
        let bad = try Self.directory([("exchange_rate", """
            currency,valid_from,cny_per_unit
            USD,2026-01-01,7.0280
            usd,2026-02-01,7.0250
            EUR,2026-02-30,8.2
            EUR,2026-03-01,-8.2
            USD,2026-01-01,7.1

            """)])
        defer { try? FileManager.default.removeItem(at: good); try? FileManager.default.removeItem(at: bad) }
        #expect(try ReferenceLoader.loadReference(into: db, from: good).rowCounts == ["exchange_rate": 2])
        let report = try ReferenceLoader.loadReference(into: db, from: bad)
        #expect(report.problems.map { "\($0.line):\($0.column)" } == ["3:1", "4:2", "5:3", "6:2"])
        #expect(try db.scalar("SELECT count(*) FROM exchange_rate").int == 2)
        #expect(try ExchangeRates.rate(db, currency: "USD", on: "2026-01-31")?.cnyPerUnit == Decimal(string: "7.0280"))
    }

    @Test func hsRowsAreCheckedAgainstTheUnitTable() throws {
        let db = try Fixture.database()
        let dir = try Self.directory([
            ("unit", "code,name_zh,name_en\n035,千克,kilogram\n095,升,litre\n"),
            ("hs_code", """
            code,ciq_code,name_zh,name_en,unit1,unit2,legal_inspection,supervision_conditions,inspection_category
            2204210000,999,葡萄酒,Wine,095,035,1,AB,R/S
            220421000,999,短码,Short,095,,0,,
            2204220000,99,坏检验码,Bad CIQ,095,,0,,
            2204290000,999,未知单位,Unknown unit,999,036,2,,

            """),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try ReferenceLoader.loadReference(into: db, from: dir)
        let located = report.problems.map { "\($0.line):\($0.column)" }
        #expect(located == ["3:1", "4:2", "5:5", "5:6", "5:7"])
        #expect(try db.scalar("SELECT count(*) FROM hs_code").int == 0)
    }

    @Test func notUTF8AndMissingColumnsAreReported() throws {
        let db = try Fixture.database()
        let dir = try Self.directory([("unit", "code,name_zh\n035,千克\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        // GBK bytes for 千克 in a second table.
        let gbk = Data("code,name_zh,name_en\n035,".utf8) + Data([0xC7, 0xA7, 0xBF, 0xCB]) + Data(",kilogram\n".utf8)
        try gbk.write(to: dir.appendingPathComponent("currency.csv"))
        try "code_table,file,name_zh,name_en,source,as_of\nunit,unit.csv,a,b,c,d\ncurrency,currency.csv,a,b,c,d\n"
            .write(to: dir.appendingPathComponent("tables.csv"), atomically: true, encoding: .utf8)
        let report = try ReferenceLoader.loadReference(into: db, from: dir)
        #expect(report.problems.count == 2)
        #expect(report.problems[0].reason == "required column name_en is missing from the header")
        #expect(report.problems[1].line == 2 && report.problems[1].reason.contains("GBK"))
        #expect(report.rowCounts.isEmpty)
    }

    @Test func aManifestNamingAMissingFileLoadsNothing() throws {
        let db = try Fixture.database()
        let dir = try Self.directory([("unit", "code,name_zh,name_en\n035,千克,kilogram\n")])
        defer { try? FileManager.default.removeItem(at: dir) }
        try "code_table,file,name_zh,name_en,source,as_of\nunit,unit.csv,a,b,c,d\nport,port.csv,a,b,c,d\n"
            .write(to: dir.appendingPathComponent("tables.csv"), atomically: true, encoding: .utf8)
        let report = try ReferenceLoader.loadReference(into: db, from: dir)
        #expect(report.problems.map(\.description) == ["\(dir.appendingPathComponent("tables.csv").path):3:2: file port.csv not found"])
        #expect(try db.scalar("SELECT count(*) FROM code_entry").int == 0)
    }

    @Test func searchFindsByChineseEnglishAndCodePrefix() throws {
        let db = try Fixture.loaded()
        #expect(try CodeTables.search(db, table: "country", text: "德国").map(\.code) == ["DEU"])
        #expect(try CodeTables.search(db, table: "country", text: "germany").map(\.code) == ["DEU"])
        #expect(try CodeTables.search(db, table: "country", text: "CH").map(\.code).contains("CHN"))
        #expect(try CodeTables.search(db, table: "unit", text: "千克").map(\.code).contains("035"))
        #expect(try CodeTables.search(db, table: "supervision_mode", text: "06").map(\.code).starts(with: ["0615", "0642"]))
        #expect(try CodeTables.search(db, table: "port", text: "Shanghai").map(\.code).contains("CNSHA"))
        let page1 = try CodeTables.search(db, table: "currency", text: "", limit: 10)
        let page2 = try CodeTables.search(db, table: "currency", text: "", afterCode: page1.last!.code, limit: 10)
        #expect(page1.count == 10 && page2.count == 10 && page1.last!.code < page2.first!.code)
    }

    @Test func extraColumnsTravelWithTheEntry() throws {
        let db = try Fixture.loaded()
        #expect(try CodeTables.entry(db, table: "country", code: "CHN")?.extra["alpha2"] == "CN")
        #expect(try CodeTables.entry(db, table: "country", code: "CHN")?.nameZh == "中国")
        #expect(try CodeTables.entry(db, table: "currency", code: "CNY")?.extra["numeric"] == "156")
        let wooden = try CodeTables.entry(db, table: "package_type", code: "23")
        #expect(wooden?.extra["ciq_code"] == "4C11")
        #expect(wooden?.extra["old_customs"] == "1")
        #expect(wooden?.extra["plant_material"] == "yes")
        #expect(try CodeTables.entry(db, table: "industry", code: "62")?.extra["section"] == "H")
        #expect(try CodeTables.entry(db, table: "port", code: "CNXMN")?.extra["country"] == "CN")
        #expect(try CodeTables.entry(db, table: "customs_district", code: "2244")?.extra["region"] == "22")
    }

    @Test func hsLookupReturnsSecondUnitAndLegalInspection() throws {
        let db = try Fixture.loaded()
        let wine = try #require(try CodeTables.hs(db, code: "2204210000"))
        #expect(wine.unit1 == "095" && wine.unit2 == "035" && wine.hasSecondUnit)
        #expect(wine.legalInspection)
        let shrimp = try #require(try CodeTables.hs(db, code: "0306171100"))
        #expect(shrimp.legalInspection && !shrimp.hasSecondUnit && shrimp.unit1 == "035")
        let gears = try #require(try CodeTables.hs(db, code: "8483409000"))
        #expect(!gears.legalInspection)
        let croaker = try #require(try CodeTables.hs(db, code: "0303899090", ciqCode: "102"))
        #expect(croaker.nameEn.contains("croaker"))
        #expect(try CodeTables.hs(db, code: "0303899090")?.ciqCode == "101")
        #expect(try CodeTables.searchHS(db, text: "化妆品").count >= 3)
        #expect(try CodeTables.searchHS(db, text: "8483").count == 5)
    }
}
