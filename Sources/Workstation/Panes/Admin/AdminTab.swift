import Presentation

extension Tab {
    /// The administration screen: only the administrator's role sees it (`AccessMatrix.screens`).
    public static let admin = Tab("admin", title: .tabAdmin)
}

extension PaneRegistration {
    static let admin = PaneRegistration(tab: .admin) { AdminPane() }
}
