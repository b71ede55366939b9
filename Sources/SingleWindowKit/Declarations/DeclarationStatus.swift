/// Where a declaration is in its life. Only drafts can be edited; a returned declaration is
/// reopened by `amend`, which keeps the earlier revision in the history.
public enum DeclarationStatus: String, Codable, CaseIterable, Sendable {
    case draft
    case submitted
    /// An agency returned it for correction (退回修改); `amend` makes it a draft again.
    case returned

    public var isEditable: Bool { self == .draft }
}

/// Who may edit a draft now: the trader preparing it, or the broker it was handed to.
public enum DeclarationHolder: String, Codable, CaseIterable, Sendable {
    case trader
    case broker
}
