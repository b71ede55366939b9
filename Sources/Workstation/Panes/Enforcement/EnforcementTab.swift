import Presentation

extension Tab {
    public static let enforcement = Tab("enforcement", title: .tabEnforcement)
}

extension PaneRegistration {
    static let enforcement = PaneRegistration(tab: .enforcement) { EnterpriseCreditPane() }
}
