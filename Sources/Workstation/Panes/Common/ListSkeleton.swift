import TerminalUI

/// Which page a list asks its query for: after or before a cursor (nil: from the start, up to the end).
enum ListPage<Cursor> {
    case after(Cursor?)
    case before(Cursor?)
}

/// What a key did to a list.
enum ListKeyResult<Item> {
    /// Not a list key: let the key map or the shell have it.
    case ignored
    case used
    /// Enter on a row.
    case open(Item)
}

/// The frame every list pane shares: a keyset-paged table, the reload from the top (a filter
/// changed) or in place (a write, here or in another terminal), the count of rows up to a cap,
/// and the `/` search, shown on the title line while typed and as long as it applies, cleared by
/// `/` then Enter, Esc on the prompt, or Esc on the list while it applies. The pane supplies its query, columns, cells and what
/// Enter does with a row; nothing else is the pane's to write.
final class ListSkeleton<Item, Cursor> {
    /// One page of the pane's query for the search as applied.
    typealias Fetch = (_ search: String, _ page: ListPage<Cursor>, _ limit: Int) throws -> [Item]

    private(set) var table: PagedTable<Item, Cursor>
    /// The applied search ("" when none); the pane's query reads it through `fetch`.
    private(set) var search = ""
    let isSearchable: Bool
    /// Lines above the table: the title line and the filter lines the pane draws under it.
    let headerLines: Int
    /// Rows are counted up to this many (a long list is not walked on every key).
    let countCap: Int
    /// Counts the rows for a search, up to a cap.
    typealias Count = (_ search: String, _ cap: Int) throws -> Int
    private let counter: Count?
    /// Rows matching, up to `countCap` (0 when the pane has no count line).
    private(set) var total = 0
    /// On the first page, a reload re-reads from the start (a row may now sort before the top one).
    let rereadsFirstPage: Bool
    private(set) var area = Rect(x: 0, y: 0, width: 0, height: 0)
    private let fetch: Fetch
    /// Reports a failed query in the pane's words.
    var report: (any Error) -> Void

    init(columns: [TableColumn], row: @escaping (Item) -> [String], roles: ((Item) -> [ThemeRole?])? = nil,
         cursorOf: @escaping (Item) -> Cursor, searchable: Bool = true, headerLines: Int = 1, search: String = "",
         countCap: Int = 10_000, count: Count? = nil, rereadsFirstPage: Bool = false,
         report: @escaping (any Error) -> Void, fetch: @escaping Fetch) {
        table = PagedTable(pager: KeysetPager(fetchAfter: { _, _ in [] }, fetchBefore: { _, _ in [] }, cursorOf: cursorOf),
                           columns: columns, row: row, roles: roles)
        isSearchable = searchable
        self.search = search
        table.state.filter = TextEditor(search)
        self.headerLines = headerLines
        self.countCap = countCap
        counter = count
        self.rereadsFirstPage = rereadsFirstPage
        self.report = report
        self.fetch = fetch
        table.pager.fetchAfter = { [unowned self] cursor, limit in try self.fetch(self.search, .after(cursor), limit) }
        table.pager.fetchBefore = { [unowned self] cursor, limit in try self.fetch(self.search, .before(cursor), limit) }
    }

    var selectedItem: Item? { table.selectedItem }
    var items: [Item] { table.pager.items }
    /// True while the `/` prompt has the keyboard (the pane's key map steps aside).
    var isSearching: Bool { table.state.isFiltering }
    var hasCount: Bool { counter != nil }
    var isCountCapped: Bool { total >= countCap }

    /// The table's area: below the title and filter lines.
    func tableArea(_ area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + headerLines, width: area.width, height: max(0, area.height - headerLines))
    }

    /// The table as drawn: the search lives on the title line, not under the rows.
    private var drawnState: TableState {
        var state = table.state
        state.filter = TextEditor()
        state.isFiltering = false
        return state
    }

    // MARK: - Loading

    /// Fits the page to `area` and reads from the top; false when the query failed.
    @discardableResult
    func start(area: Rect) -> Bool {
        self.area = area
        return reloadFromTop()
    }

    /// Reads the first page again and recounts (a filter or the search changed).
    @discardableResult
    func reloadFromTop() -> Bool {
        do {
            try table.start(visibleRows: TableView.visibleRowCount(area: tableArea(area), state: drawnState))
            try recount()
            return true
        } catch {
            report(error)
            return false
        }
    }

    /// Re-reads the visible page where it is, keeping the selection (after a write, here or elsewhere).
    func reload() {
        do {
            if rereadsFirstPage && !table.pager.hasPrevious {
                let keep = table.state.selected
                try table.pager.first()
                table.show(landing: .keep)
                table.state.selected = min(keep, max(0, table.pager.items.count - 1))
            } else {
                try table.reload()
            }
            try recount()
        } catch {
            report(error)
        }
    }

    private func recount() throws {
        if let counter { total = try counter(search, countCap) }
    }

    // MARK: - Keys

    /// Opens the `/` prompt; a search already applied is cleared at once (a new search, as in less).
    func beginSearch() {
        guard isSearchable else { return }
        apply(table.state.handle(.char("/")))
    }

    /// A table key: moving and paging, the search prompt's typing, Enter on a row.
    func handle(_ key: Key) -> ListKeyResult<Item> {
        if !isSearchable && key == .char("/") { return .ignored }
        // Esc on the list while a search applies (its prompt closed by Tab or Enter) clears it, as
        // Esc on the prompt does: a search that found nothing is never left standing unseen.
        if key == .escape && !isSearching && !search.isEmpty {
            table.state.filter = TextEditor()
            apply(.filterChanged(""))
            return .used
        }
        do {
            let request = try table.handle(key)
            if case let .activate(i) = request {
                return table.pager.items.indices.contains(i) ? .open(table.pager.items[i]) : .used
            }
            apply(request)
            return request == .ignored ? .ignored : .used
        } catch {
            report(error)
            return .used
        }
    }

    private func apply(_ request: TableRequest) {
        guard case let .filterChanged(text) = request, text != search else { return }
        search = text
        reloadFromTop()
    }

    // MARK: - Drawing

    /// The title line: the pane's title on the left, the count on the right when the pane counts,
    /// and the search between them while it is typed or applies.
    func renderTitle(_ title: String, style: ThemeRole = .label, count: String? = nil, into buffer: inout Buffer, area: Rect) {
        let left = area.x + 1, end = area.maxX - 1
        let showsSearch = table.state.isFiltering || !table.state.filter.text.isEmpty
        guard showsSearch else {
            let cut = truncate(title, toWidth: max(0, end - left), ellipsis: true)
            buffer.put(cut, x: left, y: area.y, style: Style(style), maxWidth: max(0, end - left))
            if let count {
                let countX = end - displayWidth(count)
                if countX > left + displayWidth(cut) { buffer.put(count, x: countX, y: area.y, style: Style(.label)) }
            }
            return
        }
        let text = table.state.filter.text
        let fieldWidth = min(max(1, displayWidth(text) + (table.state.isFiltering ? 1 : 0)), max(1, (end - left) / 2))
        var searchEnd = end
        if let count, end - displayWidth(count) - fieldWidth - 2 > left + 10 {
            let countX = end - displayWidth(count)
            buffer.put(count, x: countX, y: area.y, style: Style(.label))
            searchEnd = countX - 1
        }
        let fieldX = searchEnd - fieldWidth
        buffer.put("/", x: fieldX - 1, y: area.y, style: Style(.keyHintKey))
        table.state.filter.render(into: &buffer, area: Rect(x: fieldX, y: area.y, width: fieldWidth, height: 1),
                                  style: Style(.message), focused: table.state.isFiltering)
        let room = max(0, fieldX - 2 - left)
        buffer.put(truncate(title, toWidth: room, ellipsis: true), x: left, y: area.y, style: Style(style), maxWidth: room)
    }

    /// The table under the header lines.
    func renderTable(into buffer: inout Buffer, area: Rect, emptyText: String) {
        TableView(columns: table.columns, emptyText: emptyText).render(into: &buffer, area: tableArea(area), state: drawnState)
    }
}
