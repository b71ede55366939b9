import Foundation

/// Why one value was refused: a message key and its arguments. Code parsers throw it; the
/// validator turns it into a `Problem` by adding the field path, so each parser stays pure.
public struct FieldFault: Error, Equatable, Sendable {
    public var key: String
    public var arguments: [String]

    public init(_ key: String, _ arguments: [String] = []) {
        self.key = key
        self.arguments = arguments
    }

    public func problem(at path: String) -> Problem { Problem(path, key, arguments) }
}

extension String {
    /// Upper-cased, with spaces, tabs and hyphens that people type between groups removed.
    var compactedCode: String {
        uppercased().filter { !$0.isWhitespace && $0 != "-" }
    }

    var isASCIIDigits: Bool { !isEmpty && allSatisfy { $0.isASCII && $0.isNumber } }
    var isASCIIAlphanumeric: Bool { !isEmpty && allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
}
