import Foundation
import TextWidth

/// One thing wrong in a theme file, with where it is.
public struct ThemeProblem: Hashable, Sendable, CustomStringConvertible {
    public var fileName: String
    public var line: Int
    public var message: String
    public init(fileName: String, line: Int, message: String) {
        self.fileName = fileName
        self.line = line
        self.message = message
    }
    /// "amber.theme:12: unknown role 'rowz'".
    public var description: String { "\(fileName):\(line): \(message)" }
}

/// Reads theme files. Every problem is reported; a role whose line has a problem keeps the built-in look.
public enum ThemeParser {
    /// Parses theme text; roles not mentioned, and roles with a faulty line, come from `base`
    /// (the built-in default unless told otherwise).
    public static func parse(_ text: String, fileName: String,
                             base: Theme? = Theme.builtinDefault) -> (theme: Theme, problems: [ThemeProblem]) {
        var theme = Theme(name: (fileName as NSString).deletingPathExtension, roles: base?.roles ?? [:])
        var problems: [ThemeProblem] = []
        var seen: Set<ThemeRole> = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNo = index + 1
            func problem(_ message: String) { problems.append(ThemeProblem(fileName: fileName, line: lineNo, message: message)) }
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmed } ?? ""
            if line.isEmpty { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let head = words[0]
            if head.hasSuffix(":") {
                let value = line.dropFirst(head.count).trimmed
                switch head {
                case "name:": theme.name = value
                case "description:": theme.description = value
                default: problem("unknown setting '\(head.dropLast())' (expected name or description)")
                }
                continue
            }
            guard let role = ThemeRole(rawValue: head) else {
                problem("unknown role '\(head)'")
                continue
            }
            if !seen.insert(role).inserted { problem("role '\(head)' is set twice; the later line wins") }
            var look = base?.roles[role] ?? RoleAppearance()
            var ok = true
            if words.count == 1 { problem("role '\(head)' has no values"); ok = false }
            for word in words.dropFirst() {
                let kv = word.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2 else { problem("expected key=value, found '\(word)'"); ok = false; continue }
                switch kv[0] {
                case "256":
                    if let pair = parsePair(kv[1], limit: 255, problem: problem) { look.color256 = pair } else { ok = false }
                case "16":
                    if let pair = parsePair(kv[1], limit: 15, problem: problem) { look.color16 = pair } else { ok = false }
                case "attrs":
                    if let a = parseAttributes(kv[1], problem: problem) { look.attributes = a } else { ok = false }
                case "mono":
                    if let a = parseAttributes(kv[1], problem: problem) { look.mono = a } else { ok = false }
                default:
                    problem("unknown key '\(kv[0])' (expected 256, 16, attrs or mono)")
                    ok = false
                }
            }
            if ok { theme.roles[role] = look }
        }
        return (theme, problems)
    }

    /// Reads a theme file; a missing or unreadable file gives the built-in default and one problem.
    public static func load(path: String) -> (theme: Theme, problems: [ThemeProblem]) {
        let fileName = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return (Theme.builtinDefault, [ThemeProblem(fileName: fileName, line: 0, message: "cannot read theme file")])
        }
        return parse(text, fileName: fileName)
    }

    /// Loads `<directory>/<name>.theme`; "default" without a file gives the built-in theme silently.
    public static func load(named name: String, directory: String) -> (theme: Theme, problems: [ThemeProblem]) {
        let path = (directory as NSString).appendingPathComponent(name + ".theme")
        if name == "default", !FileManager.default.fileExists(atPath: path) { return (Theme.builtinDefault, []) }
        return load(path: path)
    }

    /// Theme names (file names without extension) found in a directory, sorted.
    public static func available(in directory: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }.sorted()
    }

    static let colorNames: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    private static func parsePair(_ text: String, limit: Int, problem: (String) -> Void) -> ColorPair? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else { problem("expected fg/bg, found '\(text)'"); return nil }
        guard let fg = parseColor(parts[0], limit: limit, problem: problem) else { return nil }
        let bg = parts.count == 2 ? parseColor(parts[1], limit: limit, problem: problem) : .default
        guard let bg else { return nil }
        return ColorPair(fg: fg, bg: bg)
    }

    private static func parseColor(_ text: String, limit: Int, problem: (String) -> Void) -> ThemeColor? {
        if text == "default" { return .default }
        if let n = colorNames[text] { return .index(n) }
        if let n = Int(text), n >= 0, n <= limit { return .index(n) }
        problem("bad colour '\(text)' (expected default, a colour name or 0–\(limit))")
        return nil
    }

    private static func parseAttributes(_ text: String, problem: (String) -> Void) -> TextAttributes? {
        if text == "none" { return [] }
        var result: TextAttributes = []
        for name in text.split(separator: "+").map(String.init) {
            guard let a = TextAttributes.named.first(where: { $0.0 == name })?.1 else {
                problem("bad attribute '\(name)' (expected bold, reverse, underline, dim or none)")
                return nil
            }
            result.insert(a)
        }
        return result
    }
}
