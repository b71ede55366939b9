import Presentation

extension Tab {
    public static let declarations = Tab("declarations", title: .tabDeclarations)
}

extension PaneRegistration {
    /// The brokers' declarations and the officers' review queue, by role (`DeclarationsTabPane`).
    static let declarations = PaneRegistration(tab: .declarations) { DeclarationsTabPane() }
}
