import Foundation

/// A value as SQLite stores it. Money and quantities travel as TEXT (exact decimals), never REAL.
public enum SQLValue: Equatable, Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var int64: Int64? {
        switch self {
        case let .integer(v): return v
        case let .real(v): return Int64(exactly: v)
        case let .text(s): return Int64(s)
        default: return nil
        }
    }
    public var int: Int? { int64.map { Int($0) } }
    public var string: String? {
        switch self {
        case let .text(s): return s
        case let .integer(v): return String(v)
        case let .real(v): return String(v)
        case let .blob(b): return String(decoding: b, as: UTF8.self)
        case .null: return nil
        }
    }
    public var double: Double? {
        switch self {
        case let .real(v): return v
        case let .integer(v): return Double(v)
        case let .text(s): return Double(s)
        default: return nil
        }
    }
    public var isNull: Bool { self == .null }
}

/// Anything that can be bound to a statement parameter.
public protocol SQLBindable: Sendable {
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }
extension String: SQLBindable { public var sqlValue: SQLValue { .text(self) } }
extension Substring: SQLBindable { public var sqlValue: SQLValue { .text(String(self)) } }
extension Int: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLBindable { public var sqlValue: SQLValue { .integer(self) } }
extension Int32: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Bool: SQLBindable { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension Double: SQLBindable { public var sqlValue: SQLValue { .real(self) } }
extension Decimal: SQLBindable {
    /// Decimals are stored as their canonical text so nothing is ever rounded through a Double.
    public var sqlValue: SQLValue { .text(NSDecimalNumber(decimal: self).stringValue) }
}
extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue {
        switch self {
        case .none: return .null
        case let .some(w): return w.sqlValue
        }
    }
}
