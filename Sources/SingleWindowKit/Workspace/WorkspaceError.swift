/// Why a workspace could not be opened as asked.
public enum WorkspaceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing to open, and no kind given to create one.
    case noDatabase(path: String)
    /// Asked to create a database of one kind where one of the other kind already is.
    case kindMismatch(path: String, stored: DatabaseKind, requested: DatabaseKind)
    /// `meta.kind` holds something this program does not know.
    case unknownKind(path: String, value: String)

    public var description: String {
        switch self {
        case let .noDatabase(path):
            return "there is no SingleWindow database at \(path); create one as a training or a production database"
        case let .kindMismatch(path, stored, requested):
            return "\(path) is a \(stored.rawValue) database, not a \(requested.rawValue) one; "
                + "open it without asking for a kind, or create the \(requested.rawValue) database at another path"
        case let .unknownKind(path, value):
            return "\(path) says it is a '\(value)' database, which this SingleWindow does not know"
        }
    }
}
