import SingleWindowKit

/// The headless commands' help (see `CatalogueKey`): each command's one-line summary (`cmd…`),
/// each option's help (`opt…`) and the words around them (`ch…`), as the option tables name them.
public enum CH: String, CatalogueKey {
    case chUsage = "help.usage"
    case chMoreHelp = "help.more"
    case chOptions = "help.options"
    case chGlobalOptions = "help.globalOptions"
    case chCommands = "help.commands"
    case chGroupHelp = "help.group"
    case chUnknownOption = "help.unknownOption"
    case chNeedsValue = "help.needsValue"
    case chTakesNoValue = "help.takesNoValue"
    case optDB = "opt.db"
    case optAs = "opt.as"
    case optLang = "opt.lang"
    case optJSON = "opt.json"
    case optHelp = "opt.help"
    case optTheme = "opt.theme"
    case optVersion = "opt.version"
    case cmdWorkstation = "cmd.workstation"
    case cmdInit = "cmd.init"
    case optTraining = "opt.training"
    case cmdAuditVerify = "cmd.auditVerify"
    case cmdAuditCheckpoint = "cmd.auditCheckpoint"
    case optCheckpoint = "opt.checkpoint"
    case optCheckpointOut = "opt.checkpointOut"
    case cmdAuditSchedule = "cmd.auditSchedule"
    case optScheduleDir = "opt.scheduleDir"
    case optScheduleEvery = "opt.scheduleEvery"
    case optScheduleOff = "opt.scheduleOff"
    case cmdBackup = "cmd.backup"
    case optForce = "opt.force"
    case cmdReset = "cmd.reset"
    case optYes = "opt.yes"
    case cmdClockShow = "cmd.clockShow"
    case cmdLanesTick = "cmd.lanesTick"
    case cmdLanesAssign = "cmd.lanesAssign"
    case cmdLanesUnassign = "cmd.lanesUnassign"
    case cmdClockSet = "cmd.clockSet"
    case cmdClockAdvance = "cmd.clockAdvance"
    case cmdManifestCheck = "cmd.manifestCheck"
    case cmdOperatorsList = "cmd.operatorsList"
    case cmdGenerate = "cmd.generate"
    case optGenDeclarations = "opt.generate.declarations"
    case optSeed = "opt.seed"
    case optBatch = "opt.batch"
    case cmdDeclImport = "cmd.decl.import"
    case cmdDeclCreate = "cmd.decl.create"
    case optSubmit = "opt.submit"
    case optDryRun = "opt.dryRun"
    case optRejects = "opt.rejects"
    case cmdDeclExport = "cmd.decl.export"
    case optFormat = "opt.format"
    case optExportOut = "opt.export.out"
    case optExportRaw = "opt.export.raw"
    case optDeclStatus = "opt.decl.status"
    case optDeclSearch = "opt.decl.search"
    case cmdDeclList = "cmd.decl.list"
    case optAfterCursor = "opt.afterCursor"
    case optBeforeCursor = "opt.beforeCursor"
    case optLimit = "opt.limit"
    case cmdDeclShow = "cmd.decl.show"
    case cmdDeclValidate = "cmd.decl.validate"
    case cmdDeclSubmit = "cmd.decl.submit"
    case cmdDeclCopy = "cmd.decl.copy"
    case cmdDeclAmend = "cmd.decl.amend"
    case cmdDeclHand = "cmd.decl.hand"
    case optBroker = "opt.broker"
    case cmdDeclTemplates = "cmd.decl.templates"
    case cmdDeclSaveTemplate = "cmd.decl.saveTemplate"
    case optTemplateName = "opt.templateName"
    case cmdDeclFromTemplate = "cmd.decl.fromTemplate"
    case cmdVesselCreate = "cmd.vessel.create"
    case optDirection = "opt.direction"
    case optFromCall = "opt.fromCall"
    case optVoyage = "opt.voyage"
    case optCrew = "opt.crew"
    case cmdVesselImportCrew = "cmd.vessel.importCrew"
    case cmdVesselNew = "cmd.vessel.new"
    case cmdVesselAttach = "cmd.vessel.attach"
    case optVesselField = "opt.vessel.field"
    case cmdVesselImportPassengers = "cmd.vessel.importPassengers"
    case cmdVesselSubmit = "cmd.vessel.submit"
    case cmdVesselDecide = "cmd.vessel.decide"
    case optVesselAgency = "opt.vessel.agency"
    case optMessage = "opt.message"
    case optVesselReason = "opt.vessel.reason"
    case cmdVesselList = "cmd.vessel.list"
    case optVesselState = "opt.vessel.state"
    case optVesselSearch = "opt.vessel.search"
    case optVesselWaiting = "opt.vessel.waiting"
    case optAfterCall = "opt.afterCall"
    case cmdVesselShow = "cmd.vessel.show"
    case cmdVesselPrint = "cmd.vessel.print"
    case optPrintOut = "opt.print.out"
    case optPrinter = "opt.printer"
    case cmdVesselVerify = "cmd.vessel.verify"
    case cmdReviewQueue = "cmd.review.queue"
    case optReviewAgency = "opt.review.agency"
    case optQueueView = "opt.queue.view"
    case optQueueState = "opt.queue.state"
    case optChannel = "opt.channel"
    case optCredit = "opt.credit"
    case optTrader = "opt.trader"
    case optTraderName = "opt.traderName"
    case optChapter = "opt.chapter"
    case optFromDay = "opt.fromDay"
    case optUntilDay = "opt.untilDay"
    case optQueueSearch = "opt.queue.search"
    case optMine = "opt.mine"
    case optSort = "opt.sort"
    case optSince = "opt.since"
    case optFirst = "opt.first"
    case optLast = "opt.last"
    case cmdReviewTasks = "cmd.review.tasks"
    case optTaskAgency = "opt.task.agency"
    case optTaskView = "opt.task.view"
    case optBooked = "opt.booked"
    case optUnbooked = "opt.unbooked"
    case optDue = "opt.due"
    case optMineDue = "opt.mineDue"
    case optTaskDay = "opt.task.day"
    case cmdReviewShow = "cmd.review.show"
    case optProjection = "opt.projection"
    case optProjectionAgency = "opt.projection.agency"
    case cmdReviewClaim = "cmd.review.claim"
    case cmdReviewUnclaim = "cmd.review.unclaim"
    case optLaneVersion = "opt.laneVersion"
    case cmdReviewDecide = "cmd.review.decide"
    case optAction = "opt.action"
    case optDecideReason = "opt.decide.reason"
    case optInstruction = "opt.instruction"
    case optResult = "opt.result"
    case optAmount = "opt.amount"
    case optCurrency = "opt.currency"
    case optGuaranteeNumber = "opt.guaranteeNumber"
    case optGuaranteeUntil = "opt.guaranteeUntil"
    case cmdReviewPay = "cmd.review.pay"
    case cmdReviewWithdraw = "cmd.review.withdraw"
    case optWithdrawReason = "opt.withdraw.reason"
    case cmdReviewBook = "cmd.review.book"
    case optSlot = "opt.slot"
    case cmdReviewSlots = "cmd.review.slots"
    case cmdReviewOffer = "cmd.review.offer"
    case optPlace = "opt.place"
    case optOfferDay = "opt.offer.day"
    case optTimes = "opt.times"
    case optCapacity = "opt.capacity"
    case cmdRulesList = "cmd.rules.list"
    case optRulesAgency = "opt.rules.agency"
    case optAllRules = "opt.allRules"
    case cmdRulesHistory = "cmd.rules.history"
    case cmdRulesSet = "cmd.rules.set"
    case optNote = "opt.note"
    case optNewRuleAgency = "opt.newRule.agency"
    case optPriority = "opt.priority"
    case optRuleCredit = "opt.rule.credit"
    case optHS = "opt.hs"
    case optOrigin = "opt.origin"
    case optScope = "opt.scope"
    case optOutcome = "opt.outcome"
    case optSelectRate = "opt.selectRate"
    case optSamplingRate = "opt.samplingRate"
    case optReasonEn = "opt.reasonEn"
    case optReasonZh = "opt.reasonZh"
    case optActive = "opt.active"
    case cmdRulesTry = "cmd.rules.try"
    case optTryAgency = "opt.try.agency"
    // approvals (text in ApprovalCommandHelpStrings)
    case cmdApprovalProjects = "cmd.approval.projects"
    case cmdApprovalRegister = "cmd.approval.register"
    case cmdApprovalShow = "cmd.approval.show"
    case cmdApprovalApply = "cmd.approval.apply"
    case cmdApprovalCheck = "cmd.approval.check"
    case cmdApprovalAccept = "cmd.approval.accept"
    case cmdApprovalReturn = "cmd.approval.return"
    case cmdApprovalDecide = "cmd.approval.decide"
    case cmdApprovalQueue = "cmd.approval.queue"
    case cmdApprovalTick = "cmd.approval.tick"
    case cmdApprovalVerify = "cmd.approval.verify"
    case cmdApprovalMeetingSchedule = "cmd.approval.meeting.schedule"
    case cmdApprovalMeetingAttendance = "cmd.approval.meeting.attendance"
    case cmdApprovalMeetingClose = "cmd.approval.meeting.close"
    case cmdApprovalDecisionIssue = "cmd.approval.decision.issue"
    case cmdApprovalDecisionPrint = "cmd.approval.decision.print"
    case cmdApprovalCalendarShow = "cmd.approval.calendar.show"
    case cmdApprovalCalendarDue = "cmd.approval.calendar.due"
    case cmdApprovalCalendarLoad = "cmd.approval.calendar.load"
    case cmdApprovalWarnings = "cmd.approval.warnings"
    case cmdApprovalCatalogueLoad = "cmd.approval.catalogue.load"
    case optApprovalAfter = "opt.approval.after"
    case optApprovalInvestor = "opt.approval.investor"
    case optApprovalInvestorName = "opt.approval.investorName"
    case optApprovalName = "opt.approval.name"
    case optApprovalSite = "opt.approval.site"
    case optApprovalDistrict = "opt.approval.district"
    case optApprovalIndustry = "opt.approval.industry"
    case optApprovalInvestment = "opt.approval.investment"
    case optApprovalCurrency = "opt.approval.currency"
    case optApprovalLand = "opt.approval.land"
    case optApprovalContact = "opt.approval.contact"
    case optApprovalMaterials = "opt.approval.materials"
    case optApprovalItems = "opt.approval.items"
    case optApprovalMissing = "opt.approval.missing"
    case optApprovalDepartment = "opt.approval.department"
    case optApprovalText = "opt.approval.text"
    case optApprovalRejectItems = "opt.approval.rejectItems"
    case optApprovalQueueAfter = "opt.approval.queueAfter"
    case optApprovalAt = "opt.approval.at"
    case optApprovalPresent = "opt.approval.present"
    case optApprovalAbsent = "opt.approval.absent"
    case optApprovalPrinter = "opt.approval.printer"
    case optApprovalData = "opt.approval.data"
    case cmdEnfRecordAdd = "cmd.enf.records.add"
    case cmdEnfRecordImport = "cmd.enf.records.import"
    case cmdEnfRecordRemove = "cmd.enf.records.remove"
    case cmdEnfRecordDelist = "cmd.enf.records.delist"
    case cmdEnfRecordList = "cmd.enf.records.list"
    case cmdEnfClassShow = "cmd.enf.class.show"
    case cmdEnfClassHistory = "cmd.enf.class.history"
    case cmdEnfClassBoard = "cmd.enf.class.board"
    case cmdEnfReclassify = "cmd.enf.class.reclassify"
    case cmdEnfCatalogue = "cmd.enf.catalogue"
    case cmdEnfConflictAdd = "cmd.enf.conflicts.add"
    case cmdEnfDrawPreview = "cmd.enf.draw.preview"
    case cmdEnfDrawRun = "cmd.enf.draw.run"
    case cmdEnfDrawPublish = "cmd.enf.draw.publish"
    case cmdEnfDrawReplay = "cmd.enf.draw.replay"
    case cmdEnfDrawList = "cmd.enf.draw.list"
    case cmdEnfDrawDistricts = "cmd.enf.draw.districts"
    case cmdEnfDrawShow = "cmd.enf.draw.show"
    case cmdEnfTableShow = "cmd.enf.table.show"
    case cmdEnfTableFill = "cmd.enf.table.fill"
    case cmdEnfTableSign = "cmd.enf.table.sign"
    case cmdEnfTablePrint = "cmd.enf.table.print"
    case cmdEnfTableMine = "cmd.enf.table.mine"
    case cmdEnfResults = "cmd.enf.results"
    case optEnfYear = "opt.enf.year"
    case optEnfRatio = "opt.enf.ratio"
    case optEnfFocus = "opt.enf.focus"
    case optEnfDistrict = "opt.enf.district"
    case optEnfIndustry = "opt.enf.industry"
    case optEnfKind = "opt.enf.kind"
    case optEnfSeed = "opt.enf.seed"
    case optEnfRedrawReason = "opt.enf.redrawReason"
    case optEnfRecordKind = "opt.enf.recordKind"
    case optEnfPenalty = "opt.enf.penalty"
    case optEnfAmount = "opt.enf.amount"
    case optEnfPerformance = "opt.enf.performance"
    case optEnfDate = "opt.enf.date"
    case optEnfAgency = "opt.enf.agency"
    case optEnfBasis = "opt.enf.basis"
    case optEnfCase = "opt.enf.case"
    case optEnfReason = "opt.enf.reason"
    case optEnfBefore = "opt.enf.before"
    case optEnfClass = "opt.enf.class"
    case optEnfAfter = "opt.enf.after"
    case optEnfLine = "opt.enf.line"
    case optEnfResult = "opt.enf.result"
    case optEnfRemark = "opt.enf.remark"
    case optEnfObstacle = "opt.enf.obstacle"
    case optEnfPrinter = "opt.enf.printer"
    case optEnfEnterprise = "opt.enf.enterprise"

    // Administration (text in Presentation/Admin/AdminHelpStrings.swift)
    case cmdWhoami = "cmd.whoami"
    case optAdmin = "opt.admin"
    case cmdAdmOpList = "cmd.adm.opList"
    case cmdAdmOpAdd = "cmd.adm.opAdd"
    case cmdAdmOpChange = "cmd.adm.opChange"
    case cmdAdmOpMap = "cmd.adm.opMap"
    case cmdAdmOpDisable = "cmd.adm.opDisable"
    case cmdAdmEntList = "cmd.adm.entList"
    case cmdAdmEntShow = "cmd.adm.entShow"
    case cmdAdmEntAdd = "cmd.adm.entAdd"
    case cmdAdmEntUpdate = "cmd.adm.entUpdate"
    case cmdAdmEntImport = "cmd.adm.entImport"
    case cmdAdmQualList = "cmd.adm.qualList"
    case cmdAdmQualSet = "cmd.adm.qualSet"
    case optAdmName = "opt.adm.name"
    case optAdmNameEn = "opt.adm.nameEn"
    case optAdmRole = "opt.adm.role"
    case optAdmAgency = "opt.adm.agency"
    case optAdmEnterprise = "opt.adm.enterprise"
    case optAdmOSUser = "opt.adm.oSUser"
    case optAdmIDNumber = "opt.adm.iDNumber"
    case optAdmKind = "opt.adm.kind"
    case optAdmCustomsCode = "opt.adm.customsCode"
    case optAdmCiqCode = "opt.adm.ciqCode"
    case optAdmDistrict = "opt.adm.district"
    case optAdmIndustry = "opt.adm.industry"
    case optAdmLegalRep = "opt.adm.legalRep"
    case optAdmAddress = "opt.adm.address"
    case optAdmCredit = "opt.adm.credit"
    case optAdmQualKind = "opt.adm.qualKind"
    case optAdmNumber = "opt.adm.number"
    case optAdmIssuer = "opt.adm.issuer"
    case optAdmFrom = "opt.adm.from"
    case optAdmUntil = "opt.adm.until"
    case optAdmSearch = "opt.adm.search"
    case optAdmAfter = "opt.adm.after"
    case optAdmLimit = "opt.adm.limit"

    public static var table: [CH: (en: String, zh: String)] {
        CommandHelpStrings.entries.merging(ApprovalCommandHelpStrings.entries) { first, _ in first }
            .merging(AdminHelpStrings.entries) { first, _ in first }
    }
}

/// English and Chinese text of `CH`.
enum CommandHelpStrings {
    static let entries: [CH: (en: String, zh: String)] = [
        .chUsage: ("usage: {0}", "用法：{0}"),
        .chMoreHelp: ("`{0} --help` describes each option", "`{0} --help` 查看每个选项的说明"),
        .chOptions: ("options:", "选项："),
        .chGlobalOptions: ("every command also takes:", "所有命令均可使用："),
        .chCommands: ("commands:", "命令："),
        .chGroupHelp: ("`{0} --help` lists its commands", "`{0} --help` 列出其下各命令"),
        .chUnknownOption: ("unknown option {0}", "未知选项 {0}"),
        .chNeedsValue: ("{0} needs a value", "{0} 需要一个值"),
        .chTakesNoValue: ("{0} takes no value", "{0} 不带值"),
        .optDB: ("the database (else $SINGLEWINDOW_DB, else the default place)", "数据库文件（否则 $SINGLEWINDOW_DB，否则默认位置）"),
        .optAs: ("act as this operator (training databases; else your login's operator)", "以该操作员身份操作（培训库；否则按登录名对应的操作员）"),
        .optLang: ("the language of the output", "输出语言"),
        .optJSON: ("machine-readable output", "输出机器可读的 JSON"),
        .optHelp: ("this help", "显示本帮助"),
        .optTheme: ("the colour theme", "配色主题"),
        .optVersion: ("the version and the database schema it writes", "显示版本及数据库结构版本"),
        .cmdWorkstation: ("open the workstation", "打开工作台"),
        .cmdInit: ("create a database (production unless --training), or refresh its reference data", "创建数据库（默认生产库，--training 为培训库），或刷新其参考数据"),
        .optTraining: ("a training database, with the demo data", "培训数据库，含演示数据"),
        .cmdAuditVerify: ("check the audit log's hash chain and its append-only guards", "校验审计日志哈希链及其只追加保护"),
        .cmdAuditCheckpoint: ("write down the audit log's head, to keep away from this file", "记下审计日志的末条，另行保存"),
        .optCheckpoint: ("also hold the log against checkpoints kept before (FILE …)", "同时与此前保存的检查点核对（FILE …）"),
        .optCheckpointOut: ("write the checkpoint to FILE (never over an existing one)", "将检查点写入 FILE（不覆盖已有文件）"),
        .cmdAuditSchedule: ("show or set automatic checkpoints (production workstations write them)", "查看或设置自动检查点（由生产工作台写入）"),
        .optScheduleDir: ("the directory checkpoints are written to (best another host's mount)", "检查点写入的目录（最好是另一台主机的挂载目录）"),
        .optScheduleEvery: ("minutes between checkpoints", "两次检查点之间的分钟数"),
        .optScheduleOff: ("turn automatic checkpoints off", "关闭自动检查点"),
        .cmdBackup: ("copy the database safely while others work", "在线安全备份数据库"),
        .optForce: ("overwrite FILE if it exists", "目标文件已存在时覆盖"),
        .cmdReset: ("trainer: make the training database anew, in place", "培训师：就地重建培训数据库"),
        .optYes: ("do not ask for confirmation", "不再询问确认"),
        .cmdClockShow: ("trainer: the training clock", "培训师：查看培训时钟"),
        .cmdLanesTick: ("apply what passed lane deadlines mean (idempotent)", "处理已过期限的环节（可重复执行）"),
        .cmdLanesAssign: ("hand a lane to one officer of its agency (KIND: declaration, vessel_call…)",
                          "将环节分派给本机构的一名人员（KIND：declaration、vessel_call…）"),
        .cmdLanesUnassign: ("give an assigned lane back to its whole agency", "收回分派，环节回到本机构"),
        .cmdClockSet: ("trainer: set the training clock (YYYY-MM-DD [HH:MM], or now)", "培训师：设置培训时钟（YYYY-MM-DD [HH:MM]，或 now）"),
        .cmdClockAdvance: ("trainer: move the training clock (+2d, +3h, -30m)", "培训师：拨动培训时钟（+2d、+3h、-30m）"),
        .cmdManifestCheck: ("B/L on no manifest: warn or refuse (without a word: the setting)", "提运单不在舱单中时：提示或拒绝（不带参数：显示当前设置）"),
        .cmdOperatorsList: ("who may act", "列出操作员"),
        .cmdGenerate: ("synthetic trade in a training database", "在培训库中生成模拟业务数据"),
        .optGenDeclarations: ("how many declarations (default 10000)", "报关单数量（默认 10000）"),
        .optSeed: ("the random seed (default 2015)", "随机种子（默认 2015）"),
        .optBatch: ("declarations per transaction (default 10000)", "每个事务的报关单数（默认 10000）"),
        .cmdDeclImport: ("import declarations from CSV or JSON (an ERP export)", "从 CSV 或 JSON（ERP 导出）导入报关单"),
        .cmdDeclCreate: ("new drafts from a JSON file", "从 JSON 文件新建草稿"),
        .optSubmit: ("submit each declaration taken", "导入后逐票提交"),
        .optDryRun: ("check only: nothing written", "只校验，不写入"),
        .optRejects: ("write the rejected rows here, to fix and import again", "被拒行写入此文件，修改后可再导入"),
        .cmdDeclExport: ("export declarations (the file imports again)", "导出报关单（导出文件可再导入）"),
        .optFormat: ("the file format (else from --out's name)", "文件格式（否则按 --out 的扩展名）"),
        .optExportRaw: ("CSV: write cells as stored, without the ' before =, +, -, @ that stops a spreadsheet running them",
                        "CSV：按原值写出，不在 =、+、-、@ 开头的单元格前加 '（该前缀防止电子表格将其作为公式执行）"),
        .optExportOut: ("write to FILE (needed without IDs)", "写入该文件（不指定编号时必填）"),
        .optDeclStatus: ("only declarations in this status", "只含该状态的报关单"),
        .optDeclSearch: ("only declarations matching this text", "只含匹配该文字的报关单"),
        .cmdDeclList: ("one page of declarations; ends with the next page's cursor", "列出一页报关单；末行为下一页游标"),
        .optAfterCursor: ("the page after this cursor (as a page printed it)", "此游标之后的一页（游标见上一页输出）"),
        .optBeforeCursor: ("the page before this cursor", "此游标之前的一页"),
        .optLimit: ("rows per page", "每页行数"),
        .cmdDeclShow: ("a declaration: lanes, timelines, history", "查看报关单：各部门通道、时间线、历史"),
        .cmdDeclValidate: ("every problem with its field path (a FILE: checked, not imported)", "列出全部问题及字段路径（文件：只校验不导入）"),
        .cmdDeclSubmit: ("the one submission: the number and the lanes opened", "提交申报：取得编号并开启各部门通道"),
        .cmdDeclCopy: ("a new draft from an earlier declaration", "复制已有报关单为新草稿"),
        .cmdDeclAmend: ("reopen a returned declaration as its next revision", "将被退回的报关单作为新版本重新打开"),
        .cmdDeclHand: ("the trader hands a draft to its broker", "企业将草稿交给报关代理"),
        .optBroker: ("the broker's unified social credit code", "报关代理的统一社会信用代码"),
        .cmdDeclTemplates: ("your templates", "列出我的模板"),
        .cmdDeclSaveTemplate: ("save a declaration as a template", "将报关单存为模板"),
        .optTemplateName: ("the template's name", "模板名称"),
        .cmdDeclFromTemplate: ("a new draft from a template", "从模板新建草稿"),
        .cmdVesselCreate: ("declare a call (a draft), or with --from the departure of an arrival", "新建船舶申报（草稿），或用 --from 由进口岸申报生成出口岸申报"),
        .optDirection: ("arrival or departure (else the file's, else arrival)", "进口岸或出口岸（否则按文件，否则进口岸）"),
        .optFromCall: ("make the departure of this arrival", "由该进口岸申报生成出口岸申报"),
        .optVoyage: ("the departure's voyage number", "出口岸航次"),
        .optCrew: ("the departure's crew list: no-change or a CSV file", "出口岸船员名单：no-change 或 CSV 文件"),
        .cmdVesselImportCrew: ("the crew list from a CSV file", "从 CSV 文件导入船员名单"),
        .cmdVesselNew: ("declare a call (a draft) field by field, as the pane's form: a known --imo fills the rest from its last call",
                        "逐项新建船舶申报（草稿），与界面表单相同：已知的 --imo 按上次申报带出其余栏目"),
        .cmdVesselAttach: ("attach the manifest, dangerous-goods list and stores from a JSON file to a draft",
                           "从 JSON 文件把舱单、危险货物清单和物料清单附到草稿"),
        .optVesselField: ("the form's field of that name (times as yyyy-MM-dd HH:mm, local)", "表单中同名栏目（时间格式 yyyy-MM-dd HH:mm，本地时间）"),
        .cmdVesselImportPassengers: ("the passenger list from a CSV file", "从 CSV 文件导入旅客名单"),
        .cmdVesselSubmit: ("send once to all four agencies", "一次申报，同时发送四个部门"),
        .cmdVesselDecide: ("query, answer, hold, release or reject a lane", "对本部门通道提问、答复、暂扣、放行或拒绝"),
        .optVesselAgency: ("the lane: customs, inspection, border or maritime (else your agency's)", "通道：customs、inspection、border 或 maritime（否则为本部门）"),
        .optMessage: ("the question, the answer or the reason", "提问、答复或理由"),
        .optVesselReason: ("the same as --message", "同 --message"),
        .cmdVesselList: ("vessel calls by expected time", "按预计时间列出船舶申报"),
        .optVesselState: ("draft, submitted or cleared", "draft、submitted 或 cleared"),
        .optVesselSearch: ("calls whose ship, IMO or voyage matches", "船名、IMO 或航次匹配的申报"),
        .optVesselWaiting: ("officers: only calls whose lane of your agency waits for you", "查验人员：仅本机构环节待办的申报"),
        .optAfterCall: ("the page after this call", "此申报之后的一页"),
        .cmdVesselShow: ("a call: lanes, times, the port clearance", "查看船舶申报：各部门通道、用时、出口岸许可证"),
        .cmdVesselPrint: ("print the port clearance (reprints are logged)", "打印出口岸许可证（补打留痕）"),
        .optPrintOut: ("write it to FILE", "写入该文件"),
        .optPrinter: ("send it to the lp spooler", "发送到 lp 打印队列"),
        .cmdVesselVerify: ("check a port clearance's code: exit 0 genuine, 1 unknown or altered", "核验出口岸许可证验证码：真实退出码 0，未知或被篡改 1"),
        .cmdReviewQueue: ("the review queue: what needs action by my agency now", "审核队列：本部门当前待办"),
        .optReviewAgency: ("customs or inspection (else your own)", "customs 或 inspection（否则为本部门）"),
        .optQueueView: ("action, waiting or done", "action（待办）、waiting（等待）或 done（已办）"),
        .optQueueState: ("one review state", "某一审核状态"),
        .optChannel: ("a channel or release mode", "通道或放行方式"),
        .optCredit: ("a credit class", "信用等级"),
        .optTrader: ("one trader, by unified social credit code", "按统一社会信用代码指定企业"),
        .optTraderName: ("traders whose name starts so", "名称以此开头的企业"),
        .optChapter: ("an HS chapter (two digits)", "HS 章（两位数字）"),
        .optFromDay: ("waiting since this day or later", "自该日起等待"),
        .optUntilDay: ("waiting since this day or earlier", "至该日止等待"),
        .optQueueSearch: ("a declaration number or a B/L", "报关单号或提运单号"),
        .optMine: ("claimed by me", "我已认领的"),
        .optSort: ("oldest or newest first", "最早或最新在前"),
        .optSince: ("the page starting at this time", "从该时间开始的一页"),
        .optFirst: ("the first page (the default)", "第一页（默认）"),
        .optLast: ("the last page", "最后一页"),
        .cmdReviewTasks: ("joint inspections by appointment time", "按预约时间列出联合查验任务"),
        .optTaskAgency: ("one agency's tasks: customs or inspection", "某一部门的任务：customs 或 inspection"),
        .optTaskView: ("booked, unbooked or all", "booked（已预约）、unbooked（未预约）或 all"),
        .optBooked: ("booked only", "只含已预约"),
        .optUnbooked: ("not yet booked only", "只含未预约"),
        .optDue: ("my agency's result still due", "本部门结果未录入的"),
        .optMineDue: ("the same as --due", "同 --due"),
        .optTaskDay: ("appointments on this day", "该日的预约"),
        .cmdReviewShow: ("a declaration under review: lanes, reasons, task, history, changes, release", "审核详情：各部门通道、布控理由、查验任务、历史、修改、放行"),
        .optProjection: ("the declaration as the agency received it", "按该部门接收到的内容显示"),
        .optProjectionAgency: ("with --projection: customs or inspection (else your own)", "与 --projection 合用：customs 或 inspection（否则为本部门）"),
        .cmdReviewClaim: ("claim your agency's lane before deciding", "决定前认领本部门通道"),
        .cmdReviewUnclaim: ("give a claimed lane back", "释放已认领的通道"),
        .optLaneVersion: ("the lane version you saw (else the current one)", "所见的通道版本（否则为当前版本）"),
        .cmdReviewDecide: ("decide on your agency's lane", "对本部门通道作出决定"),
        .optAction: ("return, order-inspection, record-result, assess-duty, guarantee, release or reject", "return、order-inspection、record-result、assess-duty、guarantee、release 或 reject"),
        .optDecideReason: ("why (return, reject)", "理由（退回、拒绝）"),
        .optInstruction: ("what to inspect (order-inspection)", "查验指令（布控查验）"),
        .optResult: ("the inspection result (record-result)", "查验结果（录入结果）"),
        .optAmount: ("the duty (assess-duty) or the guarantee in CNY (guarantee)", "税款（核定税费）或担保金额，人民币（担保）"),
        .optCurrency: ("the duty's currency (assess-duty)", "税款币制（核定税费）"),
        .optGuaranteeNumber: ("the guarantee's number (guarantee)", "担保编号（担保）"),
        .optGuaranteeUntil: ("the guarantee is valid until (guarantee)", "担保有效期至（担保）"),
        .cmdReviewPay: ("the broker pays the assessed duty", "报关代理缴纳核定税费"),
        .cmdReviewWithdraw: ("withdraw the declaration from every agency", "向各部门撤回报关单"),
        .optWithdrawReason: ("why it is withdrawn", "撤回理由"),
        .cmdReviewBook: ("the broker books the joint inspection", "报关代理预约联合查验"),
        .optSlot: ("a slot `review slots` offers", "`review slots` 列出的时段"),
        .cmdReviewSlots: ("the times offered at the declaration's inspection place", "报关单查验地点可预约的时段"),
        .cmdReviewOffer: ("offer inspection times at a place", "发布查验地点的可预约时段"),
        .optPlace: ("the inspection place", "查验地点"),
        .optOfferDay: ("the day", "日期"),
        .optTimes: ("the start times, comma-separated", "开始时间，逗号分隔"),
        .optCapacity: ("inspections per time (default 1)", "每个时段的查验数（默认 1）"),
        .cmdRulesList: ("the risk rules in force", "现行风险规则"),
        .optRulesAgency: ("customs or inspection (else your own, or both)", "customs 或 inspection（否则为本部门，或两者）"),
        .optAllRules: ("switched-off rules too", "包括已停用的规则"),
        .cmdRulesHistory: ("every version of a rule: who, when, why", "规则的全部版本：修改人、时间、说明"),
        .cmdRulesSet: ("a new version of a rule (fields not given are kept)", "保存规则的新版本（未给出的字段保持不变）"),
        .optNote: ("why it changes (required)", "修改说明（必填）"),
        .optNewRuleAgency: ("for a new key: customs or inspection", "新规则：customs 或 inspection"),
        .optPriority: ("the priority (a whole number)", "优先级（整数）"),
        .optRuleCredit: ("credit classes, comma-separated (empty: any)", "信用等级，逗号分隔（空：任意）"),
        .optHS: ("HS code prefixes (empty: any)", "HS 编码前缀（空：任意）"),
        .optOrigin: ("countries of origin (empty: any)", "原产国（空：任意）"),
        .optScope: ("declaration scopes: both, customs, inspection (empty: any)", "申报范围：both、customs、inspection（空：任意）"),
        .optOutcome: ("the channel or release mode it sends to", "命中后的通道或放行方式"),
        .optSelectRate: ("the share of hits selected, in percent", "命中后抽中的比例（百分比）"),
        .optSamplingRate: ("the share sampled under a sampling release, in percent", "抽样放行的抽样比例（百分比）"),
        .optReasonEn: ("the reason officers read, in English", "英文布控理由"),
        .optReasonZh: ("the reason officers read, in Chinese", "中文布控理由"),
        .optActive: ("yes or no: whether the rule is in force", "yes 或 no：规则是否启用"),
        .cmdRulesTry: ("what the rules in force would say now (nothing written)", "按现行规则试算（不写入）"),
        .optTryAgency: ("one agency's verdict: customs or inspection", "某一部门的结果：customs 或 inspection"),
        .cmdEnfRecordAdd: ("file a credit record; the enterprise is re-classified at once", "录入信用记录，企业随即重新分类"),
        .cmdEnfRecordImport: ("import an agency's CSV of credit records (all or nothing, by case number)", "导入部门的信用记录CSV（全部成功才导入，按案件编号去重）"),
        .cmdEnfRecordRemove: ("remove a record filed in error, with the reason", "删除错误录入的记录（须说明理由）"),
        .cmdEnfRecordDelist: ("take an enterprise off the abnormal-operation list", "将企业移出经营异常名录"),
        .cmdEnfRecordList: ("an enterprise's credit records, newest first", "企业的信用记录（最新在前）"),
        .cmdEnfClassShow: ("an enterprise's class and the rule that placed it", "企业的信用分类及其依据"),
        .cmdEnfClassHistory: ("an enterprise's class changes: from, to, when, which record", "企业的分类变更：原分类、新分类、时间、引起变更的记录"),
        .cmdEnfClassBoard: ("counts by class, or one class's enterprises", "各分类企业数，或某一分类的企业"),
        .cmdEnfReclassify: ("re-classify every enterprise from its records", "按信用记录重新分类全部企业"),
        .cmdEnfCatalogue: ("the inspection catalogue, or an industry's items; `load FILE` replaces it", "检查事项清单或某行业的检查事项；`load FILE` 替换清单"),
        .cmdEnfConflictAdd: ("record that an officer may not inspect an enterprise", "登记执法人员与企业的回避关系"),
        .cmdEnfDrawPreview: ("how many a draw would take (nothing written)", "预览抽取户数（不写入）"),
        .cmdEnfDrawRun: ("draw enterprises and officers; prints the seed", "抽取企业和执法人员，并打印随机种子"),
        .cmdEnfDrawPublish: ("publish a draw: final, and its tables open for filling", "公布抽取结果：不可更改，检查表开始填写"),
        .cmdEnfDrawReplay: ("replay a draw from its seed and say what changed in the register", "按种子重放抽取，并说明名录的变化"),
        .cmdEnfDrawList: ("the draws, newest first", "抽查列表（最新在前）"),
        .cmdEnfDrawDistricts: ("the administrative districts a draw can cover, with their enterprises", "可抽查的行政区划及其企业数"),
        .cmdEnfDrawShow: ("a draw and its tables in draw order", "抽取详情及按抽取顺序的检查表"),
        .cmdEnfTableShow: ("one enterprise's joint-inspection table", "某企业的联合检查表"),
        .cmdEnfTableFill: ("enter a result on a line, or that the enterprise refused or was unreachable", "填写检查子项结果，或登记拒检、无法联系"),
        .cmdEnfTableSign: ("sign your agency's part; its outcome re-classifies the enterprise", "签署本部门检查结果，结果随即计入企业信用分类"),
        .cmdEnfTablePrint: ("print the record sheet to stdout, a file or a printer command", "打印检查记录表至标准输出、文件或打印命令"),
        .cmdEnfTableMine: ("the tables you were drawn for", "抽中本人的检查表"),
        .cmdEnfResults: ("published inspection results", "公示的抽查结果"),
        .optEnfYear: ("the year of the draw", "抽查年度"),
        .optEnfRatio: ("percentage of good enterprises drawn, rounded up", "良好企业抽取比例（%，向上取整）"),
        .optEnfFocus: ("percentage of focus targets added on top, or all (default)", "重点对象另行抽取比例（%），或 all（默认）"),
        .optEnfDistrict: ("only enterprises of this six-digit administrative district (310115; not a customs district)", "仅限该行政区划（六位代码，如 310115，非关区）的企业"),
        .optEnfIndustry: ("GB/T 4754 section letter or code", "国民经济行业门类字母或代码"),
        .optEnfKind: ("only this entity kind (trader, broker, other…)", "仅限该类市场主体"),
        .optEnfSeed: ("the seed (default: a fresh random one, printed)", "随机种子（默认随机生成并打印）"),
        .optEnfRedrawReason: ("why a published scope and year is drawn again", "已公布范围和年度重新抽取的理由"),
        .optEnfRecordKind: ("penalty, abnormal_list, marked_abnormal, serious_violation, performance, major_accident", "记录类别：penalty、abnormal_list、marked_abnormal、serious_violation、performance、major_accident"),
        .optEnfPenalty: ("warning, fine, confiscation, suspension, revocation, stop_order", "处罚种类：warning、fine、confiscation、suspension、revocation、stop_order"),
        .optEnfAmount: ("amount in yuan (fines and confiscations)", "金额（元，罚款和没收）"),
        .optEnfPerformance: ("a performance record: good or bad", "履约记录：good 或 bad"),
        .optEnfDate: ("the date, YYYY-MM-DD", "日期，YYYY-MM-DD"),
        .optEnfAgency: ("the agency code", "部门代码"),
        .optEnfBasis: ("the legal basis", "法律依据"),
        .optEnfCase: ("the case number (unique)", "案件编号（唯一）"),
        .optEnfReason: ("the reason", "理由"),
        .optEnfBefore: ("the page before this record id", "此记录编号之前的一页"),
        .optEnfClass: ("good, warning, dishonest or seriously_dishonest", "good、warning、dishonest 或 seriously_dishonest"),
        .optEnfAfter: ("the page after this name and id", "此名称和编号之后的一页"),
        .optEnfLine: ("the line number", "行号"),
        .optEnfResult: ("compliant, needs_correction, violation or not_applicable", "compliant、needs_correction、violation 或 not_applicable"),
        .optEnfRemark: ("a remark on the line", "备注"),
        .optEnfObstacle: ("the agency could not check: refused, unreachable (none clears it)", "无法检查：refused、unreachable（none 清除）"),
        .optEnfPrinter: ("a printer command that reads the sheet on stdin (lp, lp -d NAME)", "从标准输入读取的打印命令（lp、lp -d 名称）"),
        .optEnfEnterprise: ("only this enterprise", "仅限该企业"),
    ]
}

extension Strings {
    public subscript(_ key: CH) -> String { lookup(key) }
    public func format(_ key: CH, _ arguments: Any...) -> String { substitute(self[key], arguments) }
}
