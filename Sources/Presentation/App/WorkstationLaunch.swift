import Foundation
import SingleWindowKit

/// What the workstation needs from the command line to start. `Commands` parses the arguments
/// and hands this to the TUI (through `singlewindow`, which picks the face), so neither face
/// imports the other.
public struct WorkstationLaunch: Sendable {
    /// The database: --db, else $SINGLEWINDOW_DB, else the XDG default.
    public var databasePath: String
    /// `--as`, if given.
    public var actorID: String?
    /// The OS account the process runs as (uid → passwd), mapped to an operator when `--as` is
    /// not given (and always on a production database).
    public var login: OSLogin
    /// `--theme`, if given.
    public var theme: String?
    public var strings: Strings
    public var environment: [String: String]
    /// The zone every time a person reads is shown in.
    public var timeZone: TimeZone
    /// Writes a line for the user outside the screen (stderr): notices before and after it.
    public var report: @Sendable (String) -> Void

    public init(databasePath: String, actorID: String?, login: OSLogin, theme: String?, strings: Strings,
                environment: [String: String], timeZone: TimeZone, report: @escaping @Sendable (String) -> Void) {
        self.databasePath = databasePath
        self.actorID = actorID
        self.login = login
        self.theme = theme
        self.strings = strings
        self.environment = environment
        self.timeZone = timeZone
        self.report = report
    }
}
