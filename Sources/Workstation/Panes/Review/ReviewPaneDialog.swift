import Foundation
import SingleWindowKit
import TerminalUI

/// What a typed line is for once the prompt is confirmed.
enum ReviewPrompt {
    case returnReason
    case inspection
    case result
    case duty
    case reject
}

/// The review screen's dialogs, drawn over the pane. While one is open the pane binds no keys,
/// so every key but the shell's reaches it (typing a reason).
enum ReviewPaneDialog {
    case prompt(ReasonDialog, ReviewPrompt)
    case confirmRelease(ConfirmDialog)

    func render(into buffer: inout Buffer, area: Rect) {
        switch self {
        case let .prompt(dialog, _): dialog.render(into: &buffer, area: area)
        case let .confirmRelease(dialog): dialog.render(into: &buffer, area: area)
        }
    }

    static func prompt(_ title: String, _ lines: [String], _ s: Strings, for purpose: ReviewPrompt) -> ReviewPaneDialog {
        .prompt(ReasonDialog(title: title, message: lines, requiredMessage: s[.qRequired], maxLength: 500), purpose)
    }
}

/// Domain refusals as one line in the user's language.
enum ReviewErrorText {
    static func line(_ error: any Error, _ app: AppContext) -> String? {
        let s = app.strings
        guard let error = error as? ReviewError else { return nil }
        switch error {
        case let .wrongAgency(op, agency): return s.format(.qErrWrongAgency, op, app.agencyName(agency))
        case .notClaimed: return s[.qErrNotClaimed]
        case let .claimedByOther(_, _, by): return s.format(.qErrClaimedByOther, by)
        case let .notAllowed(_, _, state, _): return s.format(.qErrNotAllowed, ReviewText.state(state, s))
        case .stale: return s[.qErrStale]
        case .inspectionRequired: return s[.qErrInspectionRequired]
        case let .noLane(_, agency): return s.format(.qErrNoLane, app.agencyName(agency))
        case let .missing(what): return s.format(.qErrMissing, what)
        case .alreadyReleased: return s[.qErrReleased]
        case .notBooked: return s[.qErrNotBooked]
        case .slotFull: return s[.qErrSlotFull]
        case let .slotElsewhere(_, place): return s.format(.qErrSlotElsewhere, place)
        }
    }
}
