import Foundation
import SingleWindowKit
import TextWidth

/// The review queue on a large database: generation time, the first screen of
/// `singlewindow review queue --limit 20` as a process (start-up included), per-page time over
/// random jumps with the domain's keyset query, and the same page answered by `sqlite3`; then,
/// on the same database, the joint-inspection task list (first screen as a process, random
/// keyset jumps) and opening the review screen's data for random declarations.
/// Run after `swift build -c release` (it runs the release `singlewindow` next to itself).
/// `--keep` leaves the generated database behind; `--reuse FILE` measures such a database again
/// without generating.
enum QueueBenchmark {
    static func run(options: BenchOptions) throws {
        let count = options.int("declarations", 1_000_000)
        let jumps = options.int("jumps", 1_000)
        let caseCount = options.int("cases", 1_000)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swbench-queue-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if !options.flags.contains("keep") { try? FileManager.default.removeItem(at: dir) } }
        let reuse = options.values["reuse"]
        let path = reuse ?? dir.appendingPathComponent("queue.db").path
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("singlewindow").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("\(binary) not found: build it first (swift build -c release)")
        }
        guard let sampleData = SampleData.locateDirectory() else { throw BenchError("cannot find sample-data") }

        // 1. Generate, in this process.
        if let reuse, !FileManager.default.fileExists(atPath: reuse) { throw BenchError("\(reuse) not found") }
        let workspace = try Workspace.open(path: path, createAs: reuse == nil ? .training : nil)
        if reuse == nil { _ = try SampleData.load(into: workspace.db, kind: .training, from: sampleData) }
        guard let trainer = try Operators.find(workspace.db, "trainer"), let officer = try Operators.find(workspace.db, "zhangmin") else {
            throw BenchError("demo operators missing")
        }
        let terminal = isatty(STDERR_FILENO) == 1
        let generation = reuse != nil ? 0 : try Measure.seconds {
            _ = try SyntheticTrade.generate(workspace, options: SyntheticTradeOptions(declarations: count, progress: { done, total in
                if terminal { FileHandle.standardError.write(Data("\rgenerating \(done)/\(total)".utf8)) }
            }), by: trainer)
        }
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
        if reuse == nil {
            try workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            try workspace.db.execute("ANALYZE")
        }
        workspace.db.close()
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.doubleValue ?? 0

        // 2. First screen: the real command, as a process, a few times (the first is the coldest).
        let args = ["review", "queue", "--limit", "20", "--db", path, "--as", "zhangmin"]
        var firstScreens: [Double] = []
        for _ in 0..<7 { firstScreens.append(try Measure.command(binary, args)) }
        let childPeakMB = try Measure.peakResidentMB(of: binary, args, scratch: dir)
        let taskArgs = ["review", "tasks", "--limit", "20", "--db", path, "--as", "zhangmin"]
        var taskScreens: [Double] = []
        for _ in 0..<7 { taskScreens.append(try Measure.command(binary, taskArgs)) }
        let taskChildPeakMB = try Measure.peakResidentMB(of: binary, taskArgs, scratch: dir)

        // 3. Random jumps through the domain API on a fresh connection.
        let ws = try Workspace.open(path: path, createAs: nil)
        let span = try ws.db.queryOne("SELECT min(sort_at) AS a, max(sort_at) AS b, max(lane_id) AS m FROM review_queue")
        let low = span.flatMap { $0.string("a") }.flatMap(Timestamp.date) ?? Date()
        let high = span.flatMap { $0.string("b") }.flatMap(Timestamp.date) ?? Date()
        let maxLane = span?.int64("m") ?? 1
        var rng = SeededGenerator(seed: 42)
        var times: [Double] = []
        var rows = 0
        for i in 0..<jumps {
            let at = low.addingTimeInterval(Double(rng.next() % 1_000_000) / 1_000_000 * high.timeIntervalSince(low))
            let cursor = QueueCursor(key: Timestamp.string(at), id: Int64(rng.next() % UInt64(maxLane)))
            var filter = QueueFilter(agency: i % 2 == 0 ? .customs : .inspection)
            let position: QueuePosition
            switch i % 6 {
            case 0: position = .since(at)
            case 1: position = .after(cursor)
            case 2: position = .before(cursor)
            case 3: position = .after(cursor); filter.channel = i % 2 == 0 ? "red" : "sampling_release"
            case 4: position = .last; filter.bucket = .waiting
            default: position = .before(cursor); filter.state = .released; filter.sort = .newestFirst
            }
            let actor = filter.agency == .customs ? officer : (try Operators.find(ws.db, "wangqiang") ?? officer)
            var page: QueuePage?
            times.append(try Measure.seconds { page = try ReviewQueue.page(ws, filter: filter, position: position, limit: 20, by: actor) })
            rows += page?.rows.count ?? 0
        }
        times.sort()
        let median = times[times.count / 2], p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]

        // 3b. The joint-inspection task list and the review screen, on fresh connections.
        let inspector = try Operators.find(ws.db, "wangqiang") ?? officer
        let taskWS = try Workspace.open(path: path, createAs: nil)
        let tasks = try ReviewScreensBenchmark.tasks(taskWS, officers: [officer, inspector], jumps: jumps)
        let caseWS = try Workspace.open(path: path, createAs: nil)
        let cases = try ReviewScreensBenchmark.cases(caseWS, customs: officer, inspection: inspector, count: caseCount)
        let selfPeakMB = Measure.peakResidentMB

        // 4. sqlite3 answering the default page query, as a process.
        let stamp = Timestamp.string(low.addingTimeInterval(high.timeIntervalSince(low) / 2))
        let sql = "SELECT * FROM review_queue WHERE agency = 'customs' AND bucket = 'action' AND (sort_at, lane_id) > ('\(stamp)', 0) ORDER BY sort_at, lane_id LIMIT 21;"
        var sqliteTimes: [Double] = []
        for _ in 0..<7 { sqliteTimes.append(try Measure.command("/usr/bin/sqlite3", [path, sql])) }
        let first = firstScreens.sorted()[firstScreens.count / 2], sqliteFirst = sqliteTimes.sorted()[sqliteTimes.count / 2]
        let middleDay = try ws.db.scalar("SELECT day FROM inspection_slot ORDER BY day LIMIT 1 OFFSET (SELECT count(*) / 2 FROM inspection_slot)")
            .string ?? ""
        let taskSQL = "SELECT j.id, j.declaration_id, j.place, j.items, j.booked_by, j.task_sort, d.number, d.bill_no, d.trader_name, "
            + "s.day, s.start FROM joint_inspection j JOIN declaration d ON d.id = j.declaration_id AND d.revision = j.revision "
            + "LEFT JOIN inspection_slot s ON s.id = j.slot_id WHERE (j.task_sort, j.id) > ('b:\(middleDay)', 0) "
            + "ORDER BY j.task_sort, j.id LIMIT 21;"
        var sqliteTaskTimes: [Double] = []
        for _ in 0..<7 { sqliteTaskTimes.append(try Measure.command("/usr/bin/sqlite3", [path, taskSQL])) }
        let taskFirst = taskScreens.sorted()[taskScreens.count / 2], sqliteTask = sqliteTaskTimes.sorted()[sqliteTaskTimes.count / 2]
        let joints = try ws.db.queryOne("SELECT count(*) AS n, count(slot_id) AS booked, "
                                        + "(SELECT count(*) FROM joint_inspection_result) AS results FROM joint_inspection")

        let ms = { (x: Double) in String(format: "%.2f", x * 1000) }
        let declarations = try ws.db.queryOne("SELECT (SELECT count(*) FROM declaration) AS d, (SELECT count(*) FROM lane) AS l, "
                                              + "(SELECT count(*) FROM declaration_release) AS r")
        print("declarations            \(declarations?.int("d") ?? 0) (\(declarations?.int("l") ?? 0) lanes, \(declarations?.int("r") ?? 0) released), file \(String(format: "%.0f", size / 1e6)) MB")
        if let reuse {
            print("generation              skipped: \(reuse) reused")
        } else {
            print("generation              \(String(format: "%.1f", generation)) s  (\(Int(Double(count) / generation)) declarations/s)")
        }
        print("first screen (process)  median \(ms(first)) ms, coldest \(ms(firstScreens[0])) ms  (target < 200 ms)  peak RSS \(String(format: "%.1f", childPeakMB)) MB (target < 100 MB)")
        print("sqlite3 same page       median \(ms(sqliteFirst)) ms (process)")
        print("random jumps            \(jumps) pages, \(rows) rows: median \(ms(median)) ms, p99 \(ms(p99)) ms (target p99 < 5 ms)")
        print("joint inspections       \(joints?.int("n") ?? 0) (\(joints?.int("booked") ?? 0) booked, \(joints?.int("results") ?? 0) agency results)")
        print("task list first screen  median \(ms(taskFirst)) ms, coldest \(ms(taskScreens[0])) ms (process)  peak RSS \(String(format: "%.1f", taskChildPeakMB)) MB")
        print("sqlite3 task page       median \(ms(sqliteTask)) ms (process)")
        print("task list first page    \(ms(tasks.first)) ms (domain API, fresh connection)")
        print("task list random jumps  \(jumps) pages, \(tasks.jumps.rows) rows: median \(ms(tasks.jumps.median)) ms, p99 \(ms(tasks.jumps.p99)) ms, max \(ms(tasks.jumps.max)) ms")
        for (kind, timing) in tasks.jumps.byKind.sorted(by: { $0.key < $1.key }) {
            print("  \(kind.padding(toLength: 22, withPad: " ", startingAt: 0))median \(ms(timing.median)) ms, p99 \(ms(timing.p99)) ms, max \(ms(timing.max)) ms")
        }
        print("review case open        \(caseCount) declarations (\(cases.rows) history declarations counted): median \(ms(cases.median)) ms, p99 \(ms(cases.p99)) ms, max \(ms(cases.max)) ms (target p99 < 50 ms)")
        print("swbench peak RSS        \(String(format: "%.1f", selfPeakMB)) MB (includes generation)")
    }
}

extension Measure {
    /// A command's own peak resident memory, through `/usr/bin/time`. Asking the kernel about
    /// our own children would not do: a child spawned from this large process is charged this
    /// process's high-water mark when it execs; `time`'s child is forked from a small process.
    static func peakResidentMB(of path: String, _ arguments: [String], scratch: URL) throws -> Double {
        let out = scratch.appendingPathComponent("rss.txt")
        _ = try command("/usr/bin/time", ["-f", "%M", "-o", out.path, path] + arguments)
        let text = try String(contentsOf: out, encoding: .utf8).trimmed
        guard let kb = Double(text.split(separator: "\n").last.map(String.init) ?? "") else { throw BenchError("cannot read \(out.path)") }
        return kb / 1024
    }
}
