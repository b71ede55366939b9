import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Scenario S3 on one terminal (Ctrl-O or F9 between the agent and the four officers), counting keys.
@Suite struct S3KeyCountTests {
    /// Measured on main before the form (the arrival from a JSON file holding the manifest and
    /// the DG list, paths typed, no offered values): 204 keys, 120 counting a typed text as one
    /// (declare 20/4, crew 28/3, submit 2/2, border asks 32/9, answer 29/12, four releases 33/33,
    /// departure 17/14, maritime refused 8/8, the other releases 33/33, print 2/2).
    static let before = (keys: 204, words: 120)

    @Test func s3KeyCount() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "chenjing", size: Size(width: 100, height: 30))
        let k = S3KeyCounter(shell)
        let pane = shell.panes[.vessels] as! VesselsPane
        k.suggest = { pane.suggestedOperator(shell.app) }
        k.sameRole = { a, b in (try? Operators.find(fixture.workspace.db, a))??.role == (try? Operators.find(fixture.workspace.db, b))??.role }
        k.press(.function(6), .char("n")); k.type("9483126"); k.press(.function(2))
        k.step("declare the arrival in the form (a known IMO number fills it)")
        #expect(shell.text.contains("arrival 083E · draft"), "\(shell.text)")
        k.press(.char("c"), .enter)
        k.step("import the crew list (the ship's file offered)")
        k.press(.char("g"), .enter)
        k.step("attach the manifest and the DG list (offered)")
        let arrival = try #require(try fixture.workspace.db.scalar("SELECT id FROM vessel_call WHERE voyage = '083E'").string)
        let declared = try #require(try VesselCalls.call(fixture.workspace.db, id: arrival)).declaration
        #expect(declared.crew.count == 20 && declared.dangerousGoods.count == 2 && declared.dangerousGoods.allSatisfy { $0.hazardClass == "3" })
        k.press(.function(10), .char("y"))
        k.step("submit")
        #expect(shell.text.contains("Submitted"), "\(shell.text)")
        k.switchTo("liuyang", jump: "liuy"); k.press(.char("r")); k.type("Crew 4: passport expiry?"); k.press(.enter)
        k.step("border asks")
        k.switchTo("chenjing", jump: "chenjin"); k.press(.char("a")); k.type("Renewed, copy sent"); k.press(.enter)
        k.step("agent answers")
        for (id, jump) in [("zhangmin", "zha"), ("wangqiang", "wangq"), ("liuyang", "liuy"), ("zhoujun", "zhouj")] {
            k.switchTo(id, jump: jump); k.press(.function(10), .char("y"))
        }
        k.step("four releases")
        #expect(shell.text.contains("083E · cleared"), "\(shell.text)")
        k.switchTo("chenjing", jump: "chenjin"); k.press(.char("d"), .enter, .function(10), .char("y"))
        k.step("departure (083W offered), crew no change, submitted")
        #expect(shell.text.contains("departure 083W · submitted"), "\(shell.text)")
        let departure = try #require(try fixture.workspace.db.scalar("SELECT id FROM vessel_call WHERE voyage = '083W'").string)
        #expect(try VesselDeparture.crewListStatus(fixture.workspace.db, callID: departure) == .noChange)
        k.switchTo("zhoujun", jump: "zhouj"); k.press(.function(10))
        k.step("maritime tries first")
        #expect(shell.text.contains("maritime cannot release a departure before"), "\(shell.text)")
        for (id, jump) in [("zhangmin", "zha"), ("wangqiang", "wangq"), ("liuyang", "liuy"), ("zhoujun", "zhouj")] {
            k.switchTo(id, jump: jump); k.press(.function(10), .char("y"))
        }
        k.step("three releases, then maritime")
        #expect(shell.text.contains("083W · cleared"), "\(shell.text)")
        k.press(.char("w"))
        let printed = fixture.directory.appendingPathComponent("clearance.txt")
        k.silently { $0.press(.ctrl("u")); $0.type(printed.path) }
        k.press(.enter)
        k.step("print the port clearance (the offered file)")
        let text = try String(contentsOf: printed, encoding: .utf8)
        let code = try #require(text.split(separator: "\n").first { $0.contains("Verification code") }?.split(separator: " ").last)
        if case .valid = try PortClearances.verify(fixture.workspace.db, code: String(code)) {} else { Issue.record("code does not verify") }
        print(k.report)
        // The agent's part (declare, crew, manifest and DG list, submit) in 16 keys.
        #expect(k.steps.prefix(4).map(\.keys).reduce(0, +) <= 16, "\(k.report)")
        #expect(k.totalKeys < Self.before.keys, "\(k.report)")
        // Ctrl-O hands the call to whoever the pane names at ten of the twelve switches (not where
        // the scenario itself picks another: border asks first, maritime tries first).
        #expect(k.handOvers == 10, "\(k.report)")
        // 62 (from 120): what stays above the issue's 50 is the confirm on each of the ten
        // submissions and releases (kept: a release cannot be taken back) and the two switches
        // the scenario picks itself.
        #expect(k.totalWords <= 62, "\(k.report)")
    }
}
