import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Ctrl-O on a declaration (training): S2 on one terminal hands the case from the broker to each
/// officer and back without naming anyone — both agencies decide before the broker books, and a
/// claimed lane goes to the officer holding it.
@Suite struct DeclarationHandOverTests {
    static func text(_ shell: Shell) -> String { shell.screen().lines().joined(separator: "\n") }

    @Test func s2HandsOverWithOneKey() throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        try ReviewQueuePaneSupport.switchOffRandomFloors(fixture)
        let shell = try fixture.shell(as: "liwei", size: Size(width: 100, height: 30))
        // On the list, nobody in particular is next: Ctrl-O is F9's list.
        shell.press(.ctrl("o"))
        #expect(shell.app.actor.id == "liwei" && Self.text(shell).contains("Switch operator (training)"))
        shell.press(.escape)

        shell.press(.char("/"))
        shell.type("SH-2026-009")
        shell.press(.enter, .enter, .function(10), .char("y"))
        let number = try #require(Self.text(shell).range(of: "2244[0-9]{14}", options: .regularExpression).map { String(Self.text(shell)[$0]) })

        shell.press(.ctrl("o"))
        #expect(shell.app.actor.id == "zhangmin", "customs decides first")
        #expect(Self.text(shell).contains("\(number) · Customs · received"))
        shell.press(.char("k"), .char("i"))
        shell.type("open 2 cartons")
        shell.press(.enter)

        shell.press(.ctrl("o"))
        // The first active inspection officer (the lane is nobody's yet).
        #expect(shell.app.actor.role == .inspectionOfficer, "the other agency's undecided lane before the booking")
        let inspector = shell.app.actor.id
        shell.press(.char("k"), .char("i"))
        shell.type("take samples")
        shell.press(.enter)

        shell.press(.ctrl("o"))
        #expect(shell.app.actor.id == "liwei", "both ordered: the broker books")
        #expect(Self.text(shell).contains("── Customs: inspection ordered"))
        let decl = try #require(try fixture.workspace.db.queryOne("SELECT id FROM declaration WHERE number = ?", [number])?.int64("id"))
        let joint = try #require(try JointInspections.current(fixture.workspace.db, declarationID: decl))
        _ = try InspectionBookingTests.offer(fixture, place: joint.place)
        shell.press(.char("b"), .enter)

        shell.press(.ctrl("o"))
        #expect(shell.app.actor.id == "zhangmin", "booked: the officers' results, customs first — holding her claim")
        shell.press(.ctrl("o"))
        #expect(shell.app.actor.id == inspector, "the inspection lane's claim holder")
    }

    @Test func theDeclarantWaitsOnReturnsAndDutyOnlyOnceBothHaveDecided() {
        func lane(_ agency: Agency, _ state: ReviewState, claimedBy: String? = nil) -> Lane {
            // Lanes are read from rows; a test one is decoded from its Codable form.
            let claim = claimedBy.map { "\"\($0)\"" } ?? "null"
            let json = """
                {"id":1,"caseKind":"declaration","caseID":"1","agency":"\(agency.rawValue)","state":"\(state.rawValue)",
                 "claimedBy":\(claim),"openedAt":0,"updatedAt":0,"detail":{},"version":1}
                """
            return try! JSONDecoder().decode(Lane.self, from: Data(json.utf8))
        }
        func next(_ status: DeclarationStatus, _ declarant: String, _ lanes: [Lane], _ unbooked: Bool, _ current: Agency?) -> DeclarationNextActor? {
            DeclarationNextActor.next(status: status, declarant: declarant, lanes: lanes, inspectionUnbooked: unbooked, after: current)
        }
        #expect(next(.draft, "liwei", [], false, nil) == .declarant("liwei"))
        #expect(next(.submitted, "liwei", [lane(.customs, .returned), lane(.inspection, .received)], false, .inspection) == .declarant("liwei"))
        #expect(next(.submitted, "liwei", [lane(.customs, .dutiesDue), lane(.inspection, .received)], false, .customs)
                == .officer(.inspection, claimedBy: nil))
        #expect(next(.submitted, "liwei", [lane(.customs, .dutiesDue), lane(.inspection, .released)], false, .customs) == .declarant("liwei"))
        #expect(next(.submitted, "liwei", [lane(.customs, .inspectionOrdered, claimedBy: "zhangmin"), lane(.inspection, .inspected)], false, .inspection)
                == .officer(.customs, claimedBy: "zhangmin"))
        #expect(next(.submitted, "liwei", [lane(.customs, .released), lane(.inspection, .released)], false, nil) == nil)
    }
}
