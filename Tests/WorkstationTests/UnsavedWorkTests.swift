import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 9 item 3: no way out of an edited form loses what was typed without asking. Every way
/// out (Ctrl-Q, Ctrl-C, F9, another tab, Esc) offers save / discard / stay naming the unsaved work.
@Suite struct UnsavedWorkTests {
    enum WayOut: String, CaseIterable, CustomTestStringConvertible {
        case ctrlQ, ctrlC, f9, f6, escape
        var key: Key {
            switch self {
            case .ctrlQ: return .ctrl("q")
            case .ctrlC: return .ctrl("c")
            case .f9: return .function(9)
            case .f6: return .function(6)
            case .escape: return .escape
            }
        }
        var title: String {
            switch self {
            case .ctrlQ, .ctrlC: return "Quit SingleWindow?"
            case .f9: return "Switch operator?"
            case .f6: return "Switch to Vessels 船舶?"
            case .escape: return "Close the form?"
            }
        }
        var testDescription: String { rawValue }
    }

    enum Answer: String, CaseIterable, CustomTestStringConvertible {
        case save, discard, stay
        var key: Key {
            switch self {
            case .save: return .char("s")
            case .discard: return .char("d")
            case .stay: return .escape
            }
        }
        var testDescription: String { rawValue }
    }

    static let reference = "TYPED-REF-77"

    let fixture: TrainingFixture
    init() throws { fixture = try TrainingFixture() }

    /// 李伟 starts a new declaration and types a trader's reference (the form says "not saved").
    func typedNewDeclaration() throws -> (Shell, DeclarationsPane) {
        let shell = try fixture.shell(as: "liwei")
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"))
        pane.editor?.form.focus(on: "traderReference")
        shell.type(Self.reference)
        return (shell, pane)
    }

    func storedReferences() throws -> Int {
        Int(try fixture.workspace.db.scalar("SELECT count(*) FROM declaration WHERE trader_ref = ?", [Self.reference]).int64 ?? -1)
    }

    @Test(arguments: WayOut.allCases, Answer.allCases)
    func everyWayOutOffersSaveDiscardStay(way: WayOut, answer: Answer) throws {
        let (shell, pane) = try typedNewDeclaration()
        #expect(shell.handle(way.key))
        let asked = DeclarationTestSupport.text(shell)
        #expect(asked.contains(way.title), "\(asked)")
        #expect(asked.contains("New declaration: Trader's reference not saved"), "\(asked)")
        #expect(asked.contains("[ S Save ]") && asked.contains("[ D Discard ]") && asked.contains("[ Esc Stay ]"), "\(asked)")

        let goesOn = shell.handle(answer.key)
        let screen = DeclarationTestSupport.text(shell)
        switch answer {
        case .stay:
            #expect(goesOn)
            #expect(shell.activeTab == .declarations && shell.overlay == nil)
            #expect(pane.editor?.form["traderReference"]?.value == Self.reference)
            #expect(screen.contains(Self.reference), "the form still shows the typing: \(screen)")
            #expect(try storedReferences() == 0)
            return
        case .save:
            #expect(try storedReferences() == 1, "saved as a draft, valid or not")
            let row = try fixture.workspace.db.queryOne("SELECT status FROM declaration WHERE trader_ref = ?", [Self.reference])
            #expect(row?.string("status") == "draft")
        case .discard:
            #expect(try storedReferences() == 0)
        }
        // And the way out goes ahead.
        switch way {
        case .ctrlQ, .ctrlC: #expect(!goesOn, "the program quits")
        case .f9:
            #expect(goesOn)
            guard case .switchOperator? = shell.overlay else { Issue.record("no operator list: \(screen)"); return }
        case .f6: #expect(shell.activeTab == .vessels)
        case .escape:
            #expect(pane.editor == nil, "back on the list")
            #expect(shell.overlay == nil)
        }
    }

    @Test func anUneditedFormLeavesWithoutAPrompt() throws {
        let shell = try fixture.shell(as: "liwei")
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"))
        #expect(pane.unsavedWork(shell.app) == nil)
        shell.press(.function(6))
        #expect(shell.activeTab == .vessels && shell.overlay == nil)
        shell.press(.function(5), .escape)
        #expect(pane.editor == nil && shell.overlay == nil)
        shell.press(.char("n"), .ctrl("q"))
        // Nothing to lose: the plain quit confirm.
        guard case .confirmQuit? = shell.overlay else { Issue.record("expected the yes/no quit"); return }
    }

    @Test func theDialogNamesGoodsLinesAndCountsMoreFields() throws {
        let shell = try fixture.shell(as: "liwei")
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"))
        for (field, text) in [("traderReference", "R-1"), ("contractNo", "C-1"), ("billNo", "B-1"), ("notes", "N"), ("marks", "M")] {
            pane.editor?.form.focus(on: field)
            shell.type(text)
        }
        shell.press(.pageDown, .insert)
        let work = try #require(pane.unsavedWork(shell.app))
        #expect(work.details.contains("and 2 more"), "\(work.details)")
        #expect(work.details.hasSuffix("1 goods line(s)"), "\(work.details)")
    }

    @Test func f9AwayAndBackKeepsTheAddedGoodsLineWhenSaved() throws {
        let (shell, pane) = try typedNewDeclaration()
        shell.press(.function(2))
        let id = try #require(pane.editor?.stored.id)
        shell.press(.pageDown, .insert)
        shell.press(.function(9))
        #expect(DeclarationTestSupport.text(shell).contains("Draft #\(id): 1 goods line(s) not saved"))
        shell.press(.char("s"))
        guard case let .switchOperator(_, operators)? = shell.overlay else { Issue.record("no operator list"); return }
        let other = try #require(operators.firstIndex { $0.id == "chenjing" })
        let liwei = try #require(operators.firstIndex { $0.id == "liwei" })
        shell.overlay = .switchOperator(ListDialog(title: "", items: operators.map(\.id)), operators)
        for _ in 0..<other { shell.press(.down) }
        shell.press(.enter)
        #expect(shell.app.actor.id == "chenjing")
        shell.press(.function(9))
        for _ in 0..<other { shell.press(.up) }
        for _ in 0..<liwei { shell.press(.down) }
        shell.press(.enter)
        #expect(shell.app.actor.id == "liwei")
        #expect(try Declarations.load(fixture.workspace, id: id, by: shell.app.actor).goods.count == 1)
    }

    @Test func aFailedSaveKeepsWhatWasTypedAndStays() throws {
        let (shell, pane) = try typedNewDeclaration()
        shell.press(.function(2))
        let id = try #require(pane.editor?.stored.id)
        pane.editor?.form.focus(on: "notes")
        shell.type("mine")
        // Another terminal saves the same draft meanwhile: this save is refused (stale).
        let broker = shell.app.actor
        var other = try Declarations.load(fixture.workspace, id: id, by: broker)
        other["notes"] = "other terminal"
        _ = try Declarations.saveDraft(fixture.workspace, other, by: broker)
        #expect(shell.handle(.ctrl("q")))
        #expect(shell.handle(.char("s")), "not saved: the program does not quit")
        #expect(pane.editor?.form["notes"]?.value == "mine")
        #expect(DeclarationTestSupport.text(shell).contains("Someone else saved this declaration"))
        #expect(try Declarations.load(fixture.workspace, id: id, by: broker)["notes"] == "other terminal")
    }

    @Test func aDraftGoneAfterAResetOffersSaveAsNew() throws {
        let (shell, pane) = try typedNewDeclaration()
        shell.press(.function(2))
        let id = try #require(pane.editor?.stored.id)
        pane.editor?.form.focus(on: "notes")
        shell.type("after reset")
        // The trainer resets the database in place: the draft's row is gone.
        try fixture.workspace.db.write { try fixture.workspace.db.run("DELETE FROM declaration WHERE id = ?", [id]) }
        shell.press(.function(2))
        let asked = DeclarationTestSupport.text(shell)
        #expect(asked.contains("This draft no longer exists"), "\(asked)")
        #expect(asked.contains("[ N Save as new ]") && asked.contains("[ D Discard ]") && asked.contains("[ Esc Stay ]"), "\(asked)")
        #expect(pane.editor?.form["notes"]?.value == "after reset")
        // Stay keeps the typing; F2 again, then save as new.
        shell.press(.escape)
        #expect(pane.editor?.form["notes"]?.value == "after reset" && pane.overlay == nil)
        shell.press(.function(2), .char("n"))
        let saved = try #require(pane.editor?.stored)
        #expect(saved.id != 0, "a new draft (SQLite may give it the freed id \(id))")
        let stored = try Declarations.load(fixture.workspace, id: saved.id, by: shell.app.actor)
        #expect(stored["notes"] == "after reset" && stored.traderReference == Self.reference)
    }

    @Test func aDraftGoneAfterAResetCanBeDiscardedFromTheQuitPrompt() throws {
        let (shell, pane) = try typedNewDeclaration()
        shell.press(.function(2))
        let id = try #require(pane.editor?.stored.id)
        shell.type("-2")
        try fixture.workspace.db.write { try fixture.workspace.db.run("DELETE FROM declaration WHERE id = ?", [id]) }
        #expect(shell.handle(.ctrl("q")))
        #expect(shell.handle(.char("s")), "the save found nothing to write into: stays")
        #expect(DeclarationTestSupport.text(shell).contains("This draft no longer exists"))
        shell.press(.char("d"))
        #expect(pane.editor == nil)
        #expect(try storedReferences() == 0)
    }

    @Test func aHangUpKeepsTheFormAsARecoveredDraftAndTheNextStartSaysSo() throws {
        let (shell, _) = try typedNewDeclaration()
        let backend = MemoryBackend(keys: [.pageDown, .insert])
        backend.signalAfterKeys = SIGHUP
        let signal = runLoop(backend: backend, render: { shell.render(into: &$0) }, handle: { shell.handle($0) },
                             terminated: { _ in shell.hangUp() })
        #expect(signal == SIGHUP)
        let row = try #require(try fixture.workspace.db.queryOne("SELECT id, status FROM declaration WHERE trader_ref = ?", [Self.reference]))
        let id = try #require(row.int64("id"))
        #expect(row.string("status") == "draft")
        #expect(try Declarations.load(fixture.workspace, id: id, by: shell.app.actor).goods.count == 1, "the added line too")
        let audit = try fixture.workspace.db.queryOne("SELECT after FROM audit_entry WHERE action = 'declaration.recover' AND entity_id = ?", [String(id)])
        #expect(audit?.string("after")?.contains("recovered") == true)

        // Another operator's start says nothing; 李伟's next start says it once.
        #expect(!DeclarationTestSupport.text(try fixture.shell(as: "chenjing")).contains("Recovered"))
        let next = DeclarationTestSupport.text(try fixture.shell(as: "liwei"))
        #expect(next.contains("Recovered draft #\(id): saved when the connection dropped at 2026-03-02 01:30"), "\(next)")
        #expect(!DeclarationTestSupport.text(try fixture.shell(as: "liwei")).contains("Recovered"))
    }

    @Test func aHangUpIntoAnExistingDraftSavesIt() throws {
        let (shell, pane) = try typedNewDeclaration()
        shell.press(.function(2))
        let id = try #require(pane.editor?.stored.id)
        pane.editor?.form.focus(on: "notes")
        shell.type("typed before the drop")
        shell.hangUp()
        #expect(try Declarations.load(fixture.workspace, id: id, by: shell.app.actor)["notes"] == "typed before the drop")
        #expect(DeclarationTestSupport.text(try fixture.shell(as: "liwei")).contains("Recovered draft #\(id)"))
    }

    @Test func quitAsksAboutAFormLeftOpenOnAnotherTab() throws {
        let (shell, _) = try typedNewDeclaration()
        shell.select(.vessels)
        #expect(shell.handle(.ctrl("q")))
        #expect(DeclarationTestSupport.text(shell).contains("New declaration: Trader's reference not saved"))
        #expect(!shell.handle(.char("s")))
        #expect(try storedReferences() == 1)
    }

    @Test func aTypedRiskRuleFormIsAskedAboutAndAFailedSaveKeepsIt() throws {
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.char("R"), .char("n"))
        let tab = try #require(shell.panes[.declarations] as? DeclarationsTabPane)
        #expect(tab.rules.form != nil)
        shell.type("-NEW") // the key field: "C--NEW"
        #expect(shell.handle(.ctrl("q")))
        let asked = DeclarationTestSupport.text(shell)
        #expect(asked.contains("New Customs rule: Rule key not saved"), "\(asked)")
        #expect(shell.handle(.char("s")), "the note is required: not saved, stays")
        #expect(tab.rules.form?.value("key") == "C--NEW")
        #expect(DeclarationTestSupport.text(shell).contains("4 problem(s)"))
        #expect(try RiskRules.all(fixture.workspace.db, agency: .customs).allSatisfy { $0.key != "C--NEW" })
    }

    @Test func theChoiceDialogLaysOutChineseByWidth() throws {
        let (shell, _) = try typedNewDeclaration()
        shell.app.strings = Strings(.zh)
        shell.press(.ctrl("q"))
        let lines = shell.screen().trimmedLines()
        let buttons = try #require(lines.first { $0.contains("[ S 保存 ]") })
        #expect(buttons.contains("[ D 放弃 ]  [ Esc 留下 ]"), "\(buttons)")
        #expect(lines.contains { $0.contains("尚未保存") })
    }
}
