import Foundation

/// A list file refused as a whole: every problem found, and nothing imported.
public struct PersonListImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
