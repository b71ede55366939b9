extension StringProtocol {
    /// The text without surrounding white space (spaces, tabs, line breaks, ideographic and
    /// no-break spaces: Unicode's White_Space, as `CharacterSet.whitespacesAndNewlines`).
    ///
    /// The one trim of the code base. Most strings have nothing to trim, so the common case
    /// returns after looking at two scalars (an import trims millions of cells).
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.isTrimmedSpace && !last.isTrimmedSpace { return String(self) }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].isTrimmedSpace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isTrimmedSpace { end = scalars.index(before: end) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

extension Unicode.Scalar {
    /// Unicode White_Space, by value (no property table look-up).
    public var isTrimmedSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
