import Presentation

/// One option of a command: `--name` alone (a flag) or `--name VALUE`, and what it does.
public struct CommandOption: Sendable, Equatable {
    public var name: String
    /// What the value looks like in the usage (`FILE`, `N`); nil for a flag.
    public var value: String?
    public var help: CH

    public var takesValue: Bool { value != nil }

    public static func flag(_ name: String, _ help: CH) -> CommandOption { CommandOption(name: name, value: nil, help: help) }
    public static func value(_ name: String, _ value: String, _ help: CH) -> CommandOption {
        CommandOption(name: name, value: value, help: help)
    }

    /// `--name VALUE` or `--name`.
    var synopsis: String { "--" + name + (value.map { " " + $0 } ?? "") }
}

/// A command's option table, declared once beside the command: its name (`review decide`), the
/// words that follow it, what it does, and its options. The parser reads the command's arguments
/// against it; its `--help` and its usage errors are made from it.
public struct OptionTable: Sendable {
    /// The command path, `review decide`; empty for the workstation itself.
    public var name: String
    /// The words after the path, as the usage shows them (`ID`, `CALL FILE.csv`).
    public var arguments: String
    public var summary: CH
    public var options: [CommandOption]

    public init(_ name: String, _ arguments: String = "", _ summary: CH, _ options: [CommandOption] = []) {
        self.name = name
        self.arguments = arguments
        self.summary = summary
        self.options = options
    }

    /// Options every command takes, listed once at the end of each help.
    public static let global: [CommandOption] = [
        .value("db", "FILE", .optDB), .value("as", "OPERATOR", .optAs), .value("lang", "en|zh", .optLang),
        .flag("json", .optJSON), .flag("help", .optHelp),
    ]

    /// `singlewindow` with no command: the workstation.
    public static let topLevel = OptionTable("", "", .cmdWorkstation, [
        .value("theme", "NAME", .optTheme), .flag("version", .optVersion),
    ])

    public var allOptions: [CommandOption] { options + Self.global }

    public func option(_ name: String) -> CommandOption? { allOptions.first { $0.name == name } }

    /// `singlewindow review decide ID [--action ACTION] …`, wrapped to `width` columns.
    public func synopsis(width: Int = 100) -> [String] {
        let head = (["singlewindow", name, arguments].filter { !$0.isEmpty }).joined(separator: " ")
        var lines: [String] = []
        var line = head
        let indent = String(repeating: " ", count: min(20, 13 + name.count))
        var onLine = 0
        for option in options {
            let part = "[" + option.synopsis + "]"
            if onLine > 0 && line.count + 1 + part.count > width {
                lines.append(line)
                line = indent + part
            } else {
                line += " " + part
            }
            onLine = line.hasPrefix(indent) && line == indent + part ? 1 : onLine + 1
        }
        lines.append(line)
        return lines
    }

    /// The short usage a usage error ends with: the synopsis and where the rest is.
    public func shortUsage(_ s: Strings) -> [String] {
        var lines = synopsis()
        lines[0] = s.format(.chUsage, lines[0])
        lines.append(s.format(.chMoreHelp, (["singlewindow", name].filter { !$0.isEmpty }).joined(separator: " ")))
        return lines
    }

    /// `--help`: the synopsis, what it does, each option with its help, then the global options.
    public func help(_ s: Strings) -> [String] {
        var lines = synopsis()
        lines[0] = s.format(.chUsage, lines[0])
        lines.append("  " + s[summary])
        if !options.isEmpty {
            lines.append(s[.chOptions])
            lines += Self.rows(options, s)
        }
        lines.append(s[.chGlobalOptions])
        lines += Self.rows(Self.global, s)
        return lines
    }

    static func rows(_ options: [CommandOption], _ s: Strings) -> [String] {
        let width = min(34, (options.map { $0.synopsis.count }.max() ?? 0) + 2)
        return options.map { option in
            let left = "  " + option.synopsis
            let padded = left.count >= width + 2 ? left + "  " : left + String(repeating: " ", count: width + 2 - left.count)
            return padded + s[option.help]
        }
    }
}
