import Foundation
@testable import SingleWindowKit
import Testing

/// `singlewindow enforcement …`: each verb headless, with --json, through the same domain calls
/// as the pane.
@Suite struct EnforcementCommandsTests {
    @Test func recordsClassAndHistory() throws {
        let f = try TrainingFixture()
        let id = "91310115312345673N"
        var r = f.cli(["enforcement", "records", "add", id, "--kind", "penalty", "--penalty", "fine", "--amount", "500000.01",
                       "--date", "2026-01-05", "--agency", "market", "--case", "C-1", "--as", "guojing"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("seriously dishonest"))
        r = f.cli(["enforcement", "class", "show", id, "--json", "--as", "guojing"])
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(shown["creditClass"] as? String == "seriously_dishonest")
        #expect(shown["colour"] as? String == "black")
        #expect(shown["rule"] as? String == "total_over_limit")
        r = f.cli(["enforcement", "records", "remove", "C-1", "--reason", "amount typed wrong", "--as", "guojing"])
        #expect(r.code == 0, "\(r.err)")
        r = f.cli(["enforcement", "class", "history", id, "--as", "guojing", "--lang", "zh"])
        #expect(r.out.contains("严重失信 → 良好"), "\(r.out)")
        r = f.cli(["enforcement", "records", "add", id, "--kind", "penalty", "--penalty", "fine", "--date", "2026-01-05",
                   "--case", "C-2", "--as", "guojing"])
        #expect(r.code == 1)
        #expect(r.err.contains("amount: a fine needs an amount in yuan"), "\(r.err)")
        r = f.cli(["enforcement", "records", "add", id, "--kind", "penalty", "--penalty", "warning", "--date", "2026-01-05",
                   "--case", "C-3", "--as", "zhangmin"])
        #expect(r.code == 3)
    }

    @Test func importReportsEveryProblemAndWritesRejects() throws {
        let f = try TrainingFixture()
        let path = f.directory.appendingPathComponent("agency.csv").path
        try "enterprise,kind,penalty,amount,date,agency,case\n91310115312345673N,penalty,fine,x,2026-01-01,market,I-1\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let r = f.cli(["enforcement", "records", "import", path, "--as", "guojing"])
        #expect(r.code == 1)
        #expect(r.err.contains("agency.csv:2:4: amount: x is not an amount in yuan"), "\(r.err)")
        #expect(FileManager.default.fileExists(atPath: f.directory.appendingPathComponent("agency.rejects.csv").path))
    }

    /// F4's list, headless: the administrative districts with their enterprises (the training register's 12 in Binhai).
    @Test func drawDistrictsListsTheAdministrativeDistricts() throws {
        let f = try TrainingFixture()
        var r = f.cli(["enforcement", "draw", "districts", "--json", "--as", "guojing"])
        #expect(r.code == 0, "\(r.err)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        #expect(rows.first { $0["code"] as? String == "120116" }?["enterprises"] as? Int == 12)
        #expect(rows.first { $0["code"] as? String == "120116" }?["name"] as? String == "Binhai New Area")
        #expect(!rows.contains { ($0["code"] as? String)?.count != 6 })  // never a customs district
        r = f.cli(["enforcement", "draw", "districts", "--lang", "zh", "--as", "guojing"])
        #expect(r.out.contains("310115") && r.out.contains("浦东新区"), "\(r.out)")
    }

    @Test func drawPublishReplayTableAndResults() throws {
        let f = try TrainingFixture()
        try EnforcementSamples.load(into: f.workspace, from: TrainingFixture.sampleData)
        // The register's customs district is not a draw's scope: the message names the kind expected.
        var r = f.cli(["enforcement", "draw", "preview", "--year", "2027", "--ratio", "20", "--district", "2200", "--as", "guojing"])
        #expect(r.code != 0)
        #expect(r.err.contains("2200 is a customs district") && r.err.contains("six-digit administrative district"), "\(r.err)")
        r = f.cli(["enforcement", "draw", "preview", "--year", "2027", "--ratio", "20", "--district", "31011", "--as", "guojing"])
        #expect(r.code != 0)
        #expect(r.err.contains("31011 is not an administrative district"), "\(r.err)")
        r = f.cli(["enforcement", "draw", "preview", "--year", "2027", "--ratio", "20", "--district", "310115", "--as", "guojing"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.hasPrefix("Preview:"))
        r = f.cli(["enforcement", "draw", "run", "--year", "2027", "--ratio", "20", "--district", "310115", "--seed", "7",
                   "--json", "--as", "guojing"])
        #expect(r.code == 0, "\(r.err)")
        let run = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(run["seedText"] as? String == "7")
        r = f.cli(["enforcement", "draw", "publish", "2", "--as", "guojing"])
        #expect(r.out.contains("Draw 2 published (seed 7)"))
        r = f.cli(["enforcement", "draw", "replay", "2", "--as", "guojing"])
        #expect(r.code == 0)
        #expect(r.out.contains("replayed from seed 7: the same"))
        r = f.cli(["enforcement", "draw", "run", "--year", "2027", "--ratio", "20", "--district", "310115", "--as", "guojing"])
        #expect(r.code == 1)
        #expect(r.err.contains("a new draw needs a reason"))
        // The officer of table 1's tax part: fill, sign, print, results.
        let table = try #require(try JointTables.find(f.workspace.db, id: 1))
        let tax = try #require(table.member("tax"))
        for line in table.lines where line.agency == "tax" {
            r = f.cli(["enforcement", "table", "fill", "1", "--line", String(line.seq), "--result", "compliant", "--as", tax.officerID])
            #expect(r.code == 0, "\(r.err)")
        }
        r = f.cli(["enforcement", "table", "sign", "1", "--as", tax.officerID])
        #expect(r.out.contains("nothing found"), "\(r.out)\(r.err)")
        let out = f.directory.appendingPathComponent("sheet.txt").path
        r = f.cli(["enforcement", "table", "print", "1", "--out", out, "--as", "guojing", "--lang", "zh"])
        #expect(r.code == 0, "\(r.err)")
        let sheet = try String(contentsOfFile: out, encoding: .utf8)
        #expect(sheet.contains("联合检查表 第1号") && sheet.contains(tax.certificate))
        r = f.cli(["enforcement", "results", "--json", "--as", "zhangmin"])
        let results = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
        #expect(results.first?["outcome"] as? String == "nothing_found")
        r = f.cli(["enforcement", "catalogue", "--industry", "5212", "--as", "zhangmin"])
        #expect(r.out.contains("Valid food business licence held"))
    }
}
