import TextWidth
/// How wide a table column is.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many cells.
    case fixed(Int)
    /// Shares the space left over, never below `min`.
    case flexible(min: Int)
}

/// A table column: title, width rule and alignment.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: Alignment

    public init(_ title: String, width: ColumnWidth = .flexible(min: 4), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// Draws a header row, the page of rows (zebra, selected row), and the `/` filter prompt when active.
public struct TableView: Sendable {
    public var columns: [TableColumn]
    /// The prompt shown before the filter text, e.g. "/" or "Filter: ".
    public var filterPrompt: String
    /// Shown instead of rows when the page is empty.
    public var emptyText: String

    public init(columns: [TableColumn], filterPrompt: String = "/", emptyText: String = "") {
        self.columns = columns
        self.filterPrompt = filterPrompt
        self.emptyText = emptyText
    }

    /// How many rows fit: what the host should fetch per page for this area.
    public static func visibleRowCount(area: Rect, state: TableState) -> Int {
        max(0, area.height - 1 - (showsFilter(state) ? 1 : 0))
    }

    static func showsFilter(_ state: TableState) -> Bool { state.isFiltering || !state.filter.text.isEmpty }

    /// Column widths for a total width: fixed ones as given, flexible ones share the rest.
    public func columnWidths(total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        var widths = columns.map { col -> Int in
            switch col.width {
            case .fixed(let w): return w
            case .flexible(let m): return m
            }
        }
        let flexible = columns.indices.filter { if case .flexible = columns[$0].width { return true } else { return false } }
        var spare = total - gaps - widths.reduce(0, +)
        if spare > 0, !flexible.isEmpty {
            let share = spare / flexible.count
            for i in flexible { widths[i] += share }
            spare -= share * flexible.count
            widths[flexible.last!] += spare
        }
        return widths
    }

    public func render(into buffer: inout Buffer, area: Rect, state: TableState) {
        guard area.height > 0, area.width > 0 else { return }
        let widths = columnWidths(total: area.width)
        var (header, body) = area.splitTop(1)
        buffer.fill(header, style: Style(.header))
        var x = area.x
        for (i, col) in columns.enumerated() where x < area.maxX {
            var title = col.title
            if state.sortColumn == i { title += state.sortDirection == .ascending ? "▲" : "▼" }
            buffer.put(pad(title, toWidth: widths[i], align: col.alignment), x: x, y: header.y,
                       style: Style(.header), maxWidth: area.maxX - x)
            x += widths[i] + 1
        }
        if Self.showsFilter(state), body.height > 0 {
            let parts = body.splitBottom(1)
            body = parts.rest
            let promptEnd = buffer.put(filterPrompt, x: area.x, y: parts.bottom.y, style: Style(.keyHintKey), maxWidth: area.width)
            let field = Rect(x: promptEnd, y: parts.bottom.y, width: area.maxX - promptEnd, height: 1)
            state.filter.render(into: &buffer, area: field, style: Style(.message), focused: state.isFiltering)
        }
        if state.rows.isEmpty {
            if body.height > 0 {
                buffer.put(truncate(emptyText, toWidth: body.width, ellipsis: true), x: body.x, y: body.y,
                           style: Style(.fieldReadOnly))
            }
            return
        }
        for (line, rowIndex) in ListNavigation.visibleRange(selected: state.selected, count: state.rows.count,
                                                            height: body.height).enumerated() {
            let y = body.y + line
            let role: ThemeRole = rowIndex == state.selected ? .rowSelected : (rowIndex % 2 == 1 ? .rowAlt : .row)
            buffer.fill(body.row(line), style: Style(role))
            var cx = area.x
            for (i, col) in columns.enumerated() where cx < area.maxX {
                let text = i < state.rows[rowIndex].count ? state.rows[rowIndex][i] : ""
                let cut = truncate(text, toWidth: widths[i], ellipsis: true)
                var cellRole = role
                if rowIndex != state.selected, rowIndex < state.cellRoles.count, i < state.cellRoles[rowIndex].count,
                   let custom = state.cellRoles[rowIndex][i] {
                    cellRole = custom
                }
                buffer.put(pad(cut, toWidth: widths[i], align: col.alignment), x: cx, y: y, style: Style(cellRole),
                           maxWidth: area.maxX - cx)
                cx += widths[i] + 1
            }
        }
    }
}
