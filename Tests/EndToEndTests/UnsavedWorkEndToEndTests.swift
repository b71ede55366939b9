import Foundation
import Testing

/// Issue 9 item 3 on the real binary: typing in a form is never lost silently. Ctrl-C on an
/// edited declaration names what is unsaved and saves it on S; a dropped connection (SIGHUP)
/// keeps it as a recovered draft that the next start reports.
@Suite struct UnsavedWorkEndToEndTests {
    /// A fresh training database in its own directory, and a TUI session for 李伟 on it.
    static func start(_ db: String) throws -> TmuxSession {
        try TmuxSession(columns: 100, rows: 30, arguments: ["--db", db, "--as", "liwei", "--lang", "en"])
    }

    static func freshDatabase(_ label: String) throws -> (dir: URL, db: String) {
        let dir = try Headless.scratch(label)
        let db = dir.appendingPathComponent("training.db").path
        let created = try Headless.run(["init", "--db", db, "--training"])
        guard created.code == 0 else { throw TmuxSession.Failure(description: "init: \(created.err)") }
        return (dir, db)
    }

    /// n, then Tab Tab to the trader's reference, and type it.
    static func typeNewDeclaration(_ session: TmuxSession, reference: String) throws {
        // A fresh training database lists the broker's training cases (TRN-…).
        try session.waitFor(text: "TRN-C-0")
        try session.send("n")
        try session.waitFor(text: "New declaration")
        try session.send("Tab", "Tab")
        try session.type(reference)
        try session.waitFor(text: reference)
    }

    static func listed(_ db: String) throws -> String {
        let list = try Headless.run(["declarations", "list", "--db", db, "--as", "liwei", "--json"])
        guard list.code == 0 else { throw TmuxSession.Failure(description: "list: \(list.err)") }
        return list.out
    }

    @Test func ctrlCNamesTheUnsavedWorkAndSavesIt() throws {
        let (dir, db) = try Self.freshDatabase("ctrlc")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try Self.start(db)
        defer { session.close() }
        try Self.typeNewDeclaration(session, reference: "E2E-CTRLC-1")
        try session.send("C-c")
        try session.waitFor(text: "New declaration: Trader's reference not saved")
        try session.waitFor(text: "[ S Save ]")
        try session.send("s")
        try session.waitFor(text: "[exit 0]")
        let out = try Self.listed(db)
        #expect(out.contains("E2E-CTRLC-1"), "\(out)")
        #expect(out.contains("\"draft\""), "\(out)")
    }

    @Test func aDroppedConnectionKeepsARecoveredDraftAndTheNextStartSaysSo() throws {
        let (dir, db) = try Self.freshDatabase("hup")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try Self.start(db)
        defer { session.close() }
        try Self.typeNewDeclaration(session, reference: "E2E-HUP-1")
        let shellPID = try session.tmux(["display-message", "-p", "-t", session.name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let pkill = Process()
        pkill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pkill.arguments = ["pkill", "-HUP", "-P", shellPID, "singlewindow"]
        try pkill.run()
        pkill.waitUntilExit()
        #expect(pkill.terminationStatus == 0)
        let after = try session.waitFor(text: "[exit")
        #expect(after.contains("[exit 129]"), "ended by the SIGHUP after saving: \(after)")
        #expect(try Self.listed(db).contains("E2E-HUP-1"))
        session.close()

        let again = try Self.start(db)
        defer { again.close() }
        let screen = try again.waitFor(text: "Recovered draft #")
        #expect(screen.contains("saved when the connection dropped at"), "\(screen)")
        try again.send("C-q")
        try again.waitFor(text: "Quit SingleWindow?")
        try again.send("y")
        try again.waitFor(text: "[exit 0]")
    }

    @Test func killingTheTmuxSessionAlsoKeepsTheDraft() throws {
        let (dir, db) = try Self.freshDatabase("killsession")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try Self.start(db)
        defer { session.close() }
        try Self.typeNewDeclaration(session, reference: "E2E-KILL-1")
        _ = try session.tmux(["kill-session", "-t", session.name])
        // The program saves on the hang-up and exits; wait for the draft with a deadline.
        let deadline = Date().addingTimeInterval(10)
        var out = ""
        while Date() < deadline {
            out = try Self.listed(db)
            if out.contains("E2E-KILL-1") { break }
            usleep(100_000)
        }
        #expect(out.contains("E2E-KILL-1"), "\(out)")
    }
}
