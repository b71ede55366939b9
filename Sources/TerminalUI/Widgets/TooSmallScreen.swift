import TextWidth
/// What to show when the terminal is smaller than the application needs; safe down to 1×1.
public struct TooSmallScreen: Sendable {
    /// The caller's (localised) text, e.g. "terminal too small (need 80×24)".
    public var text: String

    public init(text: String) { self.text = text }

    /// Wraps the text to the width and centres what fits.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(area, style: .normal)
        let lines = Array(wrap(text, toWidth: area.width).prefix(area.height))
        let top = area.y + (area.height - lines.count) / 2
        for (i, line) in lines.enumerated() {
            let fitted = truncate(line, toWidth: area.width)
            buffer.put(fitted, x: area.x + (area.width - displayWidth(fitted)) / 2, y: top + i,
                       style: Style(.messageError), maxWidth: area.width)
        }
    }
}
