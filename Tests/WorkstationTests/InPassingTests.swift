import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, "in passing": the cheap ones.
@Suite struct InPassingTests {
    @Test func oneDeclarationIsSingular() throws {
        let fixture = try TrainingFixture()
        let number = try #require(try ReviewQueuePaneSupport.submitSome(fixture, count: 2).first?.number)
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.char("/"))
        shell.type(number)
        shell.press(.enter)
        let title = shell.screen().lines()[1]
        #expect(title.contains("1 declaration") && !title.contains("1 declarations"), "\(title)")
    }

    @Test func quitIsLabelledNotAsked() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "liwei")
        shell.press(.function(1))
        let help = shell.screen().lines().joined(separator: "\n")
        #expect(help.contains("Quit SingleWindow (asks first)") && !help.contains("Quit SingleWindow?"), "\(help)")
    }

    @Test func f2IsNotNewOnTheVesselList() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "chenjing")
        shell.press(.function(6))
        let bar = shell.screen().lines().last ?? ""
        #expect(bar.contains("n New") && !bar.contains("F2"), "\(bar)")
        shell.press(.function(2))
        #expect((shell.panes[.vessels] as! VesselsPane).dialog == nil, "F2 opens nothing on the list")
    }

    @Test func lookUpsIgnoreCaseAndSpaces() throws {
        let fixture = try TrainingFixture()
        let found = try CodeTables.search(fixture.workspace.db, table: "country", text: "vietnam")
        #expect(found.contains { $0.code == "VNM" }, "\(found.map(\.code))")
        let spaced = try CodeTables.search(fixture.workspace.db, table: "country", text: "viet nam")
        #expect(spaced.contains { $0.code == "VNM" })
    }
}
