import Presentation

/// The command line, parsed by hand (no outside packages): `--name value` / `--name=value` are
/// options, flags take no value, and every other word is kept in order — the dispatcher takes the
/// command path (`declarations import`) from the front and leaves the rest as its arguments.
/// Which names are options, and which of them take a value, is the command's `OptionTable`.
public struct ParsedArguments: Equatable, Sendable {
    public var words: [String] = []
    public var options: [String: String] = [:]
    public var switches: Set<String> = []
    /// The names the command's table declares (nil: not checked). A command reading an option its
    /// table does not declare would never see it, so that is caught in debug builds.
    var declared: Set<String>?

    public func option(_ name: String) -> String? {
        assert(declared?.contains(name) ?? true, "--\(name) is read but not in the command's option table")
        return options[name]
    }

    public func has(_ name: String) -> Bool {
        assert(declared?.contains(name) ?? true, "--\(name) is read but not in the command's option table")
        return switches.contains(name)
    }
}

/// A usage error a command finds in its arguments, worded for the user.
public struct UsageError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// An option the table does not allow as written.
public enum OptionError: Error, Equatable, Sendable {
    case unknown(String)
    case needsValue(String)
    case takesNoValue(String)

    /// The offending option as typed (`--bogus`, `-x`).
    public var option: String {
        switch self {
        case let .unknown(o), let .needsValue(o), let .takesNoValue(o): return o
        }
    }

    public func text(_ s: Strings) -> String {
        switch self {
        case let .unknown(o): return s.format(.chUnknownOption, o)
        case let .needsValue(o): return s.format(.chNeedsValue, o)
        case let .takesNoValue(o): return s.format(.chTakesNoValue, o)
        }
    }
}

public enum ArgumentParser {
    /// `arguments` read against `table` (its own options and the global ones): an option it does
    /// not name, a value missing or a value given to a flag is an `OptionError`.
    public static func parse(_ arguments: [String], table: OptionTable = .topLevel) throws -> ParsedArguments {
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
                guard let option = table.option(name) else { throw OptionError.unknown("--\(name)") }
                if option.takesValue {
                    if let inlineValue {
                        parsed.options[name] = inlineValue
                    } else {
                        guard index < arguments.count, !arguments[index].hasPrefix("--") else { throw OptionError.needsValue("--\(name)") }
                        parsed.options[name] = arguments[index]
                        index += 1
                    }
                } else {
                    if inlineValue != nil { throw OptionError.takesNoValue("--\(name)") }
                    parsed.switches.insert(name)
                }
                continue
            }
            if isShortOption(word) { throw OptionError.unknown(word) }
            parsed.words.append(word)
        }
        parsed.declared = Set(table.allOptions.map(\.name))
        return parsed
    }

    /// The words of `arguments`, leniently: any option is skipped (with the next argument when
    /// some table gives that name a value). Only to find which command is meant, so that its own
    /// table can then read the arguments strictly.
    static func words(_ arguments: [String], valued: Set<String>) -> [String] {
        var words: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" { words += arguments[index...]; break }
            if word.hasPrefix("--") {
                let name = String(word.dropFirst(2))
                if !name.contains("="), valued.contains(name), index < arguments.count, !arguments[index].hasPrefix("--") { index += 1 }
                continue
            }
            if word == "-h" || isShortOption(word) { continue }
            words.append(word)
        }
        return words
    }

    /// "-x" is an option; "-30m" (a step back for the clock) and "-" are words.
    static func isShortOption(_ word: String) -> Bool {
        word.hasPrefix("-") && word.count > 1 && !(word.dropFirst().first?.isNumber ?? false)
    }
}
