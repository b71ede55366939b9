import Foundation

/// What a vessel JSON file is checked for before it is decoded, so a refusal can say
/// `file:line:column: field: reason` like the declaration importer: the file's syntax, read by
/// the same strict reader (`PositionedJSON`), and where in it a decoder's complaint points.
public enum VesselFileCheck {
    /// A place in the file and what is wrong there.
    public struct Fault: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        /// `voyage.eta`, `crew[2].name`; `JSON` for a syntax error.
        public var field: String
        public var reason: String
    }

    /// The file's syntax: nil when it is one well-formed JSON value.
    public static func syntax(_ data: Data) -> Fault? {
        do {
            _ = try PositionedJSON.parse(data)
            return nil
        } catch let error as PositionedJSON.ParseError {
            return Fault(line: error.line, column: error.column, field: "JSON", reason: error.message)
        } catch {
            return Fault(line: 1, column: 1, field: "JSON", reason: String(describing: error))
        }
    }

    /// Where the value at `path` starts (keys and array indexes from the top); where the deepest
    /// existing part of it starts when the rest is missing (a missing key points at its object).
    public static func position(of path: [any CodingKey], in data: Data) -> (line: Int, column: Int) {
        guard var node = try? PositionedJSON.parse(data) else { return (1, 1) }
        for key in path {
            switch node {
            case let .object(members, _, _):
                guard let next = members.last(where: { $0.key == key.stringValue })?.value else { return (node.line, node.column) }
                node = next
            case let .array(items, _, _):
                guard let index = key.intValue, items.indices.contains(index) else { return (node.line, node.column) }
                node = items[index]
            default:
                return (node.line, node.column)
            }
        }
        return (node.line, node.column)
    }

    /// `voyage.crew[2].name`, as a field is named in every refusal.
    public static func fieldName(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out.isEmpty ? "(file)" : out
    }
}

/// A time given as hours from now (`hoursFromNow` in a vessel file or a sample): bounded, since
/// a date beyond what the store can write (1e15 hours trapped converting to milliseconds) is
/// never a ship's schedule.
public enum VesselTimeOffset {
    /// Ten years either way.
    public static let maxHours: Double = 87_600

    /// `now` moved by `hours`, or nil when `hours` is out of range.
    public static func expected(from now: Date, hours: Double) -> Date? {
        guard hours.isFinite, abs(hours) <= maxHours else { return nil }
        return now.addingTimeInterval(hours * 3600)
    }
}
