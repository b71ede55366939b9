import Presentation

extension Tab {
    public static let approvals = Tab("approvals", title: .tabApprovals)
}

extension PaneRegistration {
    /// Not built yet: the placeholder names the stages to come.
    static let approvals = PaneRegistration(tab: .approvals) {
        PlaceholderPane(tab: .approvals, lines: [.approvalsStages, .approvalStage1, .approvalStage2, .approvalStage3, .approvalStage4])
    }
}
