extension Role {
    public static let broker = Role(declaring: "broker")                          // 报关报检代理 / declarant
    public static let trader = Role(declaring: "trader")                          // 外贸企业: prepares drafts for its broker
    public static let customsOfficer = Role(declaring: "customs_officer")         // 海关
    public static let inspectionOfficer = Role(declaring: "inspection_officer")   // 检验检疫
}

/// The big-table declaration's roles: who declares and who reviews.
enum DeclarationRoles {
    static let all = [
        RoleDefinition(.broker),
        RoleDefinition(.trader),
        RoleDefinition(.customsOfficer, agency: .customs),
        RoleDefinition(.inspectionOfficer, agency: .inspection),
    ]
}
