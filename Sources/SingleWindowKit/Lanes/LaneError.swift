import Foundation

/// Which lane a refusal is about: enough to word it for the case's own users.
public struct LaneRef: Equatable, Hashable, Sendable {
    public var kind: CaseKind
    public var caseID: String
    public var agency: Agency
    public var laneID: Int64

    public init(kind: CaseKind, caseID: String, agency: Agency, laneID: Int64) {
        self.kind = kind
        self.caseID = caseID
        self.agency = agency
        self.laneID = laneID
    }

    init(_ lane: Lane) { self.init(kind: lane.caseKind, caseID: lane.caseID, agency: lane.agency, laneID: lane.id) }
}

/// The one refusal of a lane decision, whatever the pane: the same thing is refused with the
/// same error everywhere. The wording keeps what each pane said before the engine (a
/// declaration names itself, other cases name the lane) so scripts reading it do not break.
public enum LaneError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The lane moved on since the user loaded it (`now` nil: it is gone); nothing was applied.
    case stale(LaneRef, seen: Int64, now: Int64?)
    /// The rule set does not allow `action` on the lane now; `reason` says why.
    case notAllowed(LaneRef, state: String, action: String, reason: LaneReason)
    /// Someone else holds the lane (a claim, or an assignment to another operator).
    case claimedBySomeoneElse(LaneRef, login: String)
    /// The action needs the lane claimed first.
    case notClaimed(LaneRef)
    /// A gate between lanes is closed: these lanes (agency, state) must finish first.
    case gateClosed(LaneRef, openLanes: [OpenLane])
    /// The lane's deadline passed: what happens now is the rule set's outcome on timeout.
    case deadlinePassed(LaneRef, deadline: Date)

    public struct OpenLane: Equatable, Hashable, Sendable {
        public var agency: Agency
        public var state: String
        public init(agency: Agency, state: String) { self.agency = agency; self.state = state }
    }

    public var lane: LaneRef {
        switch self {
        case let .stale(ref, _, _), let .notAllowed(ref, _, _, _), let .claimedBySomeoneElse(ref, _), let .notClaimed(ref),
             let .gateClosed(ref, _), let .deadlinePassed(ref, _):
            return ref
        }
    }

    /// The reason, as the key bar's help and a refused key show it.
    public var reason: LaneReason {
        switch self {
        case let .stale(_, seen, now): return LaneReason("lane.reason.stale", [String(seen), now.map(String.init) ?? ""])
        case let .notAllowed(_, _, _, reason): return reason
        case let .claimedBySomeoneElse(_, login): return .claimedBy(login)
        case .notClaimed: return .claimFirst()
        case let .gateClosed(_, open): return .gate(open.map(\.agency))
        case let .deadlinePassed(_, at): return .deadline(Timestamp.string(at))
        }
    }

    public var description: String {
        let ref = lane
        let declaration = ref.kind == .declaration
        let who = declaration ? "declaration \(ref.caseID) (\(ref.agency.rawValue))" : "lane \(ref.caseID)/\(ref.agency.rawValue)"
        switch self {
        case let .stale(_, seen, now):
            if declaration {
                let nowText = now.map { "now version \($0)" } ?? "it is gone"
                return "\(who) changed since you loaded it (you saw version \(seen), \(nowText)); nothing was applied — reload and decide again"
            }
            if let now { return "lane \(ref.laneID) was changed by someone else (version \(now), you had \(seen)); reload and try again" }
            return "lane \(ref.laneID) no longer exists"
        case let .notAllowed(_, state, action, reason):
            // The engine's reason, the one the key bar and F1 help give (a state says itself).
            let base = "\(who) is \(state): cannot \(action)"
            return reason.key == "lane.reason.state" ? base : base + " — " + reason.text(.en)
        case let .claimedBySomeoneElse(_, login):
            return "\(who) is claimed by \(login)"
        case .notClaimed:
            return declaration ? "\(who): claim it before deciding" : "\(who): claim it first"
        case let .gateClosed(_, open):
            if ref.kind == .vesselCall {
                let list = open.map { "\($0.agency.rawValue) (\($0.state))" }.joined(separator: ", ")
                return Messages.text("vessel.maritime.waits", [list], language: .en)
            }
            return "\(who) waits for " + open.map { "\($0.agency.rawValue) (\($0.state))" }.joined(separator: ", ")
        case let .deadlinePassed(_, at):
            return "\(who): its deadline passed at \(Timestamp.string(at))"
        }
    }
}
