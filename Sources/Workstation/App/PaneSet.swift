import Presentation

/// A tab and how to make its pane, declared in the pane's folder.
struct PaneRegistration: Sendable {
    let tab: Tab
    let make: @Sendable () -> any Pane
}

/// The panes of the tabs, each registered by its area's folder. A new pane: its folder (its
/// `Tab` and `PaneRegistration`) and one line here. Panes whose workflow is not built yet say so.
enum PaneSet {
    static let all: [PaneRegistration] = [
        .declarations,
        .vessels,
        .approvals,
        .enforcement,
        .admin,
    ]

    static func make() -> [Tab: any Pane] {
        Dictionary(all.map { ($0.tab, $0.make()) }, uniquingKeysWith: { first, _ in first })
    }
}
