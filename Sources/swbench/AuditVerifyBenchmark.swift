import Foundation
import SingleWindowKit

/// `audit verify` over a large generated database: the chain walk (entries per second) and the
/// reconciliation of every lane, declaration and vessel call against its trail (rows per second),
/// wall time and peak RSS. The verification runs in a child process of its own (`swbench audit
/// --measure FILE`), so its peak RSS (VmHWM from /proc/self/status) is the verifier's alone, not
/// the generator's. `--entries N` first appends N ordinary audit entries, for a log the size a
/// busy office's would be (the generator writes one entry per batch). `--keep` leaves the
/// database behind; `--reuse FILE` measures such a database again without generating.
enum AuditVerifyBenchmark {
    static func run(options: BenchOptions) throws {
        if let file = options.values["measure"] { return try measure(file) }
        let count = options.int("declarations", 1_000_000)
        let entries = options.int("entries", 0)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swbench-audit-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { if !options.flags.contains("keep") { try? FileManager.default.removeItem(at: dir) } }
        let reuse = options.values["reuse"]
        let path = reuse ?? dir.appendingPathComponent("audit.db").path
        if let reuse, !FileManager.default.fileExists(atPath: reuse) { throw BenchError("\(reuse) not found") }

        var generation = 0.0, appending = 0.0
        if reuse == nil {
            guard let sampleData = SampleData.locateDirectory() else { throw BenchError("cannot find sample-data") }
            let workspace = try Workspace.open(path: path, createAs: .training)
            _ = try SampleData.load(into: workspace.db, kind: .training, from: sampleData)
            guard let trainer = try Operators.find(workspace.db, "trainer") else { throw BenchError("demo trainer missing") }
            let terminal = isatty(STDERR_FILENO) == 1
            generation = try Measure.seconds {
                _ = try SyntheticTrade.generate(workspace, options: SyntheticTradeOptions(declarations: count, progress: { done, total in
                    if terminal { FileHandle.standardError.write(Data("\rgenerating \(done)/\(total)".utf8)) }
                }), by: trainer)
            }
            if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
            appending = try Measure.seconds { try appendEntries(workspace, entries, by: trainer) }
            try workspace.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            try workspace.db.execute("ANALYZE")
            workspace.db.close()
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.doubleValue ?? 0

        // The verifier in a process of its own.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["audit", "--measure", path]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        guard child.terminationStatus == 0,
              let m = try JSONSerialization.jsonObject(with: output) as? [String: Any] else {
            throw BenchError("the measuring process failed (\(child.terminationStatus)): \(String(decoding: output, as: UTF8.self))")
        }
        func number(_ key: String) -> Double { (m[key] as? NSNumber)?.doubleValue ?? 0 }
        let checked = number("checked"), reconciled = number("reconciled")
        let wall = number("verifySeconds"), rowsTime = number("reconcileSeconds"), chainTime = max(wall - rowsTime, 1e-9)
        let f1 = { (x: Double) in String(format: "%.1f", x) }
        print("database                \(Int(number("declarations"))) declarations, \(Int(number("lanes"))) lanes, \(Int(number("vesselCalls"))) vessel calls; file \(String(format: "%.0f", size / 1e6)) MB")
        if reuse == nil {
            print("generation              \(f1(generation)) s (\(Int(Double(count) / max(generation, 1e-9))) declarations/s); \(entries) extra entries appended in \(f1(appending)) s")
        } else {
            print("generation              skipped: \(path) reused")
        }
        print("audit verify            \(f1(wall)) s wall, \(m["intact"] as? Bool == true ? "intact" : "NOT intact"), peak RSS (VmHWM) \(f1(number("peakMB"))) MB")
        print("  chain                 \(Int(checked)) entries in ~\(String(format: "%.2f", chainTime)) s: \(Int(checked / chainTime)) entries/s")
        print("  reconciliation        \(Int(reconciled)) rows in \(String(format: "%.2f", rowsTime)) s (second pass, alone): \(Int(reconciled / max(rowsTime, 1e-9))) rows/s; \(Int(number("predating"))) predating")
    }

    /// Appends `count` ordinary entries in transactions of 10,000, as the domain's writes would.
    static func appendEntries(_ workspace: Workspace, _ count: Int, by actor: Operator) throws {
        var done = 0
        let now = workspace.now()
        while done < count {
            let end = min(count, done + 10_000)
            try workspace.db.write {
                for i in done..<end {
                    try AuditLog.append(workspace.db, at: now, by: actor, action: "bench.entry", entity: "bench", entityID: String(i),
                                        after: "benchmark entry \(i)")
                }
            }
            done = end
        }
    }

    /// The child: verify once (timed whole), then reconcile alone (timed), and report with VmHWM.
    static func measure(_ path: String) throws {
        let workspace = try Workspace.open(path: path, createAs: nil)
        var result: AuditVerification?
        let verifySeconds = try Measure.seconds { result = try AuditLog.verify(workspace.db) }
        var rows: AuditReconciliation.Outcome?
        let reconcileSeconds = try Measure.seconds { rows = try workspace.db.read { try AuditReconciliation.rows(workspace.db) } }
        let counts = try workspace.db.queryOne("SELECT (SELECT count(*) FROM declaration) AS d, (SELECT count(*) FROM lane) AS l, "
                                               + "(SELECT count(*) FROM vessel_call) AS v")
        let peakMB = peakResidentKB().map { Double($0) / 1024 } ?? Measure.peakResidentMB
        let report: [String: Any] = [
            "checked": result?.checked ?? 0, "reconciled": result?.reconciled ?? 0, "intact": result?.isIntact ?? false,
            "predating": result?.predating ?? 0, "mismatches": result?.mismatches.count ?? 0,
            "verifySeconds": verifySeconds, "reconcileSeconds": reconcileSeconds, "reconciledAlone": rows?.checked ?? 0,
            "declarations": counts?.int("d") ?? 0, "lanes": counts?.int("l") ?? 0, "vesselCalls": counts?.int("v") ?? 0,
            "peakMB": peakMB,
        ]
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: report))
    }

    /// VmHWM, the peak resident set, from /proc/self/status (kB).
    static func peakResidentKB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return line.split(separator: " ").compactMap { Int($0) }.first
    }
}
