import Foundation
import SingleWindowKit

/// The review queue on a large database: generation time, the first screen of
/// `singlewindow review queue --limit 20` as a process (start-up included), per-page time over
/// random jumps with the domain's keyset query, and the same page answered by `sqlite3`.
/// Run after `swift build -c release` (it runs the release `singlewindow` next to itself).
enum QueueBenchmark {
    static func run(options: BenchOptions) throws {
        let count = options.int("declarations", 1_000_000)
        let jumps = options.int("jumps", 1_000)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swbench-queue-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if !options.flags.contains("keep") { try? FileManager.default.removeItem(at: dir) } }
        let path = dir.appendingPathComponent("queue.db").path
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("singlewindow").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError("\(binary) not found: build it first (swift build -c release)")
        }
        guard let sampleData = SampleData.locateDirectory() else { throw BenchError("cannot find sample-data") }

        // 1. Generate, in this process.
        let workspace = try Workspace.open(path: path, createAs: .training)
        _ = try SampleData.load(into: workspace.db, kind: .training, from: sampleData)
        guard let trainer = try Operators.find(workspace.db, "trainer"), let officer = try Operators.find(workspace.db, "zhangmin") else {
            throw BenchError("demo operators missing")
        }
        let terminal = isatty(STDERR_FILENO) == 1
        var report: SyntheticTradeReport?
        let generation = try Measure.seconds {
            report = try SyntheticTrade.generate(workspace, options: SyntheticTradeOptions(declarations: count, progress: { done, total in
                if terminal { FileHandle.standardError.write(Data("\rgenerating \(done)/\(total)".utf8)) }
            }), by: trainer)
        }
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
        try workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try workspace.db.execute("ANALYZE")
        workspace.db.close()
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.doubleValue ?? 0

        // 2. First screen: the real command, as a process, a few times (the first is the coldest).
        let args = ["review", "queue", "--limit", "20", "--db", path, "--as", "zhangmin"]
        var firstScreens: [Double] = []
        for _ in 0..<7 { firstScreens.append(try Measure.command(binary, args)) }
        let childPeakMB = try Measure.peakResidentMB(of: binary, args, scratch: dir)

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
            let cursor = QueueCursor(sortAt: Timestamp.string(at), laneID: Int64(rng.next() % UInt64(maxLane)))
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
        let selfPeakMB = Measure.peakResidentMB

        // 4. sqlite3 answering the default page query, as a process.
        let stamp = Timestamp.string(low.addingTimeInterval(high.timeIntervalSince(low) / 2))
        let sql = "SELECT * FROM review_queue WHERE agency = 'customs' AND bucket = 'action' AND (sort_at, lane_id) > ('\(stamp)', 0) ORDER BY sort_at, lane_id LIMIT 21;"
        var sqliteTimes: [Double] = []
        for _ in 0..<7 { sqliteTimes.append(try Measure.command("/usr/bin/sqlite3", [path, sql])) }
        let first = firstScreens.sorted()[firstScreens.count / 2], sqliteFirst = sqliteTimes.sorted()[sqliteTimes.count / 2]

        let ms = { (x: Double) in String(format: "%.2f", x * 1000) }
        print("declarations            \(report?.declarations ?? 0) (\(report?.lanes ?? 0) lanes, \(report?.released ?? 0) released), file \(String(format: "%.0f", size / 1e6)) MB")
        print("generation              \(String(format: "%.1f", generation)) s  (\(Int(Double(count) / generation)) declarations/s)")
        print("first screen (process)  median \(ms(first)) ms, coldest \(ms(firstScreens[0])) ms  (target < 200 ms)  peak RSS \(String(format: "%.1f", childPeakMB)) MB (target < 100 MB)")
        print("sqlite3 same page       median \(ms(sqliteFirst)) ms (process)")
        print("random jumps            \(jumps) pages, \(rows) rows: median \(ms(median)) ms, p99 \(ms(p99)) ms (target p99 < 5 ms)")
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
        let text = try String(contentsOf: out, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let kb = Double(text.split(separator: "\n").last.map(String.init) ?? "") else { throw BenchError("cannot read \(out.path)") }
        return kb / 1024
    }
}
