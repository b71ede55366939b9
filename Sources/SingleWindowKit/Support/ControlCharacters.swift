/// Text from a file or the database made safe to show: C0 controls (NUL, ESC, BEL…), DEL and
/// C1 controls (U+0080–U+009F, which some terminals also obey) become `\u{1B}`-style escapes, so
/// a NUL in a CSV header is visible in "unknown column" and `ESC ] 0 ; … BEL` in a remark cannot
/// retitle or clear the user's terminal. Everything else, CJK included, is left as it is.
public enum ControlCharacters {
    /// `text` with every control character escaped; with `keepingLineBreaks`, LF and TAB stay
    /// (multi-line output the program itself lays out).
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLineBreaks) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsEscape(_ scalar: Unicode.Scalar, _ keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
