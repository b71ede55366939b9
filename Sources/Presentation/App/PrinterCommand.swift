import Foundation
import SingleWindowKit

/// The configured printer command (`lp` by default), with a printout on its standard input:
/// one way to print for the port clearance, the approval decision and the joint inspection
/// table. The command is run directly (split on spaces, found on PATH), not through a shell.
public enum PrinterCommand {
    public static func print(_ text: String, command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command.split(separator: " ").map(String.init)
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        // Under setgid the command is the user's choice: it must not run with the group.
        try LaunchEnvironment.withoutGroupPrivilege { try process.run() }
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw VesselFileError.printerFailed(status: process.terminationStatus) }
    }
}
