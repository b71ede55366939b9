import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

extension TrainingFixture {
    /// The approvals training set, laid down at the fixture's pinned clock (Monday 2 March 2026).
    func loadApprovalSamples() throws {
        try ApprovalTrainingSamples.load(into: workspace, from: Self.sampleData)
    }
}

/// The approvals tab: list, queue and board as text and style snapshots (en/zh, 80×24 and
/// 120×40, zero, one and many rows), the keys the bar offers, and the pane's actions.
@Suite struct ApprovalPaneTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test(arguments: [Language.en, .zh], sizes)
    func projectsListSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        try fixture.loadApprovalSamples()
        let shell = try fixture.shell(as: "yangfan", language: language, size: size)
        shell.press(.function(7))
        Snapshot.assert(shell.screen(), named: "approvals-projects-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func boardSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        try fixture.loadApprovalSamples()
        let shell = try fixture.shell(as: "yangfan", language: language, size: size)
        shell.press(.function(7), .char("/"))
        shell.type("数据中心")
        shell.press(.enter, .enter)
        Snapshot.assert(shell.screen(), named: "approvals-board-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    /// The fire reviewer's queue holds one lane; the land reviewer's none.
    @Test(arguments: [Language.en, .zh], sizes)
    func queueSnapshots(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        try fixture.loadApprovalSamples()
        let fire = try fixture.shell(as: "lujian", language: language, size: size)
        fire.press(.function(7))
        Snapshot.assert(fire.screen(), named: "approvals-queue-one-\(language.rawValue)-\(size.width)x\(size.height)")
        let land = try fixture.shell(as: "hejun", language: language, size: size)
        land.press(.function(7))
        Snapshot.assert(land.screen(), named: "approvals-queue-none-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Language.en, .zh])
    func noProjectsSnapshot(language: Language) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "yangfan", language: language)
        shell.press(.function(7))
        Snapshot.assert(shell.screen(), named: "approvals-projects-none-\(language.rawValue)-80x24")
    }

    @Test func theSmallestSizesDoNotCrash() throws {
        let fixture = try TrainingFixture()
        try fixture.loadApprovalSamples()
        for id in ["yangfan", "lujian", "liwei"] {
            let shell = try fixture.shell(as: id, language: .zh, size: Size(width: 80, height: 24))
            shell.press(.function(7), .down, .enter)
            for size in [Size(width: 1, height: 1), Size(width: 10, height: 3), Size(width: 20, height: 5), Size(width: 40, height: 8)] {
                shell.resize(to: size)
                _ = shell.screen()
            }
        }
    }

    /// The bar offers only what works; a key out of it says why at once.
    @Test func theWindowAcceptsInThePaneAndTheBarFollows() throws {
        let fixture = try TrainingFixture()
        try fixture.loadApprovalSamples()
        let shell = try fixture.shell(as: "yangfan")
        shell.press(.function(7), .char("/"))
        shell.type("数据中心")
        shell.press(.enter, .enter)
        var bar = Snapshot.text(shell.screen()).split(separator: "\n").suffix(2).joined()
        #expect(!bar.contains("Accept"))
        shell.press(.char("a"))
        #expect(Snapshot.text(shell.screen()).contains("no application of this project is waiting at the window"))
        shell.press(.escape, .char("/"))
        shell.type("生物医药")
        shell.press(.enter, .enter)
        // Applied with a map missing: accept is offered, and refused with the list; return it.
        bar = Snapshot.text(shell.screen()).split(separator: "\n").suffix(2).joined()
        #expect(bar.contains("Accept") && bar.contains("Return"))
        shell.press(.char("a"))
        #expect(Snapshot.text(shell.screen()).contains("M06"))
        shell.press(.char("r"))
        #expect(Snapshot.text(shell.screen()).contains("returned; missing: M06"))
    }

    @Test func aReviewerDecidesWithConditionsInThePane() throws {
        let fixture = try TrainingFixture()
        try fixture.loadApprovalSamples()
        let shell = try fixture.shell(as: "lujian")
        shell.press(.function(7), .enter)
        #expect(Snapshot.text(shell.screen()).contains("Conditions"))
        shell.press(.char("c"))
        shell.type("消防车道宽度不小于4米")
        shell.press(.enter)
        #expect(Snapshot.text(shell.screen()).contains("approved with conditions"))
        let project = try #require(try fixture.workspace.db.queryOne("SELECT id FROM approval_project WHERE name = '数据中心二期'")?.string("id"))
        let lane = try DepartmentReview.lane(fixture.workspace.db, caseID: project + "/3", department: .fire)
        #expect(lane.state == "conditional" && lane.detail["conditions"] == "消防车道宽度不小于4米")
        // Decided: the decision keys leave the bar, and a press says why.
        #expect(!Snapshot.text(shell.screen()).split(separator: "\n").last!.contains("Approve"))
        shell.press(.char("y"))
        #expect(Snapshot.text(shell.screen()).contains("not while the lane is approved with conditions"))
    }
}

/// The window's joint review meeting in the pane: scheduled, then closed with one absentee.
@Suite struct ApprovalMeetingPaneTests {
    @Test func theWindowHoldsTheMeetingInThePane() throws {
        let fixture = try TrainingFixture()
        try fixture.loadApprovalSamples()
        let shell = try fixture.shell(as: "yangfan")
        shell.press(.function(7), .char("/"))
        shell.type("智能装备")
        shell.press(.enter, .enter)
        shell.press(.char("m"))
        shell.type("2026-03-02 01:00")
        shell.press(.enter)
        #expect(Snapshot.text(shell.screen()).contains("Joint review meeting 2026-03-02 01:00"))
        shell.press(.char("m"))
        shell.type("nowhere")
        shell.press(.enter)
        #expect(Snapshot.text(shell.screen()).contains("not a department of this stage: nowhere"))
        shell.press(.char("m"))
        shell.type("transport")
        shell.press(.enter)
        let screen = Snapshot.text(shell.screen())
        #expect(screen.contains("closed · absent: Transport"), "\(screen)")
        #expect(screen.contains("deemed approved (absent)"))
    }
}

@Suite struct ApprovalDecisionViewTests {
    @Test(arguments: [Language.en, .zh])
    func theLatestDecisionReadsOnScreen(language: Language) throws {
        let fixture = try TrainingFixture()
        try fixture.loadApprovalSamples()
        let shell = try fixture.shell(as: "lujian", language: language)
        shell.press(.function(7), .enter, .char("v"))
        let screen = Snapshot.text(shell.screen())
        #expect(screen.contains(language == .zh ? "综合审批决定书" : "COMPREHENSIVE APPROVAL DECISION"), "\(screen)")
        #expect(screen.contains("SP2025000006"))
    }
}
