/// The function-key bar: "F1 Help  F2 Save …", drawn from a key map's bar items.
public struct KeyBar: Sendable {
    public var items: [KeyHint]

    public init(items: [KeyHint]) { self.items = items }

    /// The bar for a key map, so it always lists what the keys actually do.
    public init<Action>(_ keyMap: KeyMap<Action>) { self.items = keyMap.barItems }

    /// Items that do not fit whole are left out rather than cut in half.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area.row(0), style: Style(.keyHint))
        var x = area.x
        for item in items {
            let need = displayWidth(item.key) + 1 + displayWidth(item.label)
            if x + need > area.maxX { break }
            x = buffer.put(item.key, x: x, y: area.y, style: Style(.keyHintKey))
            x = buffer.put(" " + item.label, x: x, y: area.y, style: Style(.keyHint))
            x += 2
        }
    }
}
