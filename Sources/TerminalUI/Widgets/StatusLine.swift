import TextWidth
/// One piece of the status line, optionally in its own role (e.g. the TRAINING marker).
public struct StatusSegment: Hashable, Sendable {
    public var text: String
    public var role: ThemeRole
    public init(_ text: String, role: ThemeRole = .status) { self.text = text; self.role = role }
}

/// The status line: left segments ("operator · role · agency") and right segments ("db · clock"),
/// separated by " · ". When they collide the right side wins and the left is cut with "…".
public struct StatusLine: Sendable {
    public var left: [StatusSegment]
    public var right: [StatusSegment]

    public init(left: [StatusSegment], right: [StatusSegment] = []) {
        self.left = left
        self.right = right
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area.row(0), style: Style(.status))
        let rightWidth = min(area.width, width(of: right) + (right.isEmpty ? 0 : 1))
        var x = area.maxX - rightWidth
        draw(right, into: &buffer, x: &x, y: area.y, limit: area.maxX)
        var lx = area.x + 1
        let leftLimit = area.maxX - rightWidth - 1
        if width(of: left) > leftLimit - lx {
            let text = truncate(left.map(\.text).joined(separator: " · "), toWidth: max(0, leftLimit - lx), ellipsis: true)
            buffer.put(text, x: lx, y: area.y, style: Style(.status), maxWidth: max(0, leftLimit - lx))
        } else {
            draw(left, into: &buffer, x: &lx, y: area.y, limit: leftLimit)
        }
    }

    private func width(of segments: [StatusSegment]) -> Int {
        segments.reduce(0) { $0 + displayWidth($1.text) } + max(0, segments.count - 1) * 3
    }

    private func draw(_ segments: [StatusSegment], into buffer: inout Buffer, x: inout Int, y: Int, limit: Int) {
        for (i, s) in segments.enumerated() {
            if i > 0 { x = buffer.put(" · ", x: x, y: y, style: Style(.status), maxWidth: max(0, limit - x)) }
            x = buffer.put(s.text, x: x, y: y, style: Style(s.role), maxWidth: max(0, limit - x))
        }
    }
}
