import Foundation
import Testing
@testable import TerminalUI

/// Issue 11: one kind of confirm (keys on the buttons, Enter and Esc stated), popups' key bars,
/// and Tab completion of paths in a prompt.
@Suite struct ConfirmAndPathTests {
    func text(_ draw: (inout Buffer) -> Void) -> String {
        var buffer = Buffer(size: Size(width: 80, height: 12))
        draw(&buffer)
        return buffer.trimmedLines().joined(separator: "\n")
    }

    @Test func aConfirmStatesItsKeysAndItsDefault() {
        var dialog = ConfirmDialog(title: "Submit?", message: ["Goes to customs"], yesLabel: "Submit", noLabel: "Not yet")
        var shown = text { dialog.render(into: &$0, area: $0.area) }
        #expect(shown.contains("[ Y Submit ]  [ N Not yet ]"), "\(shown)")
        #expect(shown.contains("Enter = Not yet · Esc = Not yet"), "\(shown)")
        #expect(dialog.handle(.tab) == .open)
        shown = text { dialog.render(into: &$0, area: $0.area) }
        #expect(shown.contains("Enter = Submit · Esc = Not yet"), "\(shown)")
        #expect(dialog.handle(.enter) == .confirmed)
        var other = dialog
        #expect(other.handle(.escape) == .cancelled)
        #expect(other.handle(.char("n")) == .cancelled)
        let bar = ConfirmDialog(title: "Quit?", message: [], yesLabel: "Yes", noLabel: "No").keyHints(.english)
        #expect(bar == [KeyHint(key: "Y", label: "Yes"), KeyHint(key: "N/Esc", label: "No"), KeyHint(key: "Enter", label: "No"),
                        KeyHint(key: "Tab", label: "Other button")])
    }

    @Test func theLeavePromptIsTheSameWidget() {
        let dialog = ChoiceDialog(title: "Quit?", message: ["Draft #1 not saved"],
                                  choices: [.init("S Save", key: "s"), .init("D Discard", key: "d"), .init("Esc Stay", key: nil)])
        let shown = text { dialog.render(into: &$0, area: $0.area) }
        #expect(shown.contains("Enter = Save · Esc = Stay"), "\(shown)")
        #expect(dialog.keyHints(.english).map(\.key) == ["S", "D", "Esc", "Enter", "Tab"])
        #expect(dialog.keyHints(.english).map(\.label).prefix(3) == ["Save", "Discard", "Stay"])
    }

    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("alpine"), withIntermediateDirectories: true)
        for name in ["alpha.csv", "beta.json", ".hidden", "报关.csv"] {
            _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data())
        }
        return dir
    }

    @Test func tabCompletesTheLongestCommonPrefix() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = dir.path + "/"
        var r = PathCompletion.complete(base + "al")
        #expect(r.text == base + "alp")
        #expect(r.candidates == ["alpha.csv", "alpine/"])
        r = PathCompletion.complete(base + "alpi")
        #expect(r.text == base + "alpine/", "a directory gets its '/'")
        r = PathCompletion.complete(base + "b")
        #expect(r.text == base + "beta.json")
        r = PathCompletion.complete(base + "报")
        #expect(r.text == base + "报关.csv")
        r = PathCompletion.complete(base + "zzz")
        #expect(r.text == base + "zzz" && r.candidates.isEmpty)
        // Hidden files only when asked for; relative paths from the current directory.
        #expect(!PathCompletion.complete(base).candidates.contains(".hidden"))
        #expect(PathCompletion.complete(base + ".").candidates == [".hidden"])
        #expect(PathCompletion.complete("al", currentDirectory: dir.path).text == "alp")
        // ~ is the home directory.
        #expect(PathCompletion.complete("~/al", home: dir.path).text == base + "alp")
        #expect(PathCompletion.expandingTilde("~/x.csv", home: "/home/li") == "/home/li/x.csv")
        #expect(PathCompletion.expandingTilde("a~b") == "a~b")
    }

    @Test func aPathPromptCompletesThenListsOnASecondTab() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var prompt = ReasonDialog(title: "Import", message: ["File:"], requiredMessage: "A file is needed").completingPaths()
        for c in dir.path + "/a" { _ = prompt.handle(.char(c)) }
        _ = prompt.handle(.tab)
        #expect(prompt.editor.text == dir.path + "/alp")
        #expect(prompt.candidates == nil, "the first Tab only completes")
        _ = prompt.handle(.tab)
        #expect(prompt.candidates == ["alpha.csv", "alpine/"])
        let shown = text { prompt.render(into: &$0, area: $0.area) }
        #expect(shown.contains("alpha.csv  alpine/"), "\(shown)")
        _ = prompt.handle(.char("h"))
        #expect(prompt.candidates == nil, "typing clears the list")
        _ = prompt.handle(.tab)
        #expect(prompt.editor.text == dir.path + "/alpha.csv")
        #expect(prompt.handle(.enter) == .reason(dir.path + "/alpha.csv"))
        #expect(prompt.keyHints(.english).map(\.key) == ["Enter", "Esc", "Tab"])

        // A prompt that is no path keeps Tab to itself, and ~ as typed.
        var plain = ReasonDialog(title: "Reason", message: [], requiredMessage: "")
        for c in "~/al" { _ = plain.handle(.char(c)) }
        _ = plain.handle(.tab)
        #expect(plain.editor.text == "~/al")
        #expect(plain.handle(.enter) == .reason("~/al"))
    }
}
