import SingleWindowKit

/// The rule book's strings, on screen and headless (see `CatalogueKey`). Case names start with
/// `rb` so they never collide with another table's at a `strings[.x]` call site.
public enum RB: String, CaseIterable, Sendable {
    case rbTitle = "ruleBook.title"
    case rbCount = "ruleBook.count"
    case rbEmpty = "ruleBook.empty"
    case rbHowCustoms = "ruleBook.how.customs"
    case rbHowInspection = "ruleBook.how.inspection"
    case rbColKey = "ruleBook.col.key"
    case rbColPriority = "ruleBook.col.priority"
    case rbColConditions = "ruleBook.col.conditions"
    case rbColOutcome = "ruleBook.col.outcome"
    case rbColSelect = "ruleBook.col.select"
    case rbColSampling = "ruleBook.col.sampling"
    case rbColVersion = "ruleBook.col.version"
    case rbColActive = "ruleBook.col.active"
    case rbColReason = "ruleBook.col.reason"
    case rbAny = "ruleBook.any"
    case rbCondCredit = "ruleBook.cond.credit"
    case rbCondHS = "ruleBook.cond.hs"
    case rbHSChapter = "ruleBook.hs.chapter"
    case rbHSHeading = "ruleBook.hs.heading"
    case rbHSSubheading = "ruleBook.hs.subheading"
    case rbHSCode = "ruleBook.hs.code"
    case rbCondOrigin = "ruleBook.cond.origin"
    case rbCondScope = "ruleBook.cond.scope"
    case rbScopeBoth = "ruleBook.scope.both"
    case rbScopeCustoms = "ruleBook.scope.customs"
    case rbScopeInspection = "ruleBook.scope.inspection"
    case rbOn = "ruleBook.on"
    case rbOff = "ruleBook.off"

    // The rule in full, and its versions
    case rbDetailTitle = "ruleBook.detail.title"
    case rbSelectOf = "ruleBook.detail.selectOf"
    case rbHistory = "ruleBook.detail.history"

    // Field labels (form, details)
    case rbFieldKey = "ruleBook.field.key"
    case rbFieldPriority = "ruleBook.field.priority"
    case rbFieldCredit = "ruleBook.field.credit"
    case rbFieldHS = "ruleBook.field.hs"
    case rbFieldOrigin = "ruleBook.field.origin"
    case rbFieldScope = "ruleBook.field.scope"
    case rbFieldOutcome = "ruleBook.field.outcome"
    case rbFieldSelect = "ruleBook.field.select"
    case rbFieldSampling = "ruleBook.field.sampling"
    case rbFieldReasonEn = "ruleBook.field.reasonEn"
    case rbFieldReasonZh = "ruleBook.field.reasonZh"
    case rbFieldActive = "ruleBook.field.active"
    case rbFieldNote = "ruleBook.field.note"

    // The form
    case rbFormEdit = "ruleBook.form.edit"
    case rbFormNew = "ruleBook.form.new"
    case rbFormHint = "ruleBook.form.hint"
    case rbFormOutcomes = "ruleBook.form.outcomes"
    case rbFormLists = "ruleBook.form.lists"
    case rbFormProblems = "ruleBook.form.problems"
    case rbSaved = "ruleBook.saved"

    // Switching a rule on or off
    case rbToggleOff = "ruleBook.toggle.off"
    case rbToggleOn = "ruleBook.toggle.on"
    case rbTogglePrompt = "ruleBook.toggle.prompt"
    case rbNoteRequired = "ruleBook.toggle.required"

    // Refusals
    case rbErrNotAuthorized = "ruleBook.err.notAuthorized"
    case rbErrReader = "ruleBook.err.reader"

    // Headless
    case rbTryLine = "ruleBook.try.line"
    case rbTryUnrouted = "ruleBook.try.unrouted"
    case rbTryChanged = "ruleBook.try.changed"
    case rbTrySame = "ruleBook.try.same"

    // Keys
    case rbKeyBook = "ruleBook.key.book"
    case rbHelpBook = "ruleBook.help.book"
    case rbKeyQueue = "ruleBook.key.queue"
    case rbHelpQueue = "ruleBook.help.queue"
    case rbKeyOpen = "ruleBook.key.open"
    case rbHelpOpen = "ruleBook.help.open"
    case rbKeyEdit = "ruleBook.key.edit"
    case rbHelpEdit = "ruleBook.help.edit"
    case rbKeyNew = "ruleBook.key.new"
    case rbHelpNew = "ruleBook.help.new"
    case rbKeyToggle = "ruleBook.key.toggle"
    case rbHelpToggle = "ruleBook.help.toggle"
    case rbKeyList = "ruleBook.key.list"
    case rbHelpList = "ruleBook.help.list"
}

extension RB: CatalogueKey {
    public static let table: [RB: (en: String, zh: String)] = [
        .rbTitle: ("Rule book · {0}", "风险规则 · {0}"),
        .rbCount: ("{0} rules, {1} off", "{0} 条规则，停用 {1} 条"),
        .rbEmpty: ("No rule for this agency yet: n adds one.", "本部门尚无规则：按 n 新建。"),
        .rbHowCustoms: ("The most severe channel among the selected rules routes the lane.", "命中并选中的规则中最严的通道决定分流。"),
        .rbHowInspection: ("The selected rule of highest priority sets the release.", "命中并选中的规则中优先级最高者决定放行方式。"),
        .rbColKey: ("Rule", "规则"),
        .rbColPriority: ("Pri", "优先"),
        .rbColConditions: ("When", "条件"),
        .rbColOutcome: ("Outcome", "处置"),
        .rbColSelect: ("Select", "布控"),
        .rbColSampling: ("Sample", "抽样"),
        .rbColVersion: ("Ver", "版本"),
        .rbColActive: ("On", "状态"),
        .rbColReason: ("Reason", "理由"),
        .rbAny: ("any", "不限"),
        .rbCondCredit: ("credit {0}", "信用 {0}"),
        .rbCondHS: ("HS {0}", "商品 {0}"),
        // A prefix of two digits is a chapter, four a heading, six a subheading: "0306" is no chapter.
        .rbHSChapter: ("chapter {0}", "第{0}章"),
        .rbHSHeading: ("heading {0}", "品目 {0}"),
        .rbHSSubheading: ("subheading {0}", "子目 {0}"),
        .rbHSCode: ("code {0}", "编码 {0}"),
        .rbCondOrigin: ("from {0}", "原产 {0}"),
        .rbCondScope: ("scope {0}", "范围 {0}"),
        .rbScopeBoth: ("both", "报关报检"),
        .rbScopeCustoms: ("customs", "只报关"),
        .rbScopeInspection: ("inspection", "只报检"),
        .rbOn: ("on", "启用"),
        .rbOff: ("off", "停用"),

        .rbDetailTitle: ("{0} · version {1} · {2}", "{0} · 第 {1} 版 · {2}"),
        .rbSelectOf: ("{0} of matches", "命中的 {0}"),
        .rbHistory: ("Versions", "版本记录"),

        .rbFieldKey: ("Rule key", "规则编号"),
        .rbFieldPriority: ("Priority", "优先级"),
        .rbFieldCredit: ("Credit classes", "信用等级"),
        .rbFieldHS: ("HS codes", "商品编码"),
        .rbFieldOrigin: ("Origins", "原产国"),
        .rbFieldScope: ("Scope", "申报范围"),
        .rbFieldOutcome: ("Outcome", "处置结果"),
        .rbFieldSelect: ("Select %", "布控比例 %"),
        .rbFieldSampling: ("Sampling %", "抽样比例 %"),
        .rbFieldReasonEn: ("Reason (EN)", "理由（英文）"),
        .rbFieldReasonZh: ("Reason (ZH)", "理由（中文）"),
        .rbFieldActive: ("Active", "启用"),
        .rbFieldNote: ("Change note", "变更说明"),

        .rbFormEdit: ("Edit {0} (saved as version {1})", "修改 {0}（保存为第 {1} 版）"),
        .rbFormNew: ("New {0} rule", "新建{0}规则"),
        .rbFormHint: ("Tab moves · Enter on the last field saves · Esc cancels", "Tab 切换 · 最后一栏回车保存 · Esc 取消"),
        .rbFormOutcomes: ("Outcome: {0}", "处置结果：{0}"),
        .rbFormLists: ("Lists: comma-separated, empty = any · scope: both, customs, inspection · active: yes/no",
                       "列表以逗号分隔，留空为不限 · 范围：both 报关报检、customs 只报关、inspection 只报检 · 启用：是/否"),
        .rbFormProblems: ("{0} problem(s): the marked fields", "{0} 处问题：见标记栏目"),
        .rbSaved: ("Saved {0} version {1}", "已保存 {0} 第 {1} 版"),

        .rbToggleOff: ("Switch off {0}", "停用 {0}"),
        .rbToggleOn: ("Switch on {0}", "启用 {0}"),
        .rbTogglePrompt: ("Why? The note of the new version:", "原因（作为新版本的变更说明）："),
        .rbNoteRequired: ("A change note is required", "必须填写变更说明"),

        .rbErrNotAuthorized: ("{0} may not change {1} rules", "{0} 无权修改{1}规则"),
        .rbErrReader: ("Only officers and trainers read the rule book", "仅关检官员和培训讲师可查阅风险规则"),

        .rbTryLine: ("{0}: {1} by the current rules; routed {2} ({3})", "{0}：按现行规则为 {1}；分流时为 {2}（{3}）"),
        .rbTryUnrouted: ("{0}: {1} by the current rules; not routed yet", "{0}：按现行规则为 {1}；尚未分流"),
        .rbTryChanged: ("changed", "有变化"),
        .rbTrySame: ("same", "无变化"),

        .rbKeyBook: ("Rule book", "风险规则"),
        .rbHelpBook: ("The agency's risk rules: read, edit as a new version, switch on or off", "本部门风险规则：查阅、修改（生成新版本）、启停"),
        .rbKeyQueue: ("Queue", "审核队列"),
        .rbHelpQueue: ("Back to the review queue", "返回审核队列"),
        .rbKeyOpen: ("Details", "详情"),
        .rbHelpOpen: ("The rule with its reasons and versions", "查看规则理由及版本记录"),
        .rbKeyEdit: ("Edit", "修改"),
        .rbHelpEdit: ("Edit the rule: saved as a new version with a note", "修改规则：填写说明后保存为新版本"),
        .rbKeyNew: ("New", "新建"),
        .rbHelpNew: ("A new rule for this agency", "为本部门新建规则"),
        .rbKeyToggle: ("On/off", "启停"),
        .rbHelpToggle: ("Switch the rule off or on again (asks for a note)", "停用或重新启用规则（需填写说明）"),
        .rbKeyList: ("List", "列表"),
        .rbHelpList: ("Back to the rule list", "返回规则列表"),
    ]
}

extension Strings {
    public subscript(_ key: RB) -> String { lookup(key) }
    public func format(_ key: RB, _ arguments: Any...) -> String { substitute(self[key], arguments) }
}
