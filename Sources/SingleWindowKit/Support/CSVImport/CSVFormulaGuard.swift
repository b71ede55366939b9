/// Formula injection in exported CSV (the OWASP rule): a spreadsheet runs a cell that starts
/// with `=`, `+`, `-`, `@`, TAB or CR (`=cmd|' /C calc'!A0`, `+1+1`, `@SUM(1,2)`), so such a
/// text cell is written with a leading `'`, which spreadsheets show as text. Numbers (`-12.5`,
/// `+3`, `1e5`) are left as they are. The importer takes the `'` off again, so export → import →
/// export is exact: a value that itself starts with `'` before such a character gets one more.
public enum CSVFormulaGuard {
    /// What a cell holds in an exported file.
    public static func neutralised(_ value: String) -> String {
        needsGuard(Substring(value)) ? "'" + value : value
    }

    /// The value an exported cell stands for (the inverse of `neutralised`); any other cell as is.
    public static func restored(_ cell: String) -> String {
        guard cell.first == "'" else { return cell }
        let rest = cell.dropFirst()
        return needsGuard(rest) ? String(rest) : cell
    }

    /// Starts like a formula and is not a number, or is a `'` before such a value.
    static func needsGuard(_ value: Substring) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        switch first {
        case "=", "@", "\t", "\r": return true
        case "+", "-": return !isNumber(value)
        case "'": return needsGuard(value.dropFirst())
        default: return false
        }
    }

    /// A decimal number, optionally signed, with an optional fraction and exponent.
    static func isNumber(_ value: Substring) -> Bool {
        var it = value.utf8[...]
        func digits() -> Int {
            var n = 0
            while let d = it.first, d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9") { it = it.dropFirst(); n += 1 }
            return n
        }
        if it.first == UInt8(ascii: "+") || it.first == UInt8(ascii: "-") { it = it.dropFirst() }
        let whole = digits()
        var fraction = 0
        if it.first == UInt8(ascii: ".") { it = it.dropFirst(); fraction = digits() }
        guard whole + fraction > 0 else { return false }
        if it.first == UInt8(ascii: "e") || it.first == UInt8(ascii: "E") {
            it = it.dropFirst()
            if it.first == UInt8(ascii: "+") || it.first == UInt8(ascii: "-") { it = it.dropFirst() }
            if digits() == 0 { return false }
        }
        return it.isEmpty
    }
}
