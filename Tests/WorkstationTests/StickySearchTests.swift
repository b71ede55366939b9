import Foundation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, item 3: a search is never invisible nor sticky. F6, `/`, `zzz`, Tab, Esc: the
/// search shows on the title line while it applies, and Esc on the list clears it (as `/` Enter
/// does) — in every list built on the shared skeleton.
@Suite struct StickySearchTests {
    static func titleLine(_ shell: Shell) -> String { shell.screen().lines()[1] }

    static func tabThenEscape(_ shell: Shell, rows: () -> Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let all = rows()
        shell.press(.char("/"))
        shell.type("zzz")
        shell.press(.tab)
        #expect(titleLine(shell).contains("/zzz"), "the search applies and shows: \(titleLine(shell))", sourceLocation: sourceLocation)
        #expect(rows() == 0, sourceLocation: sourceLocation)
        shell.press(.escape)
        #expect(!titleLine(shell).contains("zzz"), "Esc cleared it: \(titleLine(shell))", sourceLocation: sourceLocation)
        #expect(rows() == all, sourceLocation: sourceLocation)
    }

    @Test func vesselsList() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "liwei")
        shell.press(.function(6))
        let pane = shell.panes[.vessels] as! VesselsPane
        Self.tabThenEscape(shell) { pane.list?.table.pager.items.count ?? 0 }
    }

    @Test func declarationsList() throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei")
        let pane = DeclarationTestSupport.pane(shell)
        Self.tabThenEscape(shell) { pane.list?.table.pager.items.count ?? 0 }
    }

    @Test func enterpriseCreditList() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.function(8))
        let pane = shell.panes[.enforcement] as! EnterpriseCreditPane
        Self.tabThenEscape(shell) { pane.list?.table.pager.items.count ?? 0 }
    }
}
