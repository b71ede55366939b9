import Foundation
import Testing
@testable import SingleWindowKit

/// Double-random draws: the ratio rounded up, focus targets on top, replay from the seed, the
/// officer exclusions, and a published draw being final.
@Suite struct EnforcementDrawTests {
    static let scope = DrawScope(year: 2026, district: "120116")

    @Test func ratioIsRoundedUpAndFocusTargetsAreAddedOnTop() throws {
        let f = try EnforcementFixture()
        try EnforcementSamples.load(into: f.ws, from: EnforcementFixture.sampleData)
        let p = DrawParameters(scope: DrawScope(year: 2027, district: "120116"), ratioBasisPoints: 3_000, seed: 7)
        let preview = try Draws.preview(f.ws, p, by: f.regulator)
        // Counted with the Swift rule over the whole register: the stored column must agree with it.
        let inScope = try f.db.query("SELECT id, district, credit_class FROM enterprise").filter {
            AdministrativeDivision.code(registered: $0.string("district") ?? "", uscc: $0.string("id") ?? "") == "120116"
        }
        let good = inScope.filter { $0.string("credit_class") == "good" }.count, focus = inScope.count - good
        // The register's own 120116 rows are fewer: the enterprises registered with a customs district count too.
        let registered = try f.db.scalar("SELECT count(*) FROM enterprise WHERE district = '120116'").int ?? 0
        #expect(good + focus > registered)
        #expect(preview.routineCandidates == good)
        #expect(preview.routineDrawn == (good * 3 + 9) / 10)
        #expect(preview.focusDrawn == focus)
        let d = try Draws.run(f.ws, p, by: f.regulator)
        #expect(d.drawn == preview.total)
        #expect(d.candidates == good + focus)
        let focusTables = try f.db.scalar("SELECT count(*) FROM joint_table WHERE draw_id = ? AND focus = 1", [d.id]).int
        #expect(focusTables == focus)
    }

    @Test func aDrawReplaysFromItsSeedAndSaysWhatChangedSince() throws {
        let f = try EnforcementFixture()
        try EnforcementSamples.load(into: f.ws, from: EnforcementFixture.sampleData)
        let d = try Draws.run(f.ws, DrawParameters(scope: DrawScope(year: 2027), ratioBasisPoints: 2_500, seed: 424_242), by: f.regulator)
        var replay = try Draws.replay(f.ws, id: d.id, by: f.regulator)
        #expect(replay.same)
        #expect(replay.stored.count == d.drawn)
        #expect(replay.added.isEmpty && replay.removed.isEmpty && replay.reclassed.isEmpty)
        // The same seed over the same list draws the same enterprises, independently of the store.
        var g = SeededGenerator(seed: 424_242)
        let goodCount = try f.db.scalar("SELECT count(*) FROM draw_candidate WHERE draw_id = ? AND focus = 0", [d.id]).int ?? 0
        let positions = DrawMethod.pick(DrawMethod.share(goodCount, basisPoints: 2_500), of: goodCount, &g)
        let firstID = try f.db.scalar("SELECT enterprise_id FROM draw_candidate WHERE draw_id = ? AND focus = 0 AND pool_seq = ?",
                                      [d.id, positions[0]]).string
        #expect(replay.stored.first == firstID)
        // The register moves on: a new enterprise and a changed class are reported.
        let added = try f.enterprise(50, district: "9999")
        try f.record("91310115312345673N", .markedAbnormal)
        replay = try Draws.replay(f.ws, id: d.id, by: f.regulator)
        #expect(replay.same)
        #expect(replay.added == [added])
        #expect(replay.reclassed == ["91310115312345673N"])
    }

    @Test func partialShuffleIsAPermutationPrefix() {
        var g = SeededGenerator(seed: 1)
        let all = DrawMethod.pick(50, of: 50, &g)
        #expect(Set(all) == Set(0..<50))
        var g1 = SeededGenerator(seed: 99), g2 = SeededGenerator(seed: 99)
        #expect(DrawMethod.pick(5, of: 1_000_000, &g1) == DrawMethod.pick(5, of: 1_000_000, &g2))
        #expect(DrawMethod.share(7, basisPoints: 1_000) == 1)
        #expect(DrawMethod.share(10, basisPoints: 1_000) == 1)
        #expect(DrawMethod.share(11, basisPoints: 1_000) == 2)
    }

    @Test func aPublishedDrawIsFinalUnlessAReasonIsRecorded() throws {
        let f = try EnforcementFixture()
        try EnforcementSamples.load(into: f.ws, from: EnforcementFixture.sampleData)
        // The samples published the 2026 Binhai draw.
        let p = DrawParameters(scope: EnforcementSamples.drawScope, ratioBasisPoints: 5_000, seed: 1)
        #expect(throws: DomainError.self) { try Draws.run(f.ws, p, by: f.regulator) }
        var again = p
        again.reason = "原抽取范围遗漏新设立企业"
        let d = try Draws.run(f.ws, again, by: f.regulator)
        #expect(d.reason == again.reason)
        #expect(throws: DomainError.self) { try Draws.run(f.ws, p, by: Operator(id: "x", name: "x", role: .customsOfficer)) }
    }

    @Test func officersInConflictOrWhoInspectedLastYearAreExcluded() throws {
        let f = try EnforcementFixture()
        try EnforcementSamples.load(into: f.ws, from: EnforcementFixture.sampleData)
        // Supermarket 5212 has food_drug lines; luoyi is in the conflicts register with 91120116313454337C.
        let supermarket = "91120116313454337C"
        let eligible = try OfficerPool.eligible(f.db, agency: "food_drug", enterpriseID: supermarket, year: 2026).map(\.id)
        #expect(eligible == ["tangjing"])
        // Whoever inspected an enterprise in 2026's published draw is not drawn for it in 2027.
        let table = try #require(try JointTables.list(f.db, drawID: 1, limit: 1).first)
        let t = try #require(try JointTables.find(f.db, id: table.id))
        let member = try #require(t.team.first { !$0.officerID.isEmpty })
        let next = try OfficerPool.eligible(f.db, agency: member.agency, enterpriseID: t.enterprise.id, year: 2027).map(\.id)
        #expect(!next.contains(member.officerID))
        let sameYear = try OfficerPool.eligible(f.db, agency: member.agency, enterpriseID: t.enterprise.id, year: 2026).map(\.id)
        #expect(sameYear.contains(member.officerID))
    }

    @Test func aClassLevelCodeInheritsItsGroupDivisionAndSectionItems() throws {
        let f = try EnforcementFixture()
        try EnforcementSamples.load(into: f.ws, from: EnforcementFixture.sampleData)
        #expect(try InspectionCatalogue.lineage(f.db, industry: "5212") == ["5212", "521", "52", "F", "*"])
        let items = try InspectionCatalogue.items(f.db, industry: "5212")
        let keys = Set(items.map { "\($0.agency)/\($0.itemCode)" })
        #expect(keys.contains("food_drug/D01"))    // mapped to 5212 itself
        #expect(keys.contains("market/M04"))       // mapped to division 52
        #expect(keys.contains("market/M03"))       // mapped to section F
        #expect(keys.contains("fire_enforcement/F01")) // mapped to every enterprise
        #expect(!keys.contains("food_drug/D03"))   // catering only (62)
        let division = Set(try InspectionCatalogue.items(f.db, industry: "52").map { "\($0.agency)/\($0.itemCode)" })
        #expect(!division.contains("food_drug/D01"))
        let size = try InspectionCatalogue.size(f.db)
        #expect(size.agencies >= 8)
    }
}
