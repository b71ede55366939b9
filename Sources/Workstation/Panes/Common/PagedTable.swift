import Presentation
import TerminalUI

/// A table showing one keyset page: the widget state plus the pager, and the glue that turns the
/// table's "next/previous/first/last page" requests into keyset queries.
struct PagedTable<Item, Cursor> {
    var pager: KeysetPager<Item, Cursor>
    var state = TableState()
    var columns: [TableColumn]
    var row: (Item) -> [String]
    /// Per-cell colours for an item (nil entries keep the row's style).
    var roles: ((Item) -> [ThemeRole?])? = nil

    var selectedItem: Item? {
        pager.items.indices.contains(state.selected) ? pager.items[state.selected] : nil
    }

    mutating func show(landing: TableState.Landing = .first) {
        state.setPage(pager.items.map(row), canPageBack: pager.hasPrevious, canPageForward: pager.hasNext, landing: landing,
                      cellRoles: roles.map { pager.items.map($0) } ?? [])
    }

    /// Handles a key; returns the table's request when the host must act (activate, filter).
    mutating func handle(_ key: Key) throws -> TableRequest {
        let request = state.handle(key)
        switch request {
        case .nextPage: try pager.next(); show(landing: .first)
        case .previousPage: try pager.previous(); show(landing: .last)
        case .firstPage: try pager.first(); show(landing: .first)
        case .lastPage: try pager.last(); show(landing: .last)
        default: break
        }
        return request
    }

    /// Fits the page size to the visible rows and reloads from the top.
    mutating func start(visibleRows: Int) throws {
        pager.pageSize = max(1, visibleRows)
        try pager.first()
        show()
    }

    mutating func reload() throws {
        let keep = state.selected
        try pager.reload()
        show(landing: .keep)
        state.selected = min(keep, max(0, pager.items.count - 1))
    }

    func render(into buffer: inout Buffer, area: Rect, emptyText: String = "") {
        TableView(columns: columns, emptyText: emptyText).render(into: &buffer, area: area, state: state)
    }
}
