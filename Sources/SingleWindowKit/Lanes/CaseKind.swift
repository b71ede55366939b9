/// The kinds of case that run on lanes. Each pane supplies its own states and transition rules.
public enum CaseKind: String, Codable, CaseIterable, Sendable {
    case declaration                          // customs + inspection lanes
    case vesselCall = "vessel_call"           // customs, quarantine, border, maritime lanes
    case approvalStage = "approval_stage"     // one lane per department
    case jointInspection = "joint_inspection" // one lane per agency on the enterprise's table
}
