extension Role {
    public static let marketRegulator = Role(declaring: "market_regulator")        // 市场监管 / joint inspector
    public static let enforcementOfficer = Role(declaring: "enforcement_officer")  // 执法检查人员 of an inspecting agency
}

/// Enforcement's roles: the market regulator keeps credit classes and draws the inspections;
/// an inspecting agency's officer fills and signs the drawn tables (the agency is on the
/// operator's row, so the role implies none).
enum EnforcementRoles {
    static let all = [
        RoleDefinition(.marketRegulator, agency: .market),
        RoleDefinition(.enforcementOfficer, officer: true),
    ]
}
