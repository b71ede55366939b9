import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct EnterpriseTests {
    @Test func findByID() throws {
        let db = try Fixture.loaded()
        let id = try #require(try db.queryOne("SELECT id FROM enterprise WHERE name = '上海外高桥报关有限公司'")?.string("id"))
        let broker = try #require(try Enterprises.find(db, id: id))
        #expect(broker.kind == .broker && broker.district == "2200" && broker.version == 1)
        #expect(try Enterprises.find(db, id: "91350100M000100Y43") == nil)
    }

    @Test func searchByNameEnglishNameAndIDPrefix() throws {
        let db = try Fixture.loaded()
        #expect(try Enterprises.search(db, text: "报关").count >= 5)
        #expect(try Enterprises.search(db, text: "shipping agency").count >= 4)
        let all = try Enterprises.search(db, text: "", limit: 1000)
        let someone = all[3]
        #expect(try Enterprises.search(db, text: String(someone.id.prefix(12))).contains(someone))
        #expect(try Enterprises.search(db, text: "%").isEmpty)
    }

    @Test func searchPagesByKeysetWithoutGapsOrRepeats() throws {
        let db = try Fixture.loaded()
        let all = try Enterprises.search(db, text: "", limit: 1000)
        var paged: [Enterprise] = []
        var cursor: EnterpriseCursor?
        while true {
            let page = try Enterprises.search(db, text: "", after: cursor, limit: 7)
            if page.isEmpty { break }
            paged += page
            cursor = page.last?.cursor
        }
        #expect(paged == all)
        #expect(all.count == (try Enterprises.count(db)))
    }

    @Test func listByKind() throws {
        let db = try Fixture.loaded()
        for kind in Enterprise.Kind.allCases {
            let first = try Enterprises.list(db, kind: kind, limit: 2)
            #expect(!first.isEmpty, "\(kind)")
            #expect(first.allSatisfy { $0.kind == kind })
            if let last = first.last {
                let next = try Enterprises.list(db, kind: kind, afterID: last.id, limit: 100)
                #expect(next.allSatisfy { $0.id > last.id && $0.kind == kind })
                #expect(first.count + next.count == (try Enterprises.count(db, kind: kind)))
            }
        }
    }

    @Test func reloadingAChangedRowBumpsItsVersionOnly() throws {
        let db = try Fixture.loaded()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swdemo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOf: Fixture.demo.appendingPathComponent("enterprises.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "刘海", with: "刘洋海")
        try text.write(to: dir.appendingPathComponent("enterprises.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Fixture.demo.appendingPathComponent("operators.csv"),
                                         to: dir.appendingPathComponent("operators.csv"))
        let report = try DemoDataLoader.load(into: db, from: dir)
        #expect(report.isClean)
        #expect(try db.scalar("SELECT count(*) FROM enterprise WHERE version = 2").int == 1)
        #expect(try db.scalar("SELECT version FROM enterprise WHERE legal_rep = '刘洋海'").int == 2)
    }

    @Test func demoRowsWithBadCodesRolesOrLinksAreAllReported() throws {
        let db = try Fixture.loaded()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swdemo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        id,name,name_en,kind,customs_code,ciq_code,district,industry,legal_rep,address,credit_class
        91350100M000100Y43,福州测试有限公司,Test,trader,3501960001,3500600001,3500,51,某,地址,good
        91350100M000100Y44,坏码有限公司,Bad,trader,,,3500,51,某,地址,good
        91350100M000100Y43,重复有限公司,Dup,factory,,,3500,99X,某,地址,excellent

        """.write(to: dir.appendingPathComponent("enterprises.csv"), atomically: true, encoding: .utf8)
        try """
        id,name,name_en,role,agency,enterprise_id,os_user,id_number,active
        someone,某人,Someone,pilot,customs,,,,1
        other,他人,Other,broker,,91350100M000100Y43,,,yes

        """.write(to: dir.appendingPathComponent("operators.csv"), atomically: true, encoding: .utf8)
        let report = try DemoDataLoader.load(into: db, from: dir)
        let enterprises = report.problems.filter { $0.file.hasSuffix("enterprises.csv") }.map { "\($0.line):\($0.column)" }
        #expect(enterprises == ["3:1", "4:1", "4:4", "4:11", "4:8"])
        let operators = report.problems.filter { $0.file.hasSuffix("operators.csv") }.map { "\($0.line):\($0.column)" }
        // The enterprise file was refused, so the broker's enterprise does not exist either.
        #expect(operators == ["2:4", "3:6", "3:9"])
        #expect(try Enterprises.find(db, id: "91350100M000100Y43") == nil)
        #expect(try db.queryOne("SELECT 1 FROM operator WHERE id = 'someone'") == nil)
    }
}
