import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The officers' queue on the Declarations tab (scenario S2), driven through the shell's keys.
@Suite struct ReviewQueuePaneTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test(arguments: [Language.en, .zh], sizes)
    func queueSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin", language: language, size: size)
        Snapshot.assert(shell.screen(), named: "review-queue-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    /// The cosmetics declaration (yellow channel, verification release): no random draw on it,
    /// so the screen is the same on every run.
    @Test(arguments: [Language.en, .zh])
    func reviewScreenSnapshot(language: Language) throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "wangqiang", language: language)
        shell.press(.down, .enter)
        Snapshot.assert(shell.screen(), named: "review-case-\(language.rawValue)-80x24")
    }

    /// 张敏 claims the shrimp declaration and orders an inspection; the screen shows the joint
    /// inspection and the lane waiting on it, and the action view no longer lists it.
    @Test func claimThenOrderInspection() throws {
        let fixture = try TrainingFixture()
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture)
        let shrimp = try #require(submitted.first)
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.enter)
        // Not claimed yet: `i` is out of the bar, and pressing it says why at once, before any prompt.
        shell.press(.char("i"))
        #expect(ReviewQueuePaneSupport.text(shell).contains("Claim the declaration (k) before deciding"))
        shell.press(.char("k"))
        #expect(ReviewQueuePaneSupport.text(shell).contains("Claimed \(shrimp.number ?? "")"))
        shell.press(.char("i"))
        shell.type("open 2 containers, check labelling")
        shell.press(.enter)
        let text = ReviewQueuePaneSupport.text(shell)
        #expect(text.contains("inspection ordered"))
        #expect(text.contains("Joint inspection at"))
        #expect(text.contains("[Customs] open 2 containers"))
        let lane = try #require(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(shrimp.id), agency: .customs))
        #expect(lane.state == ReviewState.inspectionOrdered.rawValue && lane.claimedBy == "zhangmin")
        shell.press(.escape)
        #expect(!ReviewQueuePaneSupport.text(shell).contains(shrimp.number ?? "-"))
        // The waiting view has it.
        shell.press(.char("v"))
        #expect(ReviewQueuePaneSupport.text(shell).contains(shrimp.number ?? "-"))
    }

    /// `p` turns the review screen to the declaration as the officer's agency received it: the
    /// shared items in each agency's codes (the package type is "22" for customs, its CIQ code
    /// for inspection) and each side's own items only; `p` again turns back.
    @Test func theDeclarationAsEachAgencyReceivedIt() throws {
        let fixture = try TrainingFixture()
        let shrimp = try #require(try ReviewQueuePaneSupport.submitSome(fixture).first)
        /// Every line of the page, scrolled through a screen at a time.
        func allText(_ shell: Shell) -> String {
            var seen = ReviewQueuePaneSupport.text(shell)
            for _ in 0..<8 { shell.press(.pageDown); seen += "\n" + ReviewQueuePaneSupport.text(shell) }
            shell.press(.home)
            return seen
        }
        let customs = try fixture.shell(as: "zhangmin")
        customs.press(.enter, .char("p"))
        var text = allText(customs)
        #expect(text.contains("As received by Customs:"), "\(text)")
        #expect(text.contains(shrimp.billNo))
        let packageLine = try #require(text.split(separator: "\n").first { $0.contains("Package type") })
        #expect(packageLine.contains(shrimp["packageType"]))
        customs.press(.char("p"))
        #expect(ReviewQueuePaneSupport.text(customs).contains("Why it was routed"))

        let inspection = try fixture.shell(as: "wangqiang", language: .zh)
        inspection.press(.enter, .char("p"))
        text = allText(inspection)
        #expect(text.contains("检验检疫收到的申报内容"), "\(text)")
        let entry = try #require(try CodeTables.entry(fixture.workspace.db, table: "package_type", code: shrimp["packageType"]))
        let expected = try #require(entry.extra["ciq_code"])
        let ciqLine = try #require(text.split(separator: "\n").first { $0.contains("包装种类") })
        #expect(ciqLine.contains(expected) && expected != shrimp["packageType"], "\(ciqLine)")
        Snapshot.assert(inspection.screen(), named: "review-projection-zh-80x24")
    }

    /// The review screen says how the rules in force now would route the lane: as stored until
    /// a rule changes, then the new outcome beside the stored one (nothing is re-routed).
    @Test func theScreenComparesTheRulesInForce() throws {
        let fixture = try TrainingFixture()
        let shrimp = try #require(try ReviewQueuePaneSupport.submitSome(fixture).first)
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.enter)
        var text = ReviewQueuePaneSupport.text(shell)
        #expect(text.contains(shrimp.number ?? "-") && text.contains("Under the rules in force now: red, as routed"), "\(text)")

        let officer = try fixture.operatorNamed("zhangmin")
        var rule = try #require(try RiskRules.current(fixture.workspace.db, agency: .customs).first { $0.key == "C-HS-0306-ORIGIN" })
        rule.outcome = "yellow"
        try RiskRules.save(fixture.workspace, rule, note: "lab capacity: documents first", by: officer)
        shell.press(.escape)
        shell.press(.enter)
        text = ReviewQueuePaneSupport.text(shell)
        #expect(text.contains("Under the rules in force now: yellow (routed red): a rule changed since"), "\(text)")
        let lane = try #require(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(shrimp.id), agency: .customs))
        #expect(lane.detail["channel"] == "red", "a dry run routes nothing")
    }

    /// Another terminal moves the lane after the screen was read: the decision is refused as
    /// stale, nothing is applied, and the screen is re-read.
    @Test func staleDecisionIsRefused() throws {
        let fixture = try TrainingFixture()
        let shrimp = try #require(try ReviewQueuePaneSupport.submitSome(fixture).first)
        let shell = try fixture.shell(as: "zhangmin", language: .zh)
        shell.press(.enter, .char("k"))
        // Meanwhile, the same officer on another terminal returns it for correction.
        let officer = try #require(try Operators.find(fixture.workspace.db, "zhangmin"))
        let lane = try #require(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(shrimp.id), agency: .customs))
        try Review.decide(fixture.workspace, declarationID: shrimp.id, expectedVersion: lane.version,
                          decision: .orderInspection(InspectionInstruction("x")), by: officer)
        shell.press(.char("x"))
        shell.type("不符")
        shell.press(.enter)
        #expect(ReviewQueuePaneSupport.text(shell).contains("载入后已被修改"))
        let after = try #require(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(shrimp.id), agency: .customs))
        #expect(after.state == ReviewState.inspectionOrdered.rawValue)
        // The screen was re-read: it shows the lane as it is now.
        #expect(ReviewQueuePaneSupport.text(shell).contains("已布控查验"))
    }

    /// The same tab shows the broker's own list to the broker, and the queue to an officer after F9.
    @Test func brokerKeepsOwnListOnTheSameTab() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "liwei")
        let text = ReviewQueuePaneSupport.text(shell)
        #expect(!text.contains("Review queue"))
        #expect(shell.panes[.declarations] is DeclarationsTabPane)
        #expect(!(shell.panes[.declarations] as! DeclarationsTabPane).showingQueueForTests)
        // The trainer switches to the customs officer: the same tab becomes the queue.
        shell.app.actor = try #require(try Operators.find(fixture.workspace.db, "zhangmin"))
        shell.panes[.declarations]?.activate(shell.app)
        #expect(ReviewQueuePaneSupport.text(shell).contains("Review queue · Customs · needs action"))
        shell.app.actor = try #require(try Operators.find(fixture.workspace.db, "liwei"))
        shell.panes[.declarations]?.activate(shell.app)
        #expect(!ReviewQueuePaneSupport.text(shell).contains("Review queue"))
    }

    @Test func filtersSearchAndCount() throws {
        let fixture = try TrainingFixture()
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.char("c"))
        #expect(ReviewQueuePaneSupport.text(shell).contains("Channel: green"))
        shell.press(.char("c"), .char("c"))
        let red = ReviewQueuePaneSupport.text(shell)
        #expect(red.contains("Channel: red") && red.contains("red") && !red.contains("yellow "))
        shell.press(.char("c"))
        let number = try #require(submitted.last?.number)
        shell.press(.char("/"))
        shell.type(number)
        shell.press(.enter)
        let found = ReviewQueuePaneSupport.text(shell)
        #expect(found.contains("1 declaration") && !found.contains("1 declarations") && found.contains(number))
        #expect(ReviewQueuePane.grouped(10_000) == "10,000" && ReviewQueuePane.grouped(999) == "999")
    }

    /// More rows than fit: End jumps to the last page, Home back to the first, by keyset.
    @Test func pagesByKeyset() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture, count: 40)
        let shell = try fixture.shell(as: "zhangmin")
        let pane = ReviewQueuePaneSupport.queue(shell)
        let first = try #require(pane.list?.table.pager.items.first)
        try #require(pane.list?.table.pager.hasNext == true)
        shell.press(.end)
        #expect(pane.list?.table.pager.hasNext == false && pane.list?.table.pager.items.first != first)
        shell.press(.home)
        #expect(pane.list?.table.pager.items.first == first && pane.list?.table.pager.hasPrevious == false)
        shell.press(.pageDown, .pageDown)
        #expect(pane.list?.table.pager.hasPrevious == true)
    }
}
