import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// An officer's review queue (scenario S2): the own agency's lanes, keyset-paged through
/// `ReviewQueue`, by default what needs action now; Enter opens the review screen where the
/// officer claims and decides. Every refusal is the domain's, worded in the user's language.
final class ReviewQueuePane: Pane {
    var list: ListSkeleton<QueueRow, QueueCursor>?
    var bucket: QueueBucket = .action
    var stateFilter: ReviewState?
    var channelFilter: String?
    var creditFilter: String?
    var traderFilter: String?
    /// The start of the trader's registered name (the form's trader field without a digit).
    var traderNameFilter: String?
    var chapterFilter: String?
    /// Waiting since: from (inclusive) and until (exclusive), as `QueueFilter` has them.
    var fromFilter: Date?
    var untilFilter: Date?
    var sort: QueueSort = .oldestFirst
    /// The filter form (`f`) while it is open.
    var filterForm: ReviewQueueFilterForm?
    var screen: ReviewCaseScreen?
    var dialog: ReviewPaneDialog?
    var area = Rect(x: 0, y: 0, width: 0, height: 0)
    /// Who the queue was built for: a switch of operator (F9) rebuilds it for the new agency.
    var builtFor: String?

    /// True while the pane owns every key: a dialog, a typed search, or the review screen. The
    /// tab adds its own keys (the joint-inspection list) only when this is false.
    var capturesKeys: Bool { dialog != nil || filterForm != nil || screen != nil || list?.isSearching == true }

    enum Action: String, PaneActionKind { case filter, sort, view, state, channel, search }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        if filterForm != nil { return filterFormKeyMap(app) }
        if dialog != nil || list?.isSearching == true { return KeyMap() }
        if let screen { return caseKeyMap(screen, app) }
        let s = app.strings
        guard ReviewText.agency(app.actor) != nil else { return KeyMap() }
        // The form holds every filter; the quick keys for state and channel stay, out of the
        // bar so the shell's keys keep their room at 80 columns (F1 lists them).
        return KeyMap([
            KeyBinding(.char("f"), label: s[.fKeyFilter], help: s[.fHelpFilter], action: PaneAction(Action.filter)),
            KeyBinding(.char("o"), label: s[.fKeySort], help: s[.fHelpSort], action: PaneAction(Action.sort)),
            KeyBinding(.char("v"), label: s[.qKeyView], help: s[.qHelpView], action: PaneAction(Action.view)),
            KeyBinding(.char("s"), label: s[.qKeyState], help: s[.qHelpState], action: PaneAction(Action.state), showInBar: false),
            KeyBinding(.char("c"), label: s[.qKeyChannel], help: s[.qHelpChannel], action: PaneAction(Action.channel), showInBar: false),
            KeyBinding(.char("/"), label: s[.qKeySearch], help: s[.qHelpSearch], action: PaneAction(Action.search)),
        ])
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        if filterForm != nil { return performOnFilterForm(action, app) }
        if screen != nil { return performOnCase(action, app) }
        switch action.as(Action.self) {
        case .filter:
            openFilterForm(app)
            return
        case .sort:
            sort = sort == .oldestFirst ? .newestFirst : .oldestFirst
            app.info(app.strings.format(.fMsgSorted, app.strings[sort == .oldestFirst ? .fOldest : .fNewest]))
        case .view:
            let all = QueueBucket.allCases
            bucket = all[((all.firstIndex(of: bucket) ?? 0) + 1) % all.count]
            stateFilter = nil
        case .state:
            // Only the states of the current view: any other would show an empty page.
            let states: [ReviewState?] = [nil] + ReviewState.allCases.filter { $0.bucket == bucket }
            stateFilter = states[((states.firstIndex(of: stateFilter) ?? 0) + 1) % states.count]
        case .channel:
            let channels: [String?] = [nil] + channelChoices(app)
            channelFilter = channels[((channels.firstIndex(of: channelFilter) ?? 0) + 1) % channels.count]
        case .search:
            list?.beginSearch()
            return
        case nil: return
        }
        list?.reloadFromTop()
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if filterForm != nil { handleFilterForm(key, app); return true }
        if dialog != nil { handleDialog(key, app); return true }
        if screen != nil { return screen?.move(key) ?? false }
        switch list?.handle(key) ?? .ignored {
        case .ignored: return false
        case .used: return true
        case let .open(row):
            open(row.declarationID, app)
            return true
        }
    }

    func activate(_ app: AppContext) {
        if builtFor != app.actor.id {
            forgetPreviousOperator()
            if !area.isEmpty { layout(area, app) }
        }
    }

    /// What the previous operator had open and filtered is not the next one's: a screen kept
    /// across a switch would show another agency's lane (an inspection lane to customs).
    private func forgetPreviousOperator() {
        screen = nil
        dialog = nil
        filterForm = nil
        list = nil
        bucket = .action; stateFilter = nil; channelFilter = nil
        creditFilter = nil; traderFilter = nil; traderNameFilter = nil; chapterFilter = nil; fromFilter = nil; untilFilter = nil
        sort = .oldestFirst
    }

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        // Laid out for another operator than before (the tab showed the broker's list meanwhile):
        // start afresh, as `activate` would.
        if builtFor != nil && builtFor != app.actor.id { forgetPreviousOperator() }
        builtFor = app.actor.id
        guard let agency = ReviewText.agency(app.actor) else { list = nil; return }
        let current = makeList(app, agency: agency, width: area.width, keeping: list)
        list = current
        current.start(area: area)
    }

    func refresh(_ app: AppContext) {
        list?.reload()
        do { try screen?.reload(app) } catch { fail(error, app) }
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        if let screen {
            screen.render(into: &buffer, area: area, app)
        } else {
            renderQueue(into: &buffer, area: area, app)
        }
        dialog?.render(into: &buffer, area: area)
        filterForm?.render(into: &buffer, area: area)
    }

    // MARK: - Queue

    func filter(_ agency: Agency) -> QueueFilter {
        QueueFilter(agency: agency, bucket: bucket, state: stateFilter, channel: channelFilter, creditClass: creditFilter,
                    traderID: traderFilter, traderName: traderNameFilter, hsChapter: chapterFilter, from: fromFilter,
                    until: untilFilter, search: list?.search ?? "", sort: sort)
    }

    func channelChoices(_ app: AppContext) -> [String] {
        ReviewText.agency(app.actor) == .inspection ? ReleaseMode.allCases.map(\.rawValue) : Channel.allCases.map(\.rawValue)
    }

    /// The queue as a list: two header lines (title with the count, the filters in use). A new
    /// layout keeps the search typed into the old one.
    func makeList(_ app: AppContext, agency: Agency, width: Int, keeping old: ListSkeleton<QueueRow, QueueCursor>?)
        -> ListSkeleton<QueueRow, QueueCursor> {
        let ws = app.workspace
        let wide = width >= 110
        let s = app.strings
        return ListSkeleton(
            columns: ReviewQueueColumns.columns(s, wide: wide), row: { ReviewQueueColumns.cells($0, app, wide: wide) },
            roles: { ReviewQueueColumns.roles($0) }, cursorOf: { $0.cursor }, headerLines: 2, search: old?.search ?? "",
            count: { [unowned self, app] search, cap in
                var filter = filter(agency)
                filter.search = search
                return try ReviewQueue.count(ws, filter: filter, cap: cap, by: app.actor)
            },
            report: { [unowned self, app] in fail($0, app) },
            fetch: { [unowned self, app] search, page, limit in
                var filter = filter(agency)
                filter.search = search
                let position: QueuePosition
                switch page {
                case let .after(cursor): position = cursor.map { .after($0) } ?? .first
                case let .before(cursor): position = cursor.map { .before($0) } ?? .last
                }
                return try ReviewQueue.page(ws, filter: filter, position: position, limit: limit, by: app.actor).rows
            })
    }

    func renderQueue(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        guard let agency = ReviewText.agency(app.actor) else {
            buffer.put(s[.qNotOfficer], x: area.x + 1, y: area.y, style: Style(.label), maxWidth: area.width - 2)
            return
        }
        let view = [QueueBucket.action: s[.qViewAction], .waiting: s[.qViewWaiting], .done: s[.qViewDone]][bucket] ?? ""
        guard let list else { return }
        let counted = list.isCountCapped ? s.format(.qCountCapped, Self.grouped(list.countCap)) : list.total == 1 ? s[.qCountOne] : s.format(.qCount, Self.grouped(list.total))
        list.renderTitle(s.format(.qTitle, app.agencyName(agency), view), style: .title, count: counted, into: &buffer, area: area)
        buffer.put(filterLine(app, width: area.width - 2), x: area.x + 1, y: area.y + 1, style: Style(.label),
                   maxWidth: area.width - 2)
        list.renderTable(into: &buffer, area: area, emptyText: s[.qEmpty])
    }

    /// 12345 → "12,345": the same in both languages, without the locale's say.
    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n)), out: [Character] = []
        while digits.count > 3 { out = [","] + digits.suffix(3) + out; digits.removeLast(3) }
        return String(digits + out)
    }
}
