/// Exit codes scripts can rely on.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// The command ran but found problems (rejected import rows, a broken audit chain).
    case problems = 1
    /// Bad usage: unknown command or option, missing argument, no terminal for the TUI.
    case usage = 2
    /// The command could not run (database refused, file unreadable, not authorised).
    case failure = 3
}
