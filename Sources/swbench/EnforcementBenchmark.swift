import Foundation
import SingleWindowKit

/// Case 6 at scale: 100,000 enterprises with 1,000,000 credit records (generated here, in one
/// transaction), then `Classifications.reclassifyAll` — once with every class to write, once
/// with nothing to change — and a draw over the whole register; each beside the same query
/// run by the `sqlite3` command on the same file in the same run: the grouped class
/// computation as one `UPDATE … FROM`, the same aggregate as a `SELECT`, and the draw's
/// candidate list in registration-number order with its pools.
enum EnforcementBenchmark {
    static func run(options: BenchOptions) throws {
        let enterprises = options.int("enterprises", 100_000)
        let records = options.int("records", 1_000_000)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swbench-enforcement-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if !options.flags.contains("keep") { try? FileManager.default.removeItem(at: dir) } }
        let path = dir.appendingPathComponent("enforcement.db").path
        guard let sampleData = SampleData.locateDirectory() else { throw BenchError("cannot find sample-data") }
        let ws = try Workspace.open(path: path, createAs: .training)
        _ = try SampleData.load(into: ws.db, kind: .training, from: sampleData)
        guard let trainer = try Operators.find(ws.db, "trainer") else { throw BenchError("demo operators missing") }
        let catalogue = sampleData.appendingPathComponent(InspectionCatalogue.file)
        try InspectionCatalogue.load(ws, data: try Data(contentsOf: catalogue), fileName: "catalogue.csv", by: trainer)

        let generation = try Measure.seconds { try generate(ws, enterprises: enterprises, records: records) }
        try ws.db.execute("ANALYZE")

        // Re-classify: every generated enterprise starts "good", so the first pass writes the changes.
        var changed = 0
        let first = try Measure.seconds { changed = try Classifications.reclassifyAll(ws, by: trainer) }
        let second = try Measure.seconds { _ = try Classifications.reclassifyAll(ws, by: trainer) }
        let counts = try Classifications.counts(ws.db)

        // sqlite3: the same classification as one statement, on the same file (reset first), then the read alone.
        try ws.db.write { try ws.db.run("UPDATE enterprise SET credit_class = 'good' WHERE id LIKE 'BENCH%'") }
        try ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let sqliteUpdate = try Measure.command("/usr/bin/sqlite3", [path, "UPDATE enterprise SET credit_class = c.cls FROM (\(classSQL)) c WHERE c.id = enterprise.id AND enterprise.credit_class <> c.cls;"])
        let sqliteSelect = try Measure.command("/usr/bin/sqlite3", [path, "SELECT cls, count(*) FROM (\(classSQL)) GROUP BY cls;"])
        let agree = try ws.db.scalar("SELECT count(*) FROM (\(classSQL)) c JOIN enterprise e ON e.id = c.id WHERE e.credit_class <> c.cls").int ?? -1

        // The draw: 5% of the good, 10% of the focus targets, over the whole register.
        var draw: Draw?
        let drawSeconds = try Measure.seconds {
            draw = try Draws.run(ws, DrawParameters(scope: DrawScope(year: 2027), ratioBasisPoints: 500, focusBasisPoints: 1_000,
                                                    seed: 42), by: trainer)
        }
        var replay: Draws.Replay?
        let replaySeconds = try Measure.seconds { replay = try Draws.replay(ws, id: draw?.id ?? 0, by: trainer) }
        try ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let sqliteCandidates = try Measure.command("/usr/bin/sqlite3", [path, """
            SELECT count(*), max(p) FROM (SELECT e.id, row_number() OVER (ORDER BY e.id) - 1 AS s,
              row_number() OVER (PARTITION BY e.credit_class <> 'good' ORDER BY e.id) - 1 AS p, e.credit_class FROM enterprise e);
            """])
        let lines = try ws.db.scalar("SELECT count(*) FROM joint_line").int ?? 0
        ws.db.close()

        func s(_ x: Double) -> String { String(format: "%.2f", x) }
        print("generated               \(enterprises) enterprises, \(records) records in \(s(generation)) s")
        print("classes                 " + CreditClass.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", "))
        print("re-classify (writes)    \(s(first)) s, \(changed) classes changed, each with its history row")
        print("re-classify (no change) \(s(second)) s")
        print("sqlite3 UPDATE … FROM   \(s(sqliteUpdate)) s (same classification, one statement, no history)")
        print("sqlite3 SELECT          \(s(sqliteSelect)) s (the aggregate alone); disagreements with ours: \(agree)")
        print("draw                    \(s(drawSeconds)) s: \(draw?.drawn ?? 0) of \(draw?.candidates ?? 0) drawn, \(lines) table lines, officers drawn")
        print("replay                  \(s(replaySeconds)) s, same list: \(replay?.same == true)")
        print("sqlite3 candidate list  \(s(sqliteCandidates)) s (the draw's candidate query alone)")
    }

    /// The class table as SQL (for the comparison only; the rules live in `CreditRules`).
    static let classSQL = """
        SELECT e.id,
          CASE
            WHEN sum(r.kind = 'serious_violation') > 0 OR sum(r.kind = 'penalty' AND r.penalty <> 'warning') > 5
              OR coalesce(sum(CASE WHEN r.kind = 'penalty' AND r.penalty IN ('fine','confiscation') THEN r.amount_fen END), 0) > 50000000
              OR sum(r.kind = 'penalty' AND r.penalty IN ('revocation','stop_order')) > 0 OR sum(r.kind = 'major_accident') > 0
              THEN 'seriously_dishonest'
            WHEN sum(r.kind = 'abnormal_list' AND r.removed_on = '') > 0 OR sum(r.kind = 'marked_abnormal') > 0
              OR sum(r.kind = 'penalty' AND r.penalty <> 'warning') > 0 THEN 'dishonest'
            WHEN sum(r.kind = 'penalty' AND r.penalty = 'warning') > 0 OR sum(r.kind = 'performance' AND r.performance = 'bad') > 0
              THEN 'warning'
            ELSE 'good' END AS cls
        FROM enterprise e LEFT JOIN credit_record r ON r.enterprise_id = e.id GROUP BY e.id
        """

    /// Enterprises and records in one transaction on prepared statements. Most records are good
    /// performance; the rest spread over every kind, so every class is well populated.
    static func generate(_ ws: Workspace, enterprises: Int, records: Int) throws {
        var g = SeededGenerator(seed: 2026)
        let districts = ["120116", "2200", "3500", "3700", "5100", "5300", "0200", "310115"]
        let industries = ["51", "5212", "6210", "1431", "26", "34", "39", "50", "58", "18"]
        try ws.db.write {
            let e = try ws.db.prepare("INSERT INTO enterprise(id, name, kind, district, industry) VALUES (?,?,?,?,?)")
            for n in 0..<enterprises {
                try e.bind(["BENCH" + String(format: "%013d", n), "基准企业\(n)有限公司", n % 7 == 0 ? "trader" : "other",
                            districts[n % districts.count], industries[n % industries.count]])
                _ = try e.step()
                e.reset()
            }
            let r = try ws.db.prepare("""
                INSERT INTO credit_record(enterprise_id, kind, penalty, amount_fen, performance, occurred_on, agency, case_number,
                                          recorded_at, recorded_by) VALUES (?,?,?,?,?, '2025-06-01', 'market', ?, '2026-01-01T00:00:00.000Z', 'trainer')
                """)
            for n in 0..<records {
                // Most enterprises have a handful of good records; a skewed few carry the rest.
                let id = "BENCH" + String(format: "%013d", Int(g.next() % UInt64(enterprises)))
                let roll = g.basisPoint()
                var kind = "performance", penalty = "", amount: Int64 = 0, performance = "good"
                switch roll {
                case 0..<150: kind = "penalty"; penalty = "warning"; performance = ""
                case 150..<250: kind = "penalty"; penalty = "fine"; amount = Int64(g.next() % 20_000_000); performance = ""
                case 250..<260: kind = "penalty"; penalty = "confiscation"; amount = Int64(g.next() % 80_000_000); performance = ""
                case 260..<265: kind = "penalty"; penalty = "revocation"; performance = ""
                case 265..<285: kind = "abnormal_list"; performance = ""
                case 285..<290: kind = "serious_violation"; performance = ""
                case 290..<400: performance = "bad"
                default: break
                }
                try r.bind([id, kind, penalty, amount, performance, "B-\(n)"])
                _ = try r.step()
                r.reset()
            }
        }
    }
}
