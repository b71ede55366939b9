/// Where padding goes when text is narrower than its space.
public enum Alignment: Sendable, Hashable {
    case left, right, center
}

/// Cuts `s` to at most `width` cells without splitting a wide glyph; with `ellipsis`, a cut ends in "…".
public func truncate(_ s: String, toWidth width: Int, ellipsis: Bool = false) -> String {
    guard width > 0 else { return "" }
    if displayWidth(s) <= width { return s }
    let budget = ellipsis ? width - 1 : width
    var out = ""
    var used = 0
    for ch in s {
        let w = displayWidth(ch)
        if used + w > budget { break }
        out.append(ch)
        used += w
    }
    return ellipsis ? out + "…" : out
}

/// Truncates, then pads with spaces to exactly `width` cells.
public func pad(_ s: String, toWidth width: Int, align: Alignment = .left) -> String {
    guard width > 0 else { return "" }
    let cut = truncate(s, toWidth: width)
    let gap = width - displayWidth(cut)
    switch align {
    case .left: return cut + String(repeating: " ", count: gap)
    case .right: return String(repeating: " ", count: gap) + cut
    case .center:
        let left = gap / 2
        return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
    }
}

/// Splits text into lines of at most `width` cells, breaking at spaces when it can.
public func wrap(_ s: String, toWidth width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = ""
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if displayWidth(candidate) <= width { line = candidate; continue }
            if !line.isEmpty { lines.append(line) }
            var rest = word
            while displayWidth(rest) > width {
                let head = truncate(rest, toWidth: width)
                let taken = head.isEmpty ? String(rest.prefix(1)) : head
                lines.append(taken)
                rest = String(rest.dropFirst(taken.count))
            }
            line = rest
        }
        lines.append(line)
    }
    return lines
}
