import Foundation
import Testing

/// Issue 11: on a terminal without function keys (TERM=vt100: PF1–PF4 only), every F-key is
/// reached by Esc and a digit, and the bar names it so. The real binary in tmux, Esc-digits only:
/// F4 look-up in a form, F10 submit, F9 operator switch, F10 on the review screen.
@Suite struct Vt100FallbackEndToEndTests {
    @Test(.enabled(if: TmuxSession.tmuxAvailable))
    func everyFunctionKeyByEscDigitsUnderVt100() throws {
        let dir = try Headless.scratch("vt100-e2e")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (db, imported) = try Headless.trainingDatabaseWithBatch(in: dir, name: "vt100.db", submit: false)
        #expect(imported.out.contains("37 created"), "\(imported.out)\(imported.err)")

        let desk = try TmuxSession(columns: 80, rows: 24, arguments: ["--db", db, "--as", "liwei", "--lang", "en"],
                                   environment: ["TERM": "vt100"])
        defer { desk.close() }
        let list = try desk.waitFor(text: "Draft #")
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
        try desk.waitFor(text: "Draft #")

        // F10 submits the shrimp draft: Esc 0, then the confirm's Y.
        try desk.send("/")
        try desk.type("SH-2026-009")
        try desk.send("Enter")
        try desk.waitFor("one draft found") { $0.contains("SH-2026-009") && !$0.contains("MA-2026") }
        try desk.send("Enter")
        try desk.waitFor(text: "上海海鲜进出口有限公司")
        try desk.send("Escape", "0")
        try desk.waitFor(text: "Submit to customs + inspection?")
        try desk.send("y")
        let submitted = try desk.waitFor(text: "── Customs: received")
        let number = try #require(Headless.firstMatch("2244[0-9]{14}", in: submitted))

        // F9: Esc 9 switches to 张敏, who lands on customs' lane of the same declaration.
        try desk.send("Escape", "9")
        try desk.waitFor(text: "Switch operator")
        try desk.type("zhangmin")
        try desk.send("Enter")
        try desk.waitFor(text: "\(number) · Customs · received")
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
