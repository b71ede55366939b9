import Presentation
import SingleWindowKit
import TerminalUI

/// One row of the list: the summary plus its agency lanes (read per visible row only).
struct DeclarationRow {
    var summary: DeclarationSummary
    var lanes: [Agency: Lane]
}

/// The operator's declarations, newest first, keyset-paged both ways; filtered by status (a key
/// cycles them) and by the `/` search (number, B/L, contract, trader).
final class DeclarationList {
    private(set) var list: ListSkeleton<DeclarationRow, DeclarationCursor>!
    private(set) var status: DeclarationStatus?
    /// The list query is for brokers and traders; officers work from their queues.
    private(set) var unavailable = false
    /// Whose list this is (rebuilt when the training operator switch changes it).
    let actorID: String

    static let agencies: [Agency] = [.customs, .inspection]
    /// Cycled by the status-filter key: all, then each status.
    static let statusCycle: [DeclarationStatus?] = [nil] + DeclarationStatus.allCases.map(Optional.some)

    init(app: AppContext, width: Int) {
        let s = app.strings
        actorID = app.actor.id
        let ws = app.workspace, actor = app.actor
        list = ListSkeleton(
            columns: Self.columns(s, wide: width >= 100), row: { Self.cells($0, s, wide: width >= 100) },
            roles: { row in Self.roles(row, wide: width >= 100) }, cursorOf: { $0.summary.cursor },
            report: { [unowned self, app] error in
                if case DomainError.notAuthorized = error { unavailable = true } else { app.show(error) }
            },
            fetch: { [unowned self] search, page, limit in
                let filter = DeclarationFilter(status: status, search: search)
                switch page {
                case let .after(cursor):
                    return try Self.rows(DeclarationQueries.list(ws, by: actor, filter: filter, after: cursor, limit: limit).items, ws)
                case let .before(cursor):
                    return try Self.rows(DeclarationQueries.list(ws, by: actor, filter: filter, before: cursor, limit: limit), ws)
                }
            })
    }

    var table: PagedTable<DeclarationRow, DeclarationCursor> { list.table }
    var filter: DeclarationFilter { DeclarationFilter(status: status, search: list.search) }
    var selected: DeclarationSummary? { list.selectedItem?.summary }
    var isSearching: Bool { list.isSearching }

    static func rows(_ items: [DeclarationSummary], _ ws: Workspace) throws -> [DeclarationRow] {
        try items.map { item in
            let lanes = try Lanes.lanes(ws.db, kind: .declaration, caseID: String(item.id))
            return DeclarationRow(summary: item, lanes: Dictionary(lanes.map { ($0.agency, $0) }) { first, _ in first })
        }
    }

    static func columns(_ s: Strings, wide: Bool) -> [TableColumn] {
        var columns = [TableColumn(s[.colNumber], width: .fixed(18)), TableColumn(s[.colTrader], width: .flexible(min: 10)),
                       TableColumn(s[.colBill], width: .fixed(14))]
        if wide { columns.append(TableColumn(s[.colContract], width: .flexible(min: 10))) }
        columns += [TableColumn(s[.colScope], width: .fixed(5)), TableColumn(s[.colStatus], width: .fixed(9))]
        if wide { columns.append(TableColumn(s[.colLines], width: .fixed(4), alignment: .right)) }
        columns += [TableColumn(s[.colCustoms], width: .fixed(8)), TableColumn(s[.colInspection], width: .fixed(8))]
        return columns
    }

    static func cells(_ row: DeclarationRow, _ s: Strings, wide: Bool) -> [String] {
        let d = row.summary
        var cells = [DeclarationText.title(d, s), d.traderName, d.billNo]
        if wide { cells.append(d.contractNo) }
        cells += [DeclarationText.scopeShort(d.scope, s), DeclarationText.status(d.status, s)]
        if wide { cells.append(String(d.goodsLines)) }
        for agency in agencies {
            if let lane = row.lanes[agency] {
                cells.append(LaneStateTable.name(.declaration, lane.state, s))
            } else {
                // Not in scope: a dash; in scope but not yet submitted: a dot.
                cells.append(d.scope.agencies.contains(agency) ? "·" : "—")
            }
        }
        return cells
    }

    static func roles(_ row: DeclarationRow, wide: Bool) -> [ThemeRole?] {
        let leading = Array<ThemeRole?>(repeating: nil, count: wide ? 7 : 5)
        return leading + agencies.map { agency in row.lanes[agency].map { LaneStateTable.role(.declaration, $0.state) } }
    }

    func start(area: Rect) {
        unavailable = false
        list.start(area: area)
    }

    func reload() {
        guard !unavailable else { return }
        list.reload()
    }

    func cycleStatus() {
        let i = Self.statusCycle.firstIndex { $0 == status } ?? 0
        status = Self.statusCycle[(i + 1) % Self.statusCycle.count]
        restart()
    }

    /// From the top again (the status filter changed, an import added rows).
    func restart() { list.reloadFromTop() }

    func beginSearch() { list.beginSearch() }

    /// A table key; returns the row to open on Enter.
    func handle(_ key: Key) -> (used: Bool, open: DeclarationSummary?) {
        switch list.handle(key) {
        case .ignored: return (false, nil)
        case .used: return (true, nil)
        case let .open(row): return (true, row.summary)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, app: AppContext) {
        let s = app.strings
        if unavailable {
            buffer.put(s[.listOfficerHint], x: area.x + 1, y: area.y + 1, style: Style(.label), maxWidth: area.width - 2)
            return
        }
        let filterName = status.map { DeclarationText.status($0, s) } ?? s[.filterAll]
        list.renderTitle(s.format(.listHint, filterName), into: &buffer, area: area)
        let empty = filter == DeclarationFilter() ? s[.listEmpty] : s[.listNoMatch]
        list.renderTable(into: &buffer, area: area, emptyText: empty)
    }
}
