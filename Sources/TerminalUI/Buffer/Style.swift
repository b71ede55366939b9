/// Attributes that work on every terminal, colour or not.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)

    /// Names as written in theme files, in a stable order.
    public static let named: [(String, TextAttributes)] = [
        ("bold", .bold), ("reverse", .reverse), ("underline", .underline), ("dim", .dim),
    ]

    /// "bold+reverse", or "none".
    public var name: String {
        let parts = Self.named.filter { contains($0.1) }.map(\.0)
        return parts.isEmpty ? "none" : parts.joined(separator: "+")
    }
}

/// What a cell means (its theme role) plus attributes the widget adds on top of the theme.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    public var role: ThemeRole
    public var attributes: TextAttributes

    public init(_ role: ThemeRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style(.normal)

    public var description: String {
        attributes.isEmpty ? role.rawValue : "\(role.rawValue)+\(attributes.name)"
    }
}
