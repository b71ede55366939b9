import Foundation
import SingleWindowKit

/// What the import benchmarks start from: a scratch directory of their own, a training workspace
/// in it with the shipped sample data loaded, and the demo broker who imports. The caller removes
/// the directory (`defer { bench.remove() }`); a failed set-up removes it here.
struct BenchSampleWorkspace {
    let dir: URL
    let sampleData: URL
    let workspace: Workspace
    let broker: Operator

    /// `name` tells concurrent or leftover scratch directories apart (`swbench-<name>-<pid>`).
    init(_ name: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swbench-\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        do {
            guard let sampleData = SampleData.locateDirectory() else { throw BenchError("cannot find sample-data") }
            let workspace = try Workspace.open(path: dir.appendingPathComponent("bench.db").path, createAs: .training)
            _ = try SampleData.load(into: workspace.db, kind: .training, from: sampleData)
            guard let broker = try Operators.find(workspace.db, "liwei") else { throw BenchError("demo broker liwei missing") }
            (self.dir, self.sampleData, self.workspace, self.broker) = (dir, sampleData, workspace, broker)
        } catch {
            try? FileManager.default.removeItem(at: dir)
            throw error
        }
    }

    func remove() { try? FileManager.default.removeItem(at: dir) }
}
