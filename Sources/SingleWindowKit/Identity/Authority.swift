/// The one place actions ask "may this operator do this?". Rules are checked in the domain, so
/// the CLI and the TUI cannot differ.
public enum Authority {
    /// Throws `notAuthorized` unless the operator's role is one of `roles` (and, when given, its
    /// agency is `agency`).
    public static func require(_ actor: Operator, _ action: String, roles: Set<Role>, agency: Agency? = nil) throws {
        guard roles.contains(actor.role), agency == nil || actor.agency == agency else {
            throw DomainError.notAuthorized(operatorID: actor.id, action: action)
        }
    }
}
