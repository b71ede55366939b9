@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// `reset` (confirmed, in place, trainer only) and `clock show|set|advance`, in-process on real
/// database files.
@Suite struct ResetAndClockCommandsTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-reset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    /// Runs one command; `answers` makes stdin a terminal that types them.
    func run(_ arguments: [String], db name: String = "t.db", answers: [String]? = nil) -> (code: Int32, out: String, err: String) {
        let captured = CapturedConsole(answers: answers)
        let code = SingleWindowCLI.run(arguments: arguments + ["--db", path(name)],
                                       environment: ["LANG": "en_US.UTF-8", "SINGLEWINDOW_SAMPLE_DATA": TrainingFixture.sampleData.path],
                                       console: captured.console) { _ in .usage }
        return (code, captured.out, captured.err)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func training(withDrafts: Bool = true) throws {
        #expect(run(["init", "--training"]).code == 0)
        guard withDrafts else { return }
        let batch = TrainingFixture.sampleData.appendingPathComponent("declarations/erp-batch-2026-01-05.csv").path
        #expect(run(["declarations", "import", batch, "--as", "liwei", "--rejects", path("rejects.csv")]).code == 1)
    }

    func count(_ table: String = "declaration") throws -> Int {
        let db = try Database(path: path("t.db"))
        defer { db.close() }
        return try db.scalar("SELECT count(*) FROM \(table)").int ?? -1
    }

    /// The declarations the S1 batch imported: a training database starts with its own training
    /// cases (`TRN-…`), which a reset brings back.
    static let importedOnly = "SELECT count(*) FROM declaration WHERE trader_ref NOT LIKE 'TRN-%'"

    func imported() throws -> Int {
        let db = try Database(path: path("t.db"))
        defer { db.close() }
        return try db.scalar(Self.importedOnly).int ?? -1
    }

    func inode(_ path: String) throws -> UInt64 {
        var info = stat()
        #expect(stat(path, &info) == 0)
        return UInt64(info.st_ino)
    }

    // MARK: - reset

    @Test func resetWithoutYesAndWithoutATerminalIsRefusedSayingSo() throws {
        try training()
        let r = run(["reset", "--as", "trainer"])
        #expect(r.code == 2)
        #expect(r.err.contains("--yes"))
        #expect(try imported() == 37, "nothing erased")
    }

    @Test func resetAsksAtATerminalAndOnlyYesGoesOn() throws {
        try training()
        let no = run(["reset", "--as", "trainer"], answers: ["n"])
        #expect(no.code == 1)
        #expect(no.err.contains("[y/N]"))
        #expect(no.err.contains("reset cancelled"))
        #expect(try imported() == 37)
        let yes = run(["reset", "--as", "trainer"], answers: ["y"])
        #expect(yes.code == 0)
        #expect(yes.out.contains("made anew in place"))
        #expect(try imported() == 0)
        #expect(try count("operator") > 10, "the sample data is back")
        #expect(try count() > 0, "and the training cases")
    }

    @Test func resetIsTheTrainersAndNeverOnProduction() throws {
        try training()
        let broker = run(["reset", "--as", "liwei", "--yes"])
        #expect(broker.code == 3)
        #expect(broker.err.contains("liwei (broker, acting for no agency) may not run `reset`"))
        #expect(try imported() == 37)
        #expect(run(["init", "--admin", Self.me], db: "p.db").code == 0)
        // On production nobody can borrow the trainer: --as is refused before anything else,
        let production = run(["reset", "--as", "trainer", "--yes"], db: "p.db")
        #expect(production.code == 3)
        #expect(production.err.contains("--as is refused on a production database"))
        // and its administrator (this process's own account) is no trainer.
        let admin = run(["reset", "--yes"], db: "p.db")
        #expect(admin.code == 3)
        #expect(admin.err.contains("may not run `reset`"))
    }

    /// The old reset deleted the file and made a new one: a workstation still open on it kept the
    /// deleted inode and went on seeing (and writing) the old data.
    @Test func resetIsInPlaceUnderAnOpenWorkspaceWithANewDatabaseId() throws {
        try training()
        let open = try Workspace.open(path: path("t.db"), createAs: nil)
        defer { open.db.close() }
        #expect(try open.db.scalar(Self.importedOnly).int == 37)
        let inodeBefore = try inode(path("t.db"))
        let before = run(["audit", "verify", "--json"])
        let oldID = try #require(Self.json(before.out)["databaseId"] as? String)

        let r = run(["reset", "--as", "trainer", "--yes", "--json"])
        #expect(r.code == 0)
        #expect(Self.json(r.out)["previousDatabaseId"] as? String == oldID)

        #expect(try open.db.scalar(Self.importedOnly).int == 0, "the open connection sees the reset")
        #expect(try inode(path("t.db")) == inodeBefore)
        let after = run(["audit", "verify", "--json"])
        #expect(after.code == 0)
        let verified = Self.json(after.out)
        #expect(verified["intact"] as? Bool == true)
        let newID = try #require(verified["databaseId"] as? String)
        #expect(newID != oldID)
        #expect(Self.json(r.out)["databaseId"] as? String == newID)
        // The new chain starts with its kind anchor, then the reset.
        #expect(try open.db.queryOne("SELECT action FROM audit_entry WHERE seq = 1")?.string("action") == "database.kind")
        let first = try #require(try open.db.queryOne("SELECT action, before, operator_id FROM audit_entry WHERE seq = 2"))
        #expect(first.string("action") == "database.reset")
        #expect(first.string("before") == oldID)
        #expect(first.string("operator_id") == "trainer")
    }

    /// The OS account this test process runs as: a production database's administrator here.
    static let me = OSLogin.current().name ?? "root"

    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    // MARK: - clock

    @Test func clockShowSetAndAdvance() throws {
        try training(withDrafts: false)
        let real = run(["clock", "show", "--as", "trainer"])
        #expect(real.code == 0)
        #expect(real.out.contains("(real time)"))
        #expect(Self.json(run(["clock", "show", "--as", "trainer", "--json"]).out)["moved"] as? Bool == false)

        let set = run(["clock", "set", "2026-03-01 09:00", "--as", "trainer"])
        #expect(set.code == 0)
        #expect(set.out.contains("2026-03-01 09:00"))
        let shown = Self.json(run(["clock", "show", "--as", "trainer", "--json"]).out)
        #expect(shown["moved"] as? Bool == true)
        #expect((shown["local"] as? String)?.hasPrefix("2026-03-01 09:0") == true)

        let advanced = run(["clock", "advance", "+2d", "--as", "trainer"])
        #expect(advanced.code == 0)
        #expect(advanced.out.contains("2026-03-03 09:0"))
        let back = run(["clock", "advance", "-30m", "--as", "trainer"])
        #expect(back.code == 0, "a negative step is a word, not an option: \(back.err)")
        #expect(back.out.contains("2026-03-03 08:3"))
        #expect(run(["clock", "advance", "3h", "--as", "trainer"]).out.contains("2026-03-03 11:3"))
        #expect(run(["clock", "show", "--as", "trainer"]).out.contains("moved by"))

        #expect(run(["clock", "set", "now", "--as", "trainer"]).code == 0)
        #expect(run(["clock", "show", "--as", "trainer"]).out.contains("(real time)"))
        let audit = try Database(path: path("t.db"))
        defer { audit.close() }
        #expect(try audit.scalar("SELECT count(*) FROM audit_entry WHERE entity = 'clock'").int == 5)
    }

    @Test func clockRefusesBadInputOthersAndProduction() throws {
        try training(withDrafts: false)
        let badTime = run(["clock", "set", "tomorrow", "--as", "trainer"])
        #expect(badTime.code == 2)
        #expect(badTime.err.contains("cannot read the time"))
        let badStep = run(["clock", "advance", "2w", "--as", "trainer"])
        #expect(badStep.code == 2)
        #expect(badStep.err.contains("cannot read the duration"))
        #expect(run(["clock", "set", "--as", "trainer"]).code == 2)
        #expect(run(["clock", "frobnicate", "--as", "trainer"]).code == 2)
        for verb in [["show"], ["set", "2026-03-01"], ["advance", "+1d"]] {
            let refused = run(["clock"] + verb + ["--as", "liwei"])
            #expect(refused.code == 3, "\(verb)")
            #expect(refused.err.contains("may not run `clock"))
        }
        #expect(run(["init", "--admin", Self.me], db: "p.db").code == 0)
        for verb in [["show"], ["set", "2026-03-01"], ["advance", "+1d"]] {
            let refused = run(["clock"] + verb + ["--as", "trainer"], db: "p.db")
            #expect(refused.code == 3, "\(verb)")
            #expect(refused.err.contains("--as is refused on a production database"), "\(verb): \(refused.err)")
            let admin = run(["clock"] + verb, db: "p.db")
            #expect(admin.code == 3, "\(verb)")
            #expect(admin.err.contains("may not run `clock"), "\(verb): \(admin.err)")
        }
    }

    @Test func chineseStringsForResetAndClock() throws {
        let zh = Strings(.zh)
        #expect(zh.format(.cliResetNeedsYes, "t.db").contains("--yes"))
        #expect(zh[.cliClockBadDuration].contains("+2d"))
    }
}
