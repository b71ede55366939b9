import Presentation

extension AdminCommands {
    /// The option tables of `admin operators|enterprises|qualifications …`.
    static let tables: [OptionTable] = [
        OptionTable("admin operators list", "", .cmdAdmOpList, [
            .value("role", "ROLE", .optAdmRole), .value("after", "ID", .optAdmAfter), .value("limit", "N", .optAdmLimit),
        ]),
        OptionTable("admin operators add", "ID", .cmdAdmOpAdd, [
            .value("name", "NAME", .optAdmName), .value("name-en", "NAME", .optAdmNameEn), .value("role", "ROLE", .optAdmRole),
            .value("agency", "AGENCY", .optAdmAgency), .value("enterprise", "USCC", .optAdmEnterprise),
            .value("os-user", "ACCOUNT", .optAdmOSUser), .value("id-number", "NUMBER", .optAdmIDNumber),
        ]),
        OptionTable("admin operators change", "ID", .cmdAdmOpChange, [
            .value("role", "ROLE", .optAdmRole), .value("agency", "AGENCY", .optAdmAgency),
            .value("enterprise", "USCC", .optAdmEnterprise),
        ]),
        OptionTable("admin operators map", "ID", .cmdAdmOpMap, [.value("os-user", "ACCOUNT", .optAdmOSUser)]),
        OptionTable("admin operators disable", "ID", .cmdAdmOpDisable),
        OptionTable("admin enterprises list", "", .cmdAdmEntList, [
            .value("search", "TEXT", .optAdmSearch), .value("after", "USCC", .optAdmAfter), .value("limit", "N", .optAdmLimit),
        ]),
        OptionTable("admin enterprises show", "USCC", .cmdAdmEntShow),
        OptionTable("admin enterprises add", "USCC", .cmdAdmEntAdd, enterpriseOptions),
        OptionTable("admin enterprises update", "USCC", .cmdAdmEntUpdate, enterpriseOptions),
        OptionTable("admin enterprises import", "FILE.csv", .cmdAdmEntImport),
        OptionTable("admin qualifications list", "USCC", .cmdAdmQualList),
        OptionTable("admin qualifications set", "USCC", .cmdAdmQualSet, [
            .value("kind", "KIND", .optAdmQualKind), .value("number", "NUMBER", .optAdmNumber),
            .value("issuer", "ISSUER", .optAdmIssuer), .value("from", "DATE", .optAdmFrom), .value("until", "DATE", .optAdmUntil),
        ]),
    ]

    static let enterpriseOptions: [CommandOption] = [
        .value("name", "NAME", .optAdmName), .value("name-en", "NAME", .optAdmNameEn), .value("kind", "KIND", .optAdmKind),
        .value("customs-code", "CODE", .optAdmCustomsCode), .value("ciq-code", "CODE", .optAdmCiqCode),
        .value("district", "CODE", .optAdmDistrict), .value("industry", "CODE", .optAdmIndustry),
        .value("legal-rep", "NAME", .optAdmLegalRep), .value("address", "TEXT", .optAdmAddress),
        .value("credit-class", "CLASS", .optAdmCredit),
    ]
}
