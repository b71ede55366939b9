import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI
import TextWidth

/// The big table laid out densely: how many screens the header takes, labels that never read
/// alike, the legend at 80 columns, look-ups on every coded item, marks that go when corrected.
@Suite struct BigTableLayoutTests {
    static let header = DeclarationFormBuilder.header(
        Declaration(direction: .import, scope: .customsAndInspection), language: .en, editable: true)

    /// Rows of the form's body at a terminal size: the shell takes 4, the editor's title and
    /// page tabs 2, the form's message line 1.
    static func bodyHeight(_ rows: Int) -> Int { rows - 4 - 2 - 1 }

    static func screens(_ view: FormView, width: Int, rows: Int) -> Double {
        Double(view.lineCount(for: header, width: width)) / Double(bodyHeight(rows))
    }

    @Test func theHeaderFitsTwoScreensAt120AndTakesFewerAt80() {
        let dense = FormView(slotWidth: DeclarationFormBuilder.slotWidth), plain = FormView()
        let before80 = Self.screens(plain, width: 80, rows: 24), after80 = Self.screens(dense, width: 80, rows: 24)
        let before120 = Self.screens(plain, width: 120, rows: 40), after120 = Self.screens(dense, width: 120, rows: 40)
        print(String(format: "header screens: 80x24 %.1f → %.1f, 120x40 %.1f → %.1f", before80, after80, before120, after120))
        #expect(after120 <= 2)
        #expect(after80 < before80 * 0.7)
        #expect(dense.slots(width: 80) == 2 && dense.slots(width: 120) == 3)
    }

    /// Every label as the dense form draws it (cut to its width) is whole and unlike any other,
    /// in both languages; the same for the goods grid's titles at their column widths.
    @Test(arguments: [Language.en, .zh])
    func noTwoFieldsReadTheSame(language: Language) {
        let form = DeclarationFormBuilder.header(Declaration(direction: .import, scope: .customsAndInspection),
                                                 language: language, editable: true)
        let drawn = form.fields.map { truncate($0.label, toWidth: FormView.denseLabelWidth, ellipsis: true) }
        #expect(Set(drawn).count == drawn.count, "\(drawn)")
        for field in form.fields { #expect(displayWidth(field.label) <= FormView.denseLabelWidth, "\(field.label) is cut") }
        for level in [FieldDefinition.Level.goods, .container, .document] {
            let grid = DeclarationFormBuilder.grid(level, rows: [], language: language, editable: true)
            let titles = grid.columns.map { truncate($0.title, toWidth: $0.width, ellipsis: true) }
            #expect(Set(titles).count == titles.count, "\(titles)")
        }
    }

    @Test func theLegendShowsAt80InEnglish() throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei")
        DeclarationScreenTests.openShrimp(shell)
        let tabs = shell.screen().trimmedLines()[2]
        #expect(tabs.contains("*req •shared"), "\(tabs)")
    }

    /// Each coded item the issue names has its F4 list, with names.
    @Test(arguments: [("inspectionOrg", "310000"), ("specialRelationship", "1"), ("priceInfluence", "0"),
                      ("royaltyPayment", "1")])
    func everyCodedHeaderItemHasItsLookUp(key: String, code: String) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "liwei")
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"))
        pane.editor?.form.focus(on: key)
        shell.press(.function(4))
        guard case let .lookup(lookup)? = pane.overlay else {
            Issue.record("no look-up on \(key): \(DeclarationTestSupport.text(shell))")
            return
        }
        let index = try #require(lookup.state.items.firstIndex { $0.code == code })
        for _ in 0..<index { shell.press(.down) }
        shell.press(.enter)
        #expect(pane.editor?.form[key]?.value == code)
    }

    @Test func theDomesticRegionLookUpIsPreFilteredByWhatWasTyped() throws {
        let (_, shell, pane) = try GoodsLineKeystrokeTests.emptyGoodsPage()
        shell.press(.insert)
        let column = try #require(DeclarationFormBuilder.column(level: .goods, key: "domesticRegion"))
        pane.editor?.goods.column = column
        shell.type("浦东")
        shell.press(.function(4))
        guard case let .lookup(lookup)? = pane.overlay else {
            Issue.record("no look-up: \(DeclarationTestSupport.text(shell))")
            return
        }
        #expect(lookup.state.items.map(\.code) == ["31222"])
        shell.press(.enter)
        #expect(pane.editor?.goods.value(row: 0, column: column) == "31222")
    }

    @Test func aCorrectedFieldLosesItsMarkAtOnce() throws {
        let fixture = try TrainingFixture()
        try DeclarationTestSupport.importBatch(fixture)
        let shell = try fixture.shell(as: "liwei")
        let pane = DeclarationTestSupport.pane(shell)
        DeclarationScreenTests.openShrimp(shell)
        pane.editor?.form.focus(on: "billNo")
        shell.press(.ctrl("u"), .function(3), .escape)
        #expect(pane.editor?.form["billNo"]?.error != nil)
        shell.type("MEDUECU9031199")
        #expect(pane.editor?.form["billNo"]?.error == nil, "no ! once typed, before F2")
        // On a grid line: the line's "!" goes when its cell is corrected.
        shell.press(.pageDown)
        let column = try #require(DeclarationFormBuilder.column(level: .goods, key: "goodsName"))
        pane.editor?.goods.column = column
        shell.press(.delete) // Del outside an edit removes the line: put it back empty instead
        shell.press(.insert, .function(3), .escape)
        #expect(pane.editor?.goods.value(row: 0, column: 0) == "1!")
        pane.editor?.goods.column = column
        shell.type("冻虾")
        shell.press(.enter)
        #expect(pane.editor?.problems(level: .goods, row: 0, key: "goodsName").isEmpty == true)
    }

    @Test func anUnknownHeaderCodeIsMarkedWhenLeftWithoutTheTableName() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "liwei")
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"))
        pane.editor?.form.focus(on: "customsDistrict")
        shell.type("9999")  // complete: the focus moves on and the code is checked
        #expect(pane.editor?.form.focusedField?.id == "iePort")
        let error = try #require(pane.editor?.form["customsDistrict"]?.error)
        #expect(error.contains("9999 is not a known code"))
        #expect(!error.contains("customs_district"))
        pane.editor?.form.focus(on: "customsDistrict")
        shell.press(.ctrl("u"))
        shell.type("2244")
        #expect(pane.editor?.form["customsDistrict"]?.error == nil)
        #expect(DeclarationTestSupport.text(shell).contains("2244 ▾  Yangshan"))
    }

    @Test func goToFieldFindsAFieldByPartOfItsName() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "liwei")
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"), .alt("g"))
        shell.type("B/L")
        shell.press(.enter)
        #expect(pane.editor?.form.focusedField?.id == "billNo")
        shell.press(.pageDown, .insert, .alt("g"))
        shell.type("origin")
        shell.press(.enter)
        let column = try #require(DeclarationFormBuilder.column(level: .goods, key: "originCountry"))
        #expect(pane.editor?.goods.column == column)
    }
}
