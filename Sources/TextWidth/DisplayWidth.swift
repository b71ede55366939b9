// Terminal cell width without asking the C library: glibc's wcwidth answers -1 for every CJK
// glyph under a non-UTF-8 locale, and the screen layout must not change with LANG.

/// Cells a string occupies on a terminal: CJK and fullwidth forms take 2, combining marks 0.
public func displayWidth(_ s: String) -> Int {
    var total = 0
    for ch in s { total += displayWidth(ch) }
    return total
}

/// Cells one grapheme occupies; a cluster is as wide as its base, or 2 when it asks for emoji presentation.
public func displayWidth(_ c: Character) -> Int {
    let scalars = c.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count == 1 { return displayWidth(first) }
    var base = 0
    for scalar in scalars {
        let w = displayWidth(scalar)
        if w > 0 { base = w; break }
    }
    // VS16 turns a text-style symbol (e.g. U+2764) into a two-cell emoji on modern terminals.
    if base == 1, scalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji { return 2 }
    return base
}

/// Cells one code point occupies: 0 for controls, combining and format characters, 2 for wide ones.
public func displayWidth(_ u: Unicode.Scalar) -> Int {
    let v = u.value
    if v < 0x7F { return v >= 0x20 ? 1 : 0 }
    if v < 0xA0 { return 0 }
    if v == 0xAD { return 1 }
    if isZeroWidth(u) { return 0 }
    if inRanges(v, wideRanges) { return 2 }
    if v >= 0x1F000, u.properties.isEmojiPresentation, !(0x1F1E6...0x1F1FF).contains(v) { return 2 }
    return 1
}

private func isZeroWidth(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    // Medial vowels and final consonants of conjoining Hangul join the leading consonant's cell.
    if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return true }
    if v == 0x200B { return true }
    switch u.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
        return true
    default:
        return false
    }
}

private func inRanges(_ v: UInt32, _ ranges: [ClosedRange<UInt32>]) -> Bool {
    var lo = 0, hi = ranges.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        let r = ranges[mid]
        if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
    }
    return false
}

// East Asian Width W and F (Unicode 14/15), sorted, for the binary search above.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7,
    0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1AFFE, 0x1B000...0x1B122, 0x1B150...0x1B152,
    0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
    0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
    0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
]
