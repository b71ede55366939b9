import TextWidth
/// One choice in a look-up list.
public struct LookupItem: Hashable, Sendable {
    public var code: String
    public var name: String
    public init(code: String, name: String) { self.code = code; self.name = name }
}

/// What a look-up key did.
public enum LookupEvent: Hashable, Sendable {
    case none
    /// The query changed: the host supplies new items (or uses `LookupState.filter`).
    case queryChanged(String)
    case chosen(LookupItem)
    case cancelled
}

/// A look-up (F4) list: a query line filtering (code, name) items incrementally.
public struct LookupState: Hashable, Sendable {
    public var title: String
    public var query: TextEditor
    public var items: [LookupItem]
    public var selected: Int

    public init(title: String, items: [LookupItem], query: String = "") {
        self.title = title
        self.query = TextEditor(query)
        self.items = items
        self.selected = 0
    }

    /// Replaces the list (after the host answered a new query), keeping the selection in range.
    public mutating func setItems(_ items: [LookupItem]) {
        self.items = items
        selected = min(selected, max(0, items.count - 1))
    }

    /// Items whose code starts with, or whose name contains, the query (case-insensitive).
    public static func filter(_ items: [LookupItem], query: String) -> [LookupItem] {
        let q = query.lowercased()
        if q.isEmpty { return items }
        return items.filter { $0.code.lowercased().hasPrefix(q) || $0.name.lowercased().contains(q) }
    }

    public mutating func handle(_ key: Key) -> LookupEvent {
        switch key {
        case .escape: return .cancelled
        case .enter: return items.indices.contains(selected) ? .chosen(items[selected]) : .none
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, items.count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, items.count - 1), selected + 10)
        default:
            let before = query.text
            guard query.handle(key), query.text != before else { return .none }
            selected = 0
            return .queryChanged(query.text)
        }
        return .none
    }
}

/// Draws the look-up as a framed popup centred in `area`: query line, then "code  name" rows.
public struct LookupPopup: Sendable {
    public var queryPrompt: String
    public init(queryPrompt: String = "> ") { self.queryPrompt = queryPrompt }

    public func render(into buffer: inout Buffer, area: Rect, state: LookupState) {
        let box = area.centered(width: min(area.width, 60), height: min(area.height, max(5, state.items.count + 4)))
        buffer.fill(box, style: Style(.dialog))
        let inner = buffer.drawBox(box, title: state.title)
        guard inner.height > 0, inner.width > 0 else { return }
        let promptEnd = buffer.put(queryPrompt, x: inner.x, y: inner.y, style: Style(.label), maxWidth: inner.width)
        let list = inner.splitTop(1).rest
        let codeWidth = min(max(state.items.map { displayWidth($0.code) }.max() ?? 0, 2), inner.width / 3)
        for (line, i) in ListNavigation.visibleRange(selected: state.selected, count: state.items.count,
                                                     height: list.height).enumerated() {
            let item = state.items[i]
            let role: ThemeRole = i == state.selected ? .rowSelected : .dialog
            let text = pad(item.code, toWidth: codeWidth) + "  " + item.name
            buffer.fill(list.row(line), style: Style(role))
            buffer.put(truncate(text, toWidth: list.width, ellipsis: true), x: list.x, y: list.y + line,
                       style: Style(role), maxWidth: list.width)
        }
        state.query.render(into: &buffer, area: Rect(x: promptEnd, y: inner.y, width: inner.maxX - promptEnd, height: 1),
                           style: Style(.field), focused: true)
    }
}
