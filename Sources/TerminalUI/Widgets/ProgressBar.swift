import TextWidth
/// A progress bar for long jobs such as imports: label, bar, percentage and counts.
public struct ProgressBar: Sendable {
    public var label: String
    public var done: Int
    public var total: Int

    public init(label: String = "", done: Int, total: Int) {
        self.label = label
        self.done = done
        self.total = total
    }

    /// 0...1; an unknown (zero) total counts as not started.
    public var fraction: Double { total > 0 ? min(1, max(0, Double(done) / Double(total))) : 0 }

    /// " 42% 420/1000", the part shared with the plain-text renderer.
    public var counts: String {
        let pct = Int((fraction * 100).rounded(.down))
        let p = String(repeating: " ", count: max(0, 3 - String(pct).count)) + "\(pct)%"
        return " \(p) \(done)/\(total)"
    }

    /// The label, then the filled part of the bar in the progress role, then the counts.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area.row(0), style: .normal)
        var x = area.x
        if !label.isEmpty { x = buffer.put(label + " ", x: x, y: area.y, maxWidth: area.width / 3) }
        let barWidth = area.maxX - x - displayWidth(counts)
        if barWidth > 0 {
            let filled = Int(Double(barWidth) * fraction)
            buffer.fill(Rect(x: x, y: area.y, width: barWidth, height: 1), style: .normal, symbol: "░")
            buffer.fill(Rect(x: x, y: area.y, width: filled, height: 1), style: Style(.progress), symbol: "█")
            x += barWidth
        }
        buffer.put(counts, x: x, y: area.y, maxWidth: area.maxX - x)
    }

    /// A plain ASCII line for stderr when there is no screen: "label [#####-----]  50% 5/10".
    public func plainText(width: Int = 60) -> String {
        let prefix = label.isEmpty ? "" : label + " "
        let barWidth = max(0, width - displayWidth(prefix) - displayWidth(counts) - 2)
        let filled = Int(Double(barWidth) * fraction)
        return prefix + "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]" + counts
    }
}
