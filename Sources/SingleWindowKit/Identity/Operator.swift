/// Someone who acts in the single window. Every domain action takes one and checks it.
public struct Operator: Equatable, Hashable, Codable, Sendable {
    public var id: String
    public var name: String
    public var nameEn: String
    public var role: Role
    public var agency: Agency
    /// The enterprise a broker, trader or shipping agent works for.
    public var enterpriseID: String?
    /// The login name that maps to this operator on a shared host (unique when set).
    public var osUser: String?
    /// An officer's ID number, printed on joint-inspection record sheets.
    public var idNumber: String
    /// A deactivated operator stays for the history but can no longer act.
    public var active: Bool

    public init(id: String, name: String, nameEn: String = "", role: Role, agency: Agency = .none,
                enterpriseID: String? = nil, osUser: String? = nil, idNumber: String = "", active: Bool = true) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.role = role
        self.agency = agency
        self.enterpriseID = enterpriseID
        self.osUser = osUser
        self.idNumber = idNumber
        self.active = active
    }

    /// Fields added later (login, ID number, active) may be missing from JSON written earlier,
    /// such as an audit entry's before/after; they take their defaults instead of failing.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  nameEn: try c.decodeIfPresent(String.self, forKey: .nameEn) ?? "",
                  role: try c.decode(Role.self, forKey: .role),
                  agency: try c.decodeIfPresent(Agency.self, forKey: .agency) ?? .none,
                  enterpriseID: try c.decodeIfPresent(String.self, forKey: .enterpriseID),
                  osUser: try c.decodeIfPresent(String.self, forKey: .osUser),
                  idNumber: try c.decodeIfPresent(String.self, forKey: .idNumber) ?? "",
                  active: try c.decodeIfPresent(Bool.self, forKey: .active) ?? true)
    }

    /// The built-in actor for system work (loading reference data, deemed approvals on timeout).
    public static let system = Operator(id: "system", name: "系统", nameEn: "system", role: .trainer)
}
