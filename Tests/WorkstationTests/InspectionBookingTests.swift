import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The broker books the inspection appointment from the status view (查验电子预约): `b`, the
/// offered slots with room in time order, Enter books, a second Enter elsewhere moves it, and a
/// slot taken meanwhile is refused in the broker's words.
@Suite struct InspectionBookingTests {
    /// Orders an inspection on `d` (customs, else inspection): the joint inspection, or nil.
    static func orderInspection(_ fixture: TrainingFixture, _ d: Declaration) throws -> JointInspection? {
        let ws = fixture.workspace
        for officer in [try fixture.operatorNamed("zhangmin"), try fixture.operatorNamed("wangqiang")] {
            guard let lane = try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: officer.agency),
                  let claimed = try? Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: officer),
                  let outcome = try? Review.decide(ws, declarationID: d.id, expectedVersion: claimed.version,
                                                   decision: .orderInspection(InspectionInstruction("open 2 containers")), by: officer),
                  let joint = outcome.jointInspection else { continue }
            return joint
        }
        return nil
    }

    /// Submitted declarations with an inspection ordered.
    static func inspected(_ fixture: TrainingFixture, count: Int = 8) throws -> [(Declaration, JointInspection)] {
        try ReviewQueuePaneSupport.submitSome(fixture, count: count).compactMap { d in try orderInspection(fixture, d).map { (d, $0) } }
    }

    /// Opens a submitted declaration by its number and turns to its status view.
    static func openStatus(_ shell: Shell, _ d: Declaration) {
        shell.press(.char("/"))
        shell.type(d.number ?? "")
        shell.press(.enter, .enter)
    }

    static func offer(_ fixture: TrainingFixture, place: String) throws -> [InspectionSlot] {
        let officer = try fixture.operatorNamed("zhangmin")
        var slots = try InspectionSlots.offer(fixture.workspace, place: place, day: "2026-03-01", starts: ["10:00"], capacity: 2, by: officer)
        slots += try InspectionSlots.offer(fixture.workspace, place: place, day: "2026-03-03", starts: ["14:00", "09:00"], capacity: 2, by: officer)
        slots += try InspectionSlots.offer(fixture.workspace, place: place, day: "2026-03-02", starts: ["16:00"], capacity: 1, by: officer)
        // Earlier today than the pinned clock (01:38): already past, never offered to the broker.
        slots += try InspectionSlots.offer(fixture.workspace, place: place, day: "2026-03-02", starts: ["01:00"], capacity: 3, by: officer)
        return slots
    }

    @Test func bookingAndMovingItByKeys() throws {
        let fixture = try TrainingFixture()
        let (d, joint) = try #require(try Self.inspected(fixture, count: 1).first)
        let slots = try Self.offer(fixture, place: joint.place)
        let shell = try fixture.shell(as: "liwei")
        Self.openStatus(shell, d)
        var text = DeclarationTestSupport.text(shell)
        #expect(text.contains("not booked yet"))
        #expect(text.contains("b Book inspection"))

        // The picker: today's and later slots with room, in time order; yesterday's is gone.
        shell.press(.char("b"))
        text = DeclarationTestSupport.text(shell)
        #expect(text.contains("Book inspection · \(d.number ?? "")"))
        #expect(text.contains("Place: \(joint.place)"))
        let rows = ["2026-03-02  16:00", "2026-03-03  09:00", "2026-03-03  14:00"].map { text.range(of: $0)?.lowerBound }
        #expect(rows.allSatisfy { $0 != nil } && rows == rows.sorted { $0! < $1! })
        #expect(!text.contains("2026-03-01") && !text.contains("2026-03-02  01:00"))

        // Esc cancels: nothing booked.
        shell.press(.escape)
        #expect(!DeclarationTestSupport.text(shell).contains("Place: "))
        #expect(try JointInspections.find(fixture.workspace.db, declarationID: d.id, revision: d.revision)?.slotID == nil)

        // Down, Enter: 09:00 on the 3rd is booked and the status view shows it.
        shell.press(.char("b"), .down, .enter)
        let nine = try #require(slots.first { $0.day == "2026-03-03" && $0.start == "09:00" })
        #expect(try JointInspections.find(fixture.workspace.db, declarationID: d.id, revision: d.revision)?.slotID == nine.id)
        text = DeclarationTestSupport.text(shell)
        #expect(text.contains("Inspection booked: \(joint.place), 2026-03-03 09:00"))
        #expect(text.contains("Joint inspection at \(joint.place), 2026-03-03 09:00"))

        // Booking again moves it: 16:00 on the 2nd, and the 3rd's place is given back.
        shell.press(.char("b"))
        #expect(DeclarationTestSupport.text(shell).contains("Booked now: 2026-03-03 09:00"))
        shell.press(.enter)
        let four = try #require(slots.first { $0.day == "2026-03-02" && $0.start == "16:00" })
        #expect(try JointInspections.find(fixture.workspace.db, declarationID: d.id, revision: d.revision)?.slotID == four.id)
        #expect(try InspectionSlots.slot(fixture.workspace.db, id: nine.id)?.booked == 0)
        #expect(DeclarationTestSupport.text(shell).contains("Joint inspection at \(joint.place), 2026-03-02 16:00"))
        // The officer's review screen names the booked time even though that slot is now full.
        let review = try ReviewCases.show(fixture.workspace, declarationID: d.id, by: try fixture.operatorNamed("zhangmin"))
        #expect(review.bookedSlot == (try InspectionSlots.slot(fixture.workspace.db, id: four.id)))
        #expect(review.bookedSlot?.isFull == true && !review.offeredSlots.contains { $0.id == four.id })
    }

    /// Two bookings race for the last place: the broker whose Enter comes second is told, the
    /// picker stays open with the slot gone, and nothing of theirs changed.
    @Test func aSlotTakenMeanwhileIsRefused() throws {
        let fixture = try TrainingFixture()
        let all = try Self.inspected(fixture)
        let byPlace = Dictionary(grouping: all, by: { $0.1.place })
        let pair = try #require(byPlace.values.first { $0.count >= 2 })
        let (mine, theirs) = (pair[0], pair[1])
        let slots = try Self.offer(fixture, place: mine.1.place)
        let last = try #require(slots.first { $0.capacity == 1 })
        let shell = try fixture.shell(as: "liwei", language: .zh)
        Self.openStatus(shell, mine.0)
        shell.press(.char("b"))
        // Another terminal books the other declaration into the one place of 16:00.
        _ = try InspectionSlots.book(fixture.workspace, declarationID: theirs.0.id, slotID: last.id, by: try fixture.operatorNamed("liwei"))
        shell.press(.enter)
        let text = DeclarationTestSupport.text(shell)
        #expect(text.contains("该时段刚已约满，请另选时段"))
        #expect(text.contains("查验预约 · "))  // still choosing
        #expect(!text.contains("2026-03-02  16:00"))
        #expect(try JointInspections.find(fixture.workspace.db, declarationID: mine.0.id, revision: mine.0.revision)?.slotID == nil)
        #expect(try InspectionSlots.slot(fixture.workspace.db, id: last.id)?.booked == 1)
    }

    /// The key is offered only when booking makes sense; nothing offered is said plainly; and the
    /// domain's refusals are worded for the user.
    @Test func keyOnlyWhenItMakesSenseAndRefusalsInTheUsersLanguage() throws {
        let fixture = try TrainingFixture()
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture, count: 2)
        let (d, plain) = (submitted[0], submitted[1])
        let joint = try #require(try Self.orderInspection(fixture, d))
        let shell = try fixture.shell(as: "liwei")
        Self.openStatus(shell, d)
        shell.press(.char("b"))
        var text = DeclarationTestSupport.text(shell)
        #expect(text.contains("No appointment times are offered at this place yet."))
        #expect(text.contains("The officers offer the times"))
        shell.press(.enter) // nothing to choose: stays open
        #expect(DeclarationTestSupport.text(shell).contains("No appointment times"))
        shell.press(.escape)
        // On the header page there is no booking key.
        shell.press(.pageDown)
        #expect(!DeclarationTestSupport.text(shell).contains("Book inspection"))

        // A declaration without an inspection order offers no key.
        let other = try fixture.shell(as: "liwei")
        Self.openStatus(other, plain)
        text = DeclarationTestSupport.text(other)
        #expect(text.contains(plain.number ?? "-") && !text.contains("Book inspection"))

        let slot = try #require(try InspectionSlots.offer(fixture.workspace, place: joint.place, day: "2026-03-04", starts: ["10:00"],
                                                          capacity: 1, by: try fixture.operatorNamed("zhangmin")).first)
        let trader = try fixture.operatorNamed("liuhai")
        for (language, notBroker, noInspection) in [(Language.en, "Only the declaration's broker books the inspection",
                                                     "No inspection is ordered for this revision: nothing to book"),
                                                    (.zh, "只有报关代理可以预约查验", "本版报关单未布控查验，无需预约")] {
            let app = try fixture.app(as: "liwei", language: language)
            let refusedRole = #expect(throws: DomainError.self) {
                try InspectionSlots.book(fixture.workspace, declarationID: d.id, slotID: slot.id, by: trader)
            }
            #expect(DeclarationsPane.bookingRefusal(try #require(refusedRole), app) == notBroker)
            let refusedNone = #expect(throws: LaneError.self) {
                try InspectionSlots.book(fixture.workspace, declarationID: plain.id, slotID: slot.id,
                                         by: try fixture.operatorNamed("liwei"))
            }
            #expect(DeclarationsPane.bookingRefusal(try #require(refusedNone), app) == noInspection)
        }
    }

    @Test(arguments: [Language.en, .zh])
    func pickerSnapshot(language: Language) throws {
        let fixture = try TrainingFixture()
        let (d, joint) = try #require(try Self.inspected(fixture, count: 1).first)
        _ = try Self.offer(fixture, place: joint.place)
        let shell = try fixture.shell(as: "liwei", language: language)
        Self.openStatus(shell, d)
        shell.press(.char("b"), .down)
        Snapshot.assert(shell.screen(), named: "declarations-book-\(language.rawValue)-80x24")
    }
}
