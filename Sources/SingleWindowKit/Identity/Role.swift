/// What an operator is allowed to do is decided by role (and, for officers, agency). Roles are
/// declared by the area whose work they do (`Declarations/DeclarationRoles.swift`,
/// `Vessels/VesselRoles.swift`…) and listed once in `RoleRegister`, so a new pane adds its roles
/// in its own folder; `case .broker:` still reads as it did when this was an enum.
public struct Role: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// A role the register knows; nil for any other text (a typo in a CSV, a newer database).
    public init?(rawValue: String) {
        guard RoleRegister.definition(rawValue) != nil else { return nil }
        self.rawValue = rawValue
    }

    /// Declares a role: only the areas' role files call this.
    init(declaring code: String) { rawValue = code }

    public init(from decoder: any Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        guard let role = Role(rawValue: code) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown role \(code)"))
        }
        self = role
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// Every role, in the register's order.
    public static var allCases: [Role] { RoleRegister.all.map(\.role) }

    /// The agency an officer of this role acts for, when the role implies one.
    public var impliedAgency: Agency? { RoleRegister.definition(rawValue)?.agency }

    /// An officer decides on lanes (of the implied agency, or of the agency recorded on the operator).
    public var isOfficer: Bool { RoleRegister.definition(rawValue)?.isOfficer ?? false }
}

/// A role as its area declares it: the agency it implies and whether it decides on lanes.
public struct RoleDefinition: Sendable {
    public let role: Role
    public let agency: Agency?
    public let isOfficer: Bool

    init(_ role: Role, agency: Agency? = nil, officer: Bool? = nil) {
        self.role = role
        self.agency = agency
        isOfficer = officer ?? (agency != nil)
    }
}

/// Every area's roles, listed once; a new area adds its `…Roles.all` here.
public enum RoleRegister {
    public static let all: [RoleDefinition] = DeclarationRoles.all + VesselRoles.all + ApprovalRoles.all
        + EnforcementRoles.all + FoundationRoles.all

    private static let byCode: [String: RoleDefinition] = Dictionary(all.map { ($0.role.rawValue, $0) }, uniquingKeysWith: { a, _ in a })

    static func definition(_ code: String) -> RoleDefinition? { byCode[code] }
}
