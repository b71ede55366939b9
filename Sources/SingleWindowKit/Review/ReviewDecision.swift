import Foundation
import TextWidth

/// What an officer decides on a claimed lane. Each maps to one `ReviewAction`.
public enum ReviewDecision: Equatable, Sendable {
    /// 退回修改: the broker amends and resubmits; the lane starts again.
    case returnForCorrection(reason: String)
    /// 查验: what to check. Merged with the other agency's order into one joint inspection.
    case orderInspection(InspectionInstruction)
    /// The inspection result this agency found at the joint inspection.
    case recordResult(String)
    /// Duty due, in CNY: entered (`amount` in `currency`, CNY when nil, converted at the rate of
    /// the declaration's date), or nil to compute it from the rate tables.
    case assessDuty(amount: Decimal?, currency: String?)
    /// A guarantee (担保) for the duty: a dutiable declaration may be released unpaid while it is valid.
    case recordGuarantee(DutyGuarantee)
    case release
    case reject(reason: String)

    public var action: ReviewAction {
        switch self {
        case .returnForCorrection: return .returnForCorrection
        case .orderInspection: return .orderInspection
        case .recordResult: return .recordResult
        case .assessDuty: return .assessDuty
        case .recordGuarantee: return .guarantee
        case .release: return .release
        case .reject: return .reject
        }
    }
}

/// One agency's inspection order: the items to check, as the officer typed them.
public struct InspectionInstruction: Equatable, Codable, Sendable {
    public var text: String

    public init(_ text: String) { self.text = text }

    /// The items: the text split on commas, semicolons (ASCII and full-width) and line breaks,
    /// trimmed. Not on the enumeration comma 、: it lists things within one item ("核查品种、包冰
    /// 及净重" is one check of three things, not three items).
    public var items: [String] {
        text.split(whereSeparator: { ",;，；\n".contains($0) })
            .map { $0.trimmed }
            .filter { !$0.isEmpty }
    }
}
