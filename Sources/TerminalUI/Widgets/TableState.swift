/// Which way a sorted column runs.
public enum SortDirection: Hashable, Sendable {
    case ascending, descending
    public var toggled: SortDirection { self == .ascending ? .descending : .ascending }
}

/// What the host must do after a table key: the table only ever holds one page.
public enum TableRequest: Hashable, Sendable {
    case none
    /// The selection moved within the page.
    case selectionChanged
    case nextPage, previousPage, firstPage, lastPage
    /// The incremental filter text changed (also sent with "" when the filter is cleared).
    case filterChanged(String)
    /// Enter on a row.
    case activate(Int)
    /// The key is not a table key; let the key map have it.
    case ignored
}

/// The visible page of a list plus selection, sort and filter; the host fetches pages (keyset paging).
public struct TableState: Hashable, Sendable {
    public var rows: [[String]]
    /// Optional per-cell roles parallel to `rows` (a lane's status colour, a credit class);
    /// the selected row keeps the selection style so the cursor stays visible.
    public var cellRoles: [[ThemeRole?]] = []
    public var selected: Int
    public var canPageBack: Bool
    public var canPageForward: Bool
    public var sortColumn: Int?
    public var sortDirection: SortDirection
    /// The filter text, kept after the prompt closes.
    public var filter: TextEditor
    /// True while the `/` prompt has the keyboard.
    public var isFiltering: Bool

    public init(rows: [[String]] = [], selected: Int = 0, canPageBack: Bool = false, canPageForward: Bool = false,
                sortColumn: Int? = nil, sortDirection: SortDirection = .ascending) {
        self.rows = rows
        self.selected = rows.isEmpty ? 0 : min(max(0, selected), rows.count - 1)
        self.canPageBack = canPageBack
        self.canPageForward = canPageForward
        self.sortColumn = sortColumn
        self.sortDirection = sortDirection
        self.filter = TextEditor()
        self.isFiltering = false
    }

    /// Where the selection lands on a new page.
    public enum Landing: Sendable { case first, last, keep }

    /// Installs a page the host fetched.
    public mutating func setPage(_ rows: [[String]], canPageBack: Bool, canPageForward: Bool, landing: Landing = .first,
                                 cellRoles: [[ThemeRole?]] = []) {
        self.rows = rows
        self.cellRoles = cellRoles
        self.canPageBack = canPageBack
        self.canPageForward = canPageForward
        switch landing {
        case .first: selected = 0
        case .last: selected = max(0, rows.count - 1)
        case .keep: selected = rows.isEmpty ? 0 : min(selected, rows.count - 1)
        }
    }

    /// Sorts by `column`, or flips the direction when it already is the sort column.
    public mutating func sort(by column: Int) {
        if sortColumn == column { sortDirection = sortDirection.toggled } else { sortColumn = column; sortDirection = .ascending }
    }

    /// Moves the selection or asks for another page. Up at the top of a page asks for the previous page,
    /// Down at the bottom for the next; PgUp/PgDn jump within the page first, then page.
    public mutating func handle(_ key: Key) -> TableRequest {
        if isFiltering { return handleFilter(key) }
        let last = max(0, rows.count - 1)
        switch key {
        case .up:
            if selected > 0 { selected -= 1; return .selectionChanged }
            return canPageBack ? .previousPage : .none
        case .down:
            if selected < last { selected += 1; return .selectionChanged }
            return canPageForward ? .nextPage : .none
        case .pageUp:
            if selected > 0 { selected = 0; return .selectionChanged }
            return canPageBack ? .previousPage : .none
        case .pageDown:
            if selected < last { selected = last; return .selectionChanged }
            return canPageForward ? .nextPage : .none
        case .home:
            if canPageBack { return .firstPage }
            if selected != 0 { selected = 0; return .selectionChanged }
            return .none
        case .end:
            if canPageForward { return .lastPage }
            if selected != last { selected = last; return .selectionChanged }
            return .none
        case .enter:
            return rows.isEmpty ? .none : .activate(selected)
        case .char("/"):
            // A new search, as in less or vim: the last one's text is not appended to.
            isFiltering = true
            guard !filter.text.isEmpty else { return .none }
            filter = TextEditor()
            return .filterChanged("")
        default:
            return .ignored
        }
    }

    private mutating func handleFilter(_ key: Key) -> TableRequest {
        switch key {
        case .enter, .tab:
            isFiltering = false
            return .none
        case .escape:
            isFiltering = false
            let had = !filter.text.isEmpty
            filter = TextEditor()
            return had ? .filterChanged("") : .none
        default:
            let before = filter.text
            guard filter.handle(key) else { return .none }
            return filter.text == before ? .none : .filterChanged(filter.text)
        }
    }
}
