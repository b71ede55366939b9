import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, item 2's last sentence: the duty prompt says "empty: from the rate table", and an
/// empty answer does take the duty from the rate table (it is not refused as a required field).
@Suite struct DutyPromptTests {
    @Test func anEmptyAnswerAssessesFromTheRateTable() throws {
        let fixture = try TrainingFixture()
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture, count: 8)
        let db = fixture.workspace.db
        var candidate: Declaration?
        for d in submitted where candidate == nil {
            let lane = try Lanes.lane(db, kind: .declaration, caseID: String(d.id), agency: .customs)
            let dutiable = try DutyRates.liability(db, d) == .dutiable
            if lane?.detail["inspection_required"] != "1" && dutiable { candidate = d }
        }
        let d = try #require(candidate)
        let shell = try fixture.shell(as: "zhangmin", size: Size(width: 100, height: 30))
        shell.press(.char("/"))
        shell.type(d.number ?? "")
        shell.press(.enter, .enter, .char("k"), .char("d"))
        // Said on its own line, so it is not cut at 80 or 100 columns.
        #expect(ReviewQueuePaneSupport.text(shell).contains("Empty or =: the duty from the rate table"))
        shell.press(.enter)
        let lane = try #require(try Lanes.lane(db, kind: .declaration, caseID: String(d.id), agency: .customs))
        #expect(lane.state == "duties_due" && lane.detail["duty"]?.hasPrefix("CNY ") == true, "\(lane.state) \(lane.detail)")
        #expect(ReviewQueuePaneSupport.text(shell).contains("duties due"))
    }
}
