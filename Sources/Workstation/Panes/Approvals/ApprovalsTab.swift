import Presentation

extension Tab {
    public static let approvals = Tab("approvals", title: .tabApprovals)
}

extension PaneRegistration {
    /// Approval stages (scenario S4): projects, the window, each department's queue, the board.
    static let approvals = PaneRegistration(tab: .approvals) { ApprovalsPane() }
}
