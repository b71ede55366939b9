import Store

/// Who is at this terminal: decided once at start-up, from `--as` or the login name.
public enum Identity {
    /// `--as ID` wins; otherwise the login name mapped through `operator.os_user`. On a
    /// production database `--as` may only name the logged-in user's own operator: there, who
    /// acts is who logged in. A deactivated operator cannot act. `kind` has no default on
    /// purpose: a caller must say which rule applies (`Workspace.resolveOperator` passes its own).
    public static func resolve(_ db: Database, asID: String?, osUser: String, kind: DatabaseKind) throws -> Operator {
        let op: Operator
        if let asID, !asID.isEmpty {
            guard let found = try Operators.find(db, asID) else { throw IdentityError.unknownOperator(id: asID) }
            if kind == .production, try Operators.findByOSUser(db, osUser)?.id != found.id {
                throw IdentityError.impersonationRefused(osUser: osUser, requestedID: asID)
            }
            op = found
        } else {
            guard let found = try Operators.findByOSUser(db, osUser) else { throw IdentityError.unmappedOSUser(osUser: osUser) }
            op = found
        }
        guard op.active else { throw IdentityError.inactive(id: op.id) }
        return op
    }
}
