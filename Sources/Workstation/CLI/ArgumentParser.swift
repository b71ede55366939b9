/// The command line, parsed by hand (no outside packages): `--name value` / `--name=value` are
/// options, known switches take no value, and every other word is kept in order — the command
/// dispatcher takes the command path (`declarations import`) from the front and leaves the rest
/// as its arguments.
public struct ParsedArguments: Equatable, Sendable {
    public var words: [String] = []
    public var options: [String: String] = [:]
    public var switches: Set<String> = []

    public func option(_ name: String) -> String? { options[name] }
    public func has(_ name: String) -> Bool { switches.contains(name) }
}

public struct UsageError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

public enum ArgumentParser {
    /// Options that never take a value.
    public static let switches: Set<String> = [
        "help", "version", "json", "dry-run", "submit", "force", "no-color", "production", "training", "quiet", "print",
        "first", "last", "mine", "booked", "unbooked", "due", "all", "projection", "yes",
    ]
    /// Options that take a value.
    public static let valued: Set<String> = [
        "db", "as", "lang", "theme", "format", "out", "rejects", "status", "search", "after", "limit", "role", "file",
        "seed", "declarations", "agency", "state", "kind", "reason", "message", "to", "printer", "scope", "direction",
        "broker", "template", "name", "at", "by", "lines",
        "from", "voyage", "crew",
        "view", "channel", "credit", "trader", "trader-name", "chapter", "until", "sort", "before", "since", "action", "instruction",
        "result", "amount", "currency", "lane-version", "slot", "place", "day", "times", "capacity", "batch", "number",
        "note", "priority", "hs", "origin", "outcome", "select-rate", "sampling-rate", "reason-en", "reason-zh", "active",
    ]

    public static func parse(_ arguments: [String]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" {
                parsed.words += arguments[index...]
                break
            }
            if word == "-h" { parsed.switches.insert("help"); continue }
            if word.hasPrefix("--") {
                var name = String(word.dropFirst(2))
                var inlineValue: String?
                if let eq = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                if switches.contains(name) {
                    if inlineValue != nil { throw UsageError("--\(name) takes no value") }
                    parsed.switches.insert(name)
                } else if valued.contains(name) {
                    if let inlineValue {
                        parsed.options[name] = inlineValue
                    } else {
                        guard index < arguments.count, !arguments[index].hasPrefix("--") else {
                            throw UsageError("--\(name) needs a value")
                        }
                        parsed.options[name] = arguments[index]
                        index += 1
                    }
                } else {
                    throw UsageError("unknown option --\(name)")
                }
                continue
            }
            // "-30m" (a step back for the clock) is a word, not an option.
            if word.hasPrefix("-") && word.count > 1 && !(word.dropFirst().first?.isNumber ?? false) {
                throw UsageError("unknown option \(word)")
            }
            parsed.words.append(word)
        }
        return parsed
    }
}
