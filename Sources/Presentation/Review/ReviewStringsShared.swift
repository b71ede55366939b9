import Foundation
import SingleWindowKit

/// What both faces say about a declaration's review: its lane states' names and its refusals.
/// The review screen, the broker's status page and the `review` commands read this one table,
/// so a refusal reads the same on the screen and in a script's Chinese output.
public enum RV: String, CaseIterable, Sendable {
    case qErrWrongAgency = "review.err.wrongAgency"
    case qErrNotClaimed = "review.err.notClaimed"
    case qErrClaimedByOther = "review.err.claimedByOther"
    case qErrNotAllowed = "review.err.notAllowed"
    case qErrStale = "review.err.stale"
    case qErrInspectionRequired = "review.err.inspectionRequired"
    case qErrNoLane = "review.err.noLane"
    case qErrMissing = "review.err.missing"
    case qErrReleased = "review.err.released"
    case qErrNotBooked = "review.err.notBooked"
    case qErrSlotFull = "review.err.slotFull"
    case qErrDutyUnpaid = "review.err.dutyUnpaid"
    case qErrGuaranteeExpired = "review.err.guaranteeExpired"
    case qErrDutyFree = "review.err.dutyFree"
    case qErrZeroRate = "review.err.zeroRate"
    case qErrBeforeAppointment = "review.err.beforeAppointment"
    case qErrSlotElsewhere = "review.err.slotElsewhere"
    case qStReceived = "review.state.received"
    case qStUnderReview = "review.state.under_review"
    case qStReturned = "review.state.returned"
    case qStInspectionOrdered = "review.state.inspection_ordered"
    case qStInspected = "review.state.inspected"
    case qStDutiesDue = "review.state.duties_due"
    case qStDutiesPaid = "review.state.duties_paid"
    case qStReleased = "review.state.released"
    case qStRejected = "review.state.rejected"
    case qStWithdrawn = "review.state.withdrawn"
}

/// English and Chinese for `RV`; the catalogue test checks every key has both.
extension RV: CatalogueKey {
    public static let table: [RV: (en: String, zh: String)] = [
        .qErrWrongAgency: ("{0} does not act for {1}", "{0} 不代表{1}作出决定"),
        .qErrNotClaimed: ("Claim the declaration (k) before deciding", "请先认领（k）再作决定"),
        .qErrClaimedByOther: ("Claimed by {0}", "已由 {0} 认领"),
        .qErrNotAllowed: ("The lane is {0}: cannot do that now", "当前状态为{0}：不能执行此操作"),
        .qErrStale: ("Changed since you loaded it; nothing was applied — reloaded, decide again",
                     "载入后已被修改，未作任何处理；已重新载入，请重新决定"),
        .qErrInspectionRequired: ("Selected for inspection: record the result first", "已布控查验：请先录入查验结果"),
        .qErrNoLane: ("No {0} lane on this declaration", "此报关单没有{0}环节"),
        .qErrMissing: ("{0} is required", "{0}为必填"),
        .qErrReleased: ("Already released", "已放行"),
        .qErrNotBooked: ("The inspection has no appointment yet: the broker books it first (查验电子预约)",
                         "查验尚未预约：须先由报关代理预约查验时段"),
        .qErrSlotFull: ("That appointment time is full", "该预约时段已满"),
        .qErrDutyUnpaid: ("Dutiable: assess the duty (d) and wait for payment, or record a guarantee (g), before release",
                          "应税货物：放行前须核定税费（d）并待缴纳，或录入担保（g）"),
        .qErrGuaranteeExpired: ("Guarantee {0} expired {1}: the duty must be paid or a new guarantee recorded",
                                "担保 {0} 已于 {1} 到期：须缴纳税费或重新录入担保"),
        .qErrDutyFree: ("Duty-free (levy nature {0}): nothing to assess or guarantee", "免税（征免性质 {0}）：无需核定税费或担保"),
        .qErrZeroRate: ("The rate is 0 on every goods line: nothing to assess or guarantee", "各项商品税率为零：无需核定税费或担保"),
        .qErrBeforeAppointment: ("The inspection is booked for {0}: a result cannot be recorded before then",
                                 "查验预约时间为 {0}：此前不能录入查验结果"),
        .qErrSlotElsewhere: ("That appointment time is not offered at {0}", "该时段不属于查验地点 {0}"),
        .qStReceived: ("received", "已接收"),
        .qStUnderReview: ("under review", "审核中"),
        .qStReturned: ("returned", "已退回"),
        .qStInspectionOrdered: ("inspection ordered", "已布控查验"),
        .qStInspected: ("inspected", "已查验"),
        .qStDutiesDue: ("duties due", "待缴税"),
        .qStDutiesPaid: ("duties paid", "已缴税"),
        .qStReleased: ("released", "已放行"),
        .qStRejected: ("rejected", "不予放行"),
        .qStWithdrawn: ("withdrawn", "已撤回"),
    ]
}

extension Strings {
    public subscript(_ key: RV) -> String { lookup(key) }
    public func format(_ key: RV, _ arguments: Any...) -> String { substitute(self[key], arguments) }
}
