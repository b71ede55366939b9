import Foundation
@testable import Workstation
import TerminalUI

/// Counts what a user presses to play a scenario on one terminal, step by step: every key, and
/// every character typed. A path counts as its file name (the user types it from the file's
/// directory or has it offered). `words` counts a typed text as one, the way a trainer tallies
/// "keystrokes" when reading a script aloud (an id, a path, a question: one each).
final class S3KeyCounter {
    let shell: Shell
    private(set) var steps: [(name: String, keys: Int, words: Int)] = []
    private var keys = 0, words = 0
    /// Who the pane says acts next (`Pane.suggestedOperator`): Ctrl-O switches straight to them.
    var suggest: (() -> String?)?
    var sameRole: ((String, String) -> Bool)?
    /// Switches made with Ctrl-O (one key) rather than F9, letters, Enter.
    private(set) var handOvers = 0

    init(_ shell: Shell) { self.shell = shell }

    func press(_ pressed: Key...) {
        for key in pressed { _ = shell.handle(key) }
        keys += pressed.count
        words += pressed.count
    }

    func type(_ text: String) {
        for c in text { _ = shell.handle(.char(c)) }
        keys += text.count
        words += 1
    }

    /// Types the whole path (the test's files live in a temp folder) and counts its name.
    func typePath(_ url: URL) {
        for c in url.path { _ = shell.handle(.char(c)) }
        keys += url.lastPathComponent.count
        words += 1
    }

    /// Ctrl-O when the pane names `id` (or another operator of its role) as the next to act;
    /// otherwise F9, as many letters as the list needs to jump to `id`, Enter.
    func switchTo(_ id: String, jump: String) {
        if let suggested = suggest?(), suggested == id || sameRole?(suggested, id) == true {
            press(.ctrl("o"))
            handOvers += 1
            return
        }
        press(.function(9))
        for c in jump { _ = shell.handle(.char(c)) }
        keys += jump.count
        words += jump.count
        press(.enter)
    }

    /// Test plumbing a user would not type (a scratch destination instead of the offered one).
    func silently(_ body: (Shell) -> Void) { body(shell) }

    func step(_ name: String) {
        steps.append((name, keys, words))
        keys = 0
        words = 0
    }

    var totalKeys: Int { steps.map(\.keys).reduce(0, +) }
    var totalWords: Int { steps.map(\.words).reduce(0, +) }

    var report: String {
        (steps.map { "\($0.name): \($0.keys) keys (\($0.words) counting a typed text as one)" }
            + ["total: \(totalKeys) keys (\(totalWords) counting a typed text as one), \(handOvers) switches by Ctrl-O"])
            .joined(separator: "\n")
    }
}
