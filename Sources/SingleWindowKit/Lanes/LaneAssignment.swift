import Foundation
import Store

extension LaneEngine {
    /// Why `actor` may not hand `lane` to `login` now; nil when the assignment stands.
    func assignmentRefusal(_ db: Database, _ lane: Lane, to login: String?, by actor: Operator) throws -> LaneReason? {
        let system = actor.id == Operator.system.id
        if !system, actor.role != .trainer, !rules.assigners.contains(actor.role) {
            guard actor.role.isOfficer else { return .role() }
            guard Self.agency(of: actor) == lane.agency else { return .notYourLane(lane.agency) }
        }
        // A lane no action can move any more (released, rejected, agreed…) has nobody to hand to.
        guard let state = Rules.State(rawValue: lane.state),
              Rules.Action.allCases.contains(where: { rules.next(from: state, action: $0, agency: lane.agency) != nil }) else {
            return .state(lane.state)
        }
        guard let login else { return nil }
        guard let assignee = try Operators.find(db, login), assignee.active, assignee.role.isOfficer,
              Self.agency(of: assignee) == lane.agency else {
            return LaneReason("lane.reason.assignee", [login], agencies: [lane.agency])
        }
        return nil
    }

    /// The agency an officer acts for: the one recorded on the operator, else the role's.
    static func agency(of op: Operator) -> Agency? {
        op.agency == .none ? op.role.impliedAgency : op.agency
    }
}

extension Lanes {
    /// Assigns a lane of any kind through its rule set (`lanes assign`, an enforcement draw).
    /// `expectedVersion` nil: against the lane as it is now (a headless command).
    @discardableResult
    public static func assign(_ ws: Workspace, kind: CaseKind, caseID: String, agency: Agency, to login: String?,
                              expectedVersion: Int64?, by actor: Operator) throws -> Lane {
        guard let rules = LaneTick.ruleSets.first(where: { $0.kind == kind }) else {
            throw DomainError.notFound(entity: "case kind", id: kind.rawValue)
        }
        func assign<R: LaneRuleSet>(_ rules: R) throws -> Lane {
            let version: Int64
            if let expectedVersion { version = expectedVersion } else {
                guard let lane = try Lanes.lane(ws.db, kind: kind, caseID: caseID, agency: agency) else {
                    throw DomainError.notFound(entity: "lane", id: "\(caseID)/\(agency.rawValue)")
                }
                version = lane.version
            }
            return try LaneEngine(rules).assign(ws, caseID: caseID, agency: agency, to: login, expectedVersion: version, by: actor)
        }
        return try assign(rules)
    }
}
