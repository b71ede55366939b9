/// An agency or department behind the single window, by its register code (`agency` table,
/// loaded from `sample-data/reference/agencies.csv`). A struct, not a closed enum: the register
/// is data, so a code this build has no constant for still round-trips through the database,
/// JSON and the CLI instead of collapsing to "none". The constants name the codes the code
/// itself branches on.
public struct Agency: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Always succeeds: any code is an agency code; whether the register knows it is
    /// `AgencyRegister.find`'s question. Failable only to satisfy `RawRepresentable`'s shape.
    public init?(rawValue: String) { self.rawValue = rawValue }
    public init(_ code: String) { self.rawValue = code }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    public var description: String { rawValue }

    // Border agencies (口岸单位)
    public static let customs = Agency("customs")          // 海关
    public static let inspection = Agency("inspection")    // 检验检疫 (CIQ)
    public static let border = Agency("border")            // 边检
    public static let maritime = Agency("maritime")        // 海事
    // Enforcement and approval
    public static let market = Agency("market")            // 市场监管
    public static let approvalBureau = Agency("approval_bureau") // 行政审批局
    public static let planning = Agency("planning")
    public static let land = Agency("land")
    public static let development = Agency("development")
    public static let construction = Agency("construction")
    public static let transport = Agency("transport")
    public static let environment = Agency("environment")
    public static let fire = Agency("fire")
    /// No agency (brokers, agents, trainers).
    public static let none = Agency("")

    /// The agencies this build names, in the order the old closed enum listed them (screens
    /// that list "every agency" keep their order). The register may hold more.
    public static let allCases: [Agency] = [
        .customs, .inspection, .border, .maritime, .market, .approvalBureau,
        .planning, .land, .development, .construction, .transport, .environment, .fire, .none,
    ]
}
