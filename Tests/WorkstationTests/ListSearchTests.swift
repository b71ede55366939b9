import Foundation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The `/` search every list shares (the list skeleton): shown on the list's title line while it
/// is typed and as long as it applies, cleared by `/` then Enter or by Esc on the empty prompt.
@Suite struct ListSearchTests {
    /// The line under the tabs: every list's title line.
    static func titleLine(_ shell: Shell) -> String { shell.screen().lines()[1] }

    /// Searches `term`, then clears it both ways, checking the title line and the rows each time.
    static func searchesAndClears(_ shell: Shell, _ term: String, rows: () -> Int,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        let all = rows()
        shell.press(.char("/"))
        shell.type(term)
        #expect(titleLine(shell).contains("/" + term), "typed: \(titleLine(shell))", sourceLocation: sourceLocation)
        shell.press(.enter)
        let found = rows()
        #expect(titleLine(shell).contains("/" + term), "applied: \(titleLine(shell))", sourceLocation: sourceLocation)
        #expect(found > 0 && found < all, "\(found) of \(all)", sourceLocation: sourceLocation)

        shell.press(.char("/"), .enter)
        #expect(!titleLine(shell).contains("/" + term), "/ Enter: \(titleLine(shell))", sourceLocation: sourceLocation)
        #expect(rows() == all, sourceLocation: sourceLocation)

        shell.press(.char("/"))
        shell.type(term)
        shell.press(.enter)
        #expect(rows() == found, sourceLocation: sourceLocation)
        shell.press(.char("/"), .escape)
        #expect(!titleLine(shell).contains("/" + term), "/ Esc: \(titleLine(shell))", sourceLocation: sourceLocation)
        #expect(rows() == all, sourceLocation: sourceLocation)
    }

    @Test func declarationsList() throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei")
        let pane = DeclarationTestSupport.pane(shell)
        Self.searchesAndClears(shell, "SH-2026-0004") { pane.list?.table.pager.items.count ?? 0 }
    }

    @Test func reviewQueue() throws {
        let fixture = try TrainingFixture()
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture, count: 3)
        let number = try #require(submitted.first?.number)
        let shell = try fixture.shell(as: "zhangmin")
        let queue = ReviewQueuePaneSupport.queue(shell)
        Self.searchesAndClears(shell, number) { queue.list?.table.pager.items.count ?? 0 }
        #expect(Self.titleLine(shell).contains("3 declarations"), "the count follows the search: \(Self.titleLine(shell))")
        #expect(!ReviewQueuePaneSupport.text(shell).contains("Search:"), "shown once, on the title line")
    }

    @Test func jointTaskListHasNoSearch() throws {
        let fixture = try TrainingFixture()
        _ = try JointTaskSupport.make(fixture)
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.char("j"))
        let tasks = (shell.panes[.declarations] as! DeclarationsTabPane).tasks
        let title = Self.titleLine(shell)
        shell.press(.char("/"))
        #expect(tasks.list?.isSearching == false && tasks.list?.search == "")
        #expect(Self.titleLine(shell) == title)
    }

    @Test func vesselsList() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.function(6))
        let pane = shell.panes[.vessels] as! VesselsPane
        Self.searchesAndClears(shell, "A00001") { pane.list?.table.pager.items.count ?? 0 }
    }

    @Test func enterpriseCreditList() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.function(8))
        let pane = shell.panes[.enforcement] as! EnterpriseCreditPane
        Self.searchesAndClears(shell, "东方") { pane.list?.table.pager.items.count ?? 0 }
    }
}
