import Presentation

/// The four panes, in the order of the source document's cases.
public enum Tab: Int, CaseIterable, Sendable {
    case declarations, vessels, approvals, enforcement

    var titleKey: S {
        switch self {
        case .declarations: return .tabDeclarations
        case .vessels: return .tabVessels
        case .approvals: return .tabApprovals
        case .enforcement: return .tabEnforcement
        }
    }

    /// Tab titles carry both languages' names in Chinese mode's spirit: the Chinese UI shows
    /// Chinese, the English UI English with the Chinese term beside it, as brokers say both.
    func title(_ strings: Strings) -> String {
        let english = Strings(.en)[titleKey], chinese = Strings(.zh)[titleKey]
        return strings.language == .zh ? chinese : "\(english) \(chinese)"
    }
}
