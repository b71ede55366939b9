import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Returned for correction, the broker amends and resubmits (issue 4's lane loop): on the status
/// page `m` names the officer's reason, reopens the declaration as the draft of its next revision
/// (same number), and F10 sends it again; the returning lane starts again from "received".
@Suite struct AmendReturnedTests {
    @Test func theBrokerAmendsAReturnedDeclarationAndResubmits() throws {
        let fixture = try TrainingFixture()
        let d = try #require(try ReviewQueuePaneSupport.submitSome(fixture, count: 1).first)
        let ws = fixture.workspace
        let customs = try fixture.operatorNamed("zhangmin")
        let lane = try #require(try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .customs))
        let claimed = try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: customs)
        _ = try Review.decide(ws, declarationID: d.id, expectedVersion: claimed.version,
                              decision: .returnForCorrection(reason: "invoice value missing on line 2"), by: customs)

        let shell = try fixture.shell(as: "liwei")
        shell.press(.char("/"))
        shell.type(d.number ?? "")
        shell.press(.enter, .enter)
        var text = ReviewQueuePaneSupport.text(shell)
        #expect(text.contains("m Amend"), "\(text)")
        shell.press(.char("m"))
        text = ReviewQueuePaneSupport.text(shell)
        #expect(text.contains("returned for correction:") && text.contains("  invoice value missing on line 2"), "\(text)")
        #expect(text.contains("Reopen it as revision 2"))
        shell.press(.char("y"))
        text = ReviewQueuePaneSupport.text(shell)
        #expect(text.contains("\(d.number ?? "") is revision 2, a draft"), "\(text)")
        let draft = try Declarations.load(ws, id: d.id, by: try fixture.operatorNamed("liwei"))
        #expect(draft.status == .draft && draft.revision == 2 && draft.number == d.number)

        // Submitted again: the same number, the customs lane back at "received".
        shell.press(.function(10))
        shell.press(.char("y"))
        let again = try Declarations.load(ws, id: d.id, by: try fixture.operatorNamed("liwei"))
        #expect(again.status == .submitted && again.revision == 2 && again.number == d.number)
        let reopened = try #require(try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .customs))
        #expect(reopened.state == ReviewState.received.rawValue || reopened.state == ReviewState.dutiesDue.rawValue
                || reopened.state == ReviewState.released.rawValue, "routed again on receipt: \(reopened.state)")
        #expect(!ReviewQueuePaneSupport.text(shell).contains("m Amend"))
    }

    @Test func onlyAReturnedDeclarationOffersAmend() throws {
        let fixture = try TrainingFixture()
        let d = try #require(try ReviewQueuePaneSupport.submitSome(fixture, count: 1).first)
        let shell = try fixture.shell(as: "liwei")
        shell.press(.char("/"))
        shell.type(d.number ?? "")
        shell.press(.enter, .enter)
        #expect(!ReviewQueuePaneSupport.text(shell).contains("m Amend"))
        shell.press(.char("m"))
        #expect(!ReviewQueuePaneSupport.text(shell).contains("Amend and resubmit"))
    }
}
