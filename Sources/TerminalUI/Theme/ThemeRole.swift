/// What a piece of the screen means; themes map each role to colours and attributes.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case normal
    case title
    case tab
    case tabActive = "tab-active"
    case header
    case row
    case rowAlt = "row-alt"
    case rowSelected = "row-selected"
    case label
    case field
    case fieldFocused = "field-focused"
    case fieldError = "field-error"
    case fieldReadOnly = "field-read-only"
    case requiredMarker = "required-marker"
    case sharedMarker = "shared-marker"
    case status
    case statusTraining = "status-training"
    case keyHint = "key-hint"
    case keyHintKey = "key-hint-key"
    case message
    case messageError = "message-error"
    case dialog
    case dialogTitle = "dialog-title"
    case border
    case creditGood = "credit-good"
    case creditWarning = "credit-warning"
    case creditDishonest = "credit-dishonest"
    case creditSeriouslyDishonest = "credit-seriously-dishonest"
    case agencyPending = "agency-pending"
    case agencyReleased = "agency-released"
    case agencyReturned = "agency-returned"
    case agencyRejected = "agency-rejected"
    case agencyInspection = "agency-inspection"
    case progress
    case help
}
