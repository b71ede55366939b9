import Foundation

extension String {
    /// The text without surrounding spaces and tabs. Most cells have none, so the common case
    /// returns without calling into Foundation or Unicode property tables (an import trims
    /// millions of cells).
    var trimmedSpaces: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !first.isHorizontalSpace && !last.isHorizontalSpace { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}

extension Unicode.Scalar {
    /// The members of `CharacterSet.whitespaces` (Unicode Zs plus tab), by value.
    var isHorizontalSpace: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
