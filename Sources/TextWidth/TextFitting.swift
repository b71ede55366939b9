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

/// Truncates, then pads with spaces to exactly `width` cells. With `truncating: false` text wider
/// than `width` comes back whole (a printed label may overrun its column rather than lose words).
public func pad(_ s: String, toWidth width: Int, align: Alignment = .left, truncating: Bool = true) -> String {
    guard width > 0 else { return truncating ? "" : s }
    let cut = truncating ? truncate(s, toWidth: width) : s
    let gap = max(0, width - displayWidth(cut))
    switch align {
    case .left: return cut + String(repeating: " ", count: gap)
    case .right: return String(repeating: " ", count: gap) + cut
    case .center:
        let left = gap / 2
        return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
    }
}

/// `s` centred in `width` cells by spaces on its left only (printed lines carry no trailing spaces).
public func centred(_ s: String, inWidth width: Int) -> String {
    String(repeating: " ", count: max(0, (width - displayWidth(s)) / 2)) + s
}

/// Splits text into lines of at most `width` cells, breaking at spaces, and between Chinese
/// characters (which have no spaces to break at) — but never before closing punctuation such as
/// "，" or "）", which stays on the line it closes. A word wider than a line is cut.
public func wrap(_ s: String, toWidth width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = ""
        for unit in breakUnits(String(paragraph)) {
            let candidate = line.isEmpty ? unit.text : line + unit.leading + unit.text
            if displayWidth(candidate) <= width { line = candidate; continue }
            if !line.isEmpty { lines.append(line) }
            var rest = unit.text
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

/// The pieces a line may break between, each with the spaces before it: a run of narrow
/// characters is one piece (a word); each wide character is its own piece, with any closing
/// punctuation after it glued on.
private func breakUnits(_ paragraph: String) -> [(leading: String, text: String)] {
    var units: [(leading: String, text: String)] = []
    var leading = "", word = ""
    var wordIsWide = false
    func flush() {
        if !word.isEmpty { units.append((leading, word)); leading = "" }
        word = ""
    }
    for ch in paragraph {
        if ch == " " {
            flush()
            leading.append(ch)
            continue
        }
        let wide = displayWidth(ch) == 2
        if noLineStart.contains(ch), !word.isEmpty || !units.isEmpty, leading.isEmpty {
            // Closing marks stay with what they close, even across a piece boundary.
            if word.isEmpty { units[units.count - 1].text.append(ch) } else { word.append(ch) }
            continue
        }
        if wide || wordIsWide { flush() }
        word.append(ch)
        wordIsWide = wide
    }
    flush()
    if units.isEmpty || !leading.isEmpty { units.append((leading, "")) }
    return units
}

/// Marks that must not begin a line (the common core of the Chinese line-breaking rules).
private let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "】", "”", "’", "…",
                                           ",", ".", ";", ":", "!", "?", ")"]
