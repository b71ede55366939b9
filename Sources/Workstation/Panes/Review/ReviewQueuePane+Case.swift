import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The review screen's keys and the one domain call behind each.
extension ReviewQueuePane {
    func caseKeyMap(_ screen: ReviewCaseScreen, _ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        func bind(_ key: Key, _ label: RQ, _ help: RQ, _ id: String) -> KeyBinding<PaneAction> {
            KeyBinding(key, label: s[label], help: s[help], action: PaneAction(id))
        }
        let held = screen.myLane?.claimedBy == app.actor.id
        var bindings = [
            bind(.escape, .qKeyBack, .qHelpBack, "back"),
            held ? bind(.char("u"), .qKeyUnclaim, .qHelpUnclaim, "unclaim") : bind(.char("k"), .qKeyClaim, .qHelpClaim, "claim"),
            bind(.char("i"), .qKeyInspect, .qHelpInspect, "inspect"),
            bind(.char("t"), .qKeyResult, .qHelpResult, "result"),
        ]
        // Only customs assesses duty: the inspection lane goes from its result straight to release.
        if screen.agency == .customs { bindings.append(bind(.char("d"), .qKeyDuty, .qHelpDuty, "duty")) }
        bindings += [
            bind(.function(10), .qKeyRelease, .qHelpRelease, "release"),
            bind(.char("r"), .qKeyReturn, .qHelpReturn, "return"),
            bind(.char("x"), .qKeyReject, .qHelpReject, "reject"),
        ]
        // After the decisions: at 80 columns the bar keeps F10 Release and lists this one in F1 help.
        if screen.agency == .customs { bindings.append(bind(.char("g"), .qKeyGuarantee, .qHelpGuarantee, "guarantee")) }
        bindings += [
            // Last: at 80 columns the bar keeps the decisions and lets this one go to F1 help.
            screen.page == .review ? bind(.char("p"), .qKeyProjection, .qHelpProjection, "page")
                                   : bind(.char("p"), .qKeyReviewPage, .qHelpReviewPage, "page"),
        ]
        return KeyMap(bindings)
    }

    func performOnCase(_ action: PaneAction, _ app: AppContext) {
        guard let screen else { return }
        let s = app.strings
        let number = screen.review.declaration.number ?? String(screen.review.declaration.id)
        switch action.id {
        case "page":
            self.screen?.turnPage()
        case "back":
            self.screen = nil
            list?.reload()
        case "claim", "unclaim":
            guard let lane = screen.myLane else { return app.error(s.format(.qErrNoLane, app.agencyName(screen.agency))) }
            attempt(app) {
                if action.id == "claim" {
                    try Review.claim(app.workspace, declarationID: screen.review.declaration.id, expectedVersion: lane.version, by: app.actor)
                    return s.format(.qClaimed, number)
                }
                try Review.unclaim(app.workspace, declarationID: screen.review.declaration.id, expectedVersion: lane.version, by: app.actor)
                return s.format(.qUnclaimed, number)
            }
        case "return": dialog = .prompt(s[.qReturnTitle], [number], s, for: .returnReason)
        case "inspect": dialog = .prompt(s[.qInspectTitle], [number, s[.qInspectHint]], s, for: .inspection)
        case "result": dialog = .prompt(s[.qResultTitle], [number], s, for: .result)
        case "duty": dialog = .prompt(s[.qDutyTitle], [number, s[.qDutyHint]], s, for: .duty)
        case "guarantee": dialog = .prompt(s[.qGuaranteeTitle], [number, s[.qGuaranteeHint]], s, for: .guarantee)
        case "reject": dialog = .prompt(s[.qRejectTitle], [number], s, for: .reject)
        case "release":
            dialog = .confirm(ConfirmDialog(title: s[.qReleaseTitle],
                                            message: [s.format(.qReleaseMessage, number, app.agencyName(screen.agency))],
                                            yesLabel: s[.qYes], noLabel: s[.qNo]), .release)
        default: break
        }
    }

    func handleDialog(_ key: Key, _ app: AppContext) {
        guard let current = dialog else { return }
        let (next, answer) = current.handle(key)
        dialog = next
        switch answer {
        case let .typed(text, purpose)?: complete(purpose, text, app)
        case .confirmed(.release)?: decide(.release, app)
        case nil: break
        }
    }

    func complete(_ purpose: ReviewPrompt, _ text: String, _ app: AppContext) {
        switch purpose {
        case .returnReason: decide(.returnForCorrection(reason: text), app)
        case .inspection: decide(.orderInspection(InspectionInstruction(text)), app)
        case .result: decide(.recordResult(text), app)
        case .reject: decide(.reject(reason: text), app)
        case .duty:
            // "=" asks the rate table; otherwise an amount, optionally followed by a currency.
            let parts = text.split(separator: " ").map(String.init)
            if text.trimmed == "=" { return decide(.assessDuty(amount: nil, currency: nil), app) }
            guard let first = parts.first, let amount = Decimal(string: first, locale: Locale(identifier: "en_US_POSIX")) else {
                return app.error(app.strings.format(.qBadAmount, text))
            }
            decide(.assessDuty(amount: amount, currency: parts.dropFirst().first?.uppercased()), app)
        case .guarantee:
            // "NUMBER AMOUNT YYYY-MM-DD": the domain checks the date and that it is not past.
            let parts = text.split(separator: " ").map(String.init)
            guard parts.count == 3, let amount = Decimal(string: parts[1], locale: Locale(identifier: "en_US_POSIX")) else {
                return app.error(app.strings.format(.qBadGuarantee, text))
            }
            decide(.recordGuarantee(DutyGuarantee(number: parts[0], amount: amount, validUntil: parts[2])), app)
        }
    }

    /// A decision against the lane version on screen: a lane that moved since is refused (stale).
    func decide(_ decision: ReviewDecision, _ app: AppContext) {
        guard let screen else { return }
        let s = app.strings
        guard let lane = screen.myLane else { return app.error(s.format(.qErrNoLane, app.agencyName(screen.agency))) }
        attempt(app) {
            let outcome = try Review.decide(app.workspace, declarationID: screen.review.declaration.id, expectedVersion: lane.version,
                                            decision: decision, by: app.actor)
            return s.format(.qDecided, screen.review.declaration.number ?? "", ReviewText.state(outcome.lane.state, s))
        }
    }

    /// Runs one domain call, re-reads the screen and says what happened (or why not).
    func attempt(_ app: AppContext, _ body: () throws -> String) {
        do {
            let message = try body()
            try screen?.reload(app)
            app.info(message)
        } catch {
            fail(error, app)
        }
    }

    /// A refusal on the message line; a stale screen is re-read so the next try sees the lane as it is.
    func fail(_ error: any Error, _ app: AppContext) {
        if case LaneError.stale = error { try? screen?.reload(app) }
        if let line = ReviewErrorText.line(error, app) { app.error(line) } else { app.show(error) }
    }

    func open(_ declarationID: Int64, _ app: AppContext) {
        guard let agency = ReviewText.agency(app.actor) else { return }
        do { screen = try ReviewCaseScreen.load(app, declarationID: declarationID, agency: agency) } catch { fail(error, app) }
    }
}
