import Presentation

/// The panes of the four tabs. Panes whose workflow is not built yet say so.
enum PaneSet {
    static func make() -> [Tab: any Pane] {
        [
            .declarations: DeclarationsTabPane(),
            .vessels: VesselsPane(),
            .approvals: PlaceholderPane(tab: .approvals, lines: [.approvalsStages, .approvalStage1, .approvalStage2,
                                                                 .approvalStage3, .approvalStage4]),
            .enforcement: EnterpriseCreditPane(),
        ]
    }
}
