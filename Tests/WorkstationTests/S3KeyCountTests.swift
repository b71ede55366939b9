import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Scenario S3 on one terminal (F9 between the agent and the four officers), counting keys.
@Suite struct S3KeyCountTests {
    /// The arrival as a file with the manifest and the dangerous-goods list in it: before the
    /// form, the only way to attach them.
    static func arrivalWithLists(_ fixture: TrainingFixture) throws -> URL {
        let base = try JSONSerialization.jsonObject(with: Data(contentsOf: try fixture.arrivalFile())) as! [String: Any]
        let lists = try JSONSerialization.jsonObject(with: Data(contentsOf: TrainingFixture.sampleData
            .appendingPathComponent("vessels/manifests/manifest-zhonghai-xiangyun-083E.json"))) as! [String: Any]
        var json = base
        var declaration = json["declaration"] as! [String: Any]
        declaration["cargo"] = lists["cargo"]
        declaration["dangerousGoods"] = lists["dangerousGoods"]
        json["declaration"] = declaration
        let url = fixture.directory.appendingPathComponent("arrival-083E.json")
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        return url
    }

    @Test func s3Before() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "chenjing", size: Size(width: 100, height: 30))
        let k = S3KeyCounter(shell)
        k.press(.function(6), .char("n")); k.typePath(try Self.arrivalWithLists(fixture)); k.press(.enter)
        k.step("declare the arrival (manifest and DG list in the file)")
        #expect(shell.text.contains("arrival 083E · draft"), "\(shell.text)")
        k.press(.char("c")); k.typePath(TrainingFixture.crewFile); k.press(.enter)
        k.step("import the crew list")
        k.press(.char("s"), .char("y"))
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
        k.switchTo("chenjing", jump: "chenjin"); k.press(.char("d")); k.type("083W"); k.press(.enter, .char("s"), .char("y"))
        k.step("departure, crew no change, submitted")
        #expect(shell.text.contains("departure 083W · submitted"), "\(shell.text)")
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
    }
}
