import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The queue's filter form (`f`) and order key (`o`), driven through the shell's keys and
/// checked against what `ReviewQueue` itself returns for the same `QueueFilter`.
@Suite struct ReviewQueueFilterTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
    static let seafood = "91310000132149237G"
    static let cosmetics = "91310104MA1FR5K22L"

    /// Form fields in order: view, state, channel, credit, trader, chapter, from, until, sort.
    enum At: Int { case view, state, channel, credit, trader, chapter, from, until, sort }

    /// Opens the form and moves the focus to `field`.
    static func focus(_ shell: Shell, _ field: At, open: Bool = true) {
        if open { shell.press(.char("f")) }
        let pane = ReviewQueuePaneSupport.queue(shell)
        while let form = pane.filterForm, form.focus.rawValue != field.rawValue { shell.press(.down) }
    }

    /// Clears the focused text field and types `text`.
    static func retype(_ shell: Shell, _ text: String) {
        shell.press(.end)
        for _ in 0..<30 { shell.press(.backspace) }
        shell.type(text)
    }

    static func laneIDs(_ shell: Shell) -> [Int64] { ReviewQueuePaneSupport.queue(shell).list?.table.pager.items.map(\.laneID) ?? [] }

    static func domain(_ fixture: TrainingFixture, _ filter: QueueFilter) throws -> [QueueRow] {
        let officer = try #require(try Operators.find(fixture.workspace.db, "zhangmin"))
        return try ReviewQueue.page(fixture.workspace, filter: filter, limit: 100, by: officer).rows
    }

    static func text(_ shell: Shell) -> String { ReviewQueuePaneSupport.text(shell) }

    // MARK: - Each filter narrows as the domain does

    @Test func creditClassNarrowsTheQueue() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin")
        Self.focus(shell, .credit)
        shell.press(.right, .right) // any → good → warning
        #expect(Self.text(shell).contains("< warning >"))
        shell.press(.enter)
        let pane = ReviewQueuePaneSupport.queue(shell)
        #expect(pane.filterForm == nil)
        let expected = try Self.domain(fixture, QueueFilter(agency: .customs, creditClass: "warning"))
        #expect(expected.count == 3 && expected.allSatisfy { $0.creditClass == "warning" })
        #expect(Self.laneIDs(shell) == expected.map(\.laneID))
        let text = Self.text(shell)
        #expect(text.contains("Credit: warning") && text.contains("3 declarations"))
    }

    @Test func traderByUSCCNarrowsTheQueue() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin")
        Self.focus(shell, .trader)
        // Typed in lower case with a space around it: the canonical code is what filters.
        shell.type(" " + Self.seafood.lowercased())
        shell.press(.enter)
        let expected = try Self.domain(fixture, QueueFilter(agency: .customs, traderID: Self.seafood))
        #expect(expected.count == 3 && expected.allSatisfy { $0.traderID == Self.seafood })
        #expect(Self.laneIDs(shell) == expected.map(\.laneID))
        #expect(Self.text(shell).contains("Trader: \(Self.seafood)"))
        // Reopened, the form shows the filter in force.
        shell.press(.char("f"))
        #expect(ReviewQueuePaneSupport.queue(shell).filterForm?.trader.text == Self.seafood)
    }

    /// Without a digit the trader field is the start of the registered name.
    @Test func traderByNamePrefixNarrowsTheQueue() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin", language: .zh)
        Self.focus(shell, .trader)
        shell.type("上海丽颜")
        shell.press(.enter)
        let expected = try Self.domain(fixture, QueueFilter(agency: .customs, traderID: Self.cosmetics))
        #expect(expected.count == 3 && Self.laneIDs(shell) == expected.map(\.laneID))
        #expect(try Self.domain(fixture, QueueFilter(agency: .customs, traderName: "上海丽颜")).map(\.laneID) == expected.map(\.laneID))
        #expect(Self.text(shell).contains("收发货人：上海丽颜…"))
        let pane = ReviewQueuePaneSupport.queue(shell)
        #expect(pane.traderNameFilter == "上海丽颜" && pane.traderFilter == nil)
        // No registered name starts so: an empty queue, not the whole one.
        Self.focus(shell, .trader)
        shell.type("X")
        shell.press(.enter)
        #expect(Self.laneIDs(shell).isEmpty && pane.traderNameFilter == "上海丽颜X")
    }

    @Test func hsChapterNarrowsTheQueue() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin")
        Self.focus(shell, .chapter)
        shell.type("33")
        shell.press(.enter)
        let expected = try Self.domain(fixture, QueueFilter(agency: .customs, hsChapter: "33"))
        #expect(expected.count == 3 && expected.allSatisfy { $0.hsChapter == "33" })
        #expect(Self.laneIDs(shell) == expected.map(\.laneID))
        #expect(Self.text(shell).contains("HS 33"))
    }

    @Test func stateAndChannelInTheForm() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin")
        Self.focus(shell, .channel)
        shell.press(.char(" "), .char(" "), .char(" ")) // any → green → yellow → red
        shell.press(.up, .right) // state: any → received
        shell.press(.enter)
        let expected = try Self.domain(fixture, QueueFilter(agency: .customs, state: .received, channel: "red"))
        #expect(expected.count == 3 && Self.laneIDs(shell) == expected.map(\.laneID))
        #expect(Self.text(shell).contains("State: received · Channel: red"))
        // Another view: the state of the old one is dropped rather than showing an empty page.
        Self.focus(shell, .view)
        shell.press(.right)
        #expect(ReviewQueuePaneSupport.queue(shell).filterForm?.state == nil)
        shell.press(.enter)
        #expect(Self.text(shell).contains("Review queue · Customs · waiting") && Self.laneIDs(shell).isEmpty)
    }

    /// From is inclusive and until exclusive, to the millisecond, as `QueueFilter` defines them:
    /// a lane that started waiting exactly at midnight is in "from that day" and not in "until it".
    @Test func dateBoundaries() throws {
        let fixture = try TrainingFixture()
        // Submissions a minute apart from 23:58: the second lands exactly on 2026-03-03 00:00:00.000.
        fixture.clock.set(Timestamp.date("2026-03-02T23:57:00.000Z")!)
        try ReviewQueuePaneSupport.submitSome(fixture, count: 4)
        let all = try Self.domain(fixture, QueueFilter(agency: .customs))
        let midnight = Timestamp.date("2026-03-03T00:00:00.000Z")!
        try #require(all.contains { $0.waitingSince == midnight })
        let shell = try fixture.shell(as: "zhangmin")

        Self.focus(shell, .from)
        shell.type("2026-03-03")
        shell.press(.enter)
        let fromRows = try Self.domain(fixture, QueueFilter(agency: .customs, from: midnight))
        #expect(Self.laneIDs(shell) == fromRows.map(\.laneID))
        #expect(fromRows.first?.waitingSince == midnight && fromRows.allSatisfy { $0.waitingSince >= midnight })
        #expect(Self.text(shell).contains("from 2026-03-03"))

        Self.focus(shell, .from)
        Self.retype(shell, "")
        shell.press(.down)
        shell.type("2026-03-03")
        shell.press(.enter)
        let untilRows = try Self.domain(fixture, QueueFilter(agency: .customs, until: midnight))
        #expect(Self.laneIDs(shell) == untilRows.map(\.laneID))
        #expect(!untilRows.isEmpty && untilRows.allSatisfy { $0.waitingSince < midnight })
        #expect(untilRows.count + fromRows.count == all.count)
        #expect(Self.text(shell).contains("before 2026-03-03") && !Self.text(shell).contains("from 2026"))

        // The same day as from and until: nothing (until is exclusive), and that is allowed.
        Self.focus(shell, .from)
        shell.type("2026-03-03")
        shell.press(.enter)
        #expect(ReviewQueuePaneSupport.queue(shell).filterForm == nil && Self.laneIDs(shell).isEmpty)
    }

    @Test func sortFlipsTheOrder() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin")
        let oldest = Self.laneIDs(shell)
        try #require(oldest.count == 6)
        shell.press(.char("o"))
        #expect(Self.laneIDs(shell) == oldest.reversed())
        let newest = try Self.domain(fixture, QueueFilter(agency: .customs, sort: .newestFirst))
        #expect(Self.laneIDs(shell) == newest.map(\.laneID))
        #expect(Self.text(shell).contains("· newest first"))
        // The form shows and sets the same order.
        Self.focus(shell, .sort)
        #expect(Self.text(shell).contains("< newest first >"))
        shell.press(.left, .enter)
        #expect(Self.laneIDs(shell) == oldest && !Self.text(shell).contains("newest first"))
    }

    // MARK: - Refusals keep the form and the typing

    @Test func shortChapterIsRefusedAndTheTypingKept() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin")
        Self.focus(shell, .trader)
        shell.type(Self.cosmetics)
        shell.press(.down)
        shell.type("3")
        shell.press(.down)
        shell.type("2026-03-01")
        shell.press(.enter)
        let pane = ReviewQueuePaneSupport.queue(shell)
        let form = try #require(pane.filterForm)
        #expect(form.error?.field == .chapter && form.focus == .chapter)
        #expect(form.trader.text == Self.cosmetics && form.chapter.text == "3" && form.from.text == "2026-03-01")
        #expect(Self.text(shell).contains("HS chapter: 3 is not two digits 01–97"))
        #expect(pane.chapterFilter == nil && pane.traderFilter == nil && pane.capturesKeys)
        // Fixed: applied, all three at once.
        shell.press(.home)
        shell.type("3")
        shell.press(.enter)
        #expect(pane.filterForm == nil && pane.chapterFilter == "33" && pane.traderFilter == Self.cosmetics)
        #expect(Self.laneIDs(shell).count == 3)
    }

    @Test func badUSCCIsRefusedAndTheTypingKept() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin", language: .zh)
        Self.focus(shell, .trader)
        let typed = String(Self.seafood.dropLast()) + "X" // wrong check character
        shell.type(typed)
        shell.press(.enter)
        let form = try #require(ReviewQueuePaneSupport.queue(shell).filterForm)
        #expect(form.error?.field == .trader && form.trader.text == typed)
        #expect(Self.text(shell).contains("收发货人：\(typed) 不是有效的统一社会信用代码"))
        // Typing again clears the refusal; Esc asks (the form was typed into), D closes without applying anything.
        shell.press(.backspace)
        #expect(ReviewQueuePaneSupport.queue(shell).filterForm?.error == nil)
        shell.press(.escape)
        #expect(Self.text(shell).contains("放弃修改，还是留在此处？"), "\(Self.text(shell))")
        #expect(!Self.text(shell).contains("S 保存"), "a filter is no record's draft: discard or stay only")
        shell.press(.char("d"))
        #expect(ReviewQueuePaneSupport.queue(shell).filterForm == nil && Self.laneIDs(shell).count == 6)
        #expect(ReviewQueuePaneSupport.queue(shell).traderFilter == nil)
    }

    @Test(arguments: ["2026-02-30", "2026-3-1", "tomorrow", "2026-03-01x"])
    func badDateIsRefused(typed: String) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "zhangmin")
        Self.focus(shell, .from)
        shell.type(typed)
        shell.press(.enter)
        let form = try #require(ReviewQueuePaneSupport.queue(shell).filterForm)
        #expect(form.error?.field == .from && form.from.text == String(typed.prefix(12)))
        #expect(Self.text(shell).contains("Waiting from: \(typed) is not a date YYYY-MM-DD"))
    }

    @Test func untilBeforeFromIsRefused() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "zhangmin")
        Self.focus(shell, .from)
        shell.type("2026-03-05")
        shell.press(.down)
        shell.type("2026-03-04")
        shell.press(.enter)
        let form = try #require(ReviewQueuePaneSupport.queue(shell).filterForm)
        #expect(form.error?.field == .until && form.from.text == "2026-03-05" && form.until.text == "2026-03-04")
        #expect(Self.text(shell).contains("Waiting until: 2026-03-04 is before the from date 2026-03-05"))
    }

    @Test func chapterRule() {
        #expect(ReviewFilterInput.isChapter("03") && ReviewFilterInput.isChapter("97"))
        for bad in ["3", "00", "98", "3a", "０３", "033"] { #expect(!ReviewFilterInput.isChapter(bad), "\(bad)") }
    }

    // MARK: - Keys

    @Test func clearAllAndKeys() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin")
        let pane = ReviewQueuePaneSupport.queue(shell)
        #expect(!pane.capturesKeys)
        let queueKeys = pane.keyMap(shell.app).bindings.flatMap(\.keys)
        #expect(queueKeys.contains(.char("f")) && queueKeys.contains(.char("o")) && !queueKeys.contains(.char("j")))
        Self.focus(shell, .chapter)
        shell.type("03")
        shell.press(.enter)
        #expect(Self.laneIDs(shell).count == 3)
        shell.press(.char("o"))
        Self.focus(shell, .credit)
        shell.press(.right)
        #expect(pane.capturesKeys)
        // While the form is open, letters are typing, not queue keys.
        let formKeys = pane.keyMap(shell.app).bindings.flatMap(\.keys)
        #expect(!formKeys.contains(.char("f")) && !formKeys.contains(.char("o")) && formKeys.contains(.function(3)))
        shell.press(.function(3))
        let form = try #require(pane.filterForm)
        #expect(form.chapter.text.isEmpty && form.credit == nil && form.sort == .oldestFirst)
        shell.press(.enter)
        #expect(Self.laneIDs(shell).count == 6 && pane.chapterFilter == nil && pane.sort == .oldestFirst)
        #expect(shell.screen().lines()[2].trimmingCharacters(in: .whitespaces) == "State: any · Channel: any")
    }

    // MARK: - Snapshots

    /// The form with typed values and a refusal on screen.
    @Test(arguments: [Language.en, .zh], sizes)
    func formSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin", language: language, size: size)
        Self.focus(shell, .credit)
        shell.press(.right)
        shell.press(.down)
        shell.type(Self.seafood)
        shell.press(.down)
        shell.type("3")
        shell.press(.down)
        shell.type("2026-03-01")
        shell.press(.enter)
        Snapshot.assert(shell.screen(), named: "review-filter-form-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    /// Every filter at once: the line is cut by display width at 80 columns, whole at 120.
    @Test(arguments: [Language.en, .zh], sizes)
    func filteredQueueSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture)
        let shell = try fixture.shell(as: "zhangmin", language: language, size: size)
        Self.focus(shell, .state)
        shell.press(.right, .down, .right, .right, .right, .down, .right, .down)
        shell.type(Self.seafood)
        shell.press(.down)
        shell.type("03")
        shell.press(.down)
        shell.type("2026-03-02")
        shell.press(.down)
        shell.type("2026-03-03")
        shell.press(.down, .right, .enter)
        let text = Self.text(shell)
        #expect(ReviewQueuePaneSupport.queue(shell).filterForm == nil && Self.laneIDs(shell).count == 3, "\(text)")
        let line = shell.screen().lines()[2]
        #expect(displayWidth(line) <= size.width)
        Snapshot.assert(shell.screen(), named: "review-filter-queue-\(language.rawValue)-\(size.width)x\(size.height)")
    }
}
