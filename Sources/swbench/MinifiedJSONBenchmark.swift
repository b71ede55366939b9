import Foundation
import SingleWindowKit

/// The JSON importer on minified files (one line, as ERPs write them) of two sizes: the time must
/// grow with the file, not its square. Each file is the shipped ERP sample's valid declarations
/// exported as JSON, squeezed onto one line and repeated under fresh trader references; each is
/// imported as a dry run (read, build, validate every declaration; nothing written), so the
/// parser and the validation are what is timed. Target: the large file takes at most 11 times
/// as long as the small one for 10 times the bytes.
enum MinifiedJSONBenchmark {
    static func run(options: BenchOptions) throws {
        let small = options.int("small-mb", 10), large = options.int("large-mb", 100)
        let bench = try BenchSampleWorkspace("json")
        defer { bench.remove() }
        let (dir, sampleData, workspace, broker) = (bench.dir, bench.sampleData, bench.workspace, bench.broker)

        let items = try sampleItems(sampleData, workspace, broker)
        var rows: [(mb: Int, bytes: Int, declarations: Int, seconds: Double)] = []
        for mb in [small, large] {
            let file = dir.appendingPathComponent("minified-\(mb).json")
            let (bytes, count) = try write(items, megabytes: mb, to: file)
            var result: DeclarationImportResult?
            let seconds = try Measure.seconds {
                result = try DeclarationImporter(workspace: workspace, operator: broker,
                                                 options: DeclarationImportOptions(dryRun: true)).importFile(at: file.path)
            }
            guard let result, result.fileError == nil, result.rejected == 0 else {
                throw BenchError("\(file.lastPathComponent): \(result?.fileError.map { "\($0)" } ?? "") \(result?.problems.first?.description ?? "")")
            }
            rows.append((mb, bytes, count, seconds))
            try? FileManager.default.removeItem(at: file)
        }
        let ratio = rows[1].seconds / rows[0].seconds
        for r in rows {
            print("minified \(r.mb) MB  \(r.bytes) bytes, \(r.declarations) declarations, one line: \(String(format: "%.2f", r.seconds)) s (dry run)")
        }
        print(String(format: "time ratio %.2f for %.1f× the bytes (target ≤ 11)", ratio, Double(rows[1].bytes) / Double(rows[0].bytes)))
    }

    /// The sample's valid declarations, each as one minified JSON object.
    static func sampleItems(_ sampleData: URL, _ workspace: Workspace, _ broker: Operator) throws -> [[String: Any]] {
        let csv = sampleData.appendingPathComponent("declarations/erp-batch-2026-01-05.csv")
        let imported = try DeclarationImporter(workspace: workspace, operator: broker, options: DeclarationImportOptions())
            .importFile(at: csv.path)
        guard imported.created > 0 else { throw BenchError("the sample imported nothing") }
        let ids = try workspace.db.query("SELECT id FROM declaration ORDER BY id").compactMap { $0.int64("id") }
        let declarations = try ids.map { try Declarations.load(workspace, id: $0, by: broker) }
        let object = try JSONSerialization.jsonObject(with: DeclarationExporter.json(declarations))
        guard let root = object as? [String: Any], let list = root["declarations"] as? [[String: Any]] else {
            throw BenchError("unexpected export shape")
        }
        return list
    }

    /// `{"declarations":[…]}` on one line, items repeated with new trader references until the file
    /// reaches `megabytes`.
    static func write(_ items: [[String: Any]], megabytes: Int, to url: URL) throws -> (bytes: Int, declarations: Int) {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let out = FileHandle(forWritingAtPath: url.path) else { throw BenchError("cannot write \(url.path)") }
        defer { try? out.close() }
        let target = megabytes * 1_000_000
        var bytes = 0, count = 0, round = 0
        func put(_ text: String) throws {
            let data = Data(text.utf8)
            try out.write(contentsOf: data)
            bytes += data.count
        }
        try put(#"{"declarations":["#)
        while bytes < target {
            round += 1
            for var item in items where bytes < target {
                if var header = item["header"] as? [String: Any], let ref = header["traderReference"] as? String {
                    header["traderReference"] = "\(ref)-J\(round)"
                    item["header"] = header
                }
                let text = String(decoding: try JSONSerialization.data(withJSONObject: item, options: [.sortedKeys]), as: UTF8.self)
                try put((count == 0 ? "" : ",") + text)
                count += 1
            }
        }
        try put("]}")
        return (bytes, count)
    }
}
