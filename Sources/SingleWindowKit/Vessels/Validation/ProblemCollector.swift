import Foundation
import Store
import TextWidth

/// Gathers every problem of a declaration with its path, so the agent sees all of them at once.
struct ProblemCollector {
    private(set) var problems: [Problem] = []

    mutating func add(_ path: String, _ key: String, _ arguments: [String] = []) {
        problems.append(Problem(path, key, arguments))
    }

    mutating func add(_ fault: FieldFault, at path: String) { problems.append(fault.problem(at: path)) }

    mutating func append(_ more: [Problem]) { problems += more }

    /// `problem.required` when blank.
    mutating func required(_ value: String, _ path: String) {
        if value.trimmed.isEmpty { add(path, "problem.required") }
    }

    /// Runs a parser on a non-blank value; blank is `required` unless `optional`.
    mutating func code<T>(_ value: String, _ path: String, optional: Bool = false,
                          _ parse: (String) throws(FieldFault) -> T) {
        if value.trimmed.isEmpty {
            if !optional { add(path, "problem.required") }
            return
        }
        do { _ = try parse(value) } catch { add(error, at: path) }
    }

    mutating func positive(_ value: Decimal, _ path: String) {
        if value <= 0 { add(path, "vessel.positive", [VesselDecimal.string(value)]) }
    }

    mutating func positive(_ value: Int, _ path: String) {
        if value <= 0 { add(path, "vessel.positive", [String(value)]) }
    }

    mutating func country(_ db: Database, _ value: String, _ path: String) throws {
        if value.trimmed.isEmpty { add(path, "problem.required"); return }
        if try VesselCountries.normalise(db, value) != value {
            add(path, "problem.unknownCode", [value, "country"])
        }
    }

    mutating func locode(_ db: Database, _ value: String, _ path: String, optional: Bool = false, knownPort: Bool = false) throws {
        if value.trimmed.isEmpty {
            if !optional { add(path, "problem.required") }
            return
        }
        if case let .failure(fault) = try UNLocode.check(db, value, requireKnownPort: knownPort) { add(fault, at: path) }
    }

    mutating func maxLength(_ value: String, _ limit: Int, _ path: String) {
        if value.count > limit { add(path, "problem.tooLong", [String(limit)]) }
    }
}
