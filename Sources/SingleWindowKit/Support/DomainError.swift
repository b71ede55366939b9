/// A problem with one field: where it is, what is wrong (a catalogue key), and the values the
/// message needs. Validation returns all of them at once, never only the first.
public struct Problem: Equatable, Hashable, Codable, Sendable, CustomStringConvertible {
    /// Field path, e.g. `header.tradeCountry` or `goods[2].netWeight`.
    public var path: String
    /// Message key in the string catalogue, e.g. `problem.required`.
    public var key: String
    public var arguments: [String]

    public init(_ path: String, _ key: String, _ arguments: [String] = []) {
        self.path = path
        self.key = key
        self.arguments = arguments
    }

    public var description: String { "\(path): \(Messages.text(key, arguments, language: .en))" }
}

/// Errors every domain action may throw, besides store errors.
public enum DomainError: Error, Equatable, Sendable, CustomStringConvertible {
    case notAuthorized(operatorID: String, action: String)
    case invalid([Problem])
    case invalidTransition(entity: String, id: String, from: String, action: String)
    case notFound(entity: String, id: String)
    case conflict(String)
    case trainingOnly(String)

    public var description: String {
        switch self {
        case let .notAuthorized(op, action):
            return "operator \(op) is not authorized to \(action)"
        case let .invalid(problems):
            return problems.map(\.description).joined(separator: "\n")
        case let .invalidTransition(entity, id, from, action):
            return "\(entity) \(id) is \(from): cannot \(action)"
        case let .notFound(entity, id):
            return "\(entity) \(id) not found"
        case let .conflict(text):
            return text
        case let .trainingOnly(what):
            return "\(what) is allowed on a training database only"
        }
    }
}
