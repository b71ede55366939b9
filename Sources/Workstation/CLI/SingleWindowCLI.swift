import Foundation
import SingleWindowKit

/// The executable's entry point: the TUI by default, or a headless command. Both call the same
/// domain API; this type only parses, dispatches and maps errors to exit codes.
public enum SingleWindowCLI {
    public static let version = "0.1.0"

    /// A headless command: `(context) throws -> ExitCode`.
    public typealias Command = @Sendable (inout CommandContext) throws -> ExitCode

    /// noun → verb → command. A noun with a "" verb runs without a verb.
    static let commands: [String: [String: Command]] = [
        "init": ["": FoundationCommands.initDatabase],
        "audit": ["verify": FoundationCommands.auditVerify],
        "backup": ["": FoundationCommands.backup],
        "reset": ["": FoundationCommands.reset],
        "clock": ClockCommands.verbs,
        "lanes": ["tick": LaneCommands.tick],
        "manifest-check": ["": FoundationCommands.manifestCheck],
        "operators": ["list": FoundationCommands.listOperators],
        "declarations": DeclarationCommands.verbs,
        "vessels": VesselCommands.verbs,
        "review": ReviewCommands.verbs,
        "generate": ["": GenerateCommand.run],
    ]

    /// Runs one invocation; `launchTUI` is called when no command is given.
    public static func run(arguments: [String], environment: [String: String], console: Console,
                           launchTUI: (inout CommandContext) throws -> ExitCode) -> Int32 {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments)
        } catch let error as UsageError {
            let strings = Strings(Language.fromLocale(environment["LANG"]))
            console.error(strings.format(.cliError, error.message))
            console.error(strings[.cliUsage])
            return ExitCode.usage.rawValue
        } catch {
            console.error("error: \(error)")
            return ExitCode.usage.rawValue
        }
        var context = CommandContext(arguments: parsed, environment: environment, console: console)
        if parsed.has("version") {
            console.print("singlewindow \(version) (schema \(Migrator.latestVersion))")
            return ExitCode.success.rawValue
        }
        if parsed.has("help") && parsed.words.isEmpty {
            console.print(context.strings[.cliUsage])
            return ExitCode.success.rawValue
        }
        do {
            guard let noun = context.nextWord() else {
                return try launchTUI(&context).rawValue
            }
            guard let verbs = commands[noun] else {
                return usage(context, context.strings.format(.cliUnknownCommand, noun))
            }
            if parsed.has("help") {
                console.print(context.strings[.cliUsage])
                return ExitCode.success.rawValue
            }
            let command: Command
            if let direct = verbs[""] {
                command = direct
            } else if let verb = context.nextWord(), let found = verbs[verb] {
                command = found
            } else {
                let known = verbs.keys.sorted().joined(separator: ", ")
                return usage(context, context.strings.format(.cliUnknownCommand, noun + " … (" + known + ")"))
            }
            return try command(&context).rawValue
        } catch let error as UsageError {
            return usage(context, error.message)
        } catch {
            let text = String(describing: error)
            if context.json {
                try? console.json(["error": text])
            }
            console.error(context.strings.format(.cliError, text))
            return ExitCode.failure.rawValue
        }
    }

    static func usage(_ context: CommandContext, _ message: String) -> Int32 {
        context.console.error(context.strings.format(.cliError, message))
        context.console.error(context.strings[.cliUsage])
        return ExitCode.usage.rawValue
    }
}
