import Foundation

/// Who may take an action on a lane.
public enum LaneActor: Equatable, Sendable {
    /// An officer of the lane's own agency (role's agency or the operator's recorded agency).
    case laneOfficer
    /// A party to the case (the broker, the shipping agent): any of these roles.
    case party(Set<Role>)
    /// Only the system (routing on receipt, an outcome on timeout).
    case system
}

/// What an action does with the lane's claim.
public enum LaneClaim: Equatable, Sendable {
    /// Needs no claim (a party's action, or a kind without claims).
    case none
    /// Needs the acting officer to hold the claim.
    case required
    /// Takes the claim (claiming one's own lane again is a no-op).
    case take
    /// Gives the claim back.
    case giveBack
}

/// A case's aggregate outcome over all its lanes (all released → the case is released).
public struct CaseOutcome: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let released = CaseOutcome(rawValue: "released")
    public static let cleared = CaseOutcome(rawValue: "cleared")
    public static let rejected = CaseOutcome(rawValue: "rejected")
    public static let deemedAgreed = CaseOutcome(rawValue: "deemed_agreed")
}

/// A case kind's rules, typed: its lane states and actions are enums, so a misspelt action is a
/// compile error, not a refusal at run time. A new pane writes one of these and its screens;
/// the deciding, the claims, the gates, the deadlines and "what can I do now" are the engine's.
public protocol LaneRuleSet: Sendable {
    associatedtype State: RawRepresentable & CaseIterable & Hashable & Sendable where State.RawValue == String
    associatedtype Action: RawRepresentable & CaseIterable & Hashable & Sendable where Action.RawValue == String

    var kind: CaseKind { get }
    /// The lanes a case of this kind opens, in the order screens list them.
    var agencies: [Agency] { get }
    /// The state `action` leads to from `state` on `agency`'s lane; nil: not in this state.
    func next(from state: State, action: Action, agency: Agency) -> State?
    /// Who may take the action.
    func actor(_ action: Action) -> LaneActor
    /// What the action does with the claim.
    func claim(_ action: Action) -> LaneClaim
    /// A kind-specific precondition on the lane (inspection first, duty settled, the booked
    /// appointment begun…) judged at `now`: nil when met.
    func guardReason(_ action: Action, lane: Lane, lanes: [Lane], now: Date) -> LaneReason?
    /// The lanes that must finish before the action may be taken (the maritime gate); empty: open.
    func gate(_ action: Action, lane: Lane, lanes: [Lane]) -> [Lane]
    /// The case's aggregate outcome over its lanes, or nil while undecided.
    func outcome(_ lanes: [Lane]) -> CaseOutcome?
    /// What a passed deadline means for a lane in `state`: the action the system takes (a
    /// deemed agreement), or nil when a deadline only warns.
    func deadlineAction(_ state: State) -> Action?
    /// The same for one lane: a kind whose outcome on timeout depends on the lane's facts (a
    /// public-safety item escalates where others are deemed to agree) answers here. The tick
    /// and the engine's late-opinion refusal ask this; by default it is `deadlineAction(state)`.
    func deadlineAction(_ state: State, lane: Lane) -> Action?
    /// The actions people take by key, in key-bar order (system moves are left out).
    var offered: [Action] { get }
    /// Roles that may hand any lane of this kind to an officer of its agency, besides that
    /// agency's own officers (the market regulator publishing a draw names each drawn officer).
    var assigners: Set<Role> { get }
}

extension LaneRuleSet {
    public func guardReason(_ action: Action, lane: Lane, lanes: [Lane], now: Date) -> LaneReason? { nil }
    public func gate(_ action: Action, lane: Lane, lanes: [Lane]) -> [Lane] { [] }
    public func deadlineAction(_ state: State) -> Action? { nil }
    public func deadlineAction(_ state: State, lane: Lane) -> Action? { deadlineAction(state) }
    public func claim(_ action: Action) -> LaneClaim { .none }
    public var assigners: Set<Role> { [] }

    /// "All released → released": the aggregate most kinds use.
    public func allLanes(_ lanes: [Lane], in state: State) -> Bool {
        !lanes.isEmpty && lanes.allSatisfy { $0.state == state.rawValue }
    }
}
