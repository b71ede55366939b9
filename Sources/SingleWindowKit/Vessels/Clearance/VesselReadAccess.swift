/// Who may read a vessel call (its lanes, officers' notes, crew status): the agent that declared
/// it, the four agencies that decide on it once it is declared (a draft is the agent's alone),
/// and a trainer. Reading follows the same rules as acting; a broker, a market regulator or
/// another company's agent learns nothing, not even whether the call exists.
public enum VesselReadAccess {
    public static func require(_ actor: Operator, _ call: VesselCall) throws {
        if actor.role == .trainer { return }
        if VesselAuthority.officerRoles.contains(actor.role), call.state != .draft { return }
        if actor.role == .shippingAgent {
            let sameEnterprise = !call.agentEnterpriseID.isEmpty && actor.enterpriseID == call.agentEnterpriseID
            let sameAgent = call.agentEnterpriseID.isEmpty && actor.id == call.agentOperatorID
            if sameEnterprise || sameAgent { return }
        }
        throw DomainError.notFound(entity: "vessel_call", id: call.id)
    }
}
