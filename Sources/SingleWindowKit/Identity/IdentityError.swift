/// Why no operator could act, each with the way out, since the person reading it is at a
/// terminal and has to fix it there.
public enum IdentityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--as` (or a switch) named an operator that is not in the directory.
    case unknownOperator(id: String)
    /// The login name maps to no operator and `--as` was not given.
    case unmappedOSUser(osUser: String)
    /// The operator exists but was deactivated.
    case inactive(id: String)
    /// `--as` named someone other than the logged-in user on a production database.
    case impersonationRefused(osUser: String, requestedID: String)

    public var description: String {
        switch self {
        case let .unknownOperator(id):
            return "no operator with id '\(id)'; list them with `singlewindow operators`"
        case let .unmappedOSUser(osUser):
            return "no operator is mapped to the login '\(osUser)'; run with --as <operator-id> "
                + "(list them with `singlewindow operators`), or set os_user = '\(osUser)' on your operator"
        case let .inactive(id):
            return "operator '\(id)' is deactivated and cannot act; ask a trainer or administrator to reactivate it"
        case let .impersonationRefused(osUser, requestedID):
            return "on a production database you act as yourself: the login '\(osUser)' may not act as '\(requestedID)'"
        }
    }
}
