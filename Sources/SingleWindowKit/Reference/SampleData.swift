import Foundation
import Store

/// The shipped `sample-data` directory: reference tables for every database, demo enterprises and
/// operators for training ones.
public enum SampleData {
    public static let environmentVariable = "SINGLEWINDOW_SAMPLE_DATA"
    public static let directoryName = "sample-data"
    public static let referenceDirectory = "reference"
    public static let demoDirectory = "demo"

    /// Finds `sample-data`: `$SINGLEWINDOW_SAMPLE_DATA` when set; else beside the executable or one
    /// of its parents (a checkout runs the binary from `.build/debug/`); else the current directory
    /// or one of its parents. Nil when none has one.
    public static func locateDirectory(environment: [String: String] = ProcessInfo.processInfo.environment,
                                       executable: URL? = Bundle.main.executableURL,
                                       currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> URL? {
        if let value = environment[environmentVariable], !value.isEmpty {
            let url = URL(fileURLWithPath: value)
            // An explicit setting that points nowhere is an error to show, not a reason to guess.
            return isSampleData(url) ? url : nil
        }
        if let executable, let found = searchUp(from: executable.resolvingSymlinksInPath().deletingLastPathComponent()) {
            return found
        }
        return searchUp(from: currentDirectory)
    }

    /// Loads what a new database of `kind` starts with: reference tables always, the demo set for
    /// training only.
    public static func load(into db: Database, kind: DatabaseKind, from sampleData: URL) throws -> LoadReport {
        var report = try ReferenceLoader.loadReference(into: db, from: sampleData.appendingPathComponent(referenceDirectory))
        if kind == .training {
            report.merge(try DemoDataLoader.load(into: db, from: sampleData.appendingPathComponent(demoDirectory)))
            for file in DomainAreas.all.flatMap(\.demoOperators) {
                if let count = try DemoDataLoader.loadOperators(db, sampleData.appendingPathComponent(file), &report.problems) {
                    report.rowCounts["operator"] = count
                }
            }
        }
        return report
    }

    static func searchUp(from start: URL) -> URL? {
        var directory = start.standardizedFileURL
        while true {
            let candidate = directory.appendingPathComponent(directoryName)
            if isSampleData(candidate) { return candidate }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    /// A directory counts only if it holds the reference manifest: a stray folder of the same
    /// name is not mistaken for the data.
    static func isSampleData(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(referenceDirectory)
            .appendingPathComponent(ReferenceLoader.manifestFile).path)
    }
}
