import SingleWindowKit

/// What `admin …`, `whoami`, `init --admin` and the administration screen say (see
/// `CatalogueKey`), in English and Chinese.
public enum AD: String, CatalogueKey {
    // whoami
    case adWhoamiOSAccount = "adm.whoamiOSAccount"
    case adWhoamiAsOption = "adm.whoamiAsOption"
    case adWhoamiTrainingDefault = "adm.whoamiTrainingDefault"
    case adWhoamiOperator = "adm.whoamiOperator"
    case adNoAgency = "adm.noAgency"
    // init
    case adInitNeedsAdmin = "adm.initNeedsAdmin"
    case adInitAdminOnExisting = "adm.initAdminOnExisting"
    case adInitAdminCreated = "adm.initAdminCreated"
    case adInitNoSuchAccount = "adm.initNoSuchAccount"
    case adReloadDiff = "adm.reloadDiff"
    case adReloadNoChange = "adm.reloadNoChange"
    // admin commands
    case adOperatorAdded = "adm.operatorAdded"
    case adOperatorChanged = "adm.operatorChanged"
    case adOperatorMapped = "adm.operatorMapped"
    case adOperatorDisabled = "adm.operatorDisabled"
    case adEnterpriseAdded = "adm.enterpriseAdded"
    case adEnterpriseUpdated = "adm.enterpriseUpdated"
    case adEnterpriseImported = "adm.enterpriseImported"
    case adEnterpriseImportRefused = "adm.enterpriseImportRefused"
    case adQualificationSet = "adm.qualificationSet"
    case adFormerNames = "adm.formerNames"
    case adActive = "adm.active"
    case adDisabled = "adm.disabled"
    case adNextPage = "adm.nextPage"
    case adNoneYet = "adm.noneYet"
    case adQualificationValid = "adm.qualificationValid"
    case adQualificationExpired = "adm.qualificationExpired"
    case adQualificationNotYet = "adm.qualificationNotYet"
    case adQualificationOpenEnded = "adm.qualificationOpenEnded"
    case adQForeignTrade = "adm.qForeignTrade"
    case adQCustoms = "adm.qCustoms"
    case adQInspection = "adm.qInspection"
    // the administration screen
    case adScreenOperators = "adm.screenOperators"
    case adScreenEnterprises = "adm.screenEnterprises"
    case adColID = "adm.colID"
    case adColName = "adm.colName"
    case adColRole = "adm.colRole"
    case adColAgency = "adm.colAgency"
    case adColOSAccount = "adm.colOSAccount"
    case adColState = "adm.colState"
    case adColUSCC = "adm.colUSCC"
    case adColKind = "adm.colKind"
    case adColQualifications = "adm.colQualifications"
    case adKeyAdd = "adm.keyAdd"
    case adKeyRole = "adm.keyRole"
    case adKeyMap = "adm.keyMap"
    case adKeyDisable = "adm.keyDisable"
    case adKeySwitchList = "adm.keySwitchList"
    case adKeyQualification = "adm.keyQualification"
    case adKeyEdit = "adm.keyEdit"
    case adPromptAdd = "adm.promptAdd"
    case adPromptRole = "adm.promptRole"
    case adPromptMap = "adm.promptMap"
    case adPromptDisable = "adm.promptDisable"
    case adPromptEnterprise = "adm.promptEnterprise"
    case adPromptQualification = "adm.promptQualification"
    case adEmptyOperators = "adm.emptyOperators"
    case adEmptyEnterprises = "adm.emptyEnterprises"
    case adDone = "adm.done"
    case adKindTrader = "adm.kindTrader"
    case adQualificationNone = "adm.qualificationNone"
    case adColEnterpriseName = "adm.colEnterpriseName"
    case adKindBroker = "adm.kindBroker"
    case adKindShippingAgent = "adm.kindShippingAgent"
    case adKindOther = "adm.kindOther"

    public static var table: [AD: (en: String, zh: String)] { AdminStrings.entries }
}

enum AdminStrings {
    static let entries: [AD: (en: String, zh: String)] = [
        .adWhoamiOSAccount: ("uid {0} → OS account {1} → operator {2}", "uid {0} → 操作系统账户 {1} → 操作员 {2}"),
        .adWhoamiAsOption: ("--as {0} on a training database (uid {1}, OS account {2})", "培训库上以 --as {0} 操作（uid {1}，操作系统账户 {2}）"),
        .adWhoamiTrainingDefault: ("OS account {0} maps to no operator: a training database starts as its trainer {1}",
                                 "操作系统账户 {0} 未映射操作员：培训库默认以培训师 {1} 身份进入"),
        .adWhoamiOperator: ("{0} {1} · {2} · {3} · {4} database", "{0} {1} · {2} · {3} · {4}数据库"),
        .adNoAgency: ("no agency", "不代表机构"),
        .adInitNeedsAdmin: ("a production database needs its first administrator: run `singlewindow init --db {0} --admin OSUSER`, where OSUSER is the OS account that will run it",
                          "生产数据库需要首位管理员：请运行 `singlewindow init --db {0} --admin 操作系统账户`，该账户即负责管理的操作系统用户"),
        .adInitAdminOnExisting: ("{0} already exists; add administrators with `singlewindow admin operators add`",
                               "{0} 已存在；请用 `singlewindow admin operators add` 添加管理员"),
        .adInitAdminCreated: ("administrator {0} mapped to the OS account {1}", "管理员 {0} 已映射到操作系统账户 {1}"),
        .adInitNoSuchAccount: ("there is no OS account '{0}' on this host (see /etc/passwd)", "本机没有操作系统账户“{0}”（见 /etc/passwd）"),
        .adReloadDiff: ("reference data reloaded by {0}: {1}", "{0} 已重新加载参考数据：{1}"),
        .adReloadNoChange: ("reference data reloaded by {0}: nothing changed", "{0} 已重新加载参考数据：无变化"),
        .adOperatorAdded: ("added operator {0}", "已添加操作员 {0}"),
        .adOperatorChanged: ("operator {0} is now {1} ({2})", "操作员 {0} 现为{1}（{2}）"),
        .adOperatorMapped: ("operator {0} is mapped to the OS account {1}", "操作员 {0} 已映射到操作系统账户 {1}"),
        .adOperatorDisabled: ("operator {0} is disabled (kept for the history)", "操作员 {0} 已停用（保留历史记录）"),
        .adEnterpriseAdded: ("registered enterprise {0} {1}", "已登记企业 {0} {1}"),
        .adEnterpriseUpdated: ("updated enterprise {0} {1}", "已更新企业 {0} {1}"),
        .adEnterpriseImported: ("{0}: {1} added, {2} updated, {3} unchanged", "{0}：新增 {1}，更新 {2}，未变 {3}"),
        .adEnterpriseImportRefused: ("{0}: {1} problems; nothing was imported", "{0}：{1} 处问题，未导入任何数据"),
        .adQualificationSet: ("{0}: {1} {2}, valid {3} to {4}", "{0}：{1} {2}，有效期 {3} 至 {4}"),
        .adFormerNames: ("former names:", "曾用名："),
        .adActive: ("active", "在用"),
        .adDisabled: ("disabled", "已停用"),
        .adNextPage: ("more: --after {0}", "更多：--after {0}"),
        .adNoneYet: ("none", "无"),
        .adQualificationValid: ("valid", "有效"),
        .adQualificationExpired: ("expired", "已过期"),
        .adQualificationNotYet: ("not yet valid", "尚未生效"),
        .adQualificationOpenEnded: ("no end", "长期"),
        .adQForeignTrade: ("Foreign-trade operator filing", "对外贸易经营者备案"),
        .adQCustoms: ("Customs declarant registration", "报关单位注册"),
        .adQInspection: ("Inspection declarant filing", "报检企业备案"),
        .adScreenOperators: ("Operators", "操作员"),
        .adScreenEnterprises: ("Enterprises", "企业资质"),
        .adColID: ("ID", "编号"),
        .adColName: ("Name", "姓名/名称"),
        .adColRole: ("Role", "角色"),
        .adColAgency: ("Agency", "机构"),
        .adColOSAccount: ("OS account", "系统账户"),
        .adColState: ("State", "状态"),
        .adColUSCC: ("Credit code", "统一社会信用代码"),
        .adColKind: ("Kind", "类型"),
        .adColQualifications: ("Qualifications", "资质"),
        .adKeyAdd: ("Add", "新增"),
        .adKeyRole: ("Role", "角色"),
        .adKeyMap: ("Map", "映射"),
        .adKeyDisable: ("Disable", "停用"),
        .adKeySwitchList: ("Operators/Enterprises", "操作员/企业"),
        .adKeyQualification: ("Qualification", "资质"),
        .adKeyEdit: ("Edit", "修改"),
        .adPromptAdd: ("ID NAME ROLE [AGENCY|CREDIT-CODE] [OS-ACCOUNT]", "编号 姓名 角色 [机构|信用代码] [系统账户]"),
        .adPromptRole: ("ROLE [AGENCY|CREDIT-CODE]", "角色 [机构|信用代码]"),
        .adPromptMap: ("OS account", "操作系统账户"),
        .adPromptDisable: ("Disable {0}? It stays in the history and can no longer act.", "停用 {0}？其历史记录保留，但不能再操作。"),
        .adPromptEnterprise: ("CREDIT-CODE KIND NAME", "信用代码 类型 名称"),
        .adPromptQualification: ("KIND NUMBER FROM [UNTIL] [ISSUER]", "类型 编号 起始日期 [截止日期] [发证机关]"),
        .adEmptyOperators: ("No operators yet: F2 adds one.", "尚无操作员：按 F2 新增。"),
        .adEmptyEnterprises: ("No enterprises yet: F2 registers one.", "尚无企业：按 F2 登记。"),
        .adDone: ("done", "完成"),
        .adKindTrader: ("trader", "外贸企业"),
        .adQualificationNone: ("no qualification on record: F4 records one", "尚无资质记录：按 F4 登记"),
        .adColEnterpriseName: ("Enterprise", "企业名称"),
        .adKindBroker: ("customs broker", "报关企业"),
        .adKindShippingAgent: ("shipping agent", "船舶代理"),
        .adKindOther: ("other", "其他"),
    ]
}

extension Strings {
    public subscript(_ key: AD) -> String { lookup(key) }
    public func format(_ key: AD, _ arguments: Any...) -> String { substitute(self[key], arguments) }

    /// An enterprise kind's name in this language.
    public func enterpriseKindName(_ kind: Enterprise.Kind) -> String {
        switch kind {
        case .trader: return self[AD.adKindTrader]
        case .broker: return self[AD.adKindBroker]
        case .shippingAgent: return self[AD.adKindShippingAgent]
        case .other: return self[AD.adKindOther]
        }
    }

    /// The codes typed for each qualification, with its name: what the entry line accepts.
    public var qualificationChoices: [String] {
        Qualification.Kind.allCases.map { "  \($0.rawValue)  \(qualificationName($0))" }
    }

    /// A qualification's name in this language.
    public func qualificationName(_ kind: Qualification.Kind) -> String {
        switch kind {
        case .foreignTradeFiling: return self[AD.adQForeignTrade]
        case .customsRegistration: return self[AD.adQCustoms]
        case .inspectionFiling: return self[AD.adQInspection]
        }
    }
}
