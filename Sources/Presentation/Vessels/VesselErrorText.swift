import Foundation
import SingleWindowKit

/// A refusal in the user's language, one line per problem: the domain's own message where it
/// gives one (the maritime gate, a validation problem, every line of a refused list file), a
/// plain sentence for the rest. The pane and the `vessels` commands say the same thing.
public enum VesselErrorText {
    public static func lines(_ error: any Error, _ s: Strings) -> [String] {
        switch error {
        case let error as VesselError:
            return [error.text(s.language)]
        case let error as PersonListImportError:
            return error.problems.map { $0.text(s.language) }
        case let error as DomainError:
            return domain(error, s)
        case let error as FileWriteError:
            return [error.text(s.language)]
        case let error as LaneError:
            return [lane(error, s)]
        case let DatabaseError.staleVersion(table, id, _, _):
            return [s[.errStale] + " (\(table) \(id))"]
        case let error as VesselFileError:
            switch error {
            case let .unreadable(path, detail):
                // Foundation's own wording is English only; the common case gets the user's language.
                if !FileManager.default.fileExists(atPath: VesselFilePath.url(path).path) { return [s.format(.errNoSuchFile, path)] }
                return [s.format(.errUnreadable, path, detail)]
            case let .notADeclaration(path, detail): return [s.format(.errNotDeclaration, path, detail)]
            case let .fault(path, line, column, field, reason):
                let why: String
                switch reason {
                case let .syntax(text), let .wrongValue(text): why = text
                case .missing: why = s[.errFieldMissing]
                case .hoursOutOfRange: why = Messages.text("vessel.hoursFromNow.range", ["\(Int(VesselTimeOffset.maxHours))"], language: s.language)
                }
                return ["\(path):\(line):\(column): \(field): \(why)"]
            case let .notWritable(path): return [s.format(.errNotWritable, path)]
            case let .printerFailed(status): return [s.format(.errPrinter, status)]
            }
        default:
            return [String(describing: error)]
        }
    }

    /// The engine's refusals in the words the pane used before the engine: the maritime gate
    /// names the lanes still open, a move the rules forbid names the lane and its state.
    public static func lane(_ error: LaneError, _ s: Strings) -> String {
        let ref = error.lane
        switch error {
        case let .gateClosed(_, open):
            // Agencies and states by name, not code: "海关（待审）", "customs (pending)".
            let list = open.map { s.format(.gateOpenLane, AgencyNames.name($0.agency, db: nil, strings: s),
                                           VesselText.laneStateName($0.state, s)) }
                .joined(separator: s.language == .zh ? "、" : ", ")
            return Messages.text("vessel.maritime.waits", [list], language: s.language)
        case .stale:
            return s[.errStale] + " (lane \(ref.laneID))"
        case let .notAllowed(_, state, action, reason):
            // The engine's reason, the one the call screen's bar and F1 help give.
            let base = s.format(.errTransition, "lane \(ref.caseID)/\(ref.agency.rawValue)", state, action)
            if reason.key == "lane.reason.state" { return base }
            return base + " — " + reason.text(s.language, stateName: { VesselText.laneStateName($0, s) })
        default:
            return error.reason.text(s.language)
        }
    }

    private static func domain(_ error: DomainError, _ s: Strings) -> [String] {
        switch error {
        case let .invalid(problems):
            return problems.map { "\($0.path): \(s.message($0.key, $0.arguments))" }
        case let .notAuthorized(operatorID, action):
            return [s.format(.errNotAuthorized, operatorID, action)]
        case let .invalidTransition(entity, id, from, action):
            return [s.format(.errTransition, "\(entity) \(id)", from, action)]
        case let .notFound(entity, id):
            return [s.format(.errNotFound, entity, id)]
        default:
            return [String(describing: error)]
        }
    }
}
