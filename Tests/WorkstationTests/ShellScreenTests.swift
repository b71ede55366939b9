import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

@Suite struct ShellScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test(arguments: [Language.en, .zh], sizes)
    func enforcementTabSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(language: language, size: size)
        shell.press(.function(8))
        Snapshot.assert(shell.screen(), named: "shell-enforcement-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Language.en, .zh])
    func helpOverlaySnapshot(language: Language) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(language: language)
        shell.press(.function(7), .function(1))
        Snapshot.assert(shell.screen(), named: "shell-help-\(language.rawValue)-80x24")
    }

    /// Esc/Alt and a digit is that F-key (Esc 7 = F7), so Alt-digits are no tab numbers.
    @Test func tabsSwitchByFunctionKeysEscDigitsAndCtrlN() throws {
        let shell = try TrainingFixture().shell()
        #expect(shell.activeTab == .declarations)
        shell.press(.function(6)); #expect(shell.activeTab == .vessels)
        shell.press(.alt("7")); #expect(shell.activeTab == .approvals)
        shell.press(.function(8)); #expect(shell.activeTab == .enforcement)
        shell.press(.ctrl("n")); #expect(shell.activeTab == .declarations)
        shell.press(.alt("8")); #expect(shell.activeTab == .enforcement)
        shell.press(.alt("3")); #expect(shell.activeTab == .enforcement, "Alt-3 is F3, not a tab")
    }

    @Test func statusLineShowsOperatorDatabaseClockAndTraining() throws {
        let shell = try TrainingFixture().shell(as: "zhangmin")
        let status = shell.screen().trimmedLines()[22]
        #expect(status.contains("张敏 · Customs officer"))
        #expect(status.contains("Customs officer"))
        #expect(!status.contains("…"), "the status line fits 80 columns")
        #expect(status.contains("training.db"))
        #expect(status.contains("2026-03-02 01:30"))
        #expect(status.contains("TRAINING"))
    }

    @Test func reviewerStatusNamesTheDepartment() throws {
        let fixture = try TrainingFixture()
        let reviewer = try #require(try Operators.list(fixture.workspace.db, role: .departmentReviewer, limit: 1).first)
        let status = try fixture.shell(as: reviewer.id).screen().trimmedLines()[22]
        #expect(status.contains(try fixture.app().agencyName(reviewer.agency)), "\(status)")
    }

    @Test func keyBarAndHelpComeFromTheSameKeyMap() throws {
        let shell = try TrainingFixture().shell()
        shell.press(.function(8))
        let bar = shell.screen().trimmedLines()[23]
        for hint in shell.combinedKeyMap().barItems { #expect(bar.contains("\(hint.key) \(hint.label)")) }
        shell.press(.function(1))
        let help = shell.screen().trimmedLines().joined(separator: "\n")
        for entry in shell.combinedKeyMap().helpEntries { #expect(help.contains(entry.keys)) }
        shell.press(.escape)
        #expect(!shell.screen().trimmedLines().joined().contains("Keys"))
    }

    @Test func tooSmallTerminalShowsANoticeAndRecovers() throws {
        let shell = try TrainingFixture().shell()
        shell.resize(to: Size(width: 60, height: 20))
        let small = shell.screen().trimmedLines().joined(separator: "\n")
        #expect(small.contains("Terminal too small (need 80×24, have 60×20)"))
        shell.resize(to: Size(width: 80, height: 24))
        #expect(shell.screen().trimmedLines()[0].contains("Declarations"))
        // Degenerate sizes never crash.
        for size in [Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 79, height: 24), Size(width: 80, height: 23)] {
            shell.resize(to: size)
            _ = shell.screen()
        }
    }

    @Test func quitAsksFirst() throws {
        let shell = try TrainingFixture().shell()
        #expect(shell.handle(.ctrl("q")))
        #expect(shell.screen().trimmedLines().joined().contains("Quit SingleWindow?"))
        #expect(shell.handle(.char("n")))
        #expect(shell.handle(.ctrl("q")))
        #expect(shell.handle(.char("y")) == false)
    }

    @Test func trainerSwitchesOperatorAndTheSwitchIsAudited() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell()
        shell.press(.function(9))
        // Type-ahead is not needed: move to liwei's line and choose it.
        let operators = try Operators.list(fixture.workspace.db, limit: 500).filter(\.active)
        let target = try #require(operators.firstIndex { $0.id == "liwei" })
        let current = try #require(operators.firstIndex { $0.id == "trainer" })
        for _ in 0..<abs(current - target) { shell.press(target < current ? .up : .down) }
        shell.press(.enter)
        #expect(shell.app.actor.id == "liwei")
        #expect(shell.screen().trimmedLines()[22].contains("李伟 · Customs broker"))
        let entries = try AuditLog.entries(fixture.workspace.db, entity: "operator", entityID: "liwei")
        #expect(entries.last?.action == "operator.switch")
    }

    /// Ctrl-O hands over to whoever the pane names; where it names nobody (a list), it is F9's list.
    @Test func handOverWithNobodyNamedOpensTheOperatorList() throws {
        let shell = try TrainingFixture().shell(as: "liwei")
        shell.press(.ctrl("o"))
        #expect(shell.app.actor.id == "liwei")
        #expect(shell.screen().trimmedLines().joined().contains("Switch operator (training)"))
        shell.press(.escape)
        #expect(!shell.screen().trimmedLines().joined().contains("Switch operator (training)"))
    }

    @Test func trainerMovesTheClockAndTheStatusLineFollows() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell()
        shell.press(.ctrl("t"))
        for c in "+2d" { shell.press(.char(c)) }
        shell.press(.enter)
        #expect(shell.screen().trimmedLines()[22].contains("2026-03-04 01:30"))
        #expect(fixture.workspace.clockOffset == 2 * 86_400)
    }

    @Test func productionDatabaseHasNoTrainingKeys() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-prod-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ws = try Workspace.open(path: dir.appendingPathComponent("p.db").path, createAs: .production)
        let actor = Operator(id: "x", name: "X", role: .broker)
        let shell = Shell(app: AppContext(workspace: ws, actor: actor, strings: Strings(.en), databaseName: "p.db"), panes: PaneSet.make())
        shell.resize(to: Size(width: 80, height: 24))
        shell.press(.function(9))
        #expect(shell.app.actor.id == "x")
        shell.press(.ctrl("o"))
        #expect(shell.app.actor.id == "x")
        let screen = shell.screen().trimmedLines()
        #expect(!screen[23].contains("F9"))
        #expect(!screen[22].contains("TRAINING"))
    }
}

/// The trainer's scenario board: Ctrl-G from any tab, in the bar for the trainer only.
extension ShellScreenTests {
    @Test(arguments: [Language.en, .zh])
    func scenarioBoardSnapshot(language: Language) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "trainer", language: language)
        shell.press(.function(1))
        #expect(shell.text.contains("Ctrl-G"))
        shell.press(.escape, .function(6), .ctrl("g"))
        Snapshot.assert(shell.screen(), named: "shell-scenarios-\(language.rawValue)-80x24")
        shell.press(.escape)
        #expect(!shell.text.contains(language == .en ? "who plays it" : "由谁扮演"))
        let broker = try fixture.shell(as: "liwei", language: language)
        broker.press(.ctrl("g"))
        #expect(broker.text.contains(language == .en ? "who plays it" : "由谁扮演"))
    }
}
