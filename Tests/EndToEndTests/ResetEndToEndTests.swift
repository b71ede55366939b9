import Foundation
import Testing

/// The trainer resets the training database from outside while a workstation is open on it: the
/// workstation follows without a restart, and the file is the same file (never unlinked). And a
/// workstation started under LANG=C with --lang zh still draws Chinese.
@Suite struct ResetEndToEndTests {
    static func inode(_ path: String) throws -> UInt64 {
        var info = stat()
        guard stat(path, &info) == 0 else { throw TmuxSession.Failure(description: "cannot stat \(path)") }
        return UInt64(info.st_ino)
    }

    @Test(.enabled(if: TmuxSession.tmuxAvailable))
    func anOpenWorkstationFollowsAResetFromOutside() throws {
        let dir = try Headless.scratch("reset")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (db, imported) = try Headless.trainingDatabaseWithBatch(in: dir, name: "class.db", submit: false)
        #expect(imported.code == 1, "37 drafts, 3 rejected rows: \(imported.err)")

        let session = try TmuxSession(columns: 100, rows: 30, arguments: ["--db", db, "--as", "liwei", "--lang", "en"])
        defer { session.close() }
        try session.waitFor(text: "SH-2026-0", timeout: 30)
        let inodeBefore = try Self.inode(db)

        let refused = try Headless.run(["reset", "--as", "trainer", "--db", db])
        #expect(refused.code == 2, "no terminal and no --yes: refused")
        #expect(refused.err.contains("--yes"))
        try session.waitFor(text: "SH-2026-0")

        let reset = try Headless.run(["reset", "--yes", "--as", "trainer", "--db", db])
        #expect(reset.code == 0, "\(reset.err)")
        #expect(reset.out.contains("made anew in place"))
        // The drafts made before the reset disappear from the open workstation, no restart.
        // (The training cases come back with the reset: the list is theirs again.)
        let after = try session.waitFor("the imported drafts gone", timeout: 15) { !$0.contains("SH-2026-0") && $0.contains("TRN-C-0") }
        #expect(!after.contains("SH-2026-0"))
        #expect(try Self.inode(db) == inodeBefore, "reset in place: the same file")

        // The workstation goes on working on the live file: a draft imported now shows up.
        let batch = TmuxSession.packageRoot.appendingPathComponent("sample-data/declarations/erp-batch-2026-01-05.csv").path
        _ = try Headless.run(["declarations", "import", batch, "--db", db, "--as", "liwei",
                              "--rejects", dir.appendingPathComponent("rejects2.csv").path])
        // (The list keeps its place among the training cases when another terminal writes: the
        // new drafts are found by their reference.)
        try session.send("/")
        try session.type("SH-2026-0")
        try session.send("Enter")
        try session.waitFor("the new drafts found", timeout: 15) { $0.contains("Draft #") && !$0.contains("TRN-C-") }
        try session.send("Escape")

        let verified = try Headless.run(["audit", "verify", "--db", db])
        #expect(verified.code == 0, "\(verified.out)")

        try session.send("C-q")
        try session.waitFor(text: "Quit SingleWindow?")
        try session.send("y")
        try session.waitFor(text: "[exit 0]")
    }

    @Test(.enabled(if: TmuxSession.tmuxAvailable))
    func chineseUnderLangCSwitchesToUTF8() throws {
        let session = try TmuxSession(columns: 100, rows: 30, arguments: ["--lang", "zh"],
                                      environment: ["LANG": "C", "LC_ALL": "C"])
        defer { session.close() }
        let screen = try session.waitFor(text: "报关报检")
        #expect(screen.contains("船舶") && screen.contains("培训"), "the Chinese interface, not the English fallback")
        #expect(!screen.contains("??"), "no question marks for Chinese:\n\(screen)")
        #expect(screen.contains("C.UTF-8"), "the switch is said on the message line")
        try session.send("C-q")
        try session.send("y")
        try session.waitFor(text: "[exit 0]")
    }
}
