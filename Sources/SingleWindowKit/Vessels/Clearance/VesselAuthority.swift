/// Who may act on a call: the shipping agent that declared it, and each agency's officers on
/// their own agency's lane only.
enum VesselAuthority {
    static let officerRoles: Set<Role> = [.customsOfficer, .inspectionOfficer, .borderOfficer, .maritimeOfficer]

    /// A shipping agent, and for an existing call the one whose enterprise (or, without an
    /// enterprise, whose own id) declared it.
    static func requireAgent(_ actor: Operator, _ action: String, call: VesselCall? = nil) throws {
        try Authority.require(actor, action, roles: [.shippingAgent])
        guard let call else { return }
        let sameEnterprise = !call.agentEnterpriseID.isEmpty && actor.enterpriseID == call.agentEnterpriseID
        let sameAgent = call.agentEnterpriseID.isEmpty && actor.id == call.agentOperatorID
        guard sameEnterprise || sameAgent else { throw DomainError.notAuthorized(operatorID: actor.id, action: action) }
    }

    /// An officer of `agency`, whose role is that agency's officer role.
    static func requireOfficer(_ actor: Operator, _ action: String, agency: Agency) throws {
        try Authority.require(actor, action, roles: officerRoles, agency: agency)
        guard actor.role.impliedAgency == agency else { throw DomainError.notAuthorized(operatorID: actor.id, action: action) }
    }
}
