import Presentation

/// The declarations pane's strings (see `CatalogueKey`): one key per text, English and Chinese.
public enum DS: String, CaseIterable, Sendable {
    // List
    case colNumber = "decl.col.number"
    case colTrader = "decl.col.trader"
    case colBill = "decl.col.bill"
    case colContract = "decl.col.contract"
    case colScope = "decl.col.scope"
    case colStatus = "decl.col.status"
    case colLines = "decl.col.lines"
    case colCustoms = "decl.col.customs"
    case colInspection = "decl.col.inspection"
    case listHint = "decl.list.hint"
    case listEmpty = "decl.list.empty"
    case listNoMatch = "decl.list.noMatch"
    case listOfficerHint = "decl.list.officerHint"
    case filterAll = "decl.filter.all"
    case draftNumber = "decl.draftNumber"
    case newDeclaration = "decl.new"

    // Statuses, scopes, directions, lanes
    case statusDraft = "decl.status.draft"
    case statusSubmitted = "decl.status.submitted"
    case statusReturned = "decl.status.returned"
    case scopeBoth = "decl.scope.both"
    case scopeCustoms = "decl.scope.customs"
    case scopeInspection = "decl.scope.inspection"
    case scopeBothShort = "decl.scope.bothShort"
    case scopeCustomsShort = "decl.scope.customsShort"
    case scopeInspectionShort = "decl.scope.inspectionShort"
    case directionImport = "decl.direction.import"
    case directionExport = "decl.direction.export"

    // Editor
    case pageHeader = "decl.page.header"
    case pageGoods = "decl.page.goods"
    case pageContainers = "decl.page.containers"
    case pageDocuments = "decl.page.documents"
    case pageStatus = "decl.page.status"
    case legend = "decl.legend"
    case readOnly = "decl.readOnly"
    case unsaved = "decl.unsaved"
    case gridEmpty = "decl.grid.empty"
    case gridEmptyEditable = "decl.grid.emptyEditable"
    case problemGoodsLine = "decl.problem.goodsLine"
    case problemContainer = "decl.problem.container"
    case problemDocument = "decl.problem.document"
    case badScope = "decl.badScope"
    case scopeRefusedTitle = "decl.scopeRefused"
    case badDirection = "decl.badDirection"
    case dupNothing = "decl.dup.nothing"
    case noLookup = "decl.lookup.none"
    case unknownCode = "decl.code.unknown"
    case flagNo = "decl.flag.no"
    case flagYes = "decl.flag.yes"
    case goToFieldTitle = "decl.goToField.title"
    case keyGoToField = "decl.key.goToField"
    case helpGoToField = "decl.help.goToField"
    case keyDupLine = "decl.key.dupLine"
    case helpDupLine = "decl.help.dupLine"
    case legendShort = "decl.legend.short"
    case lookupTitle = "decl.lookup.title"

    // Status view
    case statusNumber = "decl.statusView.number"
    case notSubmittedYet = "decl.statusView.notSubmitted"
    case statusFacts = "decl.statusView.facts"
    case statusSubmittedAt = "decl.statusView.submittedAt"
    case noLanesYet = "decl.statusView.noLanes"
    case laneClaimedBy = "decl.statusView.claimedBy"
    case laneOutcome = "decl.statusView.outcome"
    case laneDuty = "decl.statusView.duty"
    case laneDutyFree = "decl.statusView.dutyFree"
    case laneZeroRate = "decl.statusView.zeroRate"
    case laneGuarantee = "decl.statusView.guarantee"
    case laneGuaranteeExpired = "decl.statusView.guaranteeExpired"
    case releasedOnce = "decl.statusView.released"
    case jointInspectionAt = "decl.statusView.joint"
    case jointInspectionUnbooked = "decl.statusView.jointUnbooked"
    case historyTitle = "decl.statusView.history"
    case laneAskPay = "decl.statusView.ask.pay"
    case laneAskBook = "decl.statusView.ask.book"
    case laneAskCorrect = "decl.statusView.ask.correct"

    // Booking the inspection appointment (查验电子预约)
    case bookTitle = "decl.book.title"
    case bookPlace = "decl.book.place"
    case bookCurrent = "decl.book.current"
    case bookColDay = "decl.book.col.day"
    case bookColStart = "decl.book.col.start"
    case bookColFree = "decl.book.col.free"
    case bookNoSlots = "decl.book.noSlots"
    case bookNoSlotsHint = "decl.book.noSlotsHint"
    case booked = "decl.book.booked"
    case bookUnchanged = "decl.book.unchanged"
    case bookFull = "decl.book.full"
    case bookNotBroker = "decl.book.notBroker"
    case bookNoInspection = "decl.book.noInspection"
    case bookElsewhere = "decl.book.elsewhere"
    case bookChanged = "decl.book.changed"
    case eventOpen = "decl.event.open"
    case eventClaim = "decl.event.claim"
    case eventUnclaim = "decl.event.unclaim"
    case eventReturn = "decl.event.return"
    case eventInspect = "decl.event.order-inspection"
    case eventResult = "decl.event.record-result"
    case eventDuty = "decl.event.assess-duty"
    case eventPay = "decl.event.pay"
    case eventGuarantee = "decl.event.guarantee"
    case eventRelease = "decl.event.release"
    case eventReject = "decl.event.reject"
    case eventWithdraw = "decl.event.withdraw"
    case eventRoute = "decl.event.route"
    case eventResubmit = "decl.event.resubmit"
    case historyImport = "decl.history.import"
    case historyCreate = "decl.history.create"
    case historySave = "decl.history.save"
    case historySubmit = "decl.history.submit"
    case historyCopy = "decl.history.copy"
    case historyHandOver = "decl.history.handOver"
    case historyReturn = "decl.history.return"
    case historyAmend = "decl.history.amend"
    case historyRelease = "decl.history.release"
    case historyPay = "decl.history.pay"
    case historyWithdraw = "decl.history.withdraw"
    case historyRecover = "decl.history.recover"
    case historyRef = "decl.history.detail.ref"
    case historyLines = "decl.history.detail.lines"
    case historyReleasedBy = "decl.history.detail.released"
    case amendTitle = "decl.amend.title"
    case amendMessage = "decl.amend.message"
    case amendMessage2 = "decl.amend.message2"
    case amendYes = "decl.amend.yes"
    case reopenedForAmendment = "decl.amend.done"
    case payTitle = "decl.pay.title"
    case payMessage = "decl.pay.message"
    case payYes = "decl.pay.yes"
    case payNo = "decl.pay.no"
    case paid = "decl.pay.paid"
    case paidReleased = "decl.pay.paidReleased"
    case withdrawTitle = "decl.withdraw.title"
    case withdrawMessage = "decl.withdraw.message"
    case withdrawReasonRequired = "decl.withdraw.required"
    case withdrawn = "decl.withdraw.done"

    // Messages and dialogs
    case savedClean = "decl.saved.clean"
    case savedWithProblems = "decl.saved.problems"
    case savedAsNew = "decl.saved.asNew"
    case staleTitle = "decl.stale.title"
    case staleLine1 = "decl.stale.line1"
    case staleLine2 = "decl.stale.line2"
    case staleLine3 = "decl.stale.line3"
    case staleKept = "decl.stale.kept"
    case goneTitle = "decl.gone.title"
    case goneLine1 = "decl.gone.line1"
    case goneLine2 = "decl.gone.line2"
    case goneSaveAsNew = "decl.gone.saveAsNew"
    case goneKept = "decl.gone.kept"
    case unsavedGoods = "decl.unsaved.goods"
    case unsavedContainers = "decl.unsaved.containers"
    case unsavedDocuments = "decl.unsaved.documents"
    case problemsTitle = "decl.problems.title"
    case cannotSubmitTitle = "decl.problems.cannotSubmit"
    case noProblems = "decl.problems.none"
    case submitTitle = "decl.submit.title"
    case planPart = "decl.submit.part"
    case planTotals = "decl.submit.totals"
    case submitYes = "decl.submit.yes"
    case submitNo = "decl.submit.no"
    case submitted = "decl.submit.done"
    case submitCancelled = "decl.submit.cancelled"
    case copied = "decl.copied"
    case chooseBroker = "decl.handOver.choose"
    case handedOver = "decl.handOver.done"
    case templateNameTitle = "decl.template.nameTitle"
    case templateNamePrompt = "decl.template.namePrompt"
    case templateNameRequired = "decl.template.nameRequired"
    case templateSaved = "decl.template.saved"
    case templatesTitle = "decl.template.listTitle"
    case noTemplates = "decl.template.none"
    case fromTemplateDone = "decl.template.used"
    case importTitle = "decl.import.title"
    case importPrompt = "decl.import.prompt"
    case importPathRequired = "decl.import.pathRequired"
    case importProgress = "decl.import.progress"
    case importCounts = "decl.import.counts"
    case importRejects = "decl.import.rejects"
    case importNoRejects = "decl.import.noRejects"
    case importWarning = "decl.import.warning"
    case importFailed = "decl.import.failed"

    // Keys (bar label) and their help
    case keyOpen = "decl.key.open"
    case keyNew = "decl.key.new"
    case keySearchList = "decl.key.search"
    case keyFilter = "decl.key.filter"
    case keyImport = "decl.key.import"
    case keyCopy = "decl.key.copy"
    case keyFromTemplate = "decl.key.fromTemplate"
    case keyHandOver = "decl.key.handOver"
    case keySave = "decl.key.save"
    case keyCheck = "decl.key.check"
    case keyLookup = "decl.key.lookup"
    case keySubmit = "decl.key.submit"
    case keyDup = "decl.key.dup"
    case keyAddLine = "decl.key.addLine"
    case keySaveTemplate = "decl.key.saveTemplate"
    case keyNextPage = "decl.key.nextPage"
    case keyPreviousPage = "decl.key.previousPage"
    case keyBack = "decl.key.back"
    case keyChoose = "decl.key.choose"
    case keyGoTo = "decl.key.goTo"
    case keyAnswer = "decl.key.answer"
    case keyOK = "decl.key.ok"
    case keyCancel = "decl.key.cancel"
    case keyBook = "decl.key.book"
    case keyPay = "decl.key.pay"
    case keyAmendReturned = "decl.key.amend"
    case keyWithdraw = "decl.key.withdraw"
    case keyBookSlot = "decl.key.bookSlot"
    case helpOpen = "decl.help.open"
    case helpNew = "decl.help.new"
    case helpSearch = "decl.help.search"
    case helpFilter = "decl.help.filter"
    case helpImport = "decl.help.import"
    case helpCopy = "decl.help.copy"
    case helpFromTemplate = "decl.help.fromTemplate"
    case helpHandOver = "decl.help.handOver"
    case helpSave = "decl.help.save"
    case helpCheck = "decl.help.check"
    case helpLookup = "decl.help.lookup"
    case helpSubmit = "decl.help.submit"
    case helpDup = "decl.help.dup"
    case helpAddLine = "decl.help.addLine"
    case helpSaveTemplate = "decl.help.saveTemplate"
    case helpNextPage = "decl.help.nextPage"
    case helpPreviousPage = "decl.help.previousPage"
    case helpBack = "decl.help.back"
    case helpBook = "decl.help.book"
    case helpPay = "decl.help.pay"
    case helpAmendReturned = "decl.help.amend"
    case helpWithdraw = "decl.help.withdraw"
}

extension DS: CatalogueKey {
    public static let table: [DS: (en: String, zh: String)] = [
        .colNumber: ("Number", "报关单号"),
        .colTrader: ("Trader", "收发货人"),
        .colBill: ("B/L", "提运单号"),
        .colContract: ("Contract", "合同协议号"),
        .colScope: ("Scope", "类别"),
        .colStatus: ("Status", "状态"),
        .colLines: ("Lns", "项数"),
        .colCustoms: ("Customs", "海关"),
        .colInspection: ("Inspect.", "检验检疫"),
        .listHint: ("Showing {0} (f changes) · / searches no., B/L, contract, trader", "显示：{0}（按 f 切换）· 按 / 搜索单号、提运单号、合同号、收发货人"),
        .listNoMatch: ("Nothing matches the status or search", "没有符合状态或搜索条件的报关单"),
        .listEmpty: ("No declarations yet: n starts one, i imports a file", "暂无报关单：按 n 新建，按 i 导入文件"),
        .listOfficerHint: ("This list is for brokers and traders; officers work declarations from their review queue.",
                           "本列表供报关代理和外贸企业使用；关员在审核队列中处理报关单。"),
        .filterAll: ("all statuses", "全部状态"),
        .draftNumber: ("Draft #{0}", "草稿 #{0}"),
        .newDeclaration: ("New declaration", "新报关单"),
        .statusDraft: ("draft", "草稿"),
        .statusSubmitted: ("submitted", "已申报"),
        .statusReturned: ("returned", "已退回"),
        .scopeBoth: ("customs + inspection", "报关报检"),
        .scopeCustoms: ("customs only", "只报关"),
        .scopeInspection: ("inspection only", "只报检"),
        .scopeBothShort: ("C+I", "关检"),
        .scopeCustomsShort: ("C", "关"),
        .scopeInspectionShort: ("I", "检"),
        .directionImport: ("import", "进口"),
        .directionExport: ("export", "出口"),
        .pageHeader: ("Header", "表头"),
        .pageGoods: ("Goods", "商品"),
        .pageContainers: ("Containers", "集装箱"),
        .pageDocuments: ("Documents", "随附单证"),
        .pageStatus: ("Status", "状态"),
        .legend: ("* required • shared", "* 必填 • 关检共用"),
        .readOnly: ("read-only", "只读"),
        .unsaved: ("not saved", "未保存"),
        .gridEmpty: ("No lines.", "没有记录。"),
        .gridEmptyEditable: ("No lines yet: Enter or Ins adds one.", "尚无记录：按 Enter 或 Ins 新增。"),
        .problemGoodsLine: ("Goods line {0}", "第{0}项商品"),
        .problemContainer: ("Container {0}", "第{0}个集装箱"),
        .problemDocument: ("Document {0}", "第{0}项随附单证"),
        .badScope: ("Declared to: both, customs or inspection (F4 lists them)", "申报类别：both、customs 或 inspection（按 F4 选择）"),
        .scopeRefusedTitle: ("This scope is not allowed", "不能选择此申报类别"),
        .badDirection: ("Import/export: I or E (F4 lists them)", "进出口标志：I 或 E（按 F4 选择）"),
        .dupNothing: ("Dup copies the value of the line above: move to a cell below the first line",
                      "复制上一项：请移到第一项以下的单元格"),
        .noLookup: ("This field has no look-up list: type the value", "此栏目没有代码表，请直接输入"),
        .unknownCode: ("{0}: {1} is not a known code (F4 lists them)", "{0}：{1} 不是有效代码（按 F4 查找）"),
        .flagNo: ("no", "否"),
        .flagYes: ("yes", "是"),
        .goToFieldTitle: ("Go to field: type part of its name or its number", "跳到栏目：输入栏目名称的一部分或序号"),
        .keyGoToField: ("Go to field", "跳到栏目"),
        .helpGoToField: ("Go to a field of this page by part of its name or number", "按栏目名称的一部分或序号跳到本页的栏目"),
        .keyDupLine: ("Dup line", "整行同上"),
        .helpDupLine: ("Copy the whole line above into this line", "将上一项整行复制到本行"),
        .legendShort: ("*req •shared", "*必填 •共用"),
        .lookupTitle: ("Look up: {0}", "查找：{0}"),
        .statusNumber: ("Declaration no. {0}", "报关单号 {0}"),
        .notSubmittedYet: ("(assigned on submission)", "（申报时分配）"),
        .statusFacts: ("{0} · {1} · {2} · revision {3}", "{0} · {1} · {2} · 第{3}版"),
        .statusSubmittedAt: ("submitted {0}", "申报时间 {0}"),
        .noLanesYet: ("Not submitted yet: each agency's lane appears here after F10.", "尚未申报：申报（F10）后这里显示各部门的处理状态。"),
        .laneClaimedBy: ("claimed by {0}", "经办人 {0}"),
        .laneOutcome: ("risk: {0}", "风险判定：{0}"),
        .laneDuty: ("duty: {0}", "税费：{0}"),
        .laneDutyFree: ("duty-free: levy nature {0}", "免税：征免性质 {0}"),
        .laneZeroRate: ("no duty: rate 0 on every goods line", "无应缴关税：各项商品税率为零"),
        .laneGuarantee: ("guarantee {0}, CNY {1}, valid until {2}", "担保 {0}，人民币 {1}，有效期至 {2}"),
        .laneGuaranteeExpired: ("guarantee {0} expired {1}", "担保 {0} 已于 {1} 到期"),
        .releasedOnce: ("RELEASED {0} — one declaration, one inspection, one release", "已放行 {0}——一次申报、一次查验、一次放行"),
        .jointInspectionAt: ("Joint inspection at {0}, {1} {2}: {3}", "联合查验 {0}，{1} {2}：{3}"),
        .jointInspectionUnbooked: ("Joint inspection at {0}, not booked yet: {1}", "联合查验 {0}，尚未预约：{1}"),
        .historyTitle: ("History", "操作记录"),
        .laneAskPay: ("asked of you: pay the duty (p)", "待办：缴纳税费（p）"),
        .laneAskBook: ("asked of you: book the inspection (b)", "待办：预约查验（b）"),
        .laneAskCorrect: ("asked of you: correct and send again (m)", "待办：修改后重新申报（m）"),
        .bookTitle: ("Book inspection · {0}", "查验预约 · {0}"),
        .bookPlace: ("Place: {0}", "查验地点：{0}"),
        .bookCurrent: ("Booked now: {0} {1} (choosing another moves it)", "已预约：{0} {1}（另选时段即改约）"),
        .bookColDay: ("Day", "日期"),
        .bookColStart: ("Start", "时间"),
        .bookColFree: ("Free places", "余位"),
        .bookNoSlots: ("No appointment times are offered at this place yet.", "该地点暂无可预约的查验时段。"),
        .bookNoSlotsHint: ("The officers offer the times; try again later.", "查验时段由关员发布，请稍后再试。"),
        .booked: ("Inspection booked: {0}, {1} {2}", "已预约查验：{0}，{1} {2}"),
        .bookUnchanged: ("Already booked for {0} {1}", "已预约该时段：{0} {1}"),
        .bookFull: ("That time was taken meanwhile: choose another", "该时段刚已约满，请另选时段"),
        .bookNotBroker: ("Only the declaration's broker books the inspection", "只有报关代理可以预约查验"),
        .bookNoInspection: ("No inspection is ordered for this revision: nothing to book", "本版报关单未布控查验，无需预约"),
        .bookElsewhere: ("That time is not offered at {0}", "该时段不属于查验地点 {0}"),
        .eventOpen: ("opened", "接收"),
        .eventClaim: ("claimed", "认领"),
        .eventUnclaim: ("unclaimed", "取消认领"),
        .eventReturn: ("returned", "退回修改"),
        .eventInspect: ("inspect", "布控查验"),
        .eventResult: ("result", "查验结果"),
        .eventDuty: ("duty", "核定税费"),
        .eventPay: ("paid", "缴纳税费"),
        .eventGuarantee: ("guarantee", "担保"),
        .eventRelease: ("released", "放行"),
        .eventReject: ("rejected", "不予放行"),
        .eventWithdraw: ("withdrawn", "撤回"),
        .eventRoute: ("routed", "风险判定"),
        .eventResubmit: ("resubmit", "重新申报"),
        .historyImport: ("imported", "导入"),
        .historyCreate: ("created", "新建"),
        .historySave: ("saved", "保存"),
        .historySubmit: ("submitted", "申报"),
        .historyCopy: ("copied", "复制"),
        .historyHandOver: ("handed over", "转交代理"),
        .historyReturn: ("returned", "退回"),
        .historyAmend: ("reopened for amendment", "修改重报"),
        .historyRelease: ("released", "放行"),
        .historyPay: ("duties paid", "缴纳税费"),
        .historyWithdraw: ("withdrawn", "撤回"),
        .historyRecover: ("recovered", "恢复草稿"),
        .historyRef: ("ref {0}", "企业内部编号 {0}"),
        .historyLines: ("{0} lines", "{0} 项商品"),
        .historyReleasedBy: ("released by", "放行："),
        .amendTitle: ("Amend and resubmit", "修改后重新申报"),
        .amendMessage: ("{0} was returned for correction:", "{0} 已被退回修改："),
        .amendMessage2: ("Reopen it as revision {0} to correct and submit again?", "作为第 {0} 版重新打开，修改后再次申报？"),
        .amendYes: ("Reopen", "重新打开"),
        .reopenedForAmendment: ("{0} is revision {1}, a draft: correct it and submit (F10)", "{0} 已作为第 {1} 版草稿打开：修改后申报（F10）"),
        .payTitle: ("Pay duties", "缴纳税费"),
        .payMessage: ("Pay {0} assessed by customs on {1}?", "缴纳海关对 {1} 核定的税费 {0}？"),
        .payYes: ("Pay", "缴纳"),
        .payNo: ("Not now", "暂不"),
        .paid: ("{0}: duties paid", "{0}：税费已缴纳"),
        .paidReleased: ("{0}: duties paid, released", "{0}：税费已缴纳，已放行"),
        .withdrawTitle: ("Withdraw declaration", "撤回报关单"),
        .withdrawMessage: ("Withdraw {0} from every agency? Give the reason:", "从各部门撤回 {0}？请填写原因："),
        .withdrawReasonRequired: ("A reason is required", "须填写撤回原因"),
        .withdrawn: ("{0}: withdrawn", "{0}：已撤回"),
        .bookChanged: ("The inspection changed meanwhile: look again and choose", "查验信息刚有变动，请重新查看后选择"),
        .savedClean: ("Saved {0}: no problems, ready to submit (F10)", "已保存 {0}：校验通过，可以申报（F10）"),
        .savedWithProblems: ("Saved {0} with {1} problem(s): F3 lists them", "已保存 {0}，有 {1} 处问题：按 F3 查看"),
        .savedAsNew: ("Your values were saved as {0}", "您录入的内容已另存为 {0}"),
        .staleTitle: ("Saved elsewhere meanwhile", "已被他人修改"),
        .goneTitle: ("This draft no longer exists", "此草稿已不存在"),
        .goneLine1: ("{0} was removed (the training database was reset?).", "{0} 已被删除（培训数据库可能已重置）。"),
        .goneLine2: ("Save your values as a new draft, discard them, or stay?", "将您录入的内容另存为新草稿、放弃，还是留在此处？"),
        .goneSaveAsNew: ("N Save as new", "N 另存为新草稿"),
        .goneKept: ("Not saved: your values are still on screen", "未保存：您录入的内容仍在屏幕上"),
        .unsavedGoods: ("{0} goods line(s)", "{0} 项商品"),
        .unsavedContainers: ("{0} container(s)", "{0} 个集装箱"),
        .unsavedDocuments: ("{0} document(s)", "{0} 份随附单证"),
        .staleLine1: ("Someone else saved this declaration after you opened it.", "您打开这份报关单后，其他人已保存过它。"),
        .staleLine2: ("Nothing was overwritten; your typed values are still here.", "未覆盖任何内容；您录入的内容仍在屏幕上。"),
        .staleLine3: ("Save your values as a new draft?", "将您录入的内容另存为新草稿？"),
        .staleKept: ("Not saved: your values are still on screen; Esc and reopen to see the other version",
                     "未保存：您录入的内容仍在屏幕上；按 Esc 后重新打开可查看他人的版本"),
        .problemsTitle: ("{0} problem(s): Enter goes to the field", "{0} 处问题：按 Enter 跳到该栏目"),
        .cannotSubmitTitle: ("Cannot submit: {0} problem(s)", "不能申报：有 {0} 处问题"),
        .noProblems: ("No problems: ready to submit (F10)", "校验通过：可以申报（F10）"),
        .submitTitle: ("Submit to {0}?", "提交申报（{0}）？"),
        .planPart: ("{0}: {1} items, {2} goods line(s) × {3} items, {4} container(s), {5} document(s)",
                    "{0}：表头 {1} 项，商品 {2} 项 × {3} 个栏目，集装箱 {4} 个，随附单证 {5} 份"),
        .planTotals: ("Value: {0}", "货值：{0}"),
        .submitYes: ("Submit", "申报"),
        .submitNo: ("Not yet", "暂不"),
        .submitted: ("Submitted as {0}: sent to {1}", "已申报，报关单号 {0}：已发送至{1}"),
        .submitCancelled: ("Not submitted", "未申报"),
        .copied: ("Copied into {0}", "已复制为 {0}"),
        .chooseBroker: ("Hand to which broker?", "交给哪家报关代理？"),
        .handedOver: ("{0} handed to {1}", "{0} 已交给 {1}"),
        .templateNameTitle: ("Save as template", "存为模板"),
        .templateNamePrompt: ("Template name (same name replaces it)", "模板名称（同名将覆盖）"),
        .templateNameRequired: ("A name is required", "请输入名称"),
        .templateSaved: ("Template “{0}” saved", "模板“{0}”已保存"),
        .templatesTitle: ("New from template", "从模板新建"),
        .noTemplates: ("No templates yet: Ctrl-W in a declaration saves one", "尚无模板：在报关单中按 Ctrl-W 保存模板"),
        .fromTemplateDone: ("{0} created from template “{1}”", "已从模板“{1}”新建 {0}"),
        .importTitle: ("Import declarations", "导入报关单"),
        .importPrompt: ("File to import (CSV or JSON):", "要导入的文件（CSV 或 JSON）："),
        .importPathRequired: ("Type the file's path", "请输入文件路径"),
        .importProgress: ("Imported", "已导入"),
        .importCounts: ("{0} declarations: {1} new, {2} updated, {3} rejected, {4} already submitted; {5} goods lines",
                        "报关单 {0} 份：新建 {1}，更新 {2}，拒绝 {3}，已申报 {4}；商品 {5} 项"),
        .importRejects: ("Rejected rows, ready to fix and re-import: {0}", "被拒绝的行已写入（修改后可重新导入）：{0}"),
        .importNoRejects: ("Nothing rejected.", "没有被拒绝的记录。"),
        .importWarning: ("note:", "提示："),
        .importFailed: ("Could not import {0}: {1}", "无法导入 {0}：{1}"),
        .keyOpen: ("Open", "打开"),
        .keyNew: ("New", "新建"),
        .keySearchList: ("Search", "搜索"),
        .keyFilter: ("Status", "状态"),
        .keyImport: ("Import", "导入"),
        .keyCopy: ("Copy", "复制"),
        .keyFromTemplate: ("Template", "模板"),
        .keyHandOver: ("Hand over", "交代理"),
        .keySave: ("Save", "保存"),
        .keyCheck: ("Check", "校验"),
        .keyLookup: ("Look up", "查找"),
        .keySubmit: ("Submit", "申报"),
        .keyDup: ("Dup", "同上"),
        .keyAddLine: ("Add line", "增行"),
        .keySaveTemplate: ("Save template", "存模板"),
        .keyNextPage: ("Page", "翻页"),
        .keyPreviousPage: ("Previous page", "上一页"),
        .keyBack: ("Back", "返回"),
        .keyChoose: ("Choose", "选择"),
        .keyGoTo: ("Go to", "跳转"),
        .keyAnswer: ("Answer", "确认"),
        .keyOK: ("OK", "确定"),
        .keyAmendReturned: ("Amend", "修改重报"),
        .keyPay: ("Pay duties", "缴税"),
        .keyWithdraw: ("Withdraw", "撤回"),
        .keyBook: ("Book inspection", "预约查验"),
        .keyBookSlot: ("Book this time", "预约此时段"),
        .keyCancel: ("Cancel", "取消"),
        .helpOpen: ("Open the declaration (a draft as a form, a submitted one with its status)",
                    "打开报关单（草稿进入录入表，已申报的显示状态）"),
        .helpNew: ("A new declaration (n or Ins)", "新建报关单（n 或 Ins）"),
        .helpSearch: ("Search by declaration no., B/L, contract, trader", "按报关单号、提运单号、合同号、收发货人搜索"),
        .helpFilter: ("Show all, drafts, submitted or returned in turn", "依次显示全部、草稿、已申报、已退回"),
        .helpImport: ("Import a CSV or JSON file from the trader's ERP", "导入企业 ERP 生成的 CSV 或 JSON 文件"),
        .helpCopy: ("A new draft with this declaration's content", "以此报关单内容新建草稿"),
        .helpFromTemplate: ("A new draft from one of your templates", "从模板新建草稿"),
        .helpHandOver: ("Hand this draft to your broker (trader)", "将草稿交给报关代理（外贸企业）"),
        .helpSave: ("Save the draft as typed, valid or not (F2 or Ctrl-S)", "按录入内容保存草稿，无论是否通过校验（F2 或 Ctrl-S）"),
        .helpCheck: ("List every problem; Enter goes to the field (F3 or Ctrl-R)", "列出全部问题，按 Enter 跳到该栏目（F3 或 Ctrl-R）"),
        .helpLookup: ("Look the code up: type Chinese, English or the code", "查找代码：可输入中文、英文或代码"),
        .helpSubmit: ("Check, confirm what goes to whom, submit once (F10 or Ctrl-X)", "校验并确认发送内容后一次申报（F10 或 Ctrl-X）"),
        .helpDup: ("Copy this cell from the line above", "复制上一项的同一栏目"),
        .helpAddLine: ("Add a line below (Del removes the line)", "在下方增加一行（Del 删除该行）"),
        .helpSaveTemplate: ("Save this content as a template (Ctrl-W)", "将当前内容存为模板（Ctrl-W）"),
        .helpNextPage: ("Next page: header, goods, containers, documents, status", "下一页：表头、商品、集装箱、随附单证、状态"),
        .helpPreviousPage: ("Previous page", "上一页"),
        .helpBack: ("Back to the list (asks when something is unsaved)", "返回列表（有未保存的修改时会询问）"),
        .helpAmendReturned: ("Reopen a returned declaration as its next revision, to correct and resubmit",
                     "将被退回的报关单作为新版本重新打开，修改后重新申报"),
        .helpPay: ("Pay the duties customs assessed (the customs lane then waits for release)", "缴纳海关核定的税费（随后等待海关放行）"),
        .helpWithdraw: ("Withdraw the declaration from every agency, with a reason", "向各部门撤回报关单（须说明原因）"),
        .helpBook: ("Book (or move) the inspection appointment from the offered times", "从已发布的时段预约（或改约）查验"),
    ]
}

extension Strings {
    public subscript(_ key: DS) -> String { lookup(key) }
    public func format(_ key: DS, _ arguments: Any...) -> String { substitute(self[key], arguments) }
}
