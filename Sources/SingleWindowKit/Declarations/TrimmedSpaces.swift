import Foundation

extension String {
    /// The text without surrounding spaces and tabs. Most cells have none, so the common case
    /// returns without calling into Foundation (an import trims millions of cells).
    var trimmedSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 && first < 0x80 && last < 0x80 { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
