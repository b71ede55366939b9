import Foundation
import Testing

/// Issue 11: on a terminal without function keys (TERM=vt100: PF1–PF4 only), every F-key is
/// reached by Esc and a digit, and the bar names it so. The real binary in tmux, Esc-digits only:
/// F4 look-up in a form, F9 operator switch, F10 on the review screen.
@Suite struct Vt100FallbackEndToEndTests {
    @Test(.enabled(if: TmuxSession.tmuxAvailable))
    func everyFunctionKeyByEscDigitsUnderVt100() throws {
        let dir = try Headless.scratch("vt100-e2e")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (db, imported) = try Headless.trainingDatabaseWithBatch(in: dir, name: "vt100.db", submit: true)
        #expect(imported.out.contains("37 submitted"), "\(imported.out)\(imported.err)")
        // A declaration inspection releases on verification (no inspection, no duty on its lane).
        let queue = try Headless.run(["review", "queue", "--db", db, "--as", "wangqiang", "--limit", "50"])
        let line = try #require(queue.out.split(separator: "\n").first { $0.contains("verification_release") })
        let number = try #require(Headless.firstMatch("2244[0-9]{14}", in: String(line)))

        let desk = try TmuxSession(columns: 80, rows: 24, arguments: ["--db", db, "--as", "liwei", "--lang", "en"],
                                   environment: ["TERM": "vt100"])
        defer { desk.close() }
        let list = try desk.waitFor(text: "Declarations 报关报检")
        #expect(list.contains("Esc 9 Operator") || list.contains("Esc 1 Help") || list.contains("F1 Help"), "\(list)")
        #expect(!list.contains("F9 Operator"), "vt100 has no F9: the bar names Esc 9\n\(list)")

        // F4 in a form: Esc 4 opens the look-up; Esc alone closes it, and the form stays.
        try desk.send("n")
        try desk.waitFor(text: "New declaration")
        try desk.send("Escape", "4")
        try desk.waitFor(text: "Look up:")
        try desk.send("Escape")
        try desk.waitFor("look-up closed") { !$0.contains("Look up:") && $0.contains("New declaration") }
        try desk.send("Escape")
        try desk.waitFor("form closed") { !$0.contains("New declaration") }

        // F9: Esc 9 switches to 王强, who opens a declaration his agency releases on verification.
        try desk.send("Escape", "9")
        try desk.waitFor(text: "Switch operator")
        try desk.type("wangqiang")
        try desk.send("Enter")
        try desk.waitFor(text: "Now working as 王强")
        try desk.send("/")
        try desk.type(number)
        try desk.send("Enter")
        try desk.waitFor(text: "1 declaration")
        try desk.send("Enter")
        try desk.waitFor(text: "\(number) · Inspection & quarantine")
        try desk.send("k")
        let claimed = try desk.waitFor(text: "Claimed \(number)")
        #expect(claimed.contains("Esc 0 Release"), "the review screen's bar names F10 by its fallback:\n\(claimed)")

        // F10 on the review screen: Esc 0 asks, Y releases.
        try desk.send("Escape", "0")
        try desk.waitFor(text: "Release declaration \(number)")
        try desk.send("y")
        try desk.waitFor(text: "\(number): released")
    }
}
