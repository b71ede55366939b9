import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, item 5, continued: the screens `ChineseScreensTests` did not reach — F1 help on every
/// tab, the shell's dialogs, the rule book and its form, the joint tasks, the new vessel call, the
/// approvals and enforcement panes — rendered in zh as each kind of operator and scanned with the
/// same word checker. Words the user or the sample data typed (a ship's name, a rule's English
/// reason, an inspection order) are passed in as `data`, never added to the checker's allow-list.
@Suite struct ChineseMoreScreensTests {
    typealias C = ChineseScreensTests
    static let size = Size(width: 100, height: 30)

    /// Every operator kind: trainer, broker, both officers, the shipping agent, the approvals
    /// window and a department reviewer, a regulator and a joint-team officer.
    static let everyone = ["trainer", "liwei", "zhangmin", "wangqiang", "chenjing", "yangfan", "lujian", "guojing", "zhoubin"]

    static func fixture() throws -> TrainingFixture {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        try fixture.loadApprovalSamples()
        try EnforcementSamples.load(into: fixture.workspace, from: TrainingFixture.sampleData)
        return fixture
    }

    /// ASCII words of the sample data's files for an area: what an operator typed, not the screen.
    static func sampleWords(_ area: String) -> Set<String> {
        let folder = TrainingFixture.sampleData.appendingPathComponent(area)
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var words: Set<String> = []
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            words.formUnion(text.split { !($0.isASCII && $0.isLetter) }.map(String.init))
        }
        return words
    }

    /// The help window's every entry, however far it scrolls.
    static func helpText(_ shell: Shell) -> String {
        guard case let .help(help)? = shell.overlay else { return "" }
        return help.entries.map { "\($0.keys) \($0.label) \($0.help)" }.joined(separator: "\n")
    }

    /// `screenToo: false` where the window covers a form mid-word (a rule's English reason cut to
    /// "ion."); that form was scanned whole before.
    static func expectHelpChinese(_ shell: Shell, _ what: String, operators: Set<String>, data: Set<String> = [],
                                  screenToo: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        shell.press(.function(1))
        let help = helpText(shell)
        #expect(!help.isEmpty, "\(what): no help window", sourceLocation: sourceLocation)
        let found = C.englishWords(help, operators: operators, data: data)
        #expect(found.isEmpty, "\(what) help: English words \(found) in\n\(help)", sourceLocation: sourceLocation)
        if screenToo { C.expectChinese(shell, "\(what) help", operators: operators, data: data, sourceLocation: sourceLocation) }
        shell.press(.escape)
    }

    @Test func helpOnEveryTabForEveryOperator() throws {
        let fixture = try Self.fixture()
        let operators = try C.operatorIDs(fixture)
        for id in Self.everyone {
            let shell = try fixture.shell(as: id, language: .zh, size: Self.size)
            for _ in shell.visibleTabs {
                let tab = shell.activeTab.id
                C.expectChinese(shell, "\(id) on \(tab)", operators: operators)
                Self.expectHelpChinese(shell, "\(id) on \(tab)", operators: operators)
                shell.press(.ctrl("n"))
            }
        }
    }

    @Test func theShellsDialogs() throws {
        let fixture = try Self.fixture()
        let operators = try C.operatorIDs(fixture)
        let shell = try fixture.shell(as: "liwei", language: .zh, size: Self.size)
        shell.press(.ctrl("q"))
        C.expectChinese(shell, "the quit confirm", operators: operators)
        shell.press(.escape, .function(9))
        C.expectChinese(shell, "the operator switch", operators: operators)
        shell.press(.escape, .ctrl("t"))
        C.expectChinese(shell, "the clock", operators: operators)
        shell.type("tomorrow")
        shell.press(.enter)
        C.expectChinese(shell, "the clock refused", operators: operators, data: ["tomorrow"])
        shell.press(.escape)
        // A typed new declaration: every way out asks to save, discard or stay.
        let pane = DeclarationTestSupport.pane(shell)
        shell.press(.char("n"))
        pane.editor?.form.focus(on: "traderReference")
        shell.type("REF")
        for key in [Key.function(6), .ctrl("q"), .function(9)] {
            shell.press(key)
            #expect(shell.overlay != nil, "\(key): no prompt")
            C.expectChinese(shell, "the leave prompt (\(key))", operators: operators)
            shell.press(.escape)
        }
    }

    @Test func theRuleBookAndItsForm() throws {
        let fixture = try Self.fixture()
        let operators = try C.operatorIDs(fixture)
        // The rules' English reasons and change notes are the data's.
        var data: Set<String> = []
        for row in try fixture.workspace.db.query("SELECT reason_en, change_note, changed_by FROM risk_rule") {
            for column in ["reason_en", "change_note", "changed_by"] {
                data.formUnion((row.string(column) ?? "").split { !($0.isASCII && $0.isLetter) }.map(String.init))
            }
        }
        for officer in ["zhangmin", "wangqiang"] {
            let shell = try fixture.shell(as: officer, language: .zh, size: Self.size)
            shell.press(.char("R"))
            C.expectChinese(shell, "\(officer)'s rule book", operators: operators)
            Self.expectHelpChinese(shell, "\(officer)'s rule book", operators: operators)
            shell.press(.enter)
            C.expectChinese(shell, "\(officer)'s rule", operators: operators, data: data)
            shell.press(.char("e"))
            C.expectChinese(shell, "\(officer)'s rule form", operators: operators, data: data)
            Self.expectHelpChinese(shell, "\(officer)'s rule form", operators: operators, data: data, screenToo: false)
            shell.press(.escape, .escape, .char("n"))
            C.expectChinese(shell, "\(officer)'s new rule", operators: operators, data: data)
            // Saving an empty form names what is missing.
            shell.press(.function(2))
            C.expectChinese(shell, "\(officer)'s new rule refused", operators: operators, data: data)
        }
    }

    @Test func theJointTaskList() throws {
        let fixture = try TrainingFixture()
        _ = try JointTaskSupport.make(fixture)
        let operators = try C.operatorIDs(fixture)
        let data: Set<String> = ["open", "containers", "contain", "check", "labelling", "temperature", "quarantine", "sample"]
        for officer in ["zhangmin", "wangqiang"] {
            let shell = try fixture.shell(as: officer, language: .zh, size: Self.size)
            shell.press(.char("j"))
            C.expectChinese(shell, "\(officer)'s joint tasks", operators: operators, data: data)
            Self.expectHelpChinese(shell, "\(officer)'s joint tasks", operators: operators, data: data)
            for key in ["m", "v"] {
                shell.press(.char(Character(key)))
                C.expectChinese(shell, "\(officer)'s joint tasks after \(key)", operators: operators, data: data)
            }
        }
    }

    @Test func theNewVesselCall() throws {
        let fixture = try Self.fixture()
        let operators = try C.operatorIDs(fixture)
        let shell = try fixture.shell(as: "chenjing", language: .zh, size: Self.size)
        shell.press(.function(6), .char("n"))
        let pane = try #require(shell.panes[.vessels] as? VesselsPane)
        // What the boxes hold (typed, or brought from the ship's last call) is the user's; a
        // look-up box's code stands with its name (checked by the word checker's ▾ rule).
        var data: Set<String> {
            Set((pane.form?.state.fields ?? []).filter { !$0.hasLookup }
                .flatMap { $0.value.split { !($0.isASCII && $0.isLetter) }.map(String.init) })
        }
        C.expectChinese(shell, "the new call", operators: operators, data: data)
        Self.expectHelpChinese(shell, "the new call", operators: operators)
        shell.press(.function(2))
        C.expectChinese(shell, "the new call refused", operators: operators, data: data)
        shell.type("9483126")
        shell.press(.tab)
        C.expectChinese(shell, "the new call filled in", operators: operators, data: data)
        shell.press(.escape)
        C.expectChinese(shell, "leaving the new call", operators: operators, data: data)
    }

    @Test func theApprovalsPane() throws {
        let fixture = try Self.fixture()
        let operators = try C.operatorIDs(fixture)
        let data: Set<String> = []
        for id in ["yangfan", "lujian", "hejun", "liwei"] {
            let shell = try fixture.shell(as: id, language: .zh, size: Self.size)
            shell.press(.function(7))
            C.expectChinese(shell, "\(id)'s approvals", operators: operators, data: data)
            let pane = try #require(shell.panes[.approvals] as? ApprovalsPane)
            let rows = pane.projects?.items.count ?? pane.queue?.items.count ?? 0
            for row in 0..<rows {
                shell.press(.home)
                for _ in 0..<row { shell.press(.down) }
                shell.press(.enter)
                C.expectChinese(shell, "\(id)'s board \(row)", operators: operators, data: data)
                Self.expectHelpChinese(shell, "\(id)'s board \(row)", operators: operators)
                shell.press(.char("v"))
                C.expectChinese(shell, "\(id)'s decision view \(row)", operators: operators, data: data)
                if id == "liwei" {
                    shell.press(.char("n"))
                    if pane.editor != nil {
                        C.expectChinese(shell, "\(id)'s stage form \(row)", operators: operators, data: data)
                        Self.expectHelpChinese(shell, "\(id)'s stage form \(row)", operators: operators)
                        shell.press(.escape)
                        if shell.overlay != nil || pane.dialog != nil { shell.press(.escape) }
                    }
                }
                // Back to the list (a leave prompt answered "discard"); bounded so a stuck pane fails, not hangs.
                for _ in 0..<6 where pane.screen != nil || pane.editor != nil || shell.overlay != nil {
                    if shell.overlay != nil {
                        C.expectChinese(shell, "\(id)'s stage form leave prompt \(row)", operators: operators, data: data)
                        shell.press(.char("d"))
                    } else {
                        shell.press(.escape)
                    }
                }
                #expect(pane.screen == nil && pane.editor == nil, "\(id): could not leave board \(row):\n\(C.text(shell))")
            }
            if id == "yangfan" {
                shell.press(.char("w"))
                C.expectChinese(shell, "the warnings", operators: operators, data: data)
            }
        }
    }

    @Test func theEnforcementPane() throws {
        let fixture = try Self.fixture()
        let operators = try C.operatorIDs(fixture)
        let data: Set<String> = []
        let regulator = try fixture.shell(as: "guojing", language: .zh, size: Self.size)
        regulator.press(.function(8))
        for kind in 0..<5 {
            C.expectChinese(regulator, "the class board \(kind)", operators: operators, data: data)
            regulator.press(.char("c"))
        }
        regulator.press(.enter)
        C.expectChinese(regulator, "a credit profile", operators: operators, data: data)
        Self.expectHelpChinese(regulator, "a credit profile", operators: operators)
        regulator.press(.char("a"))
        C.expectChinese(regulator, "the record dialog", operators: operators, data: data)
        regulator.press(.escape, .escape)
        for view in 0..<4 {
            regulator.press(.char("v"))
            C.expectChinese(regulator, "the regulator's view \(view)", operators: operators, data: data)
            Self.expectHelpChinese(regulator, "the regulator's view \(view)", operators: operators)
        }
        regulator.press(.enter)
        C.expectChinese(regulator, "a draw's tables", operators: operators, data: data)
        let officer = try #require(try fixture.workspace.db.scalar(
            "SELECT officer_id FROM joint_team WHERE table_id = 1 ORDER BY agency LIMIT 1").string)
        let shell = try fixture.shell(as: officer, language: .zh, size: Self.size)
        shell.press(.function(8))
        C.expectChinese(shell, "the officer's tables", operators: operators, data: data)
        shell.press(.enter)
        C.expectChinese(shell, "the table entry", operators: operators, data: data)
        Self.expectHelpChinese(shell, "the table entry", operators: operators)
        shell.press(.char("s"))
        C.expectChinese(shell, "signing too early", operators: operators, data: data)
    }
}

/// The zh rule form's coded boxes show names and read names (or codes) back to codes.
@Suite struct ChineseRuleFormCodesTests {
    @Test func namesReadBackToCodes() {
        #expect(RiskRuleForm.coded("outcome", "红色") == "red")
        #expect(RiskRuleForm.coded("outcome", "sampling_release") == "sampling_release")
        #expect(RiskRuleForm.coded("creditClasses", "失信、严重失信,B") == "dishonest,seriously_dishonest,B")
        #expect(RiskRuleForm.coded("scopes", "只报关") == "customs")
        #expect(RiskRuleForm.coded("hsPrefixes", "0306") == "0306")
        #expect(RiskRuleForm.named("creditClasses", "warning,B") == "警示,B")
        #expect(RiskRuleForm.coded("outcome", "") == "")
    }

    @Test func aZhFormSavesTheSameRuleAsItOpened() throws {
        let fixture = try TrainingFixture()
        let app = try fixture.app(as: "zhangmin", language: .zh)
        let rule = try #require(try RiskRules.current(fixture.workspace.db, agency: .customs).first { $0.key == "C-CREDIT-DISHONEST" })
        let form = RiskRuleForm.make(app.strings, agency: .customs, editing: rule)
        #expect(form.value("creditClasses").contains("失信") && form.value("active") == "是")
        let read = form.read()
        #expect(read.problems.isEmpty, "\(read.problems)")
        #expect(read.rule.creditClasses == rule.creditClasses && read.rule.outcome == rule.outcome && read.rule.active == rule.active)
    }
}
