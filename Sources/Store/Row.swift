import Foundation

/// One result row, copied out of the statement so it outlives the next `step`.
///
/// Two ways to read a column. The optional accessors by name (`row.string("name")`) give nil
/// for NULL or a missing column and convert loosely between types: for nullable columns and
/// reads that do not care. The throwing typed accessors (`try row.int(0)`,
/// `try row.decode("name", as: String.self)`) are for NOT NULL columns: NULL, another storage
/// type or a missing column throws `DatabaseError.decode` naming the column, instead of
/// quietly reading 0 or "".
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

    // MARK: - Typed reads

    /// The NOT NULL column `name` as a `T`; throws `DatabaseError.decode` otherwise.
    public func decode<T: SQLDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let index = columns.firstIndex(of: name) else {
            throw DatabaseError.decode(column: name, expected: T.sqlTypeName, found: "no such column")
        }
        return try decode(index, as: type)
    }

    /// The NOT NULL column at `index` (0-based, in SELECT order) as a `T`.
    public func decode<T: SQLDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
        let value = try value(at: index, expected: T.sqlTypeName)
        guard let decoded = T.decode(value) else {
            throw DatabaseError.decode(column: columnLabel(index), expected: T.sqlTypeName, found: value.storageClass)
        }
        return decoded
    }

    /// A nullable column: nil for NULL, but another storage type (or a missing column) still throws.
    public func decodeIfPresent<T: SQLDecodable>(_ name: String, as type: T.Type = T.self) throws -> T? {
        guard let index = columns.firstIndex(of: name) else {
            throw DatabaseError.decode(column: name, expected: T.sqlTypeName, found: "no such column")
        }
        return try decodeIfPresent(index, as: type)
    }

    public func decodeIfPresent<T: SQLDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T? {
        if try value(at: index, expected: T.sqlTypeName) == .null { return nil }
        return try decode(index, as: type)
    }

    public func int(_ index: Int) throws -> Int { try decode(index) }
    public func int64(_ index: Int) throws -> Int64 { try decode(index) }
    public func string(_ index: Int) throws -> String { try decode(index) }
    public func bool(_ index: Int) throws -> Bool { try decode(index) }
    public func double(_ index: Int) throws -> Double { try decode(index) }
    public func decimal(_ index: Int) throws -> Decimal { try decode(index) }

    private func value(at index: Int, expected: String) throws -> SQLValue {
        guard values.indices.contains(index) else {
            throw DatabaseError.decode(column: "#\(index)", expected: expected, found: "no such column")
        }
        return values[index]
    }

    /// The column's name, or its position when the query left it unnamed.
    private func columnLabel(_ index: Int) -> String {
        columns.indices.contains(index) && !columns[index].isEmpty ? columns[index] : "#\(index)"
    }

    public var description: String {
        zip(columns, values).map { "\($0)=\($1)" }.joined(separator: ", ")
    }
}

/// A Swift type a NOT NULL column decodes to, strictly by SQLite storage class: an INTEGER
/// column is not read from TEXT, a TEXT column is not read from a number.
public protocol SQLDecodable {
    /// What the decode error says was expected.
    static var sqlTypeName: String { get }
    /// The value, or nil when its storage class (or content) does not fit.
    static func decode(_ value: SQLValue) -> Self?
}

extension Int64: SQLDecodable {
    public static var sqlTypeName: String { "integer" }
    public static func decode(_ value: SQLValue) -> Int64? {
        if case let .integer(v) = value { return v }
        return nil
    }
}

extension Int: SQLDecodable {
    public static var sqlTypeName: String { "integer" }
    public static func decode(_ value: SQLValue) -> Int? { Int64.decode(value).flatMap { Int(exactly: $0) } }
}

extension Bool: SQLDecodable {
    public static var sqlTypeName: String { "integer (0 or 1)" }
    public static func decode(_ value: SQLValue) -> Bool? {
        switch Int64.decode(value) {
        case 0: return false
        case 1: return true
        default: return nil
        }
    }
}

extension Double: SQLDecodable {
    public static var sqlTypeName: String { "real" }
    public static func decode(_ value: SQLValue) -> Double? {
        switch value {
        case let .real(v): return v
        case let .integer(v): return Double(v)
        default: return nil
        }
    }
}

extension String: SQLDecodable {
    public static var sqlTypeName: String { "text" }
    public static func decode(_ value: SQLValue) -> String? {
        if case let .text(s) = value { return s }
        return nil
    }
}

extension Decimal: SQLDecodable {
    /// Money and quantities are exact decimal text; a whole number stored as INTEGER reads too.
    public static var sqlTypeName: String { "decimal text" }
    public static func decode(_ value: SQLValue) -> Decimal? {
        switch value {
        case let .text(s): return Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))
        case let .integer(v): return Decimal(v)
        default: return nil
        }
    }
}

extension SQLValue {
    /// SQLite's name for the value's storage class.
    public var storageClass: String {
        switch self {
        case .null: return "null"
        case .integer: return "integer"
        case .real: return "real"
        case .text: return "text"
        case .blob: return "blob"
        }
    }
}
