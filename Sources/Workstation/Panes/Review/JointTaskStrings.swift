import Presentation
import SingleWindowKit

/// The joint-inspection task list's strings (see `CatalogueKey`). Case names start with `j` so
/// they never collide with another table's at a `strings[.x]` call site.
public enum JT: String, CaseIterable, Sendable {
    case jTitle = "jointTasks.title"
    case jCount = "jointTasks.count"
    case jCountCapped = "jointTasks.countCapped"
    case jEmpty = "jointTasks.empty"
    case jFilterLine = "jointTasks.filter.line"
    case jViewAll = "jointTasks.view.all"
    case jViewBooked = "jointTasks.view.booked"
    case jViewUnbooked = "jointTasks.view.unbooked"
    case jDueMine = "jointTasks.due.mine"
    case jDueAny = "jointTasks.due.any"
    case jColAppointment = "jointTasks.col.appointment"
    case jColNumber = "jointTasks.col.number"
    case jColTrader = "jointTasks.col.trader"
    case jColPlace = "jointTasks.col.place"
    case jColItems = "jointTasks.col.items"
    case jColAgencies = "jointTasks.col.agencies"
    case jColResults = "jointTasks.col.results"
    case jColBookedBy = "jointTasks.col.bookedBy"
    case jColReleased = "jointTasks.col.released"
    case jNotBooked = "jointTasks.notBooked"
    case jMoreItems = "jointTasks.moreItems"
    case jReleased = "jointTasks.released"
    case jShortCustoms = "jointTasks.short.customs"
    case jShortInspection = "jointTasks.short.inspection"

    // Keys
    case jKeyTasks = "jointTasks.key.tasks"
    case jHelpTasks = "jointTasks.help.tasks"
    case jKeyQueue = "jointTasks.key.queue"
    case jHelpQueue = "jointTasks.help.queue"
    case jKeyView = "jointTasks.key.view"
    case jHelpView = "jointTasks.help.view"
    case jKeyDue = "jointTasks.key.due"
    case jHelpDue = "jointTasks.help.due"
    case jKeyOffer = "jointTasks.key.offer"
    case jHelpOffer = "jointTasks.help.offer"

    // Offering slots
    case jOfferTitle = "jointTasks.offer.title"
    case jOfferPlace = "jointTasks.offer.place"
    case jOfferDay = "jointTasks.offer.day"
    case jOfferTimes = "jointTasks.offer.times"
    case jOfferCapacity = "jointTasks.offer.capacity"
    case jOfferHint = "jointTasks.offer.hint"
    case jOffered = "jointTasks.offer.done"
    case jOfferBadCapacity = "jointTasks.offer.badCapacity"
}

extension JT: CatalogueKey {
    public static let table: [JT: (en: String, zh: String)] = [
        .jTitle: ("Joint inspection tasks · {0}", "联合查验任务 · {0}"),
        .jCount: ("{0} tasks", "{0} 项"),
        .jCountCapped: ("{0}+ tasks", "{0}+ 项"),
        .jEmpty: ("No inspection task in this view.", "此视图暂无查验任务。"),
        .jFilterLine: ("Appointment: {0} · Result: {1}", "预约：{0} · 结果：{1}"),
        .jViewAll: ("all", "全部"),
        .jViewBooked: ("booked", "已预约"),
        .jViewUnbooked: ("not booked", "未预约"),
        .jDueMine: ("mine still due", "本部门待录入"),
        .jDueAny: ("any", "全部"),
        .jColAppointment: ("Appointment", "预约时间"),
        .jColNumber: ("Declaration no.", "报关单号"),
        .jColTrader: ("Trader", "收发货人"),
        .jColPlace: ("Place", "查验地点"),
        .jColItems: ("Items", "查验内容"),
        .jColAgencies: ("Agencies", "部门"),
        .jColResults: ("Results", "结果"),
        .jColBookedBy: ("Booked by", "预约人"),
        .jColReleased: ("Release", "放行"),
        .jNotBooked: ("not booked", "未预约"),
        .jMoreItems: ("{0} (+{1})", "{0}（另{1}项）"),
        .jReleased: ("released", "已放行"),
        .jShortCustoms: ("C", "关"),
        .jShortInspection: ("I", "检"),

        .jKeyTasks: ("Joint tasks", "查验任务"),
        .jHelpTasks: ("The joint inspection tasks, by appointment time", "按预约时间列出联合查验任务"),
        .jKeyQueue: ("Queue", "审核队列"),
        .jHelpQueue: ("Back to the review queue", "返回审核队列"),
        .jKeyView: ("Booked?", "预约"),
        .jHelpView: ("Show all tasks, the booked ones or those not booked", "切换：全部、已预约、未预约"),
        .jKeyDue: ("My result", "待录入"),
        .jHelpDue: ("Only tasks still waiting for my agency's result", "只看本部门尚未录入结果的任务"),
        .jKeyOffer: ("Offer slots", "发布时段"),
        .jHelpOffer: ("Offer inspection appointment slots at a place", "发布查验预约时段"),

        .jOfferTitle: ("Offer inspection slots", "发布查验预约时段"),
        .jOfferPlace: ("Place", "查验地点"),
        .jOfferDay: ("Day", "日期"),
        .jOfferTimes: ("Start times", "开始时间"),
        .jOfferCapacity: ("Capacity", "每时段数量"),
        .jOfferHint: ("Tab moves · Enter on the last field offers · Esc cancels", "Tab 切换 · 最后一栏回车发布 · Esc 取消"),
        .jOffered: ("Offered {0} slot(s) at {1} on {2}", "已发布 {0} 个时段：{1}，{2}"),
        .jOfferBadCapacity: ("Capacity must be a whole number from 1 to 1000", "每时段数量须为 1 至 1000 的整数"),
    ]
}

extension Strings {
    public subscript(_ key: JT) -> String { lookup(key) }
    public func format(_ key: JT, _ arguments: Any...) -> String { substitute(self[key], arguments) }
}
