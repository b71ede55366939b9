import Presentation
import SingleWindowKit
import TerminalUI

/// English and Chinese for `RQ`; the catalogue test checks every key has both.
extension RQ: CatalogueKey {
    public static let table: [RQ: (en: String, zh: String)] = [
        .qTitle: ("Review queue · {0} · {1}", "审核队列 · {0} · {1}"),
        .qCount: ("{0} declarations", "{0} 票"),
        .qCountCapped: ("{0}+ declarations", "{0}+ 票"),
        .qCountOne: ("1 declaration", "1 票"),
        .qEmpty: ("Nothing in this view.", "此视图暂无报关单。"),
        .qViewAction: ("needs action", "待处理"),
        .qViewWaiting: ("waiting", "等待中"),
        .qViewDone: ("done", "已办结"),
        .qAny: ("any", "全部"),
        .qFilterLine: ("State: {0} · Channel: {1}", "状态：{0} · 通道：{1}"),
        .qNotOfficer: ("Only customs and inspection officers review declarations.", "只有海关和检验检疫关员审核报关单。"),
        .qColNumber: ("Declaration no.", "报关单号"),
        .qColTrader: ("Trader", "收发货人"),
        .qColHS: ("HS", "章"),
        .qColChannel: ("Channel", "通道"),
        .qColCredit: ("Credit", "信用"),
        .qColState: ("State", "状态"),
        .qColWaiting: ("Waiting", "等待起始"),
        .qColClaimed: ("Claimed by", "认领人"),
        .qUnnumbered: ("(no number)", "（无编号）"),

        .qCaseTitle: ("{0} · {1} · {2}", "{0} · {1} · {2}"),
        .qFacts: ("B/L {0} · HS {1} · {2} line(s) · submitted {3}", "提运单 {0} · 章 {1} · {2} 项商品 · 申报于 {3}"),
        .qTraderLine: ("Trader: {0} ({1}) · credit: ", "收发货人：{0}（{1}） · 信用："),
        .qRiskTitle: ("Why it was routed (* decided the channel)", "布控原因（* 为决定通道的规则）"),
        .qNoRisk: ("No rule hit: routed by default.", "未命中规则：按默认处置。"),
        .qRiskHit: ("{0}[{1}] {2} v{3} → {4}: {5}", "{0}[{1}] {2} 第{3}版 → {4}：{5}"),
        .qSeed: ("[{0}] draw seed {1}{2}", "[{0}] 抽样种子 {1}{2}"),
        .qLanesTitle: ("Lanes", "各部门"),
        .qLaneLine: ("{0}: {1} · {2} · v{3}{4}", "{0}：{1} · {2} · 版本{3}{4}"),
        .qJoint: ("Joint inspection at {0}", "联合查验：{0}"),
        .qJointItem: ("  [{0}] {1}", "  [{0}] {1}"),
        .qBooked: ("Appointment: slot {0}, booked by {1}", "查验预约：时段 {0}，预约人 {1}"),
        .qNotBooked: ("Appointment: not booked yet", "查验预约：尚未预约"),
        .qResult: ("  result [{0}] {1}", "  结果 [{0}] {1}"),
        .qReleasedAt: ("Released {0}", "已放行 {0}"),
        .qNotReleased: ("Not released", "未放行"),
        .qHistorySummary: ("12 months: {0} other(s) · {1} returned · {2} inspected · {3} rejected · {4} released",
                           "近12个月其他报关单 {0} 票 · 退回 {1} · 查验 {2} · 不予放行 {3} · 放行 {4}"),
        .qHistoryNone: ("12 months: no other declarations by this trader", "近12个月：该企业无其他报关单"),
        .qRecentTitle: ("The trader's recent declarations", "该企业近期报关单"),
        .qOutReleased: ("released", "已放行"),
        .qOutRejected: ("rejected", "不予放行"),
        .qOutReturned: ("returned for correction", "退回修改"),
        .qOutInspection: ("inspection ordered", "已布控查验"),
        .qOutInReview: ("in review", "审核中"),
        .qDiffTitle: ("Amended: changes since revision {0} (now revision {1})", "修改申报：与第{0}版相比（现为第{1}版）"),
        .qDiffNone: ("Amended: resubmitted unchanged since revision {0}", "修改申报：与第{0}版相比无改动"),
        .qDiffField: ("  {0}: {1} → {2}", "  {0}：{1} → {2}"),
        .qDiffEmpty: ("(empty)", "（空）"),
        .qDiffLineChanged: ("  Goods line {0}: {1}", "  商品第{0}项：{1}"),
        .qDiffLineAdded: ("  Goods line {0} added", "  新增商品第{0}项"),
        .qDiffLineRemoved: ("  Goods line {0} removed", "  删除商品第{0}项"),
        .qDiffOthers: ("  Containers changed: {0} · documents changed: {1}", "  集装箱改动 {0} 个 · 随附单证改动 {1} 份"),

        .qReturnTitle: ("Return for correction: reason", "退回修改：原因"),
        .qRejectTitle: ("Reject: reason", "不予放行：原因"),
        .qInspectTitle: ("Order inspection: what to check", "布控查验：查验要求"),
        .qInspectHint: ("Items separated by commas", "各项以逗号分隔"),
        .qResultTitle: ("Record the inspection result", "录入查验结果"),
        .qDutyTitle: ("Assess duty", "税费核定"),
        .qDutyHint: ("Amount in CNY, or amount and currency (1200.50 USD: at the declaration date's rate)",
                     "人民币金额，或金额与币制（如 1200.50 USD，按申报日计征汇率折算）"),
        .qDutyHintEmpty: ("Empty or =: the duty from the rate table", "留空或输入 =：按税率表计算"),
        .qGuaranteeTitle: ("Record a guarantee (担保)", "录入担保"),
        .qGuaranteeHint: ("Number, amount in CNY, valid until (e.g. G2026-0001 50000 2026-04-30)",
                          "担保编号、人民币金额、有效期至（如 G2026-0001 50000 2026-04-30）"),
        .qBadGuarantee: ("Type number, amount and date (YYYY-MM-DD), separated by spaces: {0}",
                         "请依次输入担保编号、金额和日期（YYYY-MM-DD），以空格分隔：{0}"),
        .qDutyDue: ("Duty: {0} due, not paid yet", "税费：{0}，待缴纳"),
        .qDutyPaid: ("Duty: {0} paid", "税费：{0}，已缴纳"),
        .qDutyNotAssessed: ("Duty: dutiable (levy nature {0}), not assessed yet", "税费：应税（征免性质 {0}），尚未核定"),
        .qDutyFree: ("Duty-free: levy nature {0} charges no duty; release needs no payment",
                     "免税：征免性质 {0} 不征关税，放行无需缴税"),
        .qDutyZeroRate: ("No duty: the rate is 0 on every goods line; release needs no payment",
                         "无应缴关税：各项商品税率为零，放行无需缴税"),
        .qGuaranteeLine: ("Guarantee {0}: CNY {1}, valid until {2}", "担保 {0}：人民币 {1}，有效期至 {2}"),
        .qGuaranteeExpiredLine: ("Guarantee {0}: expired {1}, does not count", "担保 {0}：已于 {1} 到期，不再有效"),
        .qBadAmount: ("Not an amount: {0}", "金额无效：{0}"),
        .qReleaseTitle: ("Release", "放行"),
        .qReleaseMessage: ("Release declaration {0} for {1}?", "确认为{1}放行报关单 {0}？"),
        .qRequired: ("Required", "必填"),
        .qYes: ("Release", "放行"),
        .qNo: ("Cancel", "取消"),
        .qClaimed: ("Claimed {0}", "已认领 {0}"),
        .qUnclaimed: ("Released the claim on {0}", "已取消认领 {0}"),
        .qDecided: ("{0}: {1}", "{0}：{1}"),
        .qTrialSame: ("Under the rules in force now: {0}, as routed", "按现行规则：{0}，与布控时相同"),
        .qTrialChanged: ("Under the rules in force now: {0} (routed {1}): a rule changed since",
                         "按现行规则：{0}（布控时为{1}）：规则已有变动"),
        .qKeyProjection: ("Declaration", "申报内容"),
        .qKeyReviewPage: ("Review", "审核"),
        .qHelpProjection: ("The declaration as this agency received it: shared items and its own, in its codes",
                           "本部门收到的申报内容：关检共用项与本部门项目，按本部门代码"),
        .qHelpReviewPage: ("Back to the review: lanes, inspection, reasons", "返回审核页：各部门状态、查验、布控原因"),
        .qProjectionTitle: ("As received by {0}: {1} items · {2} goods line(s) · {3} container(s) · {4} document(s)",
                            "{0}收到的申报内容：表头 {1} 项 · 商品 {2} 项 · 集装箱 {3} 个 · 随附单证 {4} 份"),
        .qProjectionGoods: ("Goods line {0}", "第 {0} 项商品"),
        .qProjectionContainers: ("Containers", "集装箱"),
        .qProjectionDocuments: ("Attached documents", "随附单证"),

        .qKeyOpen: ("Review", "审核"),
        .qKeyView: ("View", "视图"),
        .qKeyState: ("State", "状态"),
        .qKeyChannel: ("Channel", "通道"),
        .qKeySearch: ("Search", "搜索"),
        .qKeyBack: ("Back", "返回"),
        .qKeyClaim: ("Claim", "认领"),
        .qKeyUnclaim: ("Unclaim", "取消认领"),
        .qKeyReturn: ("Return", "退回"),
        .qKeyInspect: ("Inspect", "查验"),
        .qKeyResult: ("Result", "结果"),
        .qKeyDuty: ("Duty", "税费"),
        .qKeyGuarantee: ("Guarantee", "担保"),
        .qKeyRelease: ("Release", "放行"),
        .qKeyReject: ("Reject", "不放行"),
        .qHelpOpen: ("Open the declaration's review screen", "打开报关单审核界面"),
        .qHelpView: ("Needs action, waiting, done in turn", "依次显示待处理、等待中、已办结"),
        .qHelpState: ("Filter by one state in turn", "依次按单一状态筛选"),
        .qHelpChannel: ("Filter by channel (release mode) in turn", "依次按通道（放行方式）筛选"),
        .qHelpSearch: ("Search by declaration no. (or its start) or B/L", "按报关单号（或前几位）或提运单号搜索"),
        .qHelpBack: ("Back to the queue", "返回队列"),
        .qHelpClaim: ("Claim the declaration for your agency", "为本部门认领此报关单"),
        .qHelpUnclaim: ("Give the claim back", "取消认领"),
        .qHelpReturn: ("Return to the broker for correction, with a reason", "退回申报人修改（需填写原因）"),
        .qHelpInspect: ("Order an inspection; merged with the other agency's", "布控查验；与其他部门的要求合并为联合查验"),
        .qHelpResult: ("Record what the inspection found", "录入查验结果"),
        .qHelpDuty: ("Assess the duty due, in CNY", "核定应缴税费（人民币）"),
        .qHelpGuarantee: ("Record a guarantee: release before the duty is paid, while it is valid",
                          "录入担保：担保有效期内可先放行后缴税"),
        .qHelpRelease: ("Release for your agency (asks first)", "为本部门放行（先确认）"),
        .qHelpReject: ("Reject, with a reason", "不予放行（需填写原因）"),

        .qChGreen: ("green", "绿色"),
        .qChYellow: ("yellow", "黄色"),
        .qChRed: ("red", "红色"),
        .qRmDeclaration: ("declaration release", "申报放行"),
        .qRmVerification: ("verification release", "验证放行"),
        .qRmSampling: ("sampling release", "抽样放行"),
        .qRmSupervision: ("supervision release", "监管放行"),
    ]
}

/// Names and colours shared by the queue and the review screen.
enum ReviewText {
    static func channel(_ raw: String, _ s: Strings) -> String { RQ(rawValue: "review.channel.\(raw)").map { s[$0] } ?? raw }

    /// Green, yellow and red channels in their own colours; the inspection lane's release modes
    /// by how much they hold the goods back.
    static func channelRole(_ raw: String) -> ThemeRole? {
        switch raw {
        case Channel.green.rawValue, ReleaseMode.declarationRelease.rawValue: return .creditGood
        case Channel.yellow.rawValue, ReleaseMode.verificationRelease.rawValue, ReleaseMode.supervisionRelease.rawValue:
            return .creditWarning
        case Channel.red.rawValue, ReleaseMode.samplingRelease.rawValue: return .creditDishonest
        default: return nil
        }
    }

    /// The agency the operator reviews for, or nil for anyone who does not review declarations.
    static func agency(_ actor: Operator) -> Agency? { actor.role.declarationReviewAgency }
}
