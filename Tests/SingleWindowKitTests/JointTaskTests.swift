import Foundation
import Testing
@testable import SingleWindowKit

/// The officers' joint-inspection task list: appointment order, keyset pages both ways, the
/// agency and "result due" filters, and who may look.
@Suite struct JointTaskTests {
    let clock = SettableClock(DeclarationFixtures.t0)
    let ws: Workspace
    let customs = ReviewFixtures.customs
    let inspection = ReviewFixtures.inspection
    let broker = ReviewFixtures.broker
    let place = "洋山港区冷库"

    init() throws { ws = try ReviewFixtures.workspace(clock: clock) }

    /// Submits a shrimp declaration a minute after the last and has `agencies` order an inspection.
    func task(_ ref: String, _ agencies: [Agency] = [.customs]) throws -> Declaration {
        clock.advance(by: 60)
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp(reference: ref))
        for agency in agencies {
            let officer = agency == .customs ? customs : inspection
            let lane = try Review.claim(ws, declarationID: d.id, expectedVersion: try ReviewFixtures.lane(ws, d.id, agency).version,
                                        by: officer)
            try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version,
                              decision: .orderInspection(InspectionInstruction("open \(ref)")), by: officer)
        }
        return d
    }

    func slot(_ day: String, _ start: String, capacity: Int = 4) throws -> InspectionSlot {
        try #require(try InspectionSlots.offer(ws, place: place, day: day, starts: [start], capacity: capacity, by: customs).first)
    }

    func ids(_ filter: JointTaskFilter = JointTaskFilter(), _ position: JointTaskPosition = .first, limit: Int = 50,
             by actor: Operator? = nil) throws -> [Int64] {
        try JointTasks.page(ws, filter: filter, position: position, limit: limit, by: actor ?? customs).rows.map(\.declarationID)
    }

    /// Booked tasks by slot day and start, two in one slot by task id, then the unbooked ones by
    /// creation; booking and giving the place back move a task between the two parts.
    @Test func bookedByAppointmentThenUnbookedByCreation() throws {
        let a = try task("PO-A"), b = try task("PO-B"), c = try task("PO-C"), d = try task("PO-D"), e = try task("PO-E")
        let late = try slot("2026-01-06", "14:00"), early = try slot("2026-01-05", "15:30"), morning = try slot("2026-01-06", "09:00")
        try InspectionSlots.book(ws, declarationID: d.id, slotID: late.id, by: broker)
        try InspectionSlots.book(ws, declarationID: c.id, slotID: morning.id, by: broker)
        try InspectionSlots.book(ws, declarationID: b.id, slotID: morning.id, by: broker)
        try InspectionSlots.book(ws, declarationID: e.id, slotID: early.id, by: broker)
        // b and c share 09:00: by task id, so b (created first) leads although c booked first.
        #expect(try ids() == [e.id, b.id, c.id, d.id, a.id])
        let rows = try JointTasks.page(ws, filter: JointTaskFilter(), by: customs).rows
        #expect(rows[0].appointment == Appointment(day: "2026-01-05", start: "15:30") && rows[0].bookedBy == "liwei")
        #expect(rows[4].appointment == nil && rows[4].bookedBy == nil && rows[4].place == place)
        #expect(rows[0].number == e.number && rows[0].billNo == e.billNo && rows[0].traderName == e["traderName"])
        #expect(rows[0].agencies == [.customs] && rows[0].items.map(\.text) == ["open PO-E"] && !rows[0].isReleased)

        #expect(try ids(JointTaskFilter(booking: .booked)) == [e.id, b.id, c.id, d.id])
        #expect(try ids(JointTaskFilter(booking: .unbooked)) == [a.id])
        #expect(try ids(JointTaskFilter(day: "2026-01-06")) == [b.id, c.id, d.id])
        #expect(try JointTasks.count(ws, filter: JointTaskFilter(), by: customs) == 5)
        #expect(try JointTasks.count(ws, filter: JointTaskFilter(), cap: 3, by: customs) == 3)

        // Withdrawn: the place is given back and the task leaves the list.
        try Review.withdraw(ws, declarationID: e.id, reason: "sold elsewhere", by: broker)
        #expect(try ids() == [b.id, c.id, d.id, a.id])
        #expect(try InspectionSlots.slot(ws.db, id: early.id)?.booked == 0)
    }

    /// Released back to unbooked (withdrawal's `release`), the task sorts by its creation again.
    @Test func releaseMovesTheTaskBackAmongTheUnbooked() throws {
        let a = try task("PO-A"), b = try task("PO-B")
        let s = try slot("2026-01-05", "09:00")
        try InspectionSlots.book(ws, declarationID: b.id, slotID: s.id, by: broker)
        #expect(try ids() == [b.id, a.id])
        let joint = try #require(try JointInspections.current(ws.db, declarationID: b.id))
        try ws.db.write { try InspectionSlots.release(ws.db, joint) }
        #expect(try ids() == [a.id, b.id])
    }

    /// Pages of 3 over 8 tasks: forward and back return the same pages, nothing lost or repeated
    /// at an edge, including the tie inside one slot.
    @Test func keysetPagesRoundTrip() throws {
        var all: [Declaration] = []
        for i in 0..<8 { all.append(try task("PO-\(i)")) }
        let s = try slot("2026-01-05", "09:00"), t = try slot("2026-01-05", "10:30")
        // Four in one slot: the first page edge falls inside that tie.
        for d in all.prefix(4) { try InspectionSlots.book(ws, declarationID: d.id, slotID: s.id, by: broker) }
        try InspectionSlots.book(ws, declarationID: all[5].id, slotID: t.id, by: broker)
        let expected = all.prefix(4).map(\.id) + [all[5].id] + [4, 6, 7].map { all[$0].id }
        #expect(try ids() == expected)

        var pages: [JointTaskPage] = []
        var page = try JointTasks.page(ws, filter: JointTaskFilter(), position: .first, limit: 3, by: customs)
        pages.append(page)
        while page.hasNext, let c = page.lastCursor {
            page = try JointTasks.page(ws, filter: JointTaskFilter(), position: .after(c), limit: 3, by: customs)
            pages.append(page)
        }
        #expect(pages.flatMap { $0.rows.map(\.declarationID) } == expected)
        #expect(pages.map(\.rows.count) == [3, 3, 2] && !pages[0].hasPrevious && pages[1].hasPrevious && !pages[2].hasNext)
        // Back from the last page by its first cursor gives the middle page again.
        let back = try JointTasks.page(ws, filter: JointTaskFilter(), position: .before(try #require(pages[2].firstCursor)),
                                       limit: 3, by: customs)
        #expect(back.rows == pages[1].rows && back.hasPrevious && back.hasNext)
        let last = try JointTasks.page(ws, filter: JointTaskFilter(), position: .last, limit: 3, by: customs)
        #expect(last.rows.map(\.declarationID) == Array(expected.suffix(3)) && last.hasPrevious && !last.hasNext)
        // Cursors survive their printed form.
        let c = try #require(pages[0].lastCursor)
        #expect(JointTaskCursor(text: c.text) == c && c.text.hasPrefix("b:2026-01-05T09:00,"))
        #expect(JointTaskCursor(text: "2026-01-05,3") == nil && JointTaskCursor(text: "b:x") == nil)
    }

    /// Each officer sees the tasks with the own agency's items; "due" drops those the agency has
    /// recorded a result on.
    @Test func agencyAndDueFilters() throws {
        let both = try task("PO-BOTH", [.customs, .inspection])
        let onlyCustoms = try task("PO-C", [.customs])
        let onlyInspection = try task("PO-I", [.inspection])
        #expect(try ids(by: customs) == [both.id, onlyCustoms.id])
        #expect(try ids(by: inspection) == [both.id, onlyInspection.id])
        #expect(try ids(JointTaskFilter(agency: .inspection), by: ReviewFixtures.trainer) == [both.id, onlyInspection.id])
        #expect(try ids(by: ReviewFixtures.trainer) == [both.id, onlyCustoms.id, onlyInspection.id])

        let s = try slot("2026-01-05", "09:00")
        try InspectionSlots.book(ws, declarationID: both.id, slotID: s.id, by: broker)
        let lane = try ReviewFixtures.lane(ws, both.id, .customs)
        clock.set(Timestamp.date("2026-01-05T01:00:00.000Z")!) // the appointment, 09:00 in China: results from then on
        try Review.decide(ws, declarationID: both.id, expectedVersion: lane.version, decision: .recordResult("labels fine"), by: customs)
        #expect(try ids(JointTaskFilter(due: true), by: customs) == [onlyCustoms.id])
        #expect(try ids(JointTaskFilter(due: true), by: inspection) == [both.id, onlyInspection.id])
        #expect(try ids(JointTaskFilter(due: true), by: ReviewFixtures.trainer) == [both.id, onlyCustoms.id, onlyInspection.id])
        let row = try #require(try JointTasks.page(ws, filter: JointTaskFilter(), by: inspection).rows.first)
        #expect(row.results == [.customs: "labels fine"] && row.isDue(.inspection) && !row.isDue(.customs))
    }

    @Test func onlyOfficersAndTheTrainerMayLook() throws {
        _ = try task("PO-A")
        #expect(throws: DomainError.notAuthorized(operatorID: "liwei", action: "inspection.tasks")) {
            try JointTasks.page(ws, filter: JointTaskFilter(), by: broker)
        }
        #expect(throws: DomainError.self) { try JointTasks.count(ws, filter: JointTaskFilter(), by: ReviewFixtures.border) }
        #expect(throws: ReviewError.wrongAgency(operatorID: "zhangmin", agency: .inspection)) {
            try JointTasks.page(ws, filter: JointTaskFilter(agency: .inspection), by: customs)
        }
    }

    /// Filtered as an officer filters, the first page is still a walk of the index in list order,
    /// not a sort of every task.
    @Test func theListWalksItsIndex() throws {
        let plan = try JointTasks.plan(ws.db, filter: JointTaskFilter(agency: .customs, booking: .booked))
        #expect(plan.contains { $0.contains("joint_inspection_task") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        // "My result due" walks the agency's partial index: only the tasks still waiting on it.
        for (agency, index) in [(Agency.customs, "joint_inspection_due_customs"), (.inspection, "joint_inspection_due_inspection")] {
            let due = try JointTasks.plan(ws.db, filter: JointTaskFilter(agency: agency, booking: .booked, due: true))
            #expect(due.contains { $0.contains(index) } && !due.contains { $0.contains("TEMP B-TREE") }, "\(due)")
        }
    }

    /// The due flags follow the items (an agency joining the task) and the results (recorded,
    /// corrected, removed), whoever writes them.
    @Test func dueFlagsFollowItemsAndResults() throws {
        let t = try task("PO-FLAGS", [.customs])
        func flags() throws -> [Int] {
            let row = try #require(try ws.db.queryOne("SELECT customs_due, inspection_due FROM joint_inspection WHERE declaration_id = ?", [t.id]))
            return [row.int("customs_due") ?? -1, row.int("inspection_due") ?? -1]
        }
        #expect(try flags() == [1, 0])
        try ws.db.write {
            try ws.db.run("""
                UPDATE joint_inspection SET items = '[{"agencies":["customs","inspection"],"text":"check labels"}]'
                WHERE declaration_id = ?
                """, [t.id])
        }
        #expect(try flags() == [1, 1])
        let joint = try #require(try ws.db.scalar("SELECT id FROM joint_inspection WHERE declaration_id = ?", [t.id]).int64)
        try ws.db.write {
            try ws.db.run("INSERT INTO joint_inspection_result(joint_id, agency, result, recorded_by, recorded_at) VALUES (?, 'customs', 'ok', 'zhangmin', '2026-01-05T02:00:00.000Z')", [joint])
        }
        #expect(try flags() == [0, 1])
        try ws.db.write { try ws.db.run("DELETE FROM joint_inspection_result WHERE joint_id = ?", [joint]) }
        #expect(try flags() == [1, 1])
    }

    /// The migration fills the sort key of tasks that existed before it.
    @Test func migrationBackfillsTheSortKey() throws {
        let a = try task("PO-A"), b = try task("PO-B")
        let s = try slot("2026-01-05", "09:00")
        try InspectionSlots.book(ws, declarationID: b.id, slotID: s.id, by: broker)
        try ws.db.write {
            try ws.db.run("UPDATE joint_inspection SET task_sort = ''")
            // The due indexes (migration 7) are on the column too: dropped with it, then made again.
            try ws.db.execute("""
                DROP INDEX joint_inspection_task; DROP INDEX joint_inspection_due_customs; DROP INDEX joint_inspection_due_inspection;
                ALTER TABLE joint_inspection DROP COLUMN task_sort
                """)
            try ws.db.execute(ReviewTaskSchema.migration.sql)
            try ws.db.execute("""
                CREATE INDEX joint_inspection_due_customs ON joint_inspection(task_sort, id) WHERE customs_due = 1;
                CREATE INDEX joint_inspection_due_inspection ON joint_inspection(task_sort, id) WHERE inspection_due = 1;
                """)
        }
        let keys = try ws.db.query("SELECT task_sort FROM joint_inspection ORDER BY id").compactMap { $0.string("task_sort") }
        #expect(keys.count == 2 && keys[0].hasPrefix("u:2026-01-01T02:") && keys[1] == "b:2026-01-05T09:00")
        #expect(try ids() == [b.id, a.id])
    }
}

/// A new training database offers slots at the sample declarations' places, so a demo can book.
@Suite struct InspectionSlotSampleTests {
    /// Friday 2026-01-02 10:00 in Shanghai: the next working days skip the weekend.
    @Test func slotsOnTheNextWorkingDaysAtTheSamplePlaces() throws {
        let db = try Fixture.loaded()
        let clock = SettableClock(Timestamp.date("2026-01-02T02:00:00.000Z")!)
        let ws = Workspace(db: db, kind: .training, clock: clock)
        let offered = try InspectionSlotSamples.load(into: ws, from: Fixture.sampleData)
        #expect(Set(offered.map(\.place)) == ["洋山深水港区四期堆场", "外高桥港区五期堆场", "洋山港区冷库"])
        #expect(Set(offered.map(\.day)) == ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"])
        #expect(Set(offered.map(\.start)) == ["09:00", "10:30", "14:00", "15:30"] && offered.allSatisfy { $0.capacity == 4 })
        #expect(offered.count == 3 * 5 * 4)
        // Loading again offers the same slots, nothing new.
        try InspectionSlotSamples.load(into: ws, from: Fixture.sampleData)
        #expect(try db.scalar("SELECT count(*) FROM inspection_slot").int == 60)
        #expect(try InspectionSlots.available(db, place: "洋山深水港区四期堆场").first?.day == "2026-01-05")
    }

    /// A Sunday night in UTC is already Monday in Shanghai: Monday is today, not a next day.
    @Test func workingDaysAreCountedInChinaTime() {
        let sundayNightUTC = Timestamp.date("2026-01-04T17:00:00.000Z")! // Monday 01:00 in Shanghai
        #expect(InspectionSlotSamples.workingDays(after: sundayNightUTC, count: 2) == ["2026-01-06", "2026-01-07"])
    }
}

/// Slots are offered in the one spelling the task list sorts by.
@Suite struct InspectionSlotOfferTests {
    @Test func dayAndStartMustBeWellFormed() throws {
        let ws = try ReviewFixtures.workspace()
        let customs = ReviewFixtures.customs
        #expect(throws: DomainError.invalid([Problem("day", "problem.notDate", ["2026-1-5"])])) {
            try InspectionSlots.offer(ws, place: "P", day: "2026-1-5", starts: ["09:00"], capacity: 1, by: customs)
        }
        #expect(throws: DomainError.invalid([Problem("day", "problem.notDate", ["2026-02-30"])])) {
            try InspectionSlots.offer(ws, place: "P", day: "2026-02-30", starts: ["09:00"], capacity: 1, by: customs)
        }
        #expect(throws: DomainError.invalid([Problem("start", "problem.badFormat", ["9:00"])])) {
            try InspectionSlots.offer(ws, place: "P", day: "2026-01-05", starts: ["10:30", "9:00"], capacity: 1, by: customs)
        }
        #expect(!InspectionSlots.isStart("24:00") && !InspectionSlots.isStart("12:60") && InspectionSlots.isStart("23:59"))
        #expect(try InspectionSlots.offer(ws, place: "P", day: "2026-01-05", starts: ["09:00"], capacity: 1, by: customs).count == 1)
        #expect(try ws.db.scalar("SELECT count(*) FROM inspection_slot").int == 1)
    }
}
