/// Who may see and who may edit a declaration. A broker works on its own enterprise's
/// declarations, a trader on those declared for it; officers see what was submitted to them.
enum DeclarationAccess {
    static func canSee(_ actor: Operator, _ d: Declaration) -> Bool {
        switch actor.role {
        case .broker: return actor.enterpriseID.map { !$0.isEmpty && $0 == d.brokerID } ?? false
        case .trader: return actor.enterpriseID.map { !$0.isEmpty && $0 == d.traderID } ?? false
        case .customsOfficer: return d.number != nil && d.scope.includesCustoms
        case .inspectionOfficer: return d.number != nil && d.scope.includesInspection
        case .trainer: return true
        default: return false
        }
    }

    /// The holder edits a draft: the trader while preparing it, the broker once handed over.
    static func canEdit(_ actor: Operator, _ d: Declaration) -> Bool {
        switch actor.role {
        case .broker: return d.holder == .broker && canSee(actor, d)
        case .trader: return d.holder == .trader && canSee(actor, d)
        default: return false
        }
    }

    static func requireVisible(_ actor: Operator, _ d: Declaration, _ action: String) throws {
        guard canSee(actor, d) else { throw DomainError.notAuthorized(operatorID: actor.id, action: action) }
    }

    static func requireEditable(_ actor: Operator, _ d: Declaration, _ action: String) throws {
        guard canEdit(actor, d) else { throw DomainError.notAuthorized(operatorID: actor.id, action: action) }
        guard d.status.isEditable else {
            throw DomainError.invalidTransition(entity: "declaration", id: String(d.id), from: d.status.rawValue, action: action)
        }
    }
}

extension Declarations {
    /// Whether `actor` may edit `d` now (holder and draft status): the form asks this to decide
    /// between an editable form and a read-only view, so the rule stays here.
    public static func canEdit(_ d: Declaration, by actor: Operator) -> Bool {
        d.status.isEditable && DeclarationAccess.canEdit(actor, d)
    }
}
