import Foundation
import Presentation
import SingleWindowKit

/// The executable's entry point: the TUI by default, or a headless command. Both call the same
/// domain API; this type only parses, dispatches and maps errors to exit codes.
public enum SingleWindowCLI {
    public static let version = "0.1.0"

    /// A headless command: `(context) throws -> ExitCode`.
    public typealias Command = @Sendable (inout CommandContext) throws -> ExitCode

    /// noun → verb → command, from every area (`CommandAreas.all`). A noun with a "" verb runs
    /// without a verb.
    static let commands: [String: [String: Command]] = Dictionary(
        CommandAreas.all.flatMap(\.commands), uniquingKeysWith: { first, _ in first })

    /// Verbs that dispatch a verb of their own (`review rules list`).
    static let nested: [String: [String: Command]] = Dictionary(
        CommandAreas.all.flatMap(\.nested), uniquingKeysWith: { first, _ in first })

    /// Every command's option table, by the command's name (`review decide`).
    static let tables: [String: OptionTable] = Dictionary(
        CommandAreas.all.flatMap(\.tables).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The option names some table gives a value, to find the command words before its own table
    /// reads the arguments.
    static let valuedOptions: Set<String> = Set((tables.values.flatMap(\.options) + OptionTable.topLevel.allOptions)
        .filter(\.takesValue).map(\.name))

    /// Every command's name: each noun's verbs, each nested verb's verbs.
    static var commandNames: [String] {
        commands.flatMap { noun, verbs in
            verbs.keys.flatMap { verb -> [String] in
                let name = verb.isEmpty ? noun : noun + " " + verb
                return nested[name].map { $0.keys.map { name + " " + $0 } } ?? [name]
            }
        }.sorted()
    }

    /// Runs one invocation; `launchTUI` is called when no command is given.
    public static func run(arguments: [String], environment: [String: String], console: Console,
                           launchTUI: (WorkstationLaunch) throws -> ExitCode) -> Int32 {
        let words = ArgumentParser.words(arguments, valued: valuedOptions)
        let strings = CommandContext.strings(languageOption: languageOption(arguments), environment: environment)
        let table: OptionTable
        switch resolve(words) {
        case let .command(found):
            table = found
        case let .group(prefix):
            if arguments.contains("--help") || arguments.contains("-h") {
                console.print(groupUsage(prefix, strings).joined(separator: "\n"))
                return ExitCode.success.rawValue
            }
            let known = tables.keys.filter { $0.hasPrefix(prefix + " ") }
                .map { String($0.dropFirst(prefix.count + 1).split(separator: " ")[0]) }
            let message = strings.format(.cliUnknownCommand, prefix + " … (" + Set(known).sorted().joined(separator: ", ") + ")")
            console.error(strings.format(.cliError, message))
            console.error(strings.format(.chGroupHelp, "singlewindow " + prefix))
            return ExitCode.usage.rawValue
        case .unknown:
            console.error(strings.format(.cliError, strings.format(.cliUnknownCommand, words[0])))
            console.error(strings[.cliUsage])
            return ExitCode.usage.rawValue
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, table: table)
        } catch let error as OptionError {
            return usage(table, error.text(strings), strings, console)
        } catch {
            console.error(strings.format(.cliError, String(describing: error)))
            return ExitCode.usage.rawValue
        }
        var context = CommandContext(arguments: parsed, environment: environment, console: console)
        if parsed.switches.contains("version") {
            console.print("singlewindow \(version) (schema \(Migrator.latestVersion))")
            return ExitCode.success.rawValue
        }
        if parsed.switches.contains("help") {
            console.print(table.name.isEmpty ? context.strings[.cliUsage] : table.help(context.strings).joined(separator: "\n"))
            return ExitCode.success.rawValue
        }
        do {
            guard let noun = context.nextWord() else {
                return try launchTUI(context.workstationLaunch).rawValue
            }
            // `resolve` found the table, so the noun and verb are there.
            guard let verbs = commands[noun] else { return usage(table, strings.format(.cliUnknownCommand, noun), strings, console) }
            let command: Command
            if let direct = verbs[""] {
                command = direct
            } else if let verb = context.nextWord(), let found = verbs[verb] {
                command = found
            } else {
                return usage(table, strings.format(.cliUnknownCommand, table.name), strings, console)
            }
            return try command(&context).rawValue
        } catch let error as UsageError {
            return usage(table, error.message, context.strings, console)
        } catch {
            var text = String(describing: error)
            // In Chinese a review's refusal reads as the screens word it; English keeps the
            // domain's own sentence, which scripts already match.
            let strings = context.strings
            if strings.language == .zh,
               let line = ReviewRefusalText.line(error, strings, agencyName: { AgencyNames.name($0, db: nil, strings: strings) }) {
                text = line
            }
            if context.json {
                try? console.json(["error": text])
            }
            console.error(context.strings.format(.cliError, text))
            return ExitCode.failure.rawValue
        }
    }

    enum Resolution {
        case command(OptionTable)
        /// Words that start commands but name none (`vessels`, `review rules`, `vessels sink`).
        case group(String)
        case unknown
    }

    /// The command the leading words name: the longest that has a table. No words: the workstation.
    static func resolve(_ words: [String]) -> Resolution {
        if words.isEmpty { return .command(.topLevel) }
        for count in stride(from: min(3, words.count), through: 1, by: -1) {
            if let table = tables[words.prefix(count).joined(separator: " ")] { return .command(table) }
        }
        for count in stride(from: min(2, words.count), through: 1, by: -1) {
            let prefix = words.prefix(count).joined(separator: " ")
            if tables.keys.contains(where: { $0.hasPrefix(prefix + " ") }) { return .group(prefix) }
        }
        return .unknown
    }

    /// `--lang` as typed, read before the command's table can say whether the rest is right.
    static func languageOption(_ arguments: [String]) -> String? {
        for (i, word) in arguments.enumerated() {
            if word.hasPrefix("--lang=") { return String(word.dropFirst(7)) }
            if word == "--lang", i + 1 < arguments.count { return arguments[i + 1] }
        }
        return nil
    }

    /// A usage error: the command and what was wrong, then its short usage (the workstation's:
    /// the manual). Exit 2.
    static func usage(_ table: OptionTable, _ message: String, _ strings: Strings, _ console: Console) -> Int32 {
        if table.name.isEmpty {
            console.error(strings.format(.cliError, message))
            console.error(strings[.cliUsage])
        } else {
            // Most of the commands' own messages already start with their name.
            let named = message.hasPrefix(table.name) || message.hasPrefix((table.name.split(separator: " ").first ?? "") + ":")
            console.error(strings.format(.cliError, named ? message : table.name + ": " + message))
            console.error(table.shortUsage(strings).joined(separator: "\n"))
        }
        return ExitCode.usage.rawValue
    }

    /// The commands under `prefix` (`vessels`), one line each with what it does.
    static func groupUsage(_ prefix: String, _ strings: Strings) -> [String] {
        let group = tables.values.filter { $0.name.hasPrefix(prefix + " ") }.sorted { $0.name < $1.name }
        let heads = group.map { (["singlewindow", $0.name, $0.arguments].filter { !$0.isEmpty }).joined(separator: " ") }
        // A long head has its summary on the next line, so the short ones stay in one column.
        let width = min(44, heads.map(\.count).max() ?? 0)
        var lines = [strings[.chCommands]]
        for (head, table) in zip(heads, group) {
            if head.count > width {
                lines += ["  " + head, "  " + String(repeating: " ", count: width + 2) + strings[table.summary]]
            } else {
                lines.append("  " + head + String(repeating: " ", count: width + 2 - head.count) + strings[table.summary])
            }
        }
        lines.append(strings.format(.chMoreHelp, "singlewindow " + prefix + " COMMAND"))
        return lines
    }
}
