import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, keys that behave the same everywhere: Esc-key fallbacks for every F-key, named on
/// the bar where the terminal lacks the key; a popup's key bar shows the popup's keys; Tab
/// completes paths in every prompt that asks for a file.
@Suite struct KeysEverywhereTests {
    static func text(_ buffer: Buffer) -> String { buffer.lines().joined(separator: "\n") }
    static func bar(_ shell: Shell) -> String { shell.screen().trimmedLines().last ?? "" }

    /// On a simulated vt100 (no F5–F12), through the run loop and the memory backend, with
    /// Esc-digits only: Esc 9 switches to 王强 (F9), who opens a verification-release declaration,
    /// claims it, and Esc 0 (F10) asks to release it; the bar names F10 "Esc 0".
    @Test func aVt100TerminalDrivesEveryFunctionKeyByEscDigits() throws {
        let fixture = try TrainingFixture()
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture, count: 8)
        let cosmetics = try #require(submitted.first { $0.trader.name.contains("丽颜") }?.number)
        let shell = try fixture.shell(as: "liwei")
        var keys: [Key] = [.alt("9")] + "wangqiang".map { Key.char($0) } + [.enter, .char("/")]
        keys += cosmetics.map { Key.char($0) } + [.enter, .enter, .char("k")]
        let backend = MemoryBackend(size: shell.size, keys: keys, functionKeys: .vt100)
        shell.functionKeys = backend.functionKeys
        runLoop(backend: backend, render: { shell.render(into: &$0) }, handle: { shell.handle($0) })
        let frame = try #require(backend.lastFrame)
        let shown = Self.text(frame)
        #expect(shown.contains("Claimed \(cosmetics)"), "Esc 9 switched to 王强, who claimed:\n\(shown)")
        let bar = frame.trimmedLines().last ?? ""
        #expect(bar.contains("Esc 0 Release"), "\(bar)")
        #expect(!bar.contains("F10") && !bar.contains("F9"), "\(bar)")
        Snapshot.assert(frame, named: "keys-vt100-review-80x24")
        backend.send(.alt("0"))
        runLoop(backend: backend, render: { shell.render(into: &$0) }, handle: { shell.handle($0) })
        #expect(Self.text(try #require(backend.lastFrame)).contains("Release declaration \(cosmetics)"))
        backend.send(.char("y"))
        runLoop(backend: backend, render: { shell.render(into: &$0) }, handle: { shell.handle($0) })
        #expect(Self.text(try #require(backend.lastFrame)).contains("\(cosmetics): released"))
    }

    @Test func escDigitsAreFunctionKeysAndEscAloneIsBack() throws {
        let shell = try TrainingFixture().shell()
        shell.press(.alt("6")); #expect(shell.activeTab == .vessels)
        shell.press(.alt("8")); #expect(shell.activeTab == .enforcement)
        shell.press(.alt("5")); #expect(shell.activeTab == .declarations)
        shell.press(.alt("1"))
        #expect(Self.text(shell.screen()).contains("Keys"), "Esc 1 is help")
        #expect(Self.text(shell.screen()).contains("Esc 1…9 0 - ="), "help says how the fallbacks work")
        shell.press(.escape)
        #expect(!Self.text(shell.screen()).contains("Esc 1…9"), "Esc alone closes")
        shell.press(.alt("9"))
        #expect(Self.text(shell.screen()).contains("Switch operator"))
        shell.press(.escape)
        #expect(!Self.text(shell.screen()).contains("Switch operator"))
    }

    @Test func theBarNamesMissingFunctionKeysByTheirFallback() throws {
        let shell = try TrainingFixture().shell()
        #expect(Self.bar(shell).contains("F9 Operator"))
        shell.functionKeys = .vt100
        #expect(Self.bar(shell).contains("Esc 9 Operator"), "\(Self.bar(shell))")
        #expect(Self.bar(shell).contains("F1 Help"), "PF1 is F1 on a vt100")
        shell.functionKeys = .none
        #expect(Self.bar(shell).contains("Esc 1 Help"), "\(Self.bar(shell))")
    }

    @Test func aShellPopupsBarShowsItsOwnKeys() throws {
        let shell = try TrainingFixture().shell()
        shell.press(.ctrl("q"))
        #expect(Self.bar(shell) == "Y Yes  N/Esc No  Enter No  Tab Other button", "\(Self.bar(shell))")
        shell.press(.escape, .function(9))
        #expect(Self.bar(shell) == "Enter Choose  Esc Cancel  ↑↓ Move", "\(Self.bar(shell))")
        shell.press(.escape, .ctrl("t"))
        #expect(Self.bar(shell) == "Enter OK  Esc Cancel")
        shell.press(.escape, .function(1))
        #expect(Self.bar(shell).hasPrefix("Esc Close"))
        shell.press(.escape)
        #expect(Self.bar(shell).contains("F9 Operator"), "back to the screen's keys")
    }

    @Test func aPanePopupsBarShowsItsOwnKeysAndHelp() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture, count: 2)
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.enter, .char("k"))
        shell.press(.char("r"))
        #expect(Self.bar(shell) == "Enter OK  Esc Cancel  F1 Help", "\(Self.bar(shell))")
        shell.press(.escape)
        #expect(Self.bar(shell).contains("r Return"), "the screen's keys again: \(Self.bar(shell))")
    }

    /// Every prompt for a file (vessel imports, print to file, the approvals' print) completes
    /// paths; a prompt for a reason does not.
    @Test func pathPromptsAreMarkedByTheirPurpose() {
        let s = Strings(.en)
        for purpose in [VesselPrompt.createFile, .importCrew, .importPassengers, .amendFile, .print] {
            guard case let .prompt(dialog, _) = VesselPaneDialog.prompt("t", [], s, for: purpose) else { Issue.record("no prompt"); continue }
            #expect(dialog.completesPaths, "\(purpose)")
            #expect(VesselPaneDialog.prompt("t", [], s, for: purpose).keyHints(s).contains(KeyHint(key: "Tab", label: "Complete path")))
        }
        guard case let .prompt(reason, _) = VesselPaneDialog.prompt("t", [], s, for: .query) else { return }
        #expect(!reason.completesPaths)
        guard case let .prompt(print, _) = ApprovalPaneDialog.prompt("t", [], required: "", for: .print) else { return }
        #expect(print.completesPaths)
    }

    @Test func theDeclarationImportPromptCompletesPaths() throws {
        let fixture = try TrainingFixture()
        let dir = fixture.directory.appendingPathComponent("erp")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("batches"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("batch-march.csv").path, contents: Data())
        let shell = try fixture.shell(as: "liwei")
        shell.press(.char("i"))
        #expect(Self.bar(shell).contains("Tab Complete path"), "\(Self.bar(shell))")
        shell.type(dir.path + "/b")
        shell.press(.tab)
        #expect(Self.text(shell.screen()).contains("/erp/batch"), "the common prefix")
        shell.press(.tab)
        let listed = Self.text(shell.screen())
        #expect(listed.contains("batch-march.csv  batches/"), "a second Tab lists:\n\(listed)")
        shell.type("-")
        shell.press(.tab)
        #expect(Self.text(shell.screen()).contains("/erp/batch-march.csv"))
    }

    @Test(arguments: [Language.en, .zh])
    func theConfirmSnapshot(language: Language) throws {
        let shell = try TrainingFixture().shell(language: language)
        shell.press(.ctrl("q"))
        Snapshot.assert(shell.screen(), named: "keys-confirm-quit-\(language.rawValue)-80x24")
    }
}

extension KeysEverywhereTests {
    /// A small form over a screen (offer inspection times) shows the form's keys on the bar.
    @Test func aFormPopupsBarShowsTheFormsKeys() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "wangqiang")
        shell.press(.char("j"))
        #expect(!Self.bar(shell).contains("Next field"))
        shell.press(.char("o"))
        #expect(Self.bar(shell) == "Tab Next field  Shift-Tab Previous  Enter Done (last field)  Esc Cancel  F1 Help",
                "\(Self.bar(shell))")
        shell.press(.escape)
        #expect(!Self.bar(shell).contains("Next field"))
    }
}
