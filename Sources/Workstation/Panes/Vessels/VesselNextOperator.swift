import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// Who acts next on the call on screen, so a trainer playing S3 on one terminal hands the call
/// over with Ctrl-O (or F9 Enter: the list offers them first) instead of typing a name.
extension VesselsPane {
    public func suggestedOperator(_ app: AppContext) -> String? {
        guard let call = screen?.call, let lanes = screen?.lanes else { return nil }
        let next = Self.nextActor(call: call, lanes: lanes.map { ($0.agency, $0.state) }, current: VesselText.officerAgency(app.actor))
        let id: String?
        switch next {
        case .agent?: id = call.agentOperatorID
        case let .officer(agency)?: id = NextOperator.officer(of: agency, app.db)
        case nil: id = nil
        }
        return id == app.actor.id ? nil : id
    }

    enum NextActor: Equatable { case agent, officer(Agency) }

    /// A draft, a question waiting, a cleared arrival: the agent. Otherwise the next lane still
    /// open after the acting officer's own, in the four agencies' order; on a departure the
    /// maritime authority last (its release waits for the three others).
    static func nextActor(call: VesselCall, lanes: [(Agency, String)], current: Agency?) -> NextActor? {
        switch call.state {
        case .draft: return .agent
        case .cleared: return call.direction == .arrival ? .agent : nil
        case .submitted: break
        }
        if lanes.contains(where: { $0.1 == VesselLaneState.query.rawValue }) { return .agent }
        let open = VesselRuleSet.agencies.filter { agency in
            lanes.contains { $0.0 == agency && ($0.1 == VesselLaneState.pending.rawValue || $0.1 == VesselLaneState.held.rawValue) }
        }
        let waiting = call.direction == .departure && open.count > 1 ? open.filter { $0 != .maritime } : open
        guard !waiting.isEmpty else { return nil }
        let order = VesselRuleSet.agencies
        let start = current.flatMap { order.firstIndex(of: $0) } ?? -1
        let after = waiting.first { (order.firstIndex(of: $0) ?? 0) > start } ?? waiting[0]
        return .officer(after)
    }
}
