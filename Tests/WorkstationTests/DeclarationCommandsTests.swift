@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// The headless declaration commands, in-process on a real training database file.
@Suite struct DeclarationCommandsTests {
    let fixture: TrainingFixture
    var db: String { fixture.databasePath }
    static let batch = TrainingFixture.sampleData.appendingPathComponent("declarations/erp-batch-2026-01-05.csv")

    init() throws { fixture = try TrainingFixture() }

    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) { fixture.cli(arguments) }

    func copyBatch() throws -> String {
        let target = fixture.directory.appendingPathComponent("batch.csv").path
        try FileManager.default.copyItem(atPath: Self.batch.path, toPath: target)
        return target
    }

    @Test func importReportsEveryRejectWithPlaceAndExitsOne() throws {
        let file = try copyBatch()
        let r = run(["declarations", "import", file, "--as", "liwei"])
        #expect(r.code == 1)
        #expect(r.out.contains("40 declarations: 37 created, 0 updated, 0 submitted, 3 rejected"))
        let problems = r.err.split(separator: "\n").filter { $0.hasPrefix("batch.csv:") }
        #expect(problems.count == 3)
        #expect(r.err.contains("goods[1].hsCode"))
        #expect(FileManager.default.fileExists(atPath: fixture.directory.appendingPathComponent("batch.rejects.csv").path))
        // Again: no duplicates, the drafts are updated.
        let again = run(["declarations", "import", file, "--as", "liwei"])
        #expect(again.out.contains("0 created, 37 updated"))
    }

    @Test func dryRunWritesNothing() throws {
        let file = try copyBatch()
        let r = run(["declarations", "import", file, "--dry-run", "--as", "liwei", "--json"])
        #expect(r.code == 1)
        #expect(r.out.contains("\"dryRun\" : true"))
        #expect(try fixture.workspace.db.scalar("SELECT count(*) FROM declaration").int == 0)
    }

    @Test func listPagesByCursorAndShowsLanesAfterSubmit() throws {
        _ = run(["declarations", "import", try copyBatch(), "--as", "liwei"])
        let first = run(["declarations", "list", "--limit", "5", "--as", "liwei", "--json"])
        #expect(first.code == 0)
        let page = try JSONSerialization.jsonObject(with: Data(first.out.utf8)) as? [String: Any]
        let items = try #require(page?["items"] as? [[String: Any]])
        #expect(items.count == 5)
        let next = try #require(page?["next"] as? String)
        let second = run(["declarations", "list", "--limit", "5", "--after", next, "--as", "liwei", "--json"])
        let secondItems = try #require((try JSONSerialization.jsonObject(with: Data(second.out.utf8)) as? [String: Any])?["items"] as? [[String: Any]])
        let firstIDs = Set(items.compactMap { $0["id"] as? Int }), secondIDs = Set(secondItems.compactMap { $0["id"] as? Int })
        #expect(firstIDs.isDisjoint(with: secondIDs) && secondIDs.count == 5)

        // A customs + inspection draft: validate, submit, and two lanes appear.
        let both = try #require(items.first { $0["scope"] as? String == "both" } ?? secondItems.first { $0["scope"] as? String == "both" })
        let id = String(try #require(both["id"] as? Int))
        #expect(run(["declarations", "validate", id, "--as", "liwei"]).out.contains("valid"))
        let submitted = run(["declarations", "submit", id, "--as", "liwei"])
        #expect(submitted.code == 0)
        #expect(submitted.out.contains("customs: received, inspection: received"))
        let number = try #require(submitted.out.split(separator: " ").dropFirst(2).first.map { String($0).trimmingCharacters(in: .punctuationCharacters) })
        #expect(number.count == 18 && number.allSatisfy(\.isNumber))
        let shown = run(["declarations", "show", id, "--as", "liwei", "--json"])
        #expect(shown.out.contains("\"agency\" : \"customs\"") && shown.out.contains("\"agency\" : \"inspection\""))
    }

    @Test func exportThenImportElsewhereReproducesTheDrafts() throws {
        _ = run(["declarations", "import", try copyBatch(), "--as", "liwei"])
        let out = fixture.directory.appendingPathComponent("export.csv").path
        let r = run(["declarations", "export", "--out", out, "--as", "liwei"])
        #expect(r.code == 0)
        #expect(r.out.contains("exported 37 declarations"))
        // The same file imported again matches every draft by the trader's reference: all updated, none new.
        let again = run(["declarations", "import", out, "--as", "liwei"])
        #expect(again.code == 0)
        #expect(again.out.contains("37 declarations: 0 created, 37 updated"))
    }

    @Test func usageErrors() {
        #expect(run(["declarations"]).code == 2)
        #expect(run(["declarations", "frob"]).code == 2)
        #expect(run(["declarations", "import", "--as", "liwei"]).code == 2)
        #expect(run(["declarations", "list", "--limit", "0", "--as", "liwei"]).code == 2)
        #expect(run(["declarations", "list", "--status", "nope", "--as", "liwei"]).code == 2)
        #expect(run(["declarations", "show", "x", "--as", "liwei"]).code == 2)
    }

    @Test func anOfficerCannotImport() throws {
        let r = run(["declarations", "import", try copyBatch(), "--as", "zhangmin"])
        #expect(r.code == 3)
        #expect(r.err.contains("zhangmin (customs_officer for customs) may not run `declarations import`; it is for: broker"))
    }
}

@Suite struct ResetCommandTests {
    func run(_ arguments: [String], db: String) -> (code: Int32, out: String, err: String) {
        let captured = CapturedConsole()
        let code = SingleWindowCLI.run(arguments: arguments + ["--db", db],
                                       environment: ["LANG": "en_US.UTF-8", "SINGLEWINDOW_SAMPLE_DATA": TrainingFixture.sampleData.path],
                                       console: captured.console) { _ in .usage }
        return (code, captured.out, captured.err)
    }

    @Test func trainerResetsATrainingDatabaseButNeverProduction() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-reset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let training = dir.appendingPathComponent("t.db").path
        #expect(run(["init", "--training"], db: training).code == 0)
        let batch = TrainingFixture.sampleData.appendingPathComponent("declarations/erp-batch-2026-01-05.csv").path
        let copy = dir.appendingPathComponent("b.csv").path
        try FileManager.default.copyItem(atPath: batch, toPath: copy)
        // The imported drafts, not the training cases (TRN-…) a training database starts with.
        let imported = "SELECT count(*) FROM declaration WHERE trader_ref NOT LIKE 'TRN-%'"
        let seeded = try Database(path: training).scalar("SELECT count(*) FROM declaration").int ?? 0
        _ = run(["declarations", "import", copy, "--as", "liwei"], db: training)
        #expect(try Database(path: training).scalar(imported).int == 37)
        #expect(run(["reset", "--as", "liwei"], db: training).code == 3, "only a trainer resets")
        #expect(run(["reset", "--as", "trainer", "--yes"], db: training).code == 0)
        #expect(try Database(path: training).scalar(imported).int == 0)
        #expect(try Database(path: training).scalar("SELECT count(*) FROM declaration").int == seeded, "the training cases, anew")
        #expect(try Database(path: training).scalar("SELECT count(*) FROM operator").int ?? 0 > 0)

        let production = dir.appendingPathComponent("p.db").path
        #expect(run(["init", "--admin", OSLogin.current().name ?? "root"], db: production).code == 0)
        let refused = run(["reset", "--as", "trainer", "--yes"], db: production)
        #expect(refused.code == 3)
        #expect(FileManager.default.fileExists(atPath: production))
    }
}

extension DeclarationCommandsTests {
    @Test func copyTemplatesAndHandOverAreHeadlessToo() throws {
        _ = run(["declarations", "import", try copyBatch(), "--as", "liwei"])
        let first = try #require(try fixture.workspace.db.queryOne("SELECT id FROM declaration ORDER BY id LIMIT 1")?.int64("id"))
        let copied = run(["declarations", "copy", String(first), "--as", "liwei"])
        #expect(copied.code == 0 && copied.out.contains("draft"))
        let saved = run(["declarations", "save-template", String(first), "--name", "冻虾模板", "--as", "liwei", "--json"])
        #expect(saved.code == 0)
        let templateID = try #require((try JSONSerialization.jsonObject(with: Data(saved.out.utf8)) as? [String: Int])?["template"])
        #expect(run(["declarations", "templates", "--as", "liwei"]).out.contains("冻虾模板"))
        let fromTemplate = run(["declarations", "from-template", String(templateID), "--as", "liwei"])
        #expect(fromTemplate.code == 0 && fromTemplate.out.contains("draft"))
        #expect(run(["declarations", "save-template", String(first), "--as", "liwei"]).code == 2, "needs --name")
        // A broker cannot hand over; only a trader hands its draft to its broker.
        #expect(run(["declarations", "hand", String(first), "--broker", "x", "--as", "liwei"]).code == 3)
    }
}

extension DeclarationCommandsTests {
    @Test func aMissingOrDirectoryFileIsSaidPlainly() {
        let missing = run(["declarations", "import", fixture.directory.appendingPathComponent("nope.csv").path, "--as", "liwei"])
        #expect(missing.code == 3)
        #expect(missing.err.contains("cannot read") && missing.err.contains("no such file"))
        let directory = run(["declarations", "import", fixture.directory.path, "--as", "liwei"])
        #expect(directory.err.contains("it is a directory"))
    }

    /// `declarations amend ID` (by id or customs number) reopens a returned declaration as the
    /// draft of its next revision; anything else is refused; `submit` sends it again.
    @Test func amendReopensAReturnedDeclaration() throws {
        let file = try copyBatch()
        _ = run(["declarations", "import", file, "--submit", "--as", "liwei"])
        let number = try #require(Self.firstNumber(run(["review", "queue", "--limit", "1", "--as", "zhangmin"]).out))
        #expect(run(["declarations", "amend", number, "--as", "liwei"]).code == 3, "submitted, not returned: refused")
        #expect(run(["review", "claim", number, "--as", "zhangmin"]).code == 0)
        #expect(run(["review", "decide", number, "--action", "return", "--reason", "invoice missing", "--as", "zhangmin"]).code == 0)
        let amended = run(["declarations", "amend", number, "--as", "liwei"])
        #expect(amended.code == 0 && amended.out.contains("draft"), "\(amended.out)\(amended.err)")
        let resubmitted = run(["declarations", "submit", number, "--as", "liwei"])
        #expect(resubmitted.code == 0 && resubmitted.out.contains(number), "\(resubmitted.out)\(resubmitted.err)")
    }

    static func firstNumber(_ text: String) -> String? {
        text.range(of: "[0-9]{18}", options: .regularExpression).map { String(text[$0]) }
    }
}
