import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The declarations pane driven by keys through the shell, as an operator would.
@Suite struct DeclarationPaneTests {
    let fixture: TrainingFixture

    init() throws {
        fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
    }

    func shell(as id: String = "liwei") throws -> Shell { try fixture.shell(as: id) }

    /// Opens the imported draft with this reference through the `/` search and Enter.
    func open(_ reference: String, in shell: Shell) {
        shell.press(.char("/"))
        shell.type(reference)
        shell.press(.enter, .enter)
    }

    @Test func saveKeepsInvalidInputExactlyAsTyped() throws {
        let shell = try shell()
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"))
        pane.editor?.form.focus(on: "grossWeight")
        shell.type("12,5 kg")
        pane.editor?.form.focus(on: "billNo")
        shell.type("BL-TYPED")
        shell.press(.function(2))
        let id = try #require(pane.editor?.stored.id)
        #expect(id != 0)
        let saved = try Declarations.load(fixture.workspace, id: id, by: try fixture.app(as: "liwei").actor)
        #expect(saved["grossWeight"] == "12,5 kg")
        #expect(saved["billNo"] == "BL-TYPED")
        #expect(saved.status == .draft)
        let screen = DeclarationTestSupport.text(shell)
        #expect(screen.contains("problem(s): F3 lists them"), "\(screen)")
        #expect(pane.editor?.isDirty == false)
    }

    @Test func checkListsEveryProblemAndEnterJumpsToTheField() throws {
        let shell = try shell()
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"), .function(3))
        guard case let .problems(dialog, problems)? = pane.overlay else {
            Issue.record("no problem list: \(DeclarationTestSupport.text(shell))")
            return
        }
        #expect(problems.count > 10, "all problems, not only the first")
        #expect(dialog.items.count == problems.count)
        #expect(DeclarationTestSupport.text(shell).contains("Customs office of declaration: is required"))
        let target = try #require(problems.firstIndex { $0.path == "header.billNo" })
        for _ in 0..<target { shell.press(.down) }
        shell.press(.enter)
        #expect(pane.overlay == nil)
        #expect(pane.editor?.page == .header)
        #expect(pane.editor?.form.focusedField?.id == "billNo")
        #expect(pane.editor?.form.focusedField?.error == "is required")
    }

    @Test func customsOnlyIsRefusedForLegalInspectionGoodsWithTheReason() throws {
        let shell = try shell()
        let pane = DeclarationTestSupport.pane(shell)
        open("SH-2026-0004", in: shell)
        pane.editor?.form.focus(on: "scope")
        shell.press(.function(4))
        #expect(DeclarationTestSupport.text(shell).contains("customs only"))
        shell.press(.down, .enter)
        let screen = DeclarationTestSupport.text(shell)
        #expect(screen.contains("under legal inspection"), "\(screen)")
        #expect(screen.contains("cannot be declared to customs only"))
        #expect(pane.editor?.form["scope"]?.value == "both", "the scope stays as it was")
        shell.press(.escape)
        #expect(pane.overlay == nil)
    }

    @Test func submitConfirmsWhatGoesToWhomThenShowsTheNumberAndTwoLanes() throws {
        let shell = try shell()
        let pane = DeclarationTestSupport.pane(shell)
        open("SH-2026-0004", in: shell)
        shell.press(.function(10))
        let confirm = DeclarationTestSupport.text(shell)
        #expect(confirm.contains("Submit to customs + inspection?"), "\(confirm)")
        #expect(confirm.contains("Customs: "))
        #expect(confirm.contains("Inspection & quarantine: "))
        #expect(confirm.contains("goods line(s)"))
        shell.press(.char("y"))
        let editor = try #require(pane.editor)
        #expect(!editor.isEditable)
        #expect(editor.page == .status)
        let number = try #require(editor.stored.number)
        #expect(number.count == 18 && number.allSatisfy(\.isNumber))
        let screen = DeclarationTestSupport.text(shell)
        #expect(screen.contains(number))
        #expect(screen.contains("── Customs: received"))
        #expect(screen.contains("── Inspection & quarantine: received"))
        #expect(editor.detail?.lanes.count == 2)
        // Read-only now: typing on the header changes nothing.
        shell.press(.pageDown)
        #expect(pane.editor?.page == .header)
        shell.type("x")
        #expect(pane.editor?.isDirty == false)
        shell.press(.escape)
        #expect(DeclarationTestSupport.text(shell).contains(number), "the list shows the number")
    }

    @Test func templateRoundTrip() throws {
        let shell = try shell()
        let pane = DeclarationTestSupport.pane(shell)
        open("SH-2026-0004", in: shell)
        let original = try #require(pane.editor?.content())
        shell.press(.ctrl("w"))
        shell.type("Shrimp FOB")
        shell.press(.enter)
        #expect(DeclarationTestSupport.text(shell).contains("Template “Shrimp FOB” saved"))
        shell.press(.escape, .char("t"))
        #expect(DeclarationTestSupport.text(shell).contains("Shrimp FOB"))
        shell.press(.enter)
        let fromTemplate = try #require(pane.editor)
        #expect(fromTemplate.stored.id != original.id && fromTemplate.stored.id != 0)
        #expect(fromTemplate.isEditable)
        #expect(fromTemplate.content()["billNo"] == original["billNo"])
        #expect(fromTemplate.content().goods == original.goods)
        #expect(fromTemplate.content()["traderReference"] == "", "the trader's reference identifies the original")
    }

    @Test func dupCopiesTheCellFromTheLineAbove() throws {
        let shell = try shell()
        let pane = DeclarationTestSupport.pane(shell)
        open("SH-2026-0004", in: shell)
        shell.press(.pageDown, .insert)
        #expect(pane.editor?.goods.rows.count == 2)
        shell.press(.ctrl("d"))
        let goods = try #require(pane.editor?.goods)
        #expect(goods.value(row: 1, column: 1) == goods.value(row: 0, column: 1))
        #expect(!goods.value(row: 1, column: 1).isEmpty)
        shell.press(.right, .ctrl("d"))
        #expect(pane.editor?.goods.value(row: 1, column: 2) == goods.value(row: 0, column: 2))
        #expect(pane.editor?.isDirty == true)
    }

    @Test func lookupSearchesChineseAndFillsTheCode() throws {
        let shell = try shell()
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"))
        pane.editor?.form.focus(on: "tradeCountry")
        shell.press(.function(4))
        shell.type("厄瓜多尔")
        #expect(DeclarationTestSupport.text(shell).contains("ECU"))
        shell.press(.enter)
        #expect(pane.editor?.form["tradeCountry"]?.value == "ECU")
    }

    @Test func aStaleSaveKeepsTheTypedValuesAndOffersANewDraft() throws {
        let shell = try shell()
        let pane = DeclarationTestSupport.pane(shell)
        open("SH-2026-0004", in: shell)
        // Another terminal saves the same draft meanwhile.
        let broker = try fixture.app(as: "liwei").actor
        let id = try #require(pane.editor?.stored.id)
        var other = try Declarations.load(fixture.workspace, id: id, by: broker)
        other["notes"] = "other terminal"
        _ = try Declarations.saveDraft(fixture.workspace, other, by: broker)
        pane.editor?.form.focus(on: "notes")
        shell.type("mine")
        shell.press(.function(2))
        let screen = DeclarationTestSupport.text(shell)
        #expect(screen.contains("Someone else saved this declaration"), "\(screen)")
        #expect(pane.editor?.form["notes"]?.value == "mine", "typed values stay")
        shell.press(.char("y"))
        let copy = try #require(pane.editor?.stored)
        #expect(copy.id != id)
        #expect(try Declarations.load(fixture.workspace, id: copy.id, by: broker)["notes"] == "mine")
        #expect(try Declarations.load(fixture.workspace, id: id, by: broker)["notes"] == "other terminal")
    }

    @Test func escapeAsksBeforeLeavingUnsavedChanges() throws {
        let shell = try shell()
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"))
        pane.editor?.form.focus(on: "notes")
        shell.type("X")
        shell.press(.escape)
        #expect(DeclarationTestSupport.text(shell).contains("Close the form?"))
        shell.press(.escape)
        #expect(pane.editor != nil)
        shell.press(.escape, .char("d"))
        #expect(pane.editor == nil)
    }

    @Test func traderPreparesAndHandsToTheBrokerBothSeeIt() throws {
        let trader = try shell(as: "liuhai")
        let pane = DeclarationTestSupport.pane(trader)
        trader.press(.char("n"))
        pane.editor?.form.focus(on: "billNo")
        trader.type("HANDOFF-001")
        trader.press(.function(10))
        guard case let .brokers(_, brokers)? = pane.overlay else {
            Issue.record("no broker choice: \(DeclarationTestSupport.text(trader))")
            return
        }
        let liweiEnterprise = "913101153127416255"
        let index = try #require(brokers.firstIndex { $0.id == liweiEnterprise })
        for _ in 0..<index { trader.press(.down) }
        trader.press(.enter)
        #expect(DeclarationTestSupport.text(trader).contains("handed to"))
        #expect(pane.editor?.isEditable == false, "the broker holds it now")
        trader.press(.escape)
        #expect(DeclarationTestSupport.text(trader).contains("HANDOFF-001"))

        let broker = try shell(as: "liwei")
        broker.press(.char("/"))
        broker.type("HANDOFF-001")
        broker.press(.enter)
        #expect(DeclarationTestSupport.text(broker).contains("HANDOFF-001"))
        broker.press(.enter)
        #expect(DeclarationTestSupport.pane(broker).editor?.isEditable == true)
    }

    @Test func importFromTheWorkstationShowsCountsProblemsAndRejects() throws {
        let fresh = try TrainingFixture()
        let shell = try fresh.shell(as: "liwei")
        let copy = fresh.directory.appendingPathComponent("batch.csv")
        try FileManager.default.copyItem(atPath: DeclarationTestSupport.batch, toPath: copy.path)
        shell.press(.char("i"))
        shell.type(copy.path)
        shell.press(.enter)
        let screen = DeclarationTestSupport.text(shell)
        #expect(screen.contains("40 declarations: 37 new, 0 updated, 3 rejected"), "\(screen)")
        #expect(screen.contains("100% 40/40"))
        #expect(screen.contains("batch.csv:40:76: goods[1].hsCode:"))
        #expect(screen.contains("batch.rejects.csv"))
        shell.press(.escape)
        #expect(DeclarationTestSupport.pane(shell).overlay == nil)
        #expect(DeclarationTestSupport.pane(shell).list?.table.pager.items.isEmpty == false)
    }

    @Test func refreshShowsAnotherTerminalsSubmission() throws {
        let shell = try shell()
        open("SH-2026-0004", in: shell)
        let pane = DeclarationTestSupport.pane(shell)
        let broker = try fixture.app(as: "liwei").actor
        let id = try #require(pane.editor?.stored.id)
        _ = try Declarations.submit(fixture.workspace, try Declarations.load(fixture.workspace, id: id, by: broker), by: broker)
        shell.externalChange()
        #expect(pane.editor?.stored.status == .submitted)
        #expect(pane.editor?.isEditable == false)
    }

    @Test func keyBarFollowsTheMode() throws {
        let shell = try shell()
        #expect(shell.screen().trimmedLines()[23].hasPrefix("Enter Open  n New  / Search  f Status  i Import"))
        open("SH-2026-0004", in: shell)
        #expect(shell.screen().trimmedLines()[23].hasPrefix("F2 Save  F3 Check  F4 Look up  F10 Submit"))
        shell.press(.function(4))
        shell.press(.escape, .pageDown)
        #expect(shell.screen().trimmedLines()[23].contains("Ctrl-D Dup"))
    }
}
