import Foundation
@testable import Presentation
import SingleWindowKit
import Testing
import TerminalUI
import TextWidth
@testable import Workstation

/// The trainer lands on the scenario board; everyone else on their first tab. The board fits at
/// 80×24 in both languages — every line whole (wrapped, never cut), scrolling to the end — and
/// Esc, a tab key, F9 leave it; Ctrl-G brings it back.
@Suite struct ScenarioBoardTests {
    @Test(arguments: [Language.en, .zh])
    func theTrainersFirstScreenIsTheBoard(language: Language) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "trainer", language: language)
        ScenarioBoard.land(shell)
        Snapshot.assert(shell.screen(), named: "board-trainer-lands-\(language.rawValue)-80x24")
        #expect(shell.text.contains("S1") && shell.text.contains("F9") && shell.text.contains("Ctrl-T"))
    }

    @Test(arguments: [Language.en, .zh])
    func everyLineIsWholeAndTheEndIsReachable(language: Language) throws {
        let fixture = try TrainingFixture()
        let app = try fixture.app(as: "trainer", language: language)
        let board = ScenarioBoard.overlay(app)
        let keyWidth = max(4, board.entries.map { displayWidth($0.keys) }.max() ?? 0)
        for entry in board.entries {
            #expect(displayWidth(entry.help) <= ScenarioBoard.innerWidth - keyWidth - 1, "\(entry.help)")
        }
        // Every operator to switch to, with the role's name in this language.
        for member in ScenarioBoard.cast {
            #expect(board.entries.contains { $0.keys == member.id }, "\(member.id)")
        }
        #expect(board.entries.contains { $0.help.contains(app.roleName(.inspectionOfficer)) })
        // Longer than the screen: it scrolls to its last line, and no line is drawn cut ("…").
        let shell = try fixture.shell(as: "trainer", language: language)
        ScenarioBoard.land(shell)
        #expect(!shell.text.contains("…"))
        shell.press(.end)
        Snapshot.assert(shell.screen(), named: "board-end-\(language.rawValue)-80x24")
        #expect(shell.text.contains("TRN-2026-001"))
        #expect(!shell.text.contains("…"))
    }

    @Test func escATabKeyOrF9LeaveItAndCtrlGBringsItBack() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "trainer")
        let title = "who plays it"
        ScenarioBoard.land(shell)
        #expect(shell.text.contains(title))
        shell.press(.escape)
        #expect(!shell.text.contains(title) && shell.activeTab == .declarations)
        shell.press(.ctrl("g"))
        #expect(shell.text.contains(title))
        shell.press(.function(6))
        #expect(!shell.text.contains(title) && shell.activeTab == .vessels)
        shell.press(.ctrl("g"), .function(9))
        #expect(!shell.text.contains(title) && shell.text.contains("Switch operator"))
    }

    @Test func aBrokersFirstScreenIsUnchanged() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "liwei")
        let before = shell.text
        ScenarioBoard.land(shell)
        #expect(shell.text == before)
        #expect(!shell.text.contains("who plays it"))
    }
}
