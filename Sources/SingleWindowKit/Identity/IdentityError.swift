/// Why no operator could act, each with the way out, since the person reading it is at a
/// terminal and has to fix it there (or pass the exact command to an administrator).
public enum IdentityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--as` (or a switch) named an operator that is not in the directory.
    case unknownOperator(id: String)
    /// The OS account maps to no operator (and, on training, `--as` was not given).
    case unmappedOSUser(osUser: String, database: String)
    /// The process's uid has no passwd entry, so there is no account to map.
    case noPasswdEntry(uid: UInt32)
    /// The operator exists but was deactivated.
    case inactive(id: String)
    /// `--as` on a production database: who acts there is who logged in.
    case asRefusedOnProduction(login: String, requestedID: String)

    public var description: String {
        switch self {
        case let .unknownOperator(id):
            return "no operator with id '\(id)'; list them with `singlewindow operators list`"
        case let .unmappedOSUser(osUser, database):
            let db = database.isEmpty ? "" : " --db \(database)"
            return "no operator is mapped to the OS account '\(osUser)'; an administrator must run "
                + "`singlewindow admin operators map OPERATOR-ID --os-user \(osUser)\(db)` "
                + "(or `singlewindow admin operators add ID --name NAME --role ROLE --os-user \(osUser)\(db)`)"
        case let .noPasswdEntry(uid):
            return "this process runs as uid \(uid), which has no entry in the passwd database; "
                + "run SingleWindow under an OS account an administrator has mapped to an operator"
        case let .inactive(id):
            return "operator '\(id)' is deactivated and cannot act; an administrator can see it with "
                + "`singlewindow admin operators list`"
        case let .asRefusedOnProduction(login, requestedID):
            return "--as is refused on a production database: you act as the operator mapped to your OS account "
                + "'\(login)', not as '\(requestedID)'; see `singlewindow whoami`"
        }
    }
}
