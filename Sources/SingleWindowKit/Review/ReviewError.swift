/// Why a review action was refused beyond the lane engine's own refusals (`LaneError`: stale,
/// not allowed in this state, claimed by someone else, not claimed), worded for the officer.
public enum ReviewError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongAgency(operatorID: String, agency: Agency)
    /// A red channel or a sampled declaration cannot be released before its inspection result.
    case inspectionRequired(declarationID: Int64, agency: Agency)
    case noLane(declarationID: Int64, agency: Agency)
    case missing(String)
    case slotFull(slotID: Int64)
    case slotElsewhere(slotID: Int64, place: String)
    case notBooked(declarationID: Int64)
    case alreadyReleased(declarationID: Int64)
    /// A dutiable declaration: its duty is not assessed and paid, and no guarantee is recorded.
    case dutyUnpaid(declarationID: Int64)
    /// The guarantee on file ran out (`validUntil` is before today); nothing else covers the duty.
    case guaranteeExpired(declarationID: Int64, number: String, validUntil: String)
    /// Nothing to assess or guarantee: the levy nature (`levyNature`) is duty-free, or (nil) every rate is zero.
    case dutyFree(declarationID: Int64, levyNature: String?)
    /// An inspection result before the booked appointment starts (`slot`: "YYYY-MM-DD HH:MM", China time).
    case beforeAppointment(declarationID: Int64, slot: String)

    public var description: String {
        switch self {
        case let .wrongAgency(op, agency) where agency == .none:
            // Before: "liwei does not act for : …", the blank agency printed as nothing.
            return "\(op) acts for no agency: only customs and inspection officers decide on a declaration's lanes"
        case let .wrongAgency(op, agency):
            return "\(op) does not act for \(agency.rawValue): an officer decides only on its own agency's lane"
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
        case let .dutyUnpaid(id):
            return "declaration \(id) is dutiable: assess the duty and have it paid, or record a guarantee, before release"
        case let .guaranteeExpired(id, number, until):
            return "declaration \(id): guarantee \(number) expired (valid until \(until)); the duty must be paid or a new guarantee recorded"
        case let .dutyFree(id, levy?):
            return "declaration \(id) is duty-free (levy nature \(levy)): there is no duty to assess or guarantee"
        case let .dutyFree(id, nil):
            return "declaration \(id) owes no duty (the duty rate is zero on every goods line): there is no duty to assess or guarantee"
        case let .beforeAppointment(id, slot):
            return "declaration \(id): the inspection is booked for \(slot) (China time); a result cannot be recorded before then"
        }
    }
}
