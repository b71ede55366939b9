import TextWidth
/// The help window (F1): every binding of a key map with its key names and long help, scrollable.
public struct HelpOverlay: Sendable {
    public var title: String
    public var entries: [HelpEntry]
    /// First entry shown; clamped when drawing.
    public var scroll: Int

    public init<Action>(title: String, keyMap: KeyMap<Action>, scroll: Int = 0, on terminal: FunctionKeys = .all) {
        self.title = title
        self.entries = keyMap.helpEntries(on: terminal)
        self.scroll = scroll
    }

    /// An overlay of given lines (the trainer's scenario board), drawn and scrolled the same way.
    public init(title: String, entries: [HelpEntry], scroll: Int = 0) {
        self.title = title
        self.entries = entries
        self.scroll = scroll
    }

    /// Up/Down/PgUp/PgDn/Home/End scroll; returns false when the overlay should close (Esc, Enter, F1).
    public mutating func handle(_ key: Key) -> Bool {
        if let moved = ListNavigation.move(scroll, by: key, count: entries.count) {
            scroll = moved
            return true
        }
        switch key {
        case .escape, .enter, .function(1), .char("q"): return false
        default: break
        }
        return true
    }

    /// Draws a framed box over most of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        let box = area.centered(width: min(area.width, 76), height: min(area.height, entries.count + 2))
        buffer.fill(box, style: Style(.help))
        let inner = buffer.drawBox(box, title: title)
        guard !inner.isEmpty else { return }
        let keyWidth = min(max(entries.map { displayWidth($0.keys) }.max() ?? 0, 4), inner.width / 3)
        let top = min(scroll, max(0, entries.count - inner.height))
        for (row, entry) in entries.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + row
            buffer.put(pad(entry.keys, toWidth: keyWidth), x: inner.x, y: y, style: Style(.keyHintKey))
            let text = entry.help.isEmpty ? entry.label : entry.help
            buffer.put(" " + truncate(text, toWidth: inner.width - keyWidth - 1, ellipsis: true),
                       x: inner.x + keyWidth, y: y, style: Style(.help), maxWidth: inner.width - keyWidth)
        }
    }
}
