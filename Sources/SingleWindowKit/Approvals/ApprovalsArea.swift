import Foundation
import Store

/// Approvals: investment projects through four stages, one lane per department on each stage.
/// A new training database gets the reviewers of the departments the shared demo set has none
/// for, the catalogue, the 2026 calendar and projects in every stage and state
/// (`sample-data/approvals`).
enum ApprovalsArea {
    static let area = DomainArea(
        migrations: MigrationSet(area: "approvals", migrations: [
            1: ApprovalSchema.migration,
        ]),
        messages: [ApprovalMessages.entries],
        demoOperators: ["approvals/operators.csv"],
        trainingSamples: { ws, sampleData in try ApprovalTrainingSamples.load(into: ws, from: sampleData) })
}
