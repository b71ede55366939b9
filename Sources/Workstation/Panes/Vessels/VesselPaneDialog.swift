import SingleWindowKit
import TerminalUI

/// What a typed line is for, once the prompt is confirmed.
enum VesselPrompt {
    case createFile
    case importCrew
    case importPassengers
    case amendFile
    case amendReason(VesselDeclaration)
    case departureVoyage(arrivalID: String)
    case answer(Agency)
    case query
    case hold
    case reject
    case print
}

/// A yes/no the pane asks before something that cannot be taken back.
enum VesselConfirmation {
    case submit
    case release
}

/// The pane's own dialogs, drawn over its area. While one is open the pane binds no keys, so
/// every key but the shell's reaches it (typing a path or a reason).
enum VesselPaneDialog {
    case prompt(ReasonDialog, VesselPrompt)
    case confirm(ConfirmDialog, VesselConfirmation)
    case problems(ListDialog)
    case chooseLane(ListDialog, [Agency])

    func render(into buffer: inout Buffer, area: Rect) {
        switch self {
        case let .prompt(dialog, _): dialog.render(into: &buffer, area: area)
        case let .confirm(dialog, _): dialog.render(into: &buffer, area: area)
        case let .problems(dialog): dialog.render(into: &buffer, area: area)
        case let .chooseLane(dialog, _): dialog.render(into: &buffer, area: area)
        }
    }

    /// A prompt for one line, optionally filled in (a default path).
    static func prompt(_ title: String, _ lines: [String], _ s: Strings, value: String = "", for purpose: VesselPrompt,
                       maxLength: Int = 500) -> VesselPaneDialog {
        var dialog = ReasonDialog(title: title, message: lines, requiredMessage: s[.required], maxLength: maxLength)
        if !value.isEmpty {
            dialog.editor = TextEditor(value, maxLength: maxLength)
            _ = dialog.editor.handle(.end)
        }
        return .prompt(dialog, purpose)
    }
}
