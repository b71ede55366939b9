import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// An officer's review queue (scenario S2): the own agency's lanes, keyset-paged through
/// `ReviewQueue`, by default what needs action now; Enter opens the review screen where the
/// officer claims and decides. Every refusal is the domain's, worded in the user's language.
final class ReviewQueuePane: Pane {
    var table: PagedTable<QueueRow, QueueCursor>?
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
    var search = ""
    /// The filter form (`f`) while it is open.
    var filterForm: ReviewQueueFilterForm?
    /// Rows in the view, counted up to `countCap` (a long queue is not walked on every key).
    var total = 0
    static let countCap = 10_000
    var screen: ReviewCaseScreen?
    var dialog: ReviewPaneDialog?
    var area = Rect(x: 0, y: 0, width: 0, height: 0)
    /// Who the queue was built for: a switch of operator (F9) rebuilds it for the new agency.
    var builtFor: String?

    /// True while the pane owns every key: a dialog, a typed search, or the review screen. The
    /// tab adds its own keys (the joint-inspection list) only when this is false.
    var capturesKeys: Bool { dialog != nil || filterForm != nil || screen != nil || table?.state.isFiltering == true }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        if filterForm != nil { return filterFormKeyMap(app) }
        if dialog != nil || table?.state.isFiltering == true { return KeyMap() }
        if let screen { return caseKeyMap(screen, app) }
        let s = app.strings
        guard ReviewText.agency(app.actor) != nil else { return KeyMap() }
        // The form holds every filter; the quick keys for state and channel stay, out of the
        // bar so the shell's keys keep their room at 80 columns (F1 lists them).
        return KeyMap([
            KeyBinding(.char("f"), label: s[.fKeyFilter], help: s[.fHelpFilter], action: PaneAction("filter")),
            KeyBinding(.char("o"), label: s[.fKeySort], help: s[.fHelpSort], action: PaneAction("sort")),
            KeyBinding(.char("v"), label: s[.qKeyView], help: s[.qHelpView], action: PaneAction("view")),
            KeyBinding(.char("s"), label: s[.qKeyState], help: s[.qHelpState], action: PaneAction("state"), showInBar: false),
            KeyBinding(.char("c"), label: s[.qKeyChannel], help: s[.qHelpChannel], action: PaneAction("channel"), showInBar: false),
            KeyBinding(.char("/"), label: s[.qKeySearch], help: s[.qHelpSearch], action: PaneAction("search")),
        ])
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        if filterForm != nil { return performOnFilterForm(action, app) }
        if screen != nil { return performOnCase(action, app) }
        switch action.id {
        case "filter":
            openFilterForm(app)
            return
        case "sort":
            sort = sort == .oldestFirst ? .newestFirst : .oldestFirst
            app.info(app.strings.format(.fMsgSorted, app.strings[sort == .oldestFirst ? .fOldest : .fNewest]))
        case "view":
            let all = QueueBucket.allCases
            bucket = all[((all.firstIndex(of: bucket) ?? 0) + 1) % all.count]
            stateFilter = nil
        case "state":
            // Only the states of the current view: any other would show an empty page.
            let states: [ReviewState?] = [nil] + ReviewState.allCases.filter { $0.bucket == bucket }
            stateFilter = states[((states.firstIndex(of: stateFilter) ?? 0) + 1) % states.count]
        case "channel":
            let channels: [String?] = [nil] + channelChoices(app)
            channelFilter = channels[((channels.firstIndex(of: channelFilter) ?? 0) + 1) % channels.count]
        case "search":
            _ = table?.state.handle(.char("/"))
            return
        default: return
        }
        reloadFromTop(app)
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if filterForm != nil { handleFilterForm(key, app); return true }
        if dialog != nil { handleDialog(key, app); return true }
        if screen != nil { return screen?.move(key) ?? false }
        guard var current = table else { return false }
        do {
            let request = try current.handle(key)
            table = current
            switch request {
            case let .filterChanged(text):
                search = text
                reloadFromTop(app)
            case let .activate(i) where current.pager.items.indices.contains(i):
                open(current.pager.items[i].declarationID, app)
            default: break
            }
            return request != .ignored
        } catch {
            fail(error, app)
            return true
        }
    }

    func activate(_ app: AppContext) {
        if builtFor != app.actor.id {
            screen = nil
            dialog = nil
            filterForm = nil
            table = nil
            bucket = .action; stateFilter = nil; channelFilter = nil; search = ""
            creditFilter = nil; traderFilter = nil; traderNameFilter = nil; chapterFilter = nil; fromFilter = nil; untilFilter = nil
            sort = .oldestFirst
            if !area.isEmpty { layout(area, app) }
        }
    }

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        builtFor = app.actor.id
        guard let agency = ReviewText.agency(app.actor) else { table = nil; return }
        var current = makeTable(app, agency: agency, width: area.width)
        if let old = table { current.state.filter = old.state.filter }
        table = current
        reloadFromTop(app)
    }

    func refresh(_ app: AppContext) {
        do {
            try table?.reload()
            total = try count(app)
            try screen?.reload(app)
        } catch { fail(error, app) }
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
                    until: untilFilter, search: search, sort: sort)
    }

    func channelChoices(_ app: AppContext) -> [String] {
        ReviewText.agency(app.actor) == .inspection ? ReleaseMode.allCases.map(\.rawValue) : Channel.allCases.map(\.rawValue)
    }

    func count(_ app: AppContext) throws -> Int {
        guard let agency = ReviewText.agency(app.actor) else { return 0 }
        return try ReviewQueue.count(app.workspace, filter: filter(agency), cap: Self.countCap, by: app.actor)
    }

    /// The table's area: below the title and the filter line.
    func tableArea(_ area: Rect) -> Rect { Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2)) }

    func reloadFromTop(_ app: AppContext) {
        guard var current = table else { return }
        do {
            try current.start(visibleRows: TableView.visibleRowCount(area: tableArea(area), state: current.state))
            table = current
            total = try count(app)
        } catch {
            table = current
            fail(error, app)
        }
    }

    func makeTable(_ app: AppContext, agency: Agency, width: Int) -> PagedTable<QueueRow, QueueCursor> {
        let ws = app.workspace
        let page = { [unowned self, app] (position: QueuePosition, limit: Int) throws -> [QueueRow] in
            try ReviewQueue.page(ws, filter: self.filter(agency), position: position, limit: limit, by: app.actor).rows
        }
        let pager = KeysetPager<QueueRow, QueueCursor>(
            fetchAfter: { cursor, limit in try page(cursor.map { .after($0) } ?? .first, limit) },
            fetchBefore: { cursor, limit in try page(cursor.map { .before($0) } ?? .last, limit) },
            cursorOf: { $0.cursor })
        let wide = width >= 110
        let s = app.strings
        return PagedTable(pager: pager, columns: ReviewQueueColumns.columns(s, wide: wide),
                          row: { ReviewQueueColumns.cells($0, app, wide: wide) },
                          roles: { ReviewQueueColumns.roles($0) })
    }

    func renderQueue(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        guard let agency = ReviewText.agency(app.actor) else {
            buffer.put(s[.qNotOfficer], x: area.x + 1, y: area.y, style: Style(.label), maxWidth: area.width - 2)
            return
        }
        let view = [QueueBucket.action: s[.qViewAction], .waiting: s[.qViewWaiting], .done: s[.qViewDone]][bucket] ?? ""
        let counted = total >= Self.countCap ? s.format(.qCountCapped, Self.grouped(Self.countCap)) : s.format(.qCount, Self.grouped(total))
        let title = s.format(.qTitle, app.agencyName(agency), view)
        buffer.put(title, x: area.x + 1, y: area.y, style: Style(.title), maxWidth: area.width - 2)
        let countX = area.maxX - 1 - displayWidth(counted)
        if countX > area.x + 1 + displayWidth(title) { buffer.put(counted, x: countX, y: area.y, style: Style(.label)) }
        buffer.put(filterLine(app, width: area.width - 2), x: area.x + 1, y: area.y + 1, style: Style(.label),
                   maxWidth: area.width - 2)
        table?.render(into: &buffer, area: tableArea(area), emptyText: s[.qEmpty])
    }

    /// 12345 → "12,345": the same in both languages, without the locale's say.
    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n)), out: [Character] = []
        while digits.count > 3 { out = [","] + digits.suffix(3) + out; digits.removeLast(3) }
        return String(digits + out)
    }
}
