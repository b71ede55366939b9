import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// What a typed line is for once the prompt is confirmed.
enum ReviewPrompt {
    case returnReason
    case inspection
    case result
    case duty
    case guarantee
    case reject
}

/// The one yes/no the review screen asks: releasing cannot be taken back.
enum ReviewConfirmation {
    case release
}

/// The review screen's dialogs, drawn over the pane (it offers no list to choose from).
typealias ReviewPaneDialog = PaneDialog<ReviewPrompt, ReviewConfirmation, Never>

extension PaneDialog where Prompt == ReviewPrompt {
    /// The duty prompt takes an empty line: duty from the rate table.
    static func prompt(_ title: String, _ lines: [String], _ s: Strings, for purpose: ReviewPrompt) -> PaneDialog {
        prompt(title, lines, required: s[.qRequired], for: purpose, allowsEmpty: purpose == .duty)
    }
}

/// Domain refusals as one line in the user's language (the wording is `ReviewRefusalText`'s,
/// shared with the commands).
enum ReviewErrorText {
    static func line(_ error: any Error, _ app: AppContext) -> String? {
        ReviewRefusalText.line(error, app.strings, agencyName: app.agencyName)
    }

    /// Why an action is not available (F1 help, a refused key): a guard of the review's own in
    /// its refusal's words, the engine's reasons as the review screen words them.
    static func reason(_ reason: LaneReason, declarationID: Int64, agency: Agency, _ app: AppContext) -> String {
        let s = app.strings
        if let error = Review.error(for: reason, declarationID: declarationID, agency: agency), let line = line(error, app) { return line }
        switch reason.key {
        case "lane.reason.claimFirst": return s[.qErrNotClaimed]
        case "lane.reason.claimedBy", "lane.reason.assignedTo": return s.format(.qErrClaimedByOther, reason.arguments.first ?? "")
        case "lane.reason.state": return s.format(.qErrNotAllowed, LaneStateTable.name(.declaration, reason.state ?? "", s))
        default: return reason.text(s.language, stateName: { LaneStateTable.name(.declaration, $0, s) }, agencyName: app.agencyName)
        }
    }

    /// The engine's refusals, as the review screen words them.
    static func lane(_ error: LaneError, _ app: AppContext) -> String {
        ReviewRefusalText.lane(error, app.strings, agencyName: app.agencyName)
    }
}
