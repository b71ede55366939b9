import TextWidth
/// What a grid key did, for the host.
public enum GridEvent: Hashable, Sendable {
    case none
    case focusChanged
    /// A cell edit was committed: row, column, new value.
    case cellChanged(row: Int, column: Int, value: String)
    case rowAdded(Int)
    case rowDeleted(Int)
    /// F4 on a cell of a look-up column.
    case lookup(row: Int, column: Int)
    case ignored
}

/// A grid column: title, width in cells, and whether it is editable or has a look-up.
public struct GridColumn: Hashable, Sendable {
    public var title: String
    public var width: Int
    public var alignment: Alignment
    public var isReadOnly: Bool
    public var hasLookup: Bool
    public var maxLength: Int?
    /// The length of a complete value (a code): typing the last character commits the cell and
    /// asks the host to move on, as Enter does.
    public var fixedLength: Int?
    /// An empty cell here is a problem: Enter and a completed code move to the next such cell.
    public var isRequired: Bool

    public init(_ title: String, width: Int, alignment: Alignment = .left, isReadOnly: Bool = false,
                hasLookup: Bool = false, maxLength: Int? = nil, fixedLength: Int? = nil, isRequired: Bool = false) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.isReadOnly = isReadOnly
        self.hasLookup = hasLookup
        self.maxLength = maxLength
        self.fixedLength = fixedLength
        self.isRequired = isRequired
    }
}

/// Editable rows × columns (e.g. goods lines). Enter or typing starts an edit in place, Enter/Tab commits,
/// Esc cancels; Ctrl-N (or Insert) adds a row below, Ctrl-D (or Delete outside an edit) removes the row.
public struct GridState: Hashable, Sendable {
    public var columns: [GridColumn]
    public var rows: [[String]]
    public var row: Int
    public var column: Int
    /// The open cell editor, if an edit is in progress.
    public var editor: TextEditor?
    /// Enter or a completed code committed the cell: the host fills what the value implies, then
    /// calls `advanceToNextEmptyRequired()` (a host that does not keeps the focus where it was).
    public private(set) var advancePending = false

    public init(columns: [GridColumn], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
        self.row = 0
        self.column = columns.firstIndex { !$0.isReadOnly } ?? 0
        self.editor = nil
    }

    public var isEditing: Bool { editor != nil }

    public func value(row r: Int, column c: Int) -> String {
        rows.indices.contains(r) && rows[r].indices.contains(c) ? rows[r][c] : ""
    }

    public mutating func handle(_ key: Key) -> GridEvent {
        if editor != nil { return handleEditing(key) }
        switch key {
        case .up: return moveRow(-1)
        case .down: return moveRow(1)
        case .left, .backTab: return moveColumn(-1)
        case .right, .tab: return moveColumn(1)
        case .home: column = 0; return .focusChanged
        case .end: column = max(0, columns.count - 1); return .focusChanged
        case .ctrl("n"), .insert: return addRow()
        case .ctrl("d"), .delete: return deleteRow()
        case .function(4):
            guard !rows.isEmpty, columns.indices.contains(column), columns[column].hasLookup else { return .ignored }
            return .lookup(row: row, column: column)
        case .enter:
            if rows.isEmpty { return addRow() }
            beginEdit()
            return .none
        default:
            guard let c = key.printable, !rows.isEmpty, columns.indices.contains(column), !columns[column].isReadOnly
            else { return .ignored }
            // Typing over a cell replaces it, as in spreadsheets.
            editor = TextEditor("", maxLength: columns[column].maxLength)
            editor?.insert(c)
            return completeIfFull()
        }
    }

    /// Moves to the next cell of this line that is required, editable and still empty (after
    /// the focused one, then from the line's start); stays when the line is complete.
    public mutating func advanceToNextEmptyRequired() {
        advancePending = false
        guard rows.indices.contains(row) else { return }
        let later = columns.indices.filter { $0 > column }, earlier = columns.indices.filter { $0 < column }
        if let next = (later + earlier).first(where: {
            columns[$0].isRequired && !columns[$0].isReadOnly && value(row: row, column: $0).allSatisfy(\.isWhitespace)
        }) {
            column = next
        }
    }

    /// A code of its full length commits at its last character.
    private mutating func completeIfFull() -> GridEvent {
        guard let length = columns[column].fixedLength, let text = editor?.text, text.count == length else { return .none }
        return commit(advance: true)
    }

    private mutating func commit(advance: Bool) -> GridEvent {
        let value = editor?.text ?? ""
        editor = nil
        let changed = value != self.value(row: row, column: column)
        setValue(value, row: row, column: column)
        advancePending = advance
        return changed ? .cellChanged(row: row, column: column, value: value) : .none
    }

    /// Opens the editor on the focused cell with its current value.
    public mutating func beginEdit() {
        guard !rows.isEmpty, columns.indices.contains(column), !columns[column].isReadOnly else { return }
        editor = TextEditor(value(row: row, column: column), maxLength: columns[column].maxLength)
    }

    /// Sets a cell (e.g. from a look-up).
    public mutating func setValue(_ value: String, row r: Int, column c: Int) {
        guard rows.indices.contains(r), columns.indices.contains(c) else { return }
        while rows[r].count < columns.count { rows[r].append("") }
        rows[r][c] = value
    }

    private mutating func handleEditing(_ key: Key) -> GridEvent {
        switch key {
        case .escape:
            editor = nil
            return .none
        case .enter:
            return commit(advance: true)
        case .tab, .backTab:
            let value = editor?.text ?? ""
            editor = nil
            let changed = value != self.value(row: row, column: column)
            setValue(value, row: row, column: column)
            let r = row, c = column
            if key == .tab { _ = moveColumn(1) } else if key == .backTab { _ = moveColumn(-1) }
            return changed ? .cellChanged(row: r, column: c, value: value) : .none
        default:
            guard editor?.handle(key) == true else { return .ignored }
            return key.printable != nil ? completeIfFull() : .none
        }
    }

    private mutating func moveRow(_ step: Int) -> GridEvent {
        let target = row + step
        guard rows.indices.contains(target) else { return .none }
        row = target
        return .focusChanged
    }

    private mutating func moveColumn(_ step: Int) -> GridEvent {
        let target = column + step
        guard columns.indices.contains(target) else { return .none }
        column = target
        return .focusChanged
    }

    private mutating func addRow() -> GridEvent {
        let at = rows.isEmpty ? 0 : row + 1
        rows.insert(Array(repeating: "", count: columns.count), at: at)
        row = at
        return .rowAdded(at)
    }

    private mutating func deleteRow() -> GridEvent {
        guard rows.indices.contains(row) else { return .none }
        let removed = row
        rows.remove(at: row)
        row = min(row, max(0, rows.count - 1))
        return .rowDeleted(removed)
    }
}

/// Draws a grid: header, rows, the focused cell highlighted or being edited; columns scroll
/// sideways so the focused column is always visible on narrow screens.
public struct GridView: Sendable {
    public init() {}

    /// The first column shown, chosen so the focused column fits.
    public func firstVisibleColumn(state: GridState, width: Int) -> Int {
        guard !state.columns.isEmpty else { return 0 }
        let focus = min(max(0, state.column), state.columns.count - 1)
        var first = 0
        while first < focus {
            let used = state.columns[first...focus].reduce(0) { $0 + $1.width + 1 } - 1
            if used <= width { break }
            first += 1
        }
        return first
    }

    public func render(into buffer: inout Buffer, area: Rect, state: GridState) {
        guard area.width > 0, area.height > 0 else { return }
        let (header, body) = area.splitTop(1)
        buffer.fill(header, style: Style(.header))
        buffer.fill(body, style: Style(.row))
        let first = firstVisibleColumn(state: state, width: area.width)
        var x = area.x
        for c in first..<state.columns.count where x < area.maxX {
            let col = state.columns[c]
            let w = min(col.width, area.maxX - x)
            buffer.put(pad(col.title, toWidth: w, align: col.alignment), x: x, y: header.y, style: Style(.header), maxWidth: w)
            for (line, r) in ListNavigation.visibleRange(selected: state.row, count: state.rows.count,
                                                         height: body.height).enumerated() {
                let y = body.y + line
                let cellRect = Rect(x: x, y: y, width: w, height: 1)
                let focused = r == state.row && c == state.column
                if focused, let editor = state.editor {
                    editor.render(into: &buffer, area: cellRect, style: Style(.fieldFocused), focused: true)
                    continue
                }
                let role: ThemeRole = focused ? .fieldFocused : (r == state.row ? .rowSelected : (col.isReadOnly ? .fieldReadOnly : .row))
                let text = truncate(state.value(row: r, column: c), toWidth: w, ellipsis: true)
                buffer.put(pad(text, toWidth: w, align: col.alignment), x: x, y: y, style: Style(role), maxWidth: w)
            }
            x += col.width + 1
        }
    }
}
