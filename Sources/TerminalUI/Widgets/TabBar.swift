import TextWidth
/// A row of tab titles with the active one highlighted; titles may be CJK.
public struct TabBar: Sendable {
    public var titles: [String]
    public var active: Int

    public init(titles: [String], active: Int) {
        self.titles = titles
        self.active = active
    }

    /// Draws " title " per tab separated by one blank; tabs that do not fit are cut with "…".
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area.row(0), style: Style(.tab))
        var x = area.x
        for (i, title) in titles.enumerated() {
            let room = area.maxX - x
            if room <= 0 { break }
            let label = truncate(" \(title) ", toWidth: room, ellipsis: true)
            x = buffer.put(label, x: x, y: area.y, style: Style(i == active ? .tabActive : .tab), maxWidth: room) + 1
        }
    }
}
