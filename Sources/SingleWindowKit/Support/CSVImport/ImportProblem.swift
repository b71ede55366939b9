import Foundation

/// One problem in an imported file, placed as `file:line:column: field: reason` so an agent can
/// go straight to the cell.
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// 1-based column, nil when the problem is the whole line or file.
    public var column: Int?
    /// The column's header as written in the file (or the expected name, for a missing column).
    public var field: String
    public var key: String
    public var arguments: [String]

    public init(file: String, line: Int, column: Int?, field: String, key: String, arguments: [String] = []) {
        self.file = file; self.line = line; self.column = column; self.field = field; self.key = key; self.arguments = arguments
    }

    public func text(_ language: Language) -> String {
        // A whole-file or whole-line problem has no column worth naming (nil or 0).
        let place = column.flatMap { $0 > 0 ? "\(file):\(line):\($0)" : nil } ?? "\(file):\(line)"
        let reason = Messages.text(key, arguments, language: language)
        return field.isEmpty ? "\(place): \(reason)" : "\(place): \(field): \(reason)"
    }

    public var description: String { text(.en) }
}


/// A file an import was pointed at that cannot be read at all: said plainly, with the path.
public struct UnreadableFile: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String) {
        self.path = path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            reason = "no such file"
        } else if isDirectory.boolValue {
            reason = "it is a directory"
        } else {
            reason = "permission denied"
        }
    }

    public var description: String { "cannot read \(path): \(reason)" }
}
