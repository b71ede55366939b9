import Foundation
import Presentation
import SingleWindowKit

/// What every command gets: its arguments, the environment, where to write, and the language.
public struct CommandContext {
    public var arguments: ParsedArguments
    public var environment: [String: String]
    public var console: Console
    public var strings: Strings
    /// The command words not yet consumed by dispatch (the command's own positional arguments).
    public var rest: [String]
    /// The OS account this process really runs as (`getuid` → passwd), never `$USER`: who acts
    /// on a production database. Tests hand in another; the executable always the real one.
    public var login: OSLogin
    /// The command being run, as its option table names it (`vessels show`): the access
    /// matrix's column.
    public var commandName: String = ""

    public var json: Bool { arguments.has("json") }

    public init(arguments: ParsedArguments, environment: [String: String], console: Console, login: OSLogin = .current()) {
        self.arguments = arguments
        self.login = login
        // Under setgid the path overrides are dropped here, for every command and the workstation,
        // and the umask set before any file is made.
        LaunchEnvironment.prepareProcess()
        self.environment = LaunchEnvironment.trusted(environment)
        self.console = console
        self.rest = arguments.words
        self.strings = Self.strings(languageOption: arguments.option("lang"), environment: environment)
    }

    /// The user's language: --lang, else $SINGLEWINDOW_LANG, else the locale.
    static func strings(languageOption: String?, environment: [String: String]) -> Strings {
        let lang = languageOption ?? environment["SINGLEWINDOW_LANG"]
            ?? environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"]
        return Strings(Language.fromLocale(lang))
    }

    /// Takes the next command word, if any.
    public mutating func nextWord() -> String? {
        rest.isEmpty ? nil : rest.removeFirst()
    }

    /// The database path: --db, else $SINGLEWINDOW_DB, else the XDG default.
    public var databasePath: String {
        if let db = arguments.option("db") { return db }
        return Workspace.defaultPath(environment: environment)
    }

    /// The workstation's zone for every time a person reads (`TZ`, else China time).
    public var localTime: LocalTime { LocalTime(environment: environment) }

}

extension CommandContext {
    /// Who acts (see `WorkspaceFactory.actor`), refused unless the access matrix lets that
    /// role run this command: every command that acts or reads asks here.
    public func resolveActor(_ workspace: Workspace) throws -> Operator {
        let actor = try WorkspaceFactory.actor(workspace, asID: arguments.option("as"), login: login)
        try AccessMatrix.require(actor, command: commandName)
        return actor
    }

    /// What the workstation starts from, when no command is given.
    var workstationLaunch: WorkstationLaunch {
        let console = console
        return WorkstationLaunch(databasePath: databasePath, actorID: arguments.option("as"), login: login,
                                 theme: arguments.option("theme"), strings: strings, environment: environment,
                                 timeZone: localTime.zone, report: { console.error($0) })
    }
}

extension WorkspaceFactory {
    /// Opens an existing database; a missing file is an error, not a silent new database.
    static func openExisting(path: String) throws -> Workspace {
        guard Workspace.holdsData(path) else {
            throw UsageError("no database at \(path) (create one with `singlewindow init --db \(path)`, or run `singlewindow` for a training database)")
        }
        return try Workspace.open(path: path, createAs: nil)
    }
}
