/// Why a review action was refused, worded for the officer who tried it. Stale decisions get
/// their own case so the pane can offer "reload" rather than a bare error.
public enum ReviewError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongAgency(operatorID: String, agency: Agency)
    case notClaimed(declarationID: Int64, agency: Agency)
    case claimedByOther(declarationID: Int64, agency: Agency, by: String)
    case notAllowed(declarationID: Int64, agency: Agency, state: String, action: String)
    /// The lane moved on since the officer loaded it; nothing was applied.
    case stale(declarationID: Int64, agency: Agency, seen: Int64, now: Int64?)
    /// A red channel or a sampled declaration cannot be released before its inspection result.
    case inspectionRequired(declarationID: Int64, agency: Agency)
    case noLane(declarationID: Int64, agency: Agency)
    case missing(String)
    case slotFull(slotID: Int64)
    case slotElsewhere(slotID: Int64, place: String)
    case notBooked(declarationID: Int64)
    case alreadyReleased(declarationID: Int64)

    public var description: String {
        switch self {
        case let .wrongAgency(op, agency):
            return "\(op) does not act for \(agency.rawValue): an officer decides only on its own agency's lane"
        case let .notClaimed(id, agency):
            return "declaration \(id) (\(agency.rawValue)): claim it before deciding"
        case let .claimedByOther(id, agency, by):
            return "declaration \(id) (\(agency.rawValue)) is claimed by \(by)"
        case let .notAllowed(id, agency, state, action):
            return "declaration \(id) (\(agency.rawValue)) is \(state): cannot \(action)"
        case let .stale(id, agency, seen, now):
            let nowText = now.map { "now version \($0)" } ?? "it is gone"
            return "declaration \(id) (\(agency.rawValue)) changed since you loaded it (you saw version \(seen), \(nowText)); nothing was applied — reload and decide again"
        case let .inspectionRequired(id, agency):
            return "declaration \(id) (\(agency.rawValue)) was selected for inspection: record the inspection result first"
        case let .noLane(id, agency):
            return "declaration \(id) has no \(agency.rawValue) lane"
        case let .missing(what):
            return "\(what) is required"
        case let .slotFull(slot):
            return "inspection slot \(slot) is full; choose another"
        case let .slotElsewhere(slot, place):
            return "inspection slot \(slot) is not offered at \(place)"
        case let .notBooked(id):
            return "declaration \(id): the inspection appointment is not booked yet"
        case let .alreadyReleased(id):
            return "declaration \(id) is already released"
        }
    }
}
