/// The administration's problems and the qualification refusals, in English and Chinese.
enum AdminMessages {
    /// Each qualification's name, as the refusals say it.
    static let kindNames: [Qualification.Kind: (en: String, zh: String)] = [
        .foreignTradeFiling: ("foreign-trade operator filing", "对外贸易经营者备案"),
        .customsRegistration: ("customs declarant registration", "报关单位注册"),
        .inspectionFiling: ("inspection declarant filing", "报检企业备案"),
    ]

    static let entries: [String: (en: String, zh: String)] = {
        var all: [String: (en: String, zh: String)] = [
            "admin.operatorExists": ("operator {0} already exists", "操作员{0}已存在"),
            "admin.disableSelf": ("you cannot disable yourself ({0}): another administrator must", "不能停用自己（{0}），须由另一位管理员操作"),
            "admin.badOperatorID": ("'{0}' is not an operator id (letters, digits, . _ -; at most 32)", "“{0}”不是有效的操作员编号（字母、数字、. _ -，最多32个）"),
            "admin.roleAgency": ("a {0} acts for {1}", "{0}只能代表{1}"),
            "admin.departmentAgency": ("'{0}' is not an approval department in the agency register", "“{0}”不是机构名录中的审批部门"),
            "admin.noAgency": ("a {0} acts for no agency, not {1}", "{0}不代表任何机构，不能设为{1}"),
            "admin.noSuchEnterprise": ("no enterprise {0} is registered", "未登记企业{0}"),
            "admin.enterpriseRequired": ("a {0} works for an enterprise: give its credit code", "{0}须隶属企业：请填写统一社会信用代码"),
            "admin.noSuchAccount": ("there is no OS account '{0}' on this host", "本机没有操作系统账户“{0}”"),
            "admin.accountTaken": ("the OS account {0} already belongs to operator {1}", "操作系统账户{0}已映射到操作员{1}"),
            "admin.untilBeforeFrom": ("ends ({0}) before it starts ({1})", "截止日期（{0}）早于起始日期（{1}）"),
            "admin.customsCode": ("customs code {0} is not 10 characters", "海关编码{0}不是10位"),
            "admin.ciqCode": ("CIQ code {0} is not 10 digits", "检验检疫编码{0}不是10位数字"),
            "admin.creditClass": ("credit class {0} is not one of good, warning, dishonest, seriously_dishonest", "信用等级{0}不是 good、warning、dishonest、seriously_dishonest 之一"),
            "admin.enterpriseExists": ("enterprise {0} is already registered; update it instead", "企业{0}已登记，请改用更新"),
            "admin.enterpriseKind": ("{0} is not one of trader, broker, shipping_agent, other", "{0}不是 trader、broker、shipping_agent、other 之一"),
        ]
        for (kind, name) in kindNames {
            all["qualification.missing.\(kind.rawValue)"] = (
                "{0} has no \(name.en) on record", "{0}没有\(name.zh)记录")
            all["qualification.expired.\(kind.rawValue)"] = (
                "{0}'s \(name.en) {1} expired after {2}", "{0}的\(name.zh)（{1}）已于{2}到期")
            all["qualification.notYet.\(kind.rawValue)"] = (
                "{0}'s \(name.en) {1} is valid only from {2}", "{0}的\(name.zh)（{1}）自{2}起才生效")
            all["qualification.expiring.\(kind.rawValue)"] = (
                "{0}'s \(name.en) {1} expires after {2}: renew it", "{0}的\(name.zh)（{1}）将于{2}到期，请及时续办")
        }
        return all
    }()
}
