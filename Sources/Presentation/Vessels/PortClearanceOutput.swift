import Foundation
import SingleWindowKit

/// Where a printed port clearance goes: a file, or the `lp` spooler. The pane and
/// `vessels print` share it, so a clearance prints the same from both.
public enum PortClearanceOutput {
    public static let printer = "lp"

    /// Refuses a destination that cannot be written before the print is counted and logged.
    public static func check(_ destination: String) throws {
        guard destination != printer else { return }
        let url = VesselFilePath.url(destination)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
              FileManager.default.isWritableFile(atPath: directory) else {
            throw VesselFileError.notWritable(path: destination)
        }
        // A link is refused as every writer refuses it (`SafeFileWrite`); a clearance file is
        // reprinted in place, so an existing one is replaced.
        _ = try SafeFileWrite.destination(url.path, force: true)
    }

    /// Writes the text; returns the absolute path written (or "lp").
    @discardableResult
    public static func deliver(_ text: String, to destination: String) throws -> String {
        if destination == printer {
            try PrinterCommand.print(text, command: printer)
            return printer
        }
        let url = VesselFilePath.url(destination)
        let target = try SafeFileWrite.destination(url.path, force: true)
        do { try SafeFileWrite.write(Data(text.utf8), to: target) } catch let error as FileWriteError {
            if case .symlink = error { throw error }
            throw VesselFileError.notWritable(path: destination)
        }
        return target
    }

    /// The default file name offered for a call's clearance, in the working directory.
    public static func defaultPath(callID: String) -> String {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("port-clearance-\(callID).txt").path
    }
}
