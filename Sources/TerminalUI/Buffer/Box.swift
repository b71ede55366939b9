import TextWidth
extension Buffer {
    /// Draws a single-line frame around `rect` with an optional title in the top edge; returns the inside.
    @discardableResult
    public mutating func drawBox(_ rect: Rect, style: Style = Style(.border), title: String? = nil,
                                 titleStyle: Style = Style(.dialogTitle)) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else {
            fill(rect, style: style)
            return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
        }
        let inner = String(repeating: "─", count: rect.width - 2)
        put("┌" + inner + "┐", x: rect.x, y: rect.y, style: style)
        put("└" + inner + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for yy in (rect.y + 1)..<(rect.maxY - 1) {
            put("│", x: rect.x, y: yy, style: style)
            put("│", x: rect.maxX - 1, y: yy, style: style)
        }
        if let title, !title.isEmpty, rect.width > 4 {
            put(" " + truncate(title, toWidth: rect.width - 4, ellipsis: true) + " ",
                x: rect.x + 1, y: rect.y, style: titleStyle, maxWidth: rect.width - 2)
        }
        return rect.inset()
    }
}
