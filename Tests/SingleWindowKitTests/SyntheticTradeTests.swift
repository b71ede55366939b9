import Foundation
import Testing
@testable import SingleWindowKit

/// The synthetic trade generator's joint inspections: one task per inspection-ordered
/// declaration revision, bookings counted against their slots, results exactly where a lane is
/// past inspection, and the officers' task list paging them in appointment order.
@Suite struct SyntheticTradeTests {
    static let start = Date(timeIntervalSince1970: 1_767_949_200) // 2026-01-09T09:00:00Z, a Friday

    /// A training database with the demo set and the sample slots, then `count` declarations.
    func generated(_ dir: TempDirectory, count: Int = 3_000) throws -> (Workspace, SyntheticTradeReport) {
        let ws = try Workspace.open(path: dir.path(), createAs: .training, clock: SettableClock(Self.start))
        let sampleData = try #require(SampleData.locateDirectory())
        _ = try SampleData.load(into: ws.db, kind: .training, from: sampleData)
        try InspectionSlotSamples.load(into: ws, from: sampleData)
        let trainer = try #require(try Operators.find(ws.db, "trainer"))
        let report = try SyntheticTrade.generate(ws, options: SyntheticTradeOptions(declarations: count, seed: 11, batchSize: 700),
                                                 by: trainer)
        return (ws, report)
    }

    func count(_ ws: Workspace, _ sql: String) throws -> Int { try ws.db.scalar(sql).int ?? -1 }

    @Test func jointInspectionsSlotsAndResultsAreConsistent() throws {
        try withTempDirectory { dir in
            let (ws, report) = try generated(dir)
            let joints = try count(ws, "SELECT count(*) FROM joint_inspection")
            #expect(joints == report.jointInspections && joints > 100)
            #expect(try count(ws, "SELECT count(*) FROM joint_inspection WHERE slot_id IS NOT NULL") == report.booked)
            #expect(report.booked > joints / 2 && report.booked < joints, "most booked, not all")
            #expect(try count(ws, "SELECT count(*) FROM joint_inspection_result") == report.results && report.results > 50)
            #expect(try count(ws, "SELECT count(*) FROM joint_inspection WHERE items LIKE '%\"customs\",\"inspection\"%'") > 0,
                    "some items asked by both agencies")

            // Every lane that has ordered an inspection: exactly one task for its declaration's
            // revision, naming that agency; and every task has such a lane.
            let orderedLanes = """
                SELECT l.agency, d.id AS declaration_id, d.revision FROM lane l JOIN declaration d ON d.id = CAST(l.case_id AS INTEGER)
                WHERE l.case_kind = 'declaration' AND json_extract(l.detail, '$.inspection_required') = '1'
                  AND (l.state = 'inspection_ordered' OR json_extract(l.detail, '$.inspected') = '1')
                """
            #expect(try count(ws, "SELECT count(*) FROM (\(orderedLanes)) o") > 100)
            #expect(try count(ws, """
                SELECT count(*) FROM (\(orderedLanes)) o WHERE (SELECT count(*) FROM joint_inspection j
                    WHERE j.declaration_id = o.declaration_id AND j.revision = o.revision) <> 1
                """) == 0)
            #expect(try count(ws, """
                SELECT count(*) FROM (\(orderedLanes)) o JOIN joint_inspection j ON j.declaration_id = o.declaration_id
                WHERE NOT EXISTS (SELECT 1 FROM json_each(j.items) i, json_each(i.value, '$.agencies') a WHERE a.value = o.agency)
                """) == 0)
            #expect(try count(ws, """
                SELECT count(*) FROM joint_inspection j WHERE NOT EXISTS (SELECT 1 FROM (\(orderedLanes)) o
                    WHERE o.declaration_id = j.declaration_id AND o.revision = j.revision)
                """) == 0)
            // Lanes waiting for their order carry no task (no lane merely "required" has one).
            #expect(try count(ws, """
                SELECT count(*) FROM joint_inspection j WHERE EXISTS (SELECT 1 FROM json_each(j.items) i,
                    json_each(i.value, '$.agencies') a WHERE NOT EXISTS (SELECT 1 FROM (\(orderedLanes)) o
                        WHERE o.declaration_id = j.declaration_id AND o.agency = a.value))
                """) == 0)

            // Slots: never over capacity, and booked is exactly the tasks pointing at the slot.
            #expect(try count(ws, "SELECT count(*) FROM inspection_slot WHERE booked > capacity") == 0)
            #expect(try count(ws, """
                SELECT count(*) FROM inspection_slot s
                WHERE s.booked <> (SELECT count(*) FROM joint_inspection j WHERE j.slot_id = s.id)
                """) == 0)
            #expect(try count(ws, "SELECT count(*) FROM joint_inspection j JOIN inspection_slot s ON s.id = j.slot_id WHERE s.place <> j.place") == 0)
            // The sort key as InspectionSlots.book and JointInspections.order write it.
            #expect(try count(ws, """
                SELECT count(*) FROM joint_inspection j LEFT JOIN inspection_slot s ON s.id = j.slot_id
                WHERE j.task_sort <> coalesce('b:' || s.day || 'T' || s.start, 'u:' || j.created_at)
                """) == 0)
            #expect(try count(ws, """
                SELECT count(*) FROM joint_inspection j WHERE j.slot_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM operator o WHERE o.id = j.booked_by AND o.role = 'broker')
                """) == 0)

            // Results: exactly one per inspected lane, by its agency, and on booked tasks only.
            let inspectedLanes = """
                SELECT l.agency, CAST(l.case_id AS INTEGER) AS declaration_id FROM lane l
                WHERE l.case_kind = 'declaration' AND json_extract(l.detail, '$.inspected') = '1'
                """
            let results = "SELECT r.agency, j.declaration_id FROM joint_inspection_result r JOIN joint_inspection j ON j.id = r.joint_id"
            #expect(try count(ws, "SELECT count(*) FROM (\(inspectedLanes) EXCEPT \(results))") == 0)
            #expect(try count(ws, "SELECT count(*) FROM (\(results) EXCEPT \(inspectedLanes))") == 0)
            #expect(try count(ws, """
                SELECT count(*) FROM joint_inspection_result r JOIN joint_inspection j ON j.id = r.joint_id
                JOIN inspection_slot s ON s.id = j.slot_id
                """) == report.results)
            // A result comes after its appointment, and no later than the clock.
            #expect(try count(ws, """
                SELECT count(*) FROM joint_inspection_result r JOIN joint_inspection j ON j.id = r.joint_id
                WHERE r.recorded_at > '\(Timestamp.string(ws.now()))' OR r.recorded_at < j.created_at
                """) == 0)
            // Items stored as JointInspections writes them: the encoder's sorted-keys JSON.
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for row in try ws.db.query("SELECT declaration_id, items FROM joint_inspection ORDER BY id LIMIT 200") {
                let joint = try #require(try JointInspections.current(ws.db, declarationID: row.int64("declaration_id") ?? 0))
                let encoded = String(decoding: try encoder.encode(joint.items), as: UTF8.self)
                #expect(!joint.items.isEmpty && row.string("items") == encoded)
            }
            #expect(try AuditLog.verify(ws.db).isIntact)
        }
    }

    /// The task list pages every generated task, forward by keyset, in appointment order: booked
    /// ones by slot day and start, then unbooked ones by creation, ties by id.
    @Test func theTaskListPagesTheGeneratedTasksInAppointmentOrder() throws {
        try withTempDirectory { dir in
            let (ws, report) = try generated(dir, count: 1_500)
            let trainer = try #require(try Operators.find(ws.db, "trainer"))
            var rows: [JointTaskRow] = []
            var position = JointTaskPosition.first
            while true {
                let page = try JointTasks.page(ws, filter: JointTaskFilter(), position: position, limit: 37, by: trainer)
                rows += page.rows
                guard page.hasNext, let last = page.lastCursor else { break }
                position = .after(last)
            }
            #expect(rows.count == report.jointInspections && rows.count > 30)
            #expect(Set(rows.map(\.jointID)).count == rows.count)
            let expected = try ws.db.query("SELECT id FROM joint_inspection ORDER BY task_sort, id").compactMap { $0.int64("id") }
            #expect(rows.map(\.jointID) == expected)
            let booked = rows.prefix { $0.appointment != nil }
            #expect(booked.count == report.booked && rows.dropFirst(booked.count).allSatisfy { $0.appointment == nil })
            let appointments = booked.compactMap { $0.appointment.map { $0.day + "T" + $0.start } }
            #expect(appointments == appointments.sorted())
            #expect(booked.allSatisfy { $0.bookedBy != nil && !$0.items.isEmpty && $0.number != nil })

            // An officer's view holds only the tasks its agency asked for, in the same order.
            let customs = try #require(try Operators.find(ws.db, "zhangmin"))
            let theirs = try JointTasks.page(ws, filter: JointTaskFilter(), limit: 1000, by: customs).rows
            #expect(theirs.map(\.jointID) == rows.filter { $0.agencies.contains(.customs) }.prefix(1000).map(\.jointID))
        }
    }
}
