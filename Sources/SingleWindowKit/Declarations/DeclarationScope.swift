import Foundation
import TextWidth

/// What the one form is declared as (source, case 1: "既可以同时报关和报检,也可以只报关或只报检").
public enum DeclarationScope: String, Codable, CaseIterable, Sendable {
    case customsAndInspection = "both"    // 报关报检
    case customsOnly = "customs"          // 只报关
    case inspectionOnly = "inspection"    // 只报检

    public var includesCustoms: Bool { self != .inspectionOnly }
    public var includesInspection: Bool { self != .customsOnly }

    /// The agencies that receive a projection and get a lane, customs first.
    public var agencies: [Agency] {
        switch self {
        case .customsAndInspection: return [.customs, .inspection]
        case .customsOnly: return [.customs]
        case .inspectionOnly: return [.inspection]
        }
    }

    /// Accepts the stored value, the English and the Chinese wording.
    public init?(text: String) {
        switch text.trimmed.lowercased() {
        case "both", "customs+inspection", "customs and inspection", "报关报检", "关检": self = .customsAndInspection
        case "customs", "customs only", "只报关", "报关": self = .customsOnly
        case "inspection", "inspection only", "只报检", "报检": self = .inspectionOnly
        default: return nil
        }
    }
}
