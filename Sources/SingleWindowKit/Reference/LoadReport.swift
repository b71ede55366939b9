import Foundation

/// One thing wrong with a data file, located as `file:line:column` so an editor can jump to it.
/// Line and column are 1-based; column 0 means the whole line, line 0 the whole file.
public struct LoadProblem: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: String

    public var description: String { "\(file):\(line):\(column): \(reason)" }
}

/// What a load did: rows loaded per table, and every problem found. A file with any problem is
/// not loaded at all (its table keeps what it had); the other files still load.
public struct LoadReport: Equatable, Sendable {
    /// Rows now in each table that was loaded, by table name (`country`, `hs_code`, `enterprise`…).
    public var rowCounts: [String: Int] = [:]
    public var problems: [LoadProblem] = []

    public init(rowCounts: [String: Int] = [:], problems: [LoadProblem] = []) {
        self.rowCounts = rowCounts
        self.problems = problems
    }

    public var isClean: Bool { problems.isEmpty }

    /// Files that were refused.
    public var rejectedFiles: Set<String> { Set(problems.map(\.file)) }

    public mutating func merge(_ other: LoadReport) {
        rowCounts.merge(other.rowCounts) { _, new in new }
        problems += other.problems
    }
}
