import TextWidth
/// The function-key bar: "F1 Help  F2 Save …", drawn from a key map's bar items.
public struct KeyBar: Sendable {
    public var items: [KeyHint]
    /// The key kept on a bar too narrow for everything (help: where the rest can be read).
    public var pinned: String?

    public init(items: [KeyHint], pinned: String? = nil) {
        self.items = items
        self.pinned = pinned
    }

    /// The bar for a key map, so it always lists what the keys actually do, each key named as it
    /// is typed on `terminal` (a missing F-key by its Esc fallback).
    public init<Action>(_ keyMap: KeyMap<Action>, pinned: String? = nil, on terminal: FunctionKeys = .all) {
        self.items = keyMap.barItems(on: terminal)
        self.pinned = pinned
    }

    /// The bar for a key map with `pinned` named as `terminal` types it.
    public init<Action>(_ keyMap: KeyMap<Action>, pinnedKey: Key, on terminal: FunctionKeys) {
        self.init(keyMap, pinned: terminal.name(pinnedKey), on: terminal)
    }

    /// Items that do not fit whole are left out rather than cut in half; when some are left out,
    /// the pinned one still shows, last.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area.row(0), style: Style(.keyHint))
        func need(_ item: KeyHint) -> Int { displayWidth(item.key) + 1 + displayWidth(item.label) }
        let total = items.map { need($0) + 2 }.reduce(0, +) - 2
        let keep = total > area.width ? items.first { $0.key == pinned } : nil
        let reserved = keep.map { need($0) + 2 } ?? 0
        var x = area.x
        for item in items where item != keep {
            if x + need(item) > area.maxX - reserved { break }
            x = draw(item, at: x, into: &buffer, area: area)
        }
        if let keep, x + need(keep) <= area.maxX { _ = draw(keep, at: x, into: &buffer, area: area) }
    }

    private func draw(_ item: KeyHint, at start: Int, into buffer: inout Buffer, area: Rect) -> Int {
        var x = buffer.put(item.key, x: start, y: area.y, style: Style(.keyHintKey))
        x = buffer.put(" " + item.label, x: x, y: area.y, style: Style(.keyHint))
        return x + 2
    }
}
