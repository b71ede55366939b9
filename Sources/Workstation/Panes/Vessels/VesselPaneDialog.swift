import Presentation
import SingleWindowKit
import TerminalUI

/// What a typed line is for, once the prompt is confirmed.
enum VesselPrompt {
    case createFile
    case importCrew
    case importPassengers
    case attachLists
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

/// The pane's own dialogs, drawn over its area; choosing a lane carries the lanes listed.
typealias VesselPaneDialog = PaneDialog<VesselPrompt, VesselConfirmation, [Agency]>

extension PaneDialog where Prompt == VesselPrompt {
    /// A prompt for one line, optionally filled in (a default path).
    static func prompt(_ title: String, _ lines: [String], _ s: Strings, value: String = "", for purpose: VesselPrompt,
                       maxLength: Int = 500) -> PaneDialog {
        prompt(title, lines, required: s[.required], value: value, for: purpose, maxLength: maxLength)
    }
}
