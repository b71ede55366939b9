import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, item 1: screens tell the truth after an operator switch (F9) and after another
/// terminal's write. Scenario S2 on one terminal: the case stays open across every switch, each
/// officer sees their own agency's lane, and the broker's status page is read afresh each time.
@Suite struct OperatorSwitchFollowTests {
    static func switchTo(_ shell: Shell, _ id: String) {
        shell.press(.function(9))
        shell.type(id)
        shell.press(.enter)
    }

    static func text(_ shell: Shell) -> String { shell.screen().lines().joined(separator: "\n") }
    static func keyBar(_ shell: Shell) -> String { shell.screen().lines().last ?? "" }

    @Test func s2OnOneTerminalKeepsTheCaseOpenAndFresh() throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        try ReviewQueuePaneSupport.switchOffRandomFloors(fixture)
        let shell = try fixture.shell(as: "liwei", size: Size(width: 100, height: 30))

        // 李伟 submits the shrimp draft: its status page shows both lanes received.
        shell.press(.char("/"))
        shell.type("SH-2026-009")
        shell.press(.enter, .enter, .function(10), .char("y"))
        var text = Self.text(shell)
        #expect(text.contains("── Customs: received"), "\(text)")
        let number = try #require(text.range(of: "2244[0-9]{14}", options: .regularExpression).map { String(text[$0]) })

        // F9 张敏: the same declaration, on customs' review screen; she claims and orders.
        Self.switchTo(shell, "zhangmin")
        text = Self.text(shell)
        #expect(text.contains("\(number) · Customs · received"), "customs' lane kept open:\n\(text)")
        shell.press(.char("k"), .char("i"))
        shell.type("open 2 cartons; check labels")
        shell.press(.enter)
        #expect(Self.text(shell).contains("\(number): inspection ordered"))

        // F9 王强: his own agency's lane of the same declaration.
        Self.switchTo(shell, "wangqiang")
        text = Self.text(shell)
        #expect(text.contains("\(number) · Inspection & quarantine"), "inspection's lane kept open:\n\(text)")
        shell.press(.char("k"), .char("i"))
        shell.type("take samples for the lab")
        shell.press(.enter)
        #expect(Self.text(shell).contains("\(number): inspection ordered"))

        // F9 李伟: the status page read afresh — both lanes ordered, `b Book inspection` offered.
        Self.switchTo(shell, "liwei")
        text = Self.text(shell)
        #expect(!text.contains("Customs: received"), "stale status page:\n\(text)")
        #expect(text.contains("── Customs: inspection ordered"), "\(text)")
        #expect(Self.keyBar(shell).contains("b Book inspection"), "\(Self.keyBar(shell))")

        // He books; F9 张敏 sees customs' lane (not inspection's with "k Claim").
        let decl = try #require(try fixture.workspace.db.queryOne("SELECT id FROM declaration WHERE number = ?", [number])?.int64("id"))
        let joint = try #require(try JointInspections.current(fixture.workspace.db, declarationID: decl))
        _ = try InspectionBookingTests.offer(fixture, place: joint.place)
        shell.press(.char("b"), .enter)
        #expect(Self.text(shell).contains("Joint inspection at"))
        Self.switchTo(shell, "zhangmin")
        text = Self.text(shell)
        #expect(text.contains("\(number) · Customs · inspection ordered"), "\(text)")
        #expect(!Self.keyBar(shell).contains("k Claim"), "\(Self.keyBar(shell))")
        // Back to the queue and F9 王强 there, then F9 张敏 again: never the other agency's lane.
        Self.switchTo(shell, "liwei")
        Self.switchTo(shell, "wangqiang")
        #expect(Self.text(shell).contains("\(number) · Inspection & quarantine"))
        shell.press(.escape)
        Self.switchTo(shell, "liwei")
        shell.press(.escape)
        Self.switchTo(shell, "zhangmin")
        #expect(!Self.text(shell).contains("· Inspection & quarantine ·"), "another agency's lane left open:\n\(Self.text(shell))")

        // The rest of S2 on the domain's API, as the officers' terminals would do it.
        fixture.clock.advance(by: 3 * 86_400)
        let ws = fixture.workspace
        let customs = try fixture.operatorNamed("zhangmin"), inspection = try fixture.operatorNamed("wangqiang")
        func lane(_ agency: Agency) throws -> Lane { try #require(try Lanes.lane(ws.db, kind: .declaration, caseID: String(decl), agency: agency)) }
        _ = try Review.decide(ws, declarationID: decl, expectedVersion: try lane(.inspection).version, decision: .recordResult("conforming"), by: inspection)
        _ = try Review.decide(ws, declarationID: decl, expectedVersion: try lane(.inspection).version, decision: .release, by: inspection)
        _ = try Review.decide(ws, declarationID: decl, expectedVersion: try lane(.customs).version, decision: .recordResult("conforming"), by: customs)
        _ = try Review.decide(ws, declarationID: decl, expectedVersion: try lane(.customs).version,
                              decision: .assessDuty(amount: nil, currency: nil), by: customs)
        _ = try Review.pay(ws, declarationID: decl, by: try fixture.operatorNamed("liwei"))
        _ = try Review.decide(ws, declarationID: decl, expectedVersion: try lane(.customs).version, decision: .release, by: customs)

        // The broker's page follows: by F9, and (another terminal's write) by the watcher's signal.
        Self.switchTo(shell, "liwei")
        shell.press(.char("/"))
        shell.type(number)
        shell.press(.enter, .enter)
        text = Self.text(shell)
        #expect(text.contains("RELEASED") && text.contains("── Customs: released") && !text.contains("── Customs: inspection ordered"), "\(text)")
    }

    /// Another terminal writes while the broker's status page is open: the watcher's signal
    /// re-reads it, and a tab coming back to the front re-reads what it shows.
    @Test func statusPageFollowsOtherTerminalsAndTabReturns() throws {
        let fixture = try TrainingFixture()
        let d = try #require(try ReviewQueuePaneSupport.submitSome(fixture, count: 1).first)
        let shell = try fixture.shell(as: "liwei", size: Size(width: 100, height: 30))
        InspectionBookingTests.openStatus(shell, d)
        #expect(Self.text(shell).contains("── Customs: received"))
        let customs = try fixture.operatorNamed("zhangmin")
        let lane = try #require(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(d.id), agency: .customs))
        _ = try Review.claim(fixture.workspace, declarationID: d.id, expectedVersion: lane.version, by: customs)
        shell.externalChange()
        #expect(Self.text(shell).contains("── Customs: under review"), "\(Self.text(shell))")

        // Away on the vessels tab while customs decides: back on F5 the page is current.
        shell.press(.function(6))
        let claimed = try #require(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(d.id), agency: .customs))
        _ = try Review.decide(fixture.workspace, declarationID: d.id, expectedVersion: claimed.version,
                              decision: .returnForCorrection(reason: "gross weight"), by: customs)
        shell.press(.function(5))
        #expect(Self.text(shell).contains("── Customs: returned"), "\(Self.text(shell))")
    }

    /// S3 on one terminal: the call the agent has open stays open for the officer after F9, and
    /// is not shown to an agent of another agency.
    @Test func aVesselCallStaysOpenAcrossTheSwitch() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "chenjing", size: Size(width: 100, height: 30))
        shell.press(.function(6))
        let pane = shell.panes[.vessels] as! VesselsPane
        shell.press(.enter)
        let call = try #require(pane.screen?.call)
        Self.switchTo(shell, "liuyang")
        #expect(pane.screen?.call.id == call.id, "the border officer sees the same call")
        let others = try Operators.list(fixture.workspace.db, limit: 500)
            .filter { $0.role == .shippingAgent && $0.active && ($0.enterpriseID ?? "") != call.agentEnterpriseID }
        if let other = others.first {
            Self.switchTo(shell, other.id)
            #expect(pane.screen == nil, "another agency's agent lands on the list")
        }
    }
}
