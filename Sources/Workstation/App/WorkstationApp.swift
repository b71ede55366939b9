import Foundation
import SingleWindowKit

/// The interactive workstation. (The shell lands with the terminal toolkit.)
public enum WorkstationApp {
    public static func launch(_ context: inout CommandContext) throws -> ExitCode {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            context.console.error(context.strings[.cliNoTerminal])
            return .usage
        }
        return .success
    }
}
