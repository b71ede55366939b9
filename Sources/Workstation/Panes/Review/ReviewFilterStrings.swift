import Presentation
import SingleWindowKit
import TerminalUI

/// The queue's filter form and filter line (see `CatalogueKey`). Case names start with `f` so
/// they never collide with the other tables at a `strings[.x]` call site.
public enum RF: String, CaseIterable, Sendable {
    // Form
    case fTitle = "reviewFilter.title"
    case fView = "reviewFilter.field.view"
    case fState = "reviewFilter.field.state"
    case fChannel = "reviewFilter.field.channel"
    case fCredit = "reviewFilter.field.credit"
    case fTrader = "reviewFilter.field.trader"
    case fChapter = "reviewFilter.field.chapter"
    case fFrom = "reviewFilter.field.from"
    case fUntil = "reviewFilter.field.until"
    case fSort = "reviewFilter.field.sort"
    case fHintTrader = "reviewFilter.hint.trader"
    case fHintChapter = "reviewFilter.hint.chapter"
    case fHintDate = "reviewFilter.hint.date"
    case fHintUntil = "reviewFilter.hint.until"
    case fHelp = "reviewFilter.help"
    case fOldest = "reviewFilter.sort.oldest"
    case fNewest = "reviewFilter.sort.newest"

    // Refusals: each names the field, the form stays open with what was typed.
    case fErrTrader = "reviewFilter.err.trader"
    case fErrChapter = "reviewFilter.err.chapter"
    case fErrDate = "reviewFilter.err.date"
    case fErrOrder = "reviewFilter.err.order"

    // Filter line, after the state and channel (only the filters in use)
    case fLineCredit = "reviewFilter.line.credit"
    case fLineTrader = "reviewFilter.line.trader"
    case fLineChapter = "reviewFilter.line.chapter"
    case fLineFrom = "reviewFilter.line.from"
    case fLineUntil = "reviewFilter.line.until"
    case fLineNewest = "reviewFilter.line.newest"
    case fShortChapter = "reviewFilter.short.chapter"

    // Keys
    case fKeyFilter = "reviewFilter.key.filter"
    case fKeySort = "reviewFilter.key.sort"
    case fKeyApply = "reviewFilter.key.apply"
    case fKeyCancel = "reviewFilter.key.cancel"
    case fKeyClear = "reviewFilter.key.clear"
    case fHelpFilter = "reviewFilter.help.filter"
    case fHelpSort = "reviewFilter.help.sort"
    case fHelpApply = "reviewFilter.help.apply"
    case fHelpCancel = "reviewFilter.help.cancel"
    case fHelpClear = "reviewFilter.help.clear"
    case fMsgSorted = "reviewFilter.msg.sorted"
}

extension Strings {
    public subscript(_ key: RF) -> String { lookup(key) }
    public func format(_ key: RF, _ arguments: Any...) -> String { substitute(self[key], arguments) }
}

/// English and Chinese for `RF`; the catalogue test checks every key has both.
extension RF: CatalogueKey {
    public static let table: [RF: (en: String, zh: String)] = [
        .fTitle: ("Filter the queue", "筛选审核队列"),
        .fView: ("View", "视图"),
        .fState: ("State", "状态"),
        .fChannel: ("Channel", "通道"),
        .fCredit: ("Credit class", "信用等级"),
        .fTrader: ("Trader", "收发货人"),
        .fChapter: ("HS chapter", "商品章号"),
        .fFrom: ("Waiting from", "等待起始自"),
        .fUntil: ("Waiting until", "等待起始至"),
        .fSort: ("Order", "排序"),
        .fHintTrader: ("USCC or start of name", "信用代码或名称开头"),
        .fHintChapter: ("2 digits", "2位数字"),
        .fHintDate: ("YYYY-MM-DD", "YYYY-MM-DD"),
        .fHintUntil: ("YYYY-MM-DD, not incl.", "YYYY-MM-DD，不含当日"),
        .fHelp: ("←/→ choose · Enter apply · Esc cancel · F3 clear all", "←/→ 选择 · Enter 应用 · Esc 取消 · F3 全部清除"),
        .fOldest: ("oldest first", "最早在前"),
        .fNewest: ("newest first", "最新在前"),

        .fErrTrader: ("Trader: {0} is not a valid unified social credit code", "收发货人：{0} 不是有效的统一社会信用代码"),
        .fErrChapter: ("HS chapter: {0} is not two digits 01–97", "商品章号：{0} 不是 01–97 的两位数字"),
        .fErrDate: ("{0}: {1} is not a date YYYY-MM-DD", "{0}：{1} 不是 YYYY-MM-DD 格式的日期"),
        .fErrOrder: ("Waiting until: {0} is before the from date {1}", "等待起始至：{0} 早于起始日期 {1}"),

        .fLineCredit: (" · Credit: {0}", " · 信用：{0}"),
        .fLineTrader: (" · Trader: {0}", " · 收发货人：{0}"),
        .fLineChapter: (" · HS {0}", " · 章 {0}"),
        .fLineFrom: (" · from {0}", " · 自 {0}"),
        .fLineUntil: (" · before {0}", " · 早于 {0}"),
        .fLineNewest: (" · newest first", " · 最新在前"),
        .fShortChapter: ("HS {0}", "章{0}"),

        .fKeyFilter: ("Filter", "筛选"),
        .fKeySort: ("Sort", "排序"),
        .fKeyApply: ("Apply", "应用"),
        .fKeyCancel: ("Cancel", "取消"),
        .fKeyClear: ("Clear all", "全部清除"),
        .fHelpFilter: ("Filter by state, channel, credit class, trader, HS chapter, dates; sort",
                       "按状态、通道、信用等级、收发货人、章号、日期筛选；排序"),
        .fHelpSort: ("Oldest or newest first", "最早或最新在前"),
        .fHelpApply: ("Apply the filters", "应用筛选条件"),
        .fHelpCancel: ("Close without changing the queue", "关闭，不改变队列"),
        .fHelpClear: ("Reset every field to any", "将所有条件重置为全部"),
        .fMsgSorted: ("Queue: {0}", "队列：{0}"),
    ]
}
