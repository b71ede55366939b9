extension Role {
    public static let marketRegulator = Role(declaring: "market_regulator") // 市场监管 / joint inspector
}

/// Enforcement's roles: the market regulator keeps credit classes and draws the inspections.
enum EnforcementRoles {
    static let all = [
        RoleDefinition(.marketRegulator, agency: .market),
    ]
}
