import Foundation
import Store
import TextWidth

/// The administrator's operator directory: add, change role and agency, map to an OS account,
/// disable. Never delete: an operator's id stays in the audit chain and on every case it touched.
/// Each change is one transaction with its audit entry, which names the operator.
public enum OperatorAdmin {
    static let administrators: Set<Role> = [.administrator]

    /// Adds `op` (active, version 1) after checking it whole.
    @discardableResult
    public static func add(_ ws: Workspace, _ op: Operator, by actor: Operator) throws -> Operator {
        try Authority.require(actor, "add an operator", roles: administrators)
        var op = op
        op.active = true
        try ws.db.write {
            var problems = try check(ws, op)
            if try Operators.find(ws.db, op.id) != nil { problems.append(Problem("id", "admin.operatorExists", [op.id])) }
            guard problems.isEmpty else { throw DomainError.invalid(problems) }
            try Operators.insert(ws.db, op, by: actor, at: ws.now())
        }
        return op
    }

    /// Gives operator `id` a new role and agency (and, for a business role, an enterprise).
    @discardableResult
    public static func change(_ ws: Workspace, id: String, role: Role, agency: Agency?, enterpriseID: String?,
                              by actor: Operator) throws -> Operator {
        try Authority.require(actor, "change an operator's role", roles: administrators)
        return try update(ws, id: id, action: "operator.role", by: actor) { op in
            op.role = role
            op.agency = agency ?? role.impliedAgency ?? .none
            op.enterpriseID = role.needsEnterprise ? (enterpriseID ?? op.enterpriseID) : nil
        }
    }

    /// Maps operator `id` to the OS account `osUser` (one account, one operator).
    @discardableResult
    public static func map(_ ws: Workspace, id: String, osUser: String, by actor: Operator) throws -> Operator {
        try Authority.require(actor, "map an operator to an OS account", roles: administrators)
        return try update(ws, id: id, action: "operator.map", by: actor) { $0.osUser = osUser }
    }

    /// Disables operator `id`: it stays for the history and can no longer act. An administrator
    /// may not disable itself, so a database is never left with nobody to run it.
    @discardableResult
    public static func disable(_ ws: Workspace, id: String, by actor: Operator) throws -> Operator {
        try Authority.require(actor, "disable an operator", roles: administrators)
        guard id != actor.id else { throw DomainError.invalid([Problem("id", "admin.disableSelf", [id])]) }
        return try update(ws, id: id, action: "operator.disable", by: actor) { $0.active = false }
    }

    private static func update(_ ws: Workspace, id: String, action: String, by actor: Operator,
                               _ change: (inout Operator) -> Void) throws -> Operator {
        try ws.db.write {
            guard let before = try Operators.find(ws.db, id) else { throw DomainError.notFound(entity: "operator", id: id) }
            var after = before
            change(&after)
            let problems = try check(ws, after)
            guard problems.isEmpty else { throw DomainError.invalid(problems) }
            if after == before { return after }
            try ws.db.run("""
                UPDATE operator SET role = ?, agency = ?, enterprise_id = ?, os_user = ?, active = ?, version = version + 1
                WHERE id = ?
                """, [after.role.rawValue, after.agency.rawValue, after.enterpriseID, after.osUser, after.active, id])
            try AuditLog.append(ws.db, at: ws.now(), by: actor, action: action, entity: "operator", entityID: id,
                                before: Operators.json(before), after: Operators.json(after))
            return after
        }
    }

    /// Every problem with `op` at once: id and name present, the agency the role needs, the
    /// enterprise a business role works for, and an OS account that exists on this host (on a
    /// production database; a training class invents its logins) and belongs to nobody else.
    static func check(_ ws: Workspace, _ op: Operator) throws -> [Problem] {
        var problems: [Problem] = []
        if op.id.isEmpty || op.id.contains(where: { !($0.isLetter || $0.isNumber || "._-".contains($0)) }) || op.id.count > 32 {
            problems.append(Problem("id", "admin.badOperatorID", [op.id]))
        }
        if op.name.trimmed.isEmpty { problems.append(Problem("name", "problem.required")) }
        if let implied = op.role.impliedAgency, op.agency != implied {
            problems.append(Problem("agency", "admin.roleAgency", [op.role.rawValue, implied.rawValue]))
        } else if op.role == .departmentReviewer {
            if try op.agency == .none || AgencyRegister.find(ws.db, op.agency)?.kind != .approvalDepartment {
                problems.append(Problem("agency", "admin.departmentAgency", [op.agency.rawValue]))
            }
        } else if op.role.impliedAgency == nil, op.role != .approvalWindow, op.agency != .none {
            problems.append(Problem("agency", "admin.noAgency", [op.role.rawValue, op.agency.rawValue]))
        }
        if op.role.needsEnterprise {
            if let id = op.enterpriseID, !id.isEmpty {
                if try Enterprises.find(ws.db, id: id) == nil { problems.append(Problem("enterprise", "admin.noSuchEnterprise", [id])) }
            } else {
                problems.append(Problem("enterprise", "admin.enterpriseRequired", [op.role.rawValue]))
            }
        }
        if let login = op.osUser, !login.isEmpty {
            if ws.kind == .production, OSLogin.uid(ofAccount: login) == nil {
                problems.append(Problem("osUser", "admin.noSuchAccount", [login]))
            }
            if let holder = try Operators.findByOSUser(ws.db, login), holder.id != op.id {
                problems.append(Problem("osUser", "admin.accountTaken", [login, holder.id]))
            }
        }
        return problems
    }
}

extension Role {
    /// Business roles act for an enterprise (the broker's brokerage, the trader's company).
    public var needsEnterprise: Bool { [.broker, .trader, .shippingAgent].contains(self) }
}
