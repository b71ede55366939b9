import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

@Suite struct VesselPaneTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test(arguments: [Language.en, .zh], sizes)
    func callsListSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "zhangmin", language: language, size: size)
        shell.press(.function(6))
        Snapshot.assert(shell.screen(), named: "vessels-list-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    /// The container ship after customs released and border control asked about a passport.
    @Test(arguments: [Language.en, .zh], sizes)
    func callScreenWithLaneBoardSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        try fixture.release("CNSHA2026A00001", by: ["zhangmin"], hours: 1.5)
        fixture.clock.advance(by: 1800)
        try VesselClearance.apply(.query, fixture.workspace, callID: "CNSHA2026A00001", agency: .border, laneVersion: nil,
                                       text: "Crew 4: passport expiry?", by: try fixture.operatorNamed("liuyang"))
        let shell = try fixture.shell(as: "chenjing", language: language, size: size)
        shell.press(.function(6), .enter)
        Snapshot.assert(shell.screen(), named: "vessels-call-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Language.en, .zh])
    func departureGateSnapshot(language: Language) throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        try fixture.release("CNSHA2026A00001", by: ["zhangmin", "wangqiang", "liuyang", "zhoujun"])
        let agent = try fixture.operatorNamed("chenjing")
        let draft = try #require(try VesselCalls.call(fixture.workspace.db, id: "CNSHA2026D00001"))
        try VesselCalls.submit(fixture.workspace, callID: draft.id, expectedVersion: draft.version, by: agent)
        try fixture.release("CNSHA2026D00001", by: ["liuyang"])
        let shell = try fixture.shell(as: "zhoujun", language: language)
        shell.press(.function(6), .char("/"))
        shell.type("D0000")
        shell.press(.enter, .enter)
        Snapshot.assert(shell.screen(), named: "vessels-departure-\(language.rawValue)-80x24")
    }

    @Test func agentCreatesImportsAndSubmits() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "chenjing")
        shell.press(.function(6), .char("i"))
        #expect(shell.text.contains("New call from a JSON file"))
        shell.type(try fixture.arrivalFile().path)
        shell.press(.enter)
        #expect(shell.text.contains("Created CNSHA2026A00004"))
        #expect(shell.text.contains("CNSHA2026A00004 · ZHONG HAI XIANG YUN · IMO 9483126 · arrival 083E · draft"))
        #expect(shell.text.contains("Not submitted yet"))

        // Submitting without a crew list: every problem listed, nothing sent.
        shell.press(.char("s"), .char("y"))
        #expect(shell.text.contains("crew"))
        #expect(try VesselCalls.call(fixture.workspace.db, id: "CNSHA2026A00004")?.state == .draft)

        // A broken crew list: each problem as file:line:column: field: reason, nothing imported.
        shell.press(.char("c"), .ctrl("u"))
        shell.type(try fixture.brokenCrewFile().path)
        shell.press(.enter)
        let refused = shell.text
        #expect(refused.contains("crew-broken.csv: 2 problems, nothing imported"))
        #expect(refused.contains("crew-broken.csv:3:4: Nationality:"))
        #expect(refused.contains("crew-broken.csv:4:5: Date of birth:"))
        #expect(try VesselCalls.call(fixture.workspace.db, id: "CNSHA2026A00004")?.declaration.crew.isEmpty == true)
        shell.press(.escape)

        shell.press(.char("c"), .ctrl("u"))
        shell.type(TrainingFixture.crewFile.path)
        shell.press(.enter)
        #expect(shell.text.contains("Imported 20 crew from crew-zhonghai-xiangyun.csv"))
        #expect(shell.text.contains("WANG         Haitao"))

        shell.press(.function(10))
        #expect(shell.text.contains("Send to customs, quarantine, border and maritime at once?"))
        shell.press(.char("y"))
        #expect(shell.text.contains("Submitted CNSHA2026A00004 to the four agencies"))
        let lanes = try VesselClearance.lanes(fixture.workspace.db, callID: "CNSHA2026A00004")
        #expect(lanes.map(\.state) == ["pending", "pending", "pending", "pending"])
        #expect(shell.text.contains("Maritime           pending"))
    }

    @Test func officerQueriesAndAgentAnswersInThePane() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let border = try fixture.shell(as: "liuyang")
        border.press(.function(6), .enter, .char("r"))
        border.type("Crew 4 passport expires soon?")
        border.press(.enter)
        #expect(border.text.contains("Border control: CNSHA2026A00001 → query"))
        #expect(border.text.contains("Crew 4 passpor"))

        let agent = try fixture.shell(as: "chenjing")
        agent.press(.function(6), .enter)
        #expect(agent.text.contains("a Answer"))
        agent.press(.char("a"))
        #expect(agent.text.contains("Answer Border control"))
        agent.type("Renewed in Busan, copy sent")
        agent.press(.enter)
        #expect(try VesselClearance.lanes(fixture.workspace.db, callID: "CNSHA2026A00001")[2].state == "pending")

        // The watcher tells the border officer's screen the agent answered; then an officer acts
        // on the own lane only: the customs lane is untouched by border's keys.
        border.externalChange()
        border.press(.function(10), .char("y"))
        let lanes = try VesselClearance.lanes(fixture.workspace.db, callID: "CNSHA2026A00001")
        #expect(lanes.map(\.state) == ["pending", "pending", "released", "pending"])
    }

    @Test func maritimeIsRefusedBeforeTheOthersThenReleasesAndTheAgentPrints() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        try fixture.release("CNSHA2026A00001", by: ["zhangmin", "wangqiang", "liuyang", "zhoujun"])
        let agent = try fixture.shell(as: "chenjing")
        agent.press(.function(6), .char("/"))
        agent.type("082W")
        agent.press(.enter, .enter, .char("s"), .char("y"))
        #expect(agent.text.contains("Submitted CNSHA2026D00001"))

        let maritime = try fixture.shell(as: "zhoujun")
        maritime.press(.function(6), .char("/"))
        maritime.type("082W")
        maritime.press(.enter, .enter, .function(10))
        #expect(maritime.text.contains("maritime cannot release a departure before customs, quarantine and border"))
        #expect(maritime.text.contains("Customs, Inspection & quarantine, Border control"))

        try fixture.release("CNSHA2026D00001", by: ["zhangmin", "wangqiang", "liuyang"])
        maritime.press(.escape, .enter)
        #expect(maritime.text.contains("maritime may release") || maritime.text.contains("may grant departure"))
        maritime.press(.function(10), .char("y"))
        #expect(maritime.text.contains("port clearance CNSHA2026000001 issued"))

        agent.press(.escape, .enter)
        #expect(agent.text.contains("F12 Print"))
        agent.press(.char("w"))
        let target = fixture.directory.appendingPathComponent("clearance.txt").path
        agent.press(.ctrl("u"))
        agent.type(target)
        agent.press(.enter)
        #expect(agent.text.contains("Port clearance CNSHA2026000001 copy 1 written to"))
        let printed = try String(contentsOfFile: target, encoding: .utf8)
        #expect(printed.contains("CNSHA2026000001"))
        #expect(printed.contains("20 / 0"))
        let code = try #require(printed.split(separator: "\n").first { $0.contains("Verification code") }?.split(separator: " ").last)
        guard case .valid = try PortClearances.verify(fixture.workspace.db, code: String(code)) else {
            Issue.record("printed code does not verify"); return
        }
    }

    @Test func stateFilterAndSearchNarrowTheList() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        // The trainer sees every call, drafts too (an officer sees only declared ones).
        let shell = try fixture.shell(as: "trainer")
        shell.press(.function(6))
        #expect(shell.text.contains("CNSHA2026D00001"))
        shell.press(.char("s"))
        #expect(shell.text.contains("state: draft"))
        #expect(shell.text.contains("CNSHA2026D00001"))
        #expect(!shell.text.contains("CNSHA2026A00001"))
        shell.press(.char("s"), .char("/"))
        shell.type("ferry")
        #expect(shell.text.contains("No vessel calls"))
        shell.press(.escape, .char("/"))
        shell.type("DONG")
        #expect(shell.text.contains("DONG HAI ZHI"))
        #expect(!shell.text.contains("JIN HAI PENG"))
    }

    @Test func documentsTabThroughCrewPassengersCargoAndDangerousGoods() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "wangqiang", size: Size(width: 120, height: 40))
        shell.press(.function(6), .char("/"))
        shell.type("JIN HAI")
        shell.press(.enter, .enter)
        for _ in 0..<4 { shell.press(.tab) }
        #expect(shell.text.contains("UN1263"))
        #expect(shell.text.contains("UN1993"))
        shell.press(.tab, .tab)
        #expect(shell.text.contains("Sanitation certificate"))
        shell.press(.backTab, .backTab, .backTab, .backTab, .backTab)
        #expect(shell.text.contains("Family name"))
    }

    @Test func theOperatorSwitchShowsTheNewOperatorsList() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "chenjing")
        shell.press(.function(6), .enter)
        #expect(shell.text.contains("Esc Back"))
        shell.app.actor = try fixture.operatorNamed("zhangmin")
        shell.press(.function(5), .function(6))
        #expect(shell.text.contains("Vessel calls by expected time"))
    }

    /// Issue 9, item 7: `i` with a JSON file already declared shows the refusal naming the call.
    @Test func aSecondCallFromTheSameFileIsRefusedOnScreen() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "chenjing", size: Size(width: 140, height: 30))
        let file = try fixture.arrivalFile(voyage: "082E").path
        shell.press(.function(6), .char("i"))
        shell.type(file)
        shell.press(.enter)
        #expect(shell.text.contains("already declared as call CNSHA2026A00001"), "\(shell.text)")
        #expect(try fixture.workspace.db.scalar("SELECT count(*) FROM vessel_call").int64 == 4)
    }
}

/// The officer's list: no drafts in the state cycle, "waiting for my agency" first.
extension VesselPaneTests {
    @Test func anOfficerCyclesToWaitingForTheAgency() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.function(6))
        #expect(shell.text.contains("state: all") && !shell.text.contains("CNSHA2026D00001"))
        shell.press(.char("s"))
        #expect(shell.text.contains("state: waiting for Customs"), "\(shell.text)")
        #expect(shell.text.contains("CNSHA2026A00001"))
        shell.press(.char("s"))
        #expect(shell.text.contains("state: submitted"))
        shell.press(.char("s"), .char("s"))
        #expect(shell.text.contains("state: all"))
    }
}
