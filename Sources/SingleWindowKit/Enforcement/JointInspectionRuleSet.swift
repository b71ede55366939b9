import Foundation

/// The joint inspection of one drawn enterprise as a case on lanes: one lane per agency on its
/// table, opened when the draw is published and assigned to that agency's drawn officer, who
/// alone may sign it (the engine's assignment check). The table's lines hold the findings; the
/// lane holds who acts and when it was done.
public enum JointInspectionState: String, CaseIterable, Codable, Sendable {
    case inspecting
    case signed
}

public enum JointInspectionAction: String, CaseIterable, Codable, Sendable {
    case sign
}

public struct JointInspectionRuleSet: LaneRuleSet {
    public typealias State = JointInspectionState
    public typealias Action = JointInspectionAction

    public static let inspected = CaseOutcome(rawValue: "inspected")

    public init() {}

    public var kind: CaseKind { .jointInspection }
    /// Publishing a draw assigns each agency's lane to its drawn officer.
    public var assigners: Set<Role> { [.marketRegulator] }
    /// The agencies differ per table (its industry's catalogue items); the lanes say which.
    public var agencies: [Agency] { [] }

    public func next(from state: JointInspectionState, action: JointInspectionAction, agency: Agency) -> JointInspectionState? {
        state == .inspecting && action == .sign ? .signed : nil
    }

    public func actor(_ action: JointInspectionAction) -> LaneActor { .laneOfficer }

    public func outcome(_ lanes: [Lane]) -> CaseOutcome? { allLanes(lanes, in: .signed) ? Self.inspected : nil }

    public var offered: [JointInspectionAction] { [.sign] }
}
