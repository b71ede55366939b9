import Presentation

/// A tab of the workstation. Each pane's folder declares its tab (`extension Tab { static let … }`)
/// and registers its pane in `PaneSet.all`, whose order is the tabs' order (the source
/// document's cases: declarations, vessels, approvals, enforcement).
public struct Tab: Hashable, Sendable {
    public let id: String
    let titleKey: S

    public init(_ id: String, title: S) {
        self.id = id
        self.titleKey = title
    }

    public static func == (a: Tab, b: Tab) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// The registered tabs, in order.
    public static var allCases: [Tab] { PaneSet.all.map(\.tab) }

    /// The tab's place in the bar, from 0.
    public var rawValue: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public init?(rawValue: Int) {
        let all = Self.allCases
        guard all.indices.contains(rawValue) else { return nil }
        self = all[rawValue]
    }

    /// Tab titles carry both languages' names in Chinese mode's spirit: the Chinese UI shows
    /// Chinese, the English UI English with the Chinese term beside it, as brokers say both.
    func title(_ strings: Strings) -> String {
        let english = Strings(.en)[titleKey], chinese = Strings(.zh)[titleKey]
        return strings.language == .zh ? chinese : "\(english) \(chinese)"
    }
}
