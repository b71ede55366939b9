import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The broker's status view shows each decision as it happens: each lane's state, duties, the joint inspection with its appointment, and the one release.
@Suite struct BrokerStatusViewTests {
    @Test func decisionsReachTheBrokersStatusPage() throws {
        let fixture = try TrainingFixture()
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture, count: 1)
        let d = try #require(submitted.first)
        let ws = fixture.workspace
        let customs = try fixture.operatorNamed("zhangmin")
        let broker = try fixture.operatorNamed("liwei")

        func statusText() throws -> String {
            let detail = try DeclarationQueries.show(ws, id: d.id, by: broker)
            let editor = DeclarationEditor(detail.declaration, editable: false, language: .en, detail: detail)
            return DeclarationStatusView.lines(editor, app: try fixture.app(as: "liwei")).map(\.text).joined(separator: "\n")
        }

        let before = try statusText()
        let lane = try #require(try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .customs))
        let outcome = try #require(lane.detail["channel"])
        // The channel is the officers' (issue 9, item 6): the broker sees the lane's state only.
        #expect(!before.contains("risk:") && !before.contains(ReviewText.channel(outcome, Strings(.en))))
        #expect(!before.contains("RELEASED"))

        let claimed = try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: customs)
        _ = try Review.decide(ws, declarationID: d.id, expectedVersion: claimed.version,
                              decision: .orderInspection(InspectionInstruction("open 2 containers")), by: customs)
        let after = try statusText()
        #expect(after.contains("Joint inspection at"))
        #expect(after.contains("open 2 containers"))
        #expect(after.contains("not booked yet"))
    }
}
