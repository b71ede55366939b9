@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// init, audit verify, backup and operators, in-process on real database files.
@Suite struct FoundationCommandsTests {
    let scratch: CommandScratch
    var dir: URL { scratch.dir }

    init() throws { scratch = try CommandScratch("sw-cmd") }

    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) { scratch.run(arguments) }

    func path(_ name: String) -> String { scratch.path(name) }

    @Test func initMakesAProductionDatabaseWithReferenceDataOnlyAndIsIdempotent() throws {
        let me = OSLogin.current().name ?? "root"
        let r = run(["init", "--db", path("p.db"), "--admin", me])
        #expect(r.code == 0)
        #expect(r.out.contains("Created production database"))
        let db = try Database(path: path("p.db"))
        let countries = try db.scalar("SELECT count(*) FROM code_entry WHERE code_table = 'country'").int ?? 0
        #expect(countries > 200)
        #expect(try db.scalar("SELECT count(*) FROM operator").int == 1, "no demo operators in production, only its administrator")
        let again = run(["init", "--db", path("p.db"), "--json"])
        #expect(again.code == 0)
        #expect(again.out.contains("\"created\" : false"))
        #expect(try db.scalar("SELECT count(*) FROM code_entry WHERE code_table = 'country'").int == countries)
    }

    @Test func auditVerifyFindsTheAlteredEntry() throws {
        #expect(run(["init", "--training", "--db", path("t.db")]).code == 0)
        let intact = run(["audit", "verify", "--db", path("t.db")])
        #expect(intact.code == 0)
        #expect(intact.out.contains("audit log intact"))
        // Someone edits the file with sqlite3, bypassing the append-only triggers.
        let db = try Database(path: path("t.db"))
        try db.execute("DROP TRIGGER audit_no_update; UPDATE audit_entry SET after = 'forged' WHERE seq = 1")
        let broken = run(["audit", "verify", "--db", path("t.db"), "--json"])
        #expect(broken.code == 1)
        #expect(broken.out.contains("\"brokenAt\" : 1"))
        #expect(broken.out.contains("\"intact\" : false"))
    }

    @Test func backupCopiesAndRefusesToOverwrite() throws {
        #expect(run(["init", "--training", "--db", path("t.db")]).code == 0)
        #expect(run(["backup", path("copy.db"), "--db", path("t.db")]).code == 0)
        let copy = try Database(path: path("copy.db"))
        #expect(try copy.scalar("SELECT count(*) FROM operator").int ?? 0 > 10)
        let again = run(["backup", path("copy.db"), "--db", path("t.db")])
        #expect(again.code == 2)
        #expect(again.err.contains("--force"))
        #expect(run(["backup", path("copy.db"), "--force", "--db", path("t.db")]).code == 0)
    }

    @Test func commandsOnAMissingOrForeignFileExplainThemselves() throws {
        let missing = run(["audit", "verify", "--db", path("none.db")])
        #expect(missing.code == 2)
        #expect(missing.err.contains("no database at"))
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: path("text.db")))
        let foreign = run(["audit", "verify", "--db", path("text.db")])
        #expect(foreign.code == 3)
        #expect(foreign.err.contains("not a SingleWindow database"))
        #expect(try String(contentsOfFile: path("text.db"), encoding: .utf8) == "not a database")
    }

    @Test func operatorsListAlignsChineseNames() throws {
        #expect(run(["init", "--training", "--db", path("t.db")]).code == 0)
        let r = run(["operators", "list", "--db", path("t.db")])
        #expect(r.code == 0)
        let lines = r.out.split(separator: "\n").map(String.init)
        let roleColumns = Set(lines.compactMap { line -> Int? in
            guard let range = line.range(of: " broker") ?? line.range(of: " trainer") else { return nil }
            return displayWidth(String(line[..<range.lowerBound]))
        })
        #expect(roleColumns.count == 1, "roles start in one column whatever the name's width")
    }
}
