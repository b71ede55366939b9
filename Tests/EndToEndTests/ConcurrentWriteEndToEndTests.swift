import Foundation
import Testing

/// Eight `singlewindow` processes writing to one database at once, as a busy office does: two
/// importers, four officers claiming and deciding the same customs and inspection lanes, a
/// generator making declarations in the background and a clock ticker. Every write transaction
/// is short (bounded by time) and taking the lock is retried, so no command may fail "database
/// is locked" or busy; afterwards the audit chain verifies. Serialized: it owns the machine.
///
/// `SINGLEWINDOW_CONCURRENT_SECONDS` sets how long the officers and importers go on (60 by default).
@Suite(.serialized) struct ConcurrentWriteEndToEndTests {
    static var seconds: Double {
        Double(ProcessInfo.processInfo.environment["SINGLEWINDOW_CONCURRENT_SECONDS"] ?? "") ?? 60
    }

    /// Everything one process ran: each command's arguments, exit code and stderr.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var runs: [(name: String, args: [String], code: Int32, err: String)] = []
        func add(_ name: String, _ args: [String], _ run: Headless.Run) {
            lock.lock(); defer { lock.unlock() }
            runs.append((name, args, run.code, run.err))
        }
    }

    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    @Test func eightWritersNeverSeeALockedDatabase() throws {
        let dir = try Headless.scratch("concurrent")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (db, imported) = try Headless.trainingDatabaseWithBatch(in: dir, name: "busy.db", submit: true)
        #expect(imported.code == 1, "the batch has three broken rows: \(imported.err)")
        let batch = TmuxSession.packageRoot.appendingPathComponent("sample-data/declarations/erp-batch-2026-01-05.csv").path
        let log = Log()
        let deadline = Date().addingTimeInterval(Self.seconds)
        let group = DispatchGroup()
        func worker(_ name: String, _ body: @escaping @Sendable () throws -> Void) {
            DispatchQueue.global().async(group: group) {
                do { try body() } catch { log.add(name, [], Headless.Run(code: -1, out: "", err: "\(error)")) }
            }
        }
        @Sendable func run(_ name: String, _ args: [String]) throws -> Headless.Run {
            let result = try Headless.run(args + ["--db", db])
            log.add(name, args, result)
            return result
        }
        worker("generator") {
            _ = try run("generator", ["generate", "--declarations", "4000", "--batch", "4000"])
        }
        for importer in ["importer-1", "importer-2"] {
            worker(importer) {
                var n = 0
                while Date() < deadline {
                    n += 1
                    _ = try run(importer, ["declarations", "import", batch, "--as", "liwei", "--submit",
                                           "--rejects", dir.appendingPathComponent("\(importer)-\(n).rejects.csv").path])
                }
            }
        }
        for (name, login) in [("officer-1", "zhangmin"), ("officer-2", "zhaolei"), ("officer-3", "wangqiang"), ("officer-4", "zhangmin")] {
            worker(name) {
                while Date() < deadline {
                    let queue = Self.json(try run(name, ["review", "queue", "--state", "received", "--limit", "3", "--as", login, "--json"]).out)
                    let ids = (queue["items"] as? [[String: Any]] ?? []).compactMap { $0["declarationID"] as? Int }.map(String.init)
                    if ids.isEmpty { usleep(200_000); continue }
                    // Officers of one agency race for the same lanes: a lost race is a refusal, never a lock.
                    for id in ids {
                        _ = try run(name, ["review", "claim", id, "--as", login])
                        _ = try run(name, ["review", "decide", id, "--action", "release", "--as", login])
                    }
                }
            }
        }
        worker("ticker") {
            while Date() < deadline {
                _ = try run("ticker", ["lanes", "tick", "--as", "trainer"])
                usleep(500_000)
            }
        }
        group.wait()

        let runs = log.runs
        #expect(runs.count > 20, "the soak ran \(runs.count) commands")
        let busy = runs.filter { run in
            let text = run.err.lowercased()
            return text.contains("locked") || text.contains("busy") || run.code == -1 || run.code > 3
        }
        #expect(busy.isEmpty, "\(busy.count) of \(runs.count) commands failed: \(busy.prefix(5).map { "\($0.name) \($0.args.joined(separator: " ")) → \($0.code) \($0.err)" })")
        #expect(runs.first { $0.name == "generator" }?.code == 0)
        let verified = try Headless.run(["audit", "verify", "--db", db])
        #expect(verified.code == 0, "\(verified.out) \(verified.err)")
    }
}
