/// What vessel clearance refuses beyond the common domain errors.
public enum VesselError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A port clearance was asked for a call that has none (an arrival, or not yet cleared).
    case noPortClearance(callID: String)
    /// The same ship, voyage, direction and port is already declared as call `existing`.
    case duplicateCall(existing: String, imo: String, voyage: String, direction: CallDirection, port: String)

    /// The message key and arguments, for the screen's language.
    public var problem: Problem {
        switch self {
        case let .noPortClearance(callID):
            return Problem("call", "vessel.clearance.none", [callID])
        case let .duplicateCall(existing, imo, voyage, direction, port):
            let key = direction == .arrival ? "vessel.call.duplicateArrival" : "vessel.call.duplicateDeparture"
            return Problem("voyage.voyageNumber", key, [existing, imo, voyage, port])
        }
    }

    public func text(_ language: Language) -> String { Messages.text(problem.key, problem.arguments, language: language) }

    public var description: String { text(.en) }
}
