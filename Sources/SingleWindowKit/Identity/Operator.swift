/// Someone who acts in the single window. Every domain action takes one and checks it.
public struct Operator: Equatable, Hashable, Codable, Sendable {
    public var id: String
    public var name: String
    public var nameEn: String
    public var role: Role
    public var agency: Agency
    /// The enterprise a broker, trader or shipping agent works for.
    public var enterpriseID: String?

    public init(id: String, name: String, nameEn: String = "", role: Role, agency: Agency = .none, enterpriseID: String? = nil) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.role = role
        self.agency = agency
        self.enterpriseID = enterpriseID
    }

    /// The built-in actor for system work (loading reference data, deemed approvals on timeout).
    public static let system = Operator(id: "system", name: "系统", nameEn: "system", role: .trainer)
}
