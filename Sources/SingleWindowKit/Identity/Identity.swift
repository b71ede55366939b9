import Store

/// Who is at this terminal: decided once at start-up, by the rules of the database's kind.
public enum Identity {
    /// On a production database: the operator mapped (`operator.os_user`) to the process's real
    /// OS account; `--as` is refused, since who acts there is who logged in. On a training
    /// database: `--as ID` wins, else the OS account's operator. A deactivated operator cannot
    /// act. `kind` has no default on purpose: a caller must say which rule applies.
    public static func resolve(_ db: Database, asID: String?, login: OSLogin, kind: DatabaseKind) throws -> Operator {
        try resolveWithReason(db, asID: asID, login: login, kind: kind).actor
    }

    /// `resolve`, with how the operator was found (for `whoami`).
    public static func resolveWithReason(_ db: Database, asID: String?, login: OSLogin, kind: DatabaseKind) throws -> ResolvedIdentity {
        let op: Operator
        let via: ResolvedIdentity.Via
        if let asID, !asID.isEmpty {
            guard kind == .training else {
                throw IdentityError.asRefusedOnProduction(login: login.name ?? "uid \(login.uid)", requestedID: asID)
            }
            guard let found = try Operators.find(db, asID) else { throw IdentityError.unknownOperator(id: asID) }
            op = found
            via = .asOption
        } else {
            guard let name = login.name else { throw IdentityError.noPasswdEntry(uid: login.uid) }
            guard let found = try Operators.findByOSUser(db, name) else {
                throw IdentityError.unmappedOSUser(osUser: name, database: db.path)
            }
            op = found
            via = .osAccount
        }
        guard op.active else { throw IdentityError.inactive(id: op.id) }
        return ResolvedIdentity(actor: op, login: login, via: via, kind: kind)
    }
}

/// Whom a process acts as, and why: `whoami` prints it.
public struct ResolvedIdentity: Equatable, Sendable {
    public enum Via: String, Sendable, Codable {
        /// uid → passwd account → the operator mapped to it.
        case osAccount = "os-account"
        /// `--as` on a training database.
        case asOption = "as-option"
        /// A training database's trainer, for a login mapped to no operator (a class on a fresh machine).
        case trainingDefault = "training-default"
    }
    public var actor: Operator
    public var login: OSLogin
    public var via: Via
    public var kind: DatabaseKind

    public init(actor: Operator, login: OSLogin, via: Via, kind: DatabaseKind) {
        self.actor = actor; self.login = login; self.via = via; self.kind = kind
    }
}
