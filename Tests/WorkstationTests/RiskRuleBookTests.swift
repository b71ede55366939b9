import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The officer's rule book on the Declarations tab: `R` from the queue, the list, a rule's
/// versions, editing through the form (a new version), bad input kept for correction.
@Suite struct RiskRuleBookTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func tab(_ shell: Shell) -> DeclarationsTabPane { shell.panes[.declarations] as! DeclarationsTabPane }
    static func book(_ shell: Shell) -> RiskRuleBook { tab(shell).rules }
    static func text(_ shell: Shell) -> String { ReviewQueuePaneSupport.text(shell) }

    /// Selects the rule with `key` in the list.
    static func select(_ key: String, _ shell: Shell) throws {
        let index = try #require(book(shell).rules.firstIndex { $0.key == key })
        shell.press(.home)
        for _ in 0..<index { shell.press(.down) }
        #expect(book(shell).selectedRule?.key == key)
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func ruleBookSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "zhangmin", language: language, size: size)
        shell.press(.char("R"))
        #expect(Self.tab(shell).showingRulesForTests)
        Snapshot.assert(shell.screen(), named: "rule-book-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func ruleFormSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "wangqiang", language: language, size: size)
        shell.press(.char("R"))
        try Self.select("I-HS-ANIMAL", shell)
        shell.press(.char("e"))
        #expect(Self.book(shell).form != nil)
        Snapshot.assert(shell.screen(), named: "rule-form-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test(arguments: [Language.en, .zh])
    func ruleDetailSnapshot(language: Language) throws {
        let fixture = try TrainingFixture()
        let officer = try #require(try Operators.find(fixture.workspace.db, "zhangmin"))
        var rule = try #require(try RiskRules.latest(fixture.workspace.db, key: "C-HS-0306-ORIGIN"))
        rule.origins = ["ECU", "IND"]
        fixture.clock.advance(by: 3600)
        try RiskRules.save(fixture.workspace, rule, note: "Viet Nam and Thailand lifted from the import alert", by: officer)
        let shell = try fixture.shell(as: "zhangmin", language: language)
        shell.press(.char("R"))
        try Self.select("C-HS-0306-ORIGIN", shell)
        shell.press(.enter)
        Snapshot.assert(shell.screen(), named: "rule-detail-\(language.rawValue)-80x24")
    }

    @Test func editTheOutcomeThroughTheForm() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.char("R"))
        try Self.select("C-HS-33", shell)
        shell.press(.char("e"))
        // Priority has focus (the key is fixed); Tab to the outcome.
        #expect(Self.book(shell).form?.form.focusedField?.id == "priority")
        for _ in 0..<5 { shell.press(.tab) }
        #expect(Self.book(shell).form?.form.focusedField?.id == "outcome")
        for _ in 0..<10 { shell.press(.backspace) }
        shell.type("red")
        for _ in 0..<6 { shell.press(.tab) }
        #expect(Self.book(shell).form?.form.focusedField?.id == "note")
        shell.type("counterfeit alert")
        shell.press(.enter)
        #expect(Self.book(shell).form == nil)
        #expect(Self.text(shell).contains("Saved C-HS-33 version 2"))
        // The list shows version 2 in red; its versions, newest first, with who and why.
        #expect(Self.book(shell).selectedRule?.version == 2 && Self.book(shell).selectedRule?.outcome == "red")
        shell.press(.enter)
        let detail = Self.text(shell)
        #expect(detail.contains("C-HS-33 · version 2 · on"))
        #expect(detail.contains("v2") && detail.contains("zhangmin") && detail.contains("counterfeit alert"))
        #expect(detail.contains("v1") && detail.contains("initial rule set"))
        #expect(Self.book(shell).detail?.history.map(\.version) == [2, 1])
        // The domain routes by version 2 from now on.
        let current = try #require(try RiskRules.current(fixture.workspace.db, agency: .customs).first { $0.key == "C-HS-33" })
        #expect(current.version == 2 && current.outcome == "red" && current.changeNote == "counterfeit alert")
        // Esc: back to the list; Esc again (or R): back to the queue.
        shell.press(.escape)
        #expect(Self.book(shell).detail == nil && Self.tab(shell).showingRulesForTests)
        shell.press(.escape)
        #expect(!Self.tab(shell).showingRulesForTests && Self.text(shell).contains("Review queue"))
    }

    @Test func badInputNamesTheFieldAndKeepsWhatWasTyped() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.char("R"))
        try Self.select("C-HS-33", shell)
        shell.press(.char("e"))
        shell.type("x")                          // priority "30x"
        for _ in 0..<2 { shell.press(.tab) }
        shell.type(",3x")                        // HS "33,3x"
        shell.press(.backTab, .backTab, .backTab) // wraps to the change note, left empty
        #expect(Self.book(shell).form?.form.focusedField?.id == "note")
        shell.press(.enter)
        let form = try #require(Self.book(shell).form)
        #expect(form.value("priority") == "30x" && form.value("hsPrefixes") == "33,3x")
        #expect(form.form["priority"]?.error == "is not a whole number: 30x")
        #expect(form.form["note"]?.error == "is required" && form.form["hsPrefixes"]?.error == "3x is not an HS chapter or heading (2 to 10 digits)")
        #expect(form.form.focusedField?.id == "priority")
        #expect(Self.text(shell).contains("30x") && Self.text(shell).contains("3 problem(s)"))
        // Priority fixed: the domain alone now refuses the HS prefix and the missing note.
        shell.press(.backspace)
        #expect(Self.book(shell).form?.form["priority"]?.error == nil)
        shell.press(.backTab)
        shell.press(.enter)
        let again = try #require(Self.book(shell).form)
        #expect(again.form["priority"]?.error == nil && again.form["hsPrefixes"]?.error == "3x is not an HS chapter or heading (2 to 10 digits)")
        #expect(again.form["note"]?.error == "is required" && again.value("hsPrefixes") == "33,3x")
        #expect(try RiskRules.history(fixture.workspace.db, key: "C-HS-33").count == 1)
        // Esc asks first (the form was typed into); D discards: nothing saved.
        shell.press(.escape)
        #expect(Self.text(shell).contains("Close the form?") && Self.text(shell).contains("HS codes not saved"), "\(Self.text(shell))")
        shell.press(.char("d"))
        #expect(Self.book(shell).form == nil)
        #expect(try RiskRules.history(fixture.workspace.db, key: "C-HS-33").count == 1)
    }

    @Test func switchOffAsksWhyAndNewAddsARule() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "wangqiang", language: .zh)
        shell.press(.char("R"))
        try Self.select("I-HS-WINE", shell)
        shell.press(.char("a"))
        #expect(Self.book(shell).toggle != nil)
        shell.press(.enter)                       // no note: stays open
        #expect(Self.book(shell).toggle != nil && Self.text(shell).contains("必须填写变更说明"))
        shell.type("标签核查移交口岸")
        shell.press(.enter)
        #expect(Self.book(shell).toggle == nil)
        #expect(try RiskRules.latest(fixture.workspace.db, key: "I-HS-WINE")?.active == false)
        #expect(try !RiskRules.current(fixture.workspace.db, agency: .inspection).contains { $0.key == "I-HS-WINE" })
        #expect(Self.text(shell).contains("停用") && Self.book(shell).rules.contains { $0.key == "I-HS-WINE" })

        // n: a new inspection rule, key typed.
        shell.press(.char("n"))
        #expect(Self.book(shell).form?.form.focusedField?.id == "key")
        shell.type("TOYS")                        // after the "I-" prefilled
        shell.press(.tab); shell.type("5")       // priority 05
        shell.press(.tab, .tab); shell.type("9503")
        shell.press(.tab, .tab, .tab); shell.type("verification_release")
        shell.press(.tab, .tab, .tab); shell.type("Toys: verify the CCC mark")
        shell.press(.tab); shell.type("玩具：核验 CCC 标志")
        shell.press(.tab, .tab); shell.type("新品类")
        shell.press(.enter)
        #expect(Self.book(shell).form == nil, "\(Self.book(shell).form?.form.fields.compactMap(\.error) ?? [])")
        let saved = try #require(try RiskRules.latest(fixture.workspace.db, key: "I-TOYS"))
        #expect(saved.version == 1 && saved.agency == .inspection && saved.hsPrefixes == ["9503"] && saved.changedBy == "wangqiang")
        #expect(Self.book(shell).selectedRule?.key == "I-TOYS")
    }
}
