import Foundation
import SingleWindowKit

/// What every command gets: its arguments, the environment, where to write, and the language.
public struct CommandContext {
    public var arguments: ParsedArguments
    public var environment: [String: String]
    public var console: Console
    public var strings: Strings
    /// The command words not yet consumed by dispatch (the command's own positional arguments).
    public var rest: [String]

    public var json: Bool { arguments.has("json") }

    public init(arguments: ParsedArguments, environment: [String: String], console: Console) {
        self.arguments = arguments
        self.environment = environment
        self.console = console
        self.rest = arguments.words
        let lang = arguments.option("lang") ?? environment["SINGLEWINDOW_LANG"]
            ?? environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"]
        self.strings = Strings(Language.fromLocale(lang))
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

    /// The OS user name, for mapping to an operator when --as is not given.
    public var osUser: String {
        environment["USER"] ?? environment["LOGNAME"] ?? ""
    }
}

extension CommandContext {
    /// Who acts: `--as`, else the login name's operator. A training database opened by someone
    /// with no operator of their own starts as its trainer, who can then switch (F9): a class on
    /// a fresh machine should not begin with an error.
    public func resolveActor(_ workspace: Workspace) throws -> Operator {
        do {
            return try workspace.resolveOperator(asID: arguments.option("as"), osUser: osUser)
        } catch IdentityError.unmappedOSUser where workspace.kind == .training {
            if let trainer = try Operators.list(workspace.db, role: .trainer, limit: 1).first { return trainer }
            throw IdentityError.unmappedOSUser(osUser: osUser)
        }
    }
}
