import Foundation
import Store
import Testing
@testable import SingleWindowKit

/// Issue 11 item 6 follow-up: a draw is scoped by the enterprise's administrative district, the
/// same rule the lists show, stored in an indexed column so a district's draw reads one range.
@Suite struct DrawDistrictTests {
    /// (register district, credit code) → the administrative district ("" for none).
    static let cases: [(String, String, String)] = [
        ("310115", "91120116MA05XXXXX1", "310115"),   // the register's division wins
        ("2200", "91310115312345673N", "310115"),     // customs district: the credit code's division
        ("0200", "91120116MA05XXXXX2", "120116"),
        ("", "91440300MA5XXXXXX3", "440300"),
        ("2200", "SHORT", ""),                        // no 18-character credit code
        ("990000", "91990000MA5XXXXXX4", ""),          // no province 99
        ("31011A", "9131A115MA5XXXXXX5", ""),          // not six digits
        ("3101150", "91000000MA5XXXXXX6", ""),         // seven digits, province 00
    ]

    static func insert(_ db: Database, _ cases: [(String, String, String)]) throws {
        try db.write {
            for (n, c) in cases.enumerated() {
                try db.run("INSERT INTO enterprise(id, name, kind, district) VALUES (?,?,?,?)", [c.1, "企业\(n)", "other", c.0])
            }
        }
    }

    @Test func theStoredColumnFollowsTheSwiftRuleOnEveryWrite() throws {
        let db = try memoryDatabase()
        try Self.insert(db, Self.cases)
        for (registered, uscc, expected) in Self.cases {
            #expect(AdministrativeDivision.code(registered: registered, uscc: uscc) == (expected.isEmpty ? nil : expected))
            #expect(try db.scalar("SELECT admin_district FROM enterprise WHERE id = ?", [uscc]).string == expected, "\(registered) \(uscc)")
        }
        // An edit of the register moves it; an edit of anything else leaves it.
        try db.run("UPDATE enterprise SET district = '440305' WHERE id = '91310115312345673N'")
        #expect(try db.scalar("SELECT admin_district FROM enterprise WHERE id = '91310115312345673N'").string == "440305")
        try db.run("UPDATE enterprise SET district = '2200' WHERE id = '91310115312345673N'")
        #expect(try db.scalar("SELECT admin_district FROM enterprise WHERE id = '91310115312345673N'").string == "310115")
        let e = Enterprise(id: "91310115312345673N", name: "x", kind: .other, district: "2200")
        #expect(e.administrativeDistrict == "310115")
    }

    /// Registration and edit through the admin area (and so its CSV import, which calls them).
    @Test func registrationAndEditKeepTheColumn() throws {
        let f = try EnforcementFixture()
        let admin = Operator(id: "root-admin", name: "管理员", role: .administrator)
        var e = try EnterpriseAdmin.add(f.ws, Enterprise(id: "91310000MA1K3Y8B38", name: "上海通关报关有限公司", kind: .broker,
                                                         district: "2200"), by: admin)
        #expect(try f.db.scalar("SELECT admin_district FROM enterprise WHERE id = ?", [e.id]).string == "310000")
        e.district = "310109"
        e = try EnterpriseAdmin.update(f.ws, e, by: admin)
        #expect(try f.db.scalar("SELECT admin_district FROM enterprise WHERE id = ?", [e.id]).string == "310109")
        #expect(try Draws.preview(f.ws, DrawParameters(scope: DrawScope(year: 2026, district: "310109"), ratioBasisPoints: 10_000),
                                  by: f.regulator).routineCandidates >= 1)
    }

    @Test func theMigrationStepFillsTheEnterprisesAlreadyRegistered() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            do {
                let old = try Database(path: path)
                defer { old.close() }
                // The release before: enforcement at step 1, no column yet.
                let before = Schema.areas.map { $0.area == "enforcement" ? $0.through(1) : $0 }
                try Migrator.migrate(old, sets: before)
                #expect(try old.query("PRAGMA table_info(enterprise)").allSatisfy { $0.string("name") != "admin_district" })
                try Self.insert(old, Self.cases)
            }
            let ws = try Workspace.open(path: path, createAs: nil, clock: SettableClock(EnforcementFixture.t0))
            defer { ws.db.close() }
            for (_, uscc, expected) in Self.cases {
                #expect(try ws.db.scalar("SELECT admin_district FROM enterprise WHERE id = ?", [uscc]).string == expected)
            }
        }
    }

    /// No scan of the register per draw: the preview, the candidate list and `d` read one index range.
    @Test func aDistrictDrawReadsOneIndexRange() throws {
        let db = try memoryDatabase()
        try Self.insert(db, Self.cases)
        let f = Draws.scopeFilter(DrawScope(year: 2026, district: "310115"))
        #expect(f.sql == "e.admin_district = ?")
        func plan(_ sql: String, _ args: [any SQLBindable]) throws -> [String] {
            try db.query("EXPLAIN QUERY PLAN " + sql, args).map { $0.string("detail") ?? "" }
        }
        for p in [try plan(Draws.previewSQL(f.sql), f.args), try plan(Draws.candidatesSQL(f.sql), [Int64(1)] + f.args)] {
            #expect(p.contains { $0.contains("SEARCH e USING INDEX enterprise_admin_district (admin_district=?)") }, "\(p)")
            #expect(!p.contains { $0.hasPrefix("SCAN e") }, "\(p)")
        }
        let next = try plan("SELECT min(admin_district) FROM enterprise WHERE admin_district > ?", ["310115"])
        #expect(next.contains { $0.contains("enterprise_admin_district") } && !next.contains { $0 == "SCAN enterprise" }, "\(next)")
        #expect(try Draws.district(after: "", db) == "120116")
        #expect(try Draws.district(after: "310115", db) == "440300")
        #expect(try Draws.district(after: "440300", db) == "")
        #expect(try Draws.districts(db).map { "\($0.code) \($0.enterprises)" } == ["120116 1", "310115 2", "440300 1"])
    }

    @Test func aCustomsDistrictIsRefusedAsAScope() throws {
        #expect(AdministrativeDivision.scopeProblem("") == nil)
        #expect(AdministrativeDivision.scopeProblem("310115") == nil)
        #expect(AdministrativeDivision.scopeProblem("2200")?.key == "enforcement.draw.customsDistrict")
        #expect(AdministrativeDivision.scopeProblem("990000")?.key == "enforcement.draw.district")
        let f = try EnforcementFixture()
        #expect(throws: DomainError.self) {
            try Draws.preview(f.ws, DrawParameters(scope: DrawScope(year: 2026, district: "2200"), ratioBasisPoints: 1_000), by: f.regulator)
        }
    }

    /// The training draw's scope now takes the Binhai enterprises registered under a customs
    /// district too; its replay still gives the stored list.
    @Test func theTrainingDrawCoversTheWholeDistrictAndReplays() throws {
        let f = try EnforcementFixture(samples: true)
        guard let d = try Draws.list(f.db, limit: 1).first else { Issue.record("no training draw"); return }
        let registered = try f.db.scalar("SELECT count(*) FROM enterprise WHERE district = '120116'").int ?? 0
        #expect(d.candidates == (try f.db.scalar("SELECT count(*) FROM enterprise WHERE admin_district = '120116'").int ?? 0))
        #expect(d.candidates > registered)
        let replay = try Draws.replay(f.ws, id: d.id, by: f.regulator)
        #expect(replay.same && replay.added.isEmpty && replay.removed.isEmpty)
    }
}
