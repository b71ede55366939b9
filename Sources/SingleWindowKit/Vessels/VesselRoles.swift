extension Role {
    public static let shippingAgent = Role(declaring: "shipping_agent")   // 船舶代理
    public static let borderOfficer = Role(declaring: "border_officer")   // 边检
    public static let maritimeOfficer = Role(declaring: "maritime_officer") // 海事
}

/// Vessel clearance's roles (customs and quarantine officers are the declaration's).
enum VesselRoles {
    static let all = [
        RoleDefinition(.shippingAgent),
        RoleDefinition(.borderOfficer, agency: .border),
        RoleDefinition(.maritimeOfficer, agency: .maritime),
    ]
}
