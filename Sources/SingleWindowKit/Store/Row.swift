import Foundation

/// One result row, copied out of the statement so it outlives the next `step`.
public struct Row: Sendable, CustomStringConvertible {
    public let columns: [String]
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    public subscript(_ index: Int) -> SQLValue { values[index] }
    public subscript(_ name: String) -> SQLValue {
        guard let i = columns.firstIndex(of: name) else { return .null }
        return values[i]
    }

    public func string(_ name: String) -> String? { self[name].string }
    public func int(_ name: String) -> Int? { self[name].int }
    public func int64(_ name: String) -> Int64? { self[name].int64 }
    public func bool(_ name: String) -> Bool { (self[name].int64 ?? 0) != 0 }
    public func decimal(_ name: String) -> Decimal? { self[name].string.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) } }

    public var description: String {
        zip(columns, values).map { "\($0)=\($1)" }.joined(separator: ", ")
    }
}
