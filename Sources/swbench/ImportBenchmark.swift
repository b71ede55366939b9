import Foundation
import SingleWindowKit

/// The declaration importer (full validation, one transaction per batch, prepared statements)
/// against `sqlite3 .import` of the same file into a bare table, on this machine, in this run.
/// The file is the shipped ERP sample's valid declarations, repeated under new trader
/// references until it holds the requested number of goods lines.
enum ImportBenchmark {
    static func run(options: BenchOptions) throws {
        let lines = options.int("lines", 100_000)
        let bench = try BenchSampleWorkspace("import")
        defer { bench.remove() }
        let (dir, sampleData, workspace, broker) = (bench.dir, bench.sampleData, bench.workspace, bench.broker)

        let csv = dir.appendingPathComponent("lines.csv")
        let written = try generate(from: sampleData.appendingPathComponent("declarations/erp-batch-2026-01-05.csv"),
                                   lines: lines, workspace: workspace, broker: broker, to: csv)

        let peakBefore = Measure.peakResidentMB
        var outcome: DeclarationImportResult?
        let importSeconds = try Measure.seconds {
            outcome = try DeclarationImporter(workspace: workspace, operator: broker,
                                              options: DeclarationImportOptions(batchSize: 500)).importFile(at: csv.path)
        }
        guard let result = outcome else { throw BenchError("no import result") }
        guard result.rejected == 0, result.lines == written else {
            throw BenchError("import rejected \(result.rejected) declarations (\(result.problems.first?.description ?? "")); lines \(result.lines)/\(written)")
        }
        let peak = Measure.peakResidentMB

        let bare = dir.appendingPathComponent("bare.db").path
        let sqliteSeconds = try Measure.command("/usr/bin/sqlite3", [bare, ".import --csv \(csv.path) goods"])
        let imported = try Database(path: bare).scalar("SELECT count(*) FROM goods").int ?? 0
        guard imported == written else { throw BenchError("sqlite3 imported \(imported) of \(written) rows") }

        let ours = Double(written) / importSeconds, theirs = Double(written) / sqliteSeconds
        let ratio = ours / theirs
        if options.flags.contains("json") {
            print("""
            {"lines": \(written), "declarations": \(result.created), "singlewindowSeconds": \(fmt(importSeconds)), \
            "singlewindowLinesPerSecond": \(Int(ours)), "sqlite3Seconds": \(fmt(sqliteSeconds)), \
            "sqlite3LinesPerSecond": \(Int(theirs)), "ratio": \(fmt(ratio)), "peakResidentMB": \(fmt(peak)), \
            "peakResidentBeforeImportMB": \(fmt(peakBefore))}
            """)
        } else {
            print("goods lines            \(written) in \(result.created) declarations")
            print("singlewindow import    \(fmt(importSeconds)) s  \(Int(ours)) lines/s  (full validation, peak RSS \(fmt(peak)) MB, \(fmt(peakBefore)) MB before the import)")
            print("sqlite3 .import        \(fmt(sqliteSeconds)) s  \(Int(theirs)) lines/s  (bare table, no checks)")
            print("ratio                  \(fmt(ratio))  (target ≥ 0.33)")
        }
    }

    static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }

    /// Repeats the sample's valid declarations (found by a dry run) with fresh trader references.
    static func generate(from sample: URL, lines target: Int, workspace: Workspace, broker: Operator, to output: URL) throws -> Int {
        let dryRun = try DeclarationImporter(workspace: workspace, operator: broker,
                                             options: DeclarationImportOptions(dryRun: true)).importFile(at: sample.path)
        let badLines = Set(dryRun.problems.map(\.line))
        let records = try CSVReader.parse(data: Data(contentsOf: sample))
        guard let header = records.first,
              let refColumn = header.fields.firstIndex(where: { FieldCatalogue.field(forColumn: $0)?.key == "traderReference" }) else {
            throw BenchError("the sample has no trader reference column")
        }
        // Rows of rejected declarations are left out (all rows sharing a rejected row's reference).
        let badRefs = Set(records.filter { badLines.contains($0.line) }.map { $0.fields[refColumn] })
        let good = records.dropFirst().filter { !badRefs.contains($0.fields[refColumn]) }
        guard !good.isEmpty else { throw BenchError("no valid rows in the sample") }

        // Whole declarations only (a declaration cut short would fail its weight check), so the
        // file may run a few lines past the target.
        var groups: [[CSVRecord]] = []
        for record in good {
            if let last = groups.last?.last, last.fields[refColumn] == record.fields[refColumn] {
                groups[groups.count - 1].append(record)
            } else {
                groups.append([record])
            }
        }
        // Written as it goes: the benchmark's own peak memory must not hide the importer's.
        guard FileManager.default.createFile(atPath: output.path, contents: nil),
              let out = FileHandle(forWritingAtPath: output.path) else { throw BenchError("cannot write \(output.path)") }
        defer { try? out.close() }
        var text = CSVReader.format(header.fields) + "\n"
        var written = 0, round = 0
        while written < target {
            round += 1
            for group in groups where written < target {
                for record in group {
                    var fields = record.fields
                    fields[refColumn] += "-B\(round)"
                    text += CSVReader.format(fields) + "\n"
                    written += 1
                }
            }
            try out.write(contentsOf: Data(text.utf8))
            text = ""
        }
        return written
    }
}
