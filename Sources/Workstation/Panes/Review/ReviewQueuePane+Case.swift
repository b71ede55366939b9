import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The review screen's keys and the one domain call behind each.
extension ReviewQueuePane {
    /// The review screen's lane actions, in key-bar order: the keys, the engine's action, the pane action.
    static func laneKeys(_ screen: ReviewCaseScreen, _ s: Strings) -> [LaneActionKey<ReviewAction>] {
        func key(_ keys: [Key], _ action: ReviewAction, _ label: RQ, _ help: RQ, _ id: String) -> LaneActionKey<ReviewAction> {
            LaneActionKey(keys, action, label: s[label], help: s[help], id: id)
        }
        var keys = [
            key([.char("k")], .claim, .qKeyClaim, .qHelpClaim, "claim"),
            key([.char("u")], .unclaim, .qKeyUnclaim, .qHelpUnclaim, "unclaim"),
            key([.char("i")], .orderInspection, .qKeyInspect, .qHelpInspect, "inspect"),
            key([.char("t")], .recordResult, .qKeyResult, .qHelpResult, "result"),
        ]
        // Only customs assesses duty: the inspection lane goes from its result straight to release.
        if screen.agency == .customs { keys.append(key([.char("d")], .assessDuty, .qKeyDuty, .qHelpDuty, "duty")) }
        keys += [
            key([.function(10)], .release, .qKeyRelease, .qHelpRelease, "release"),
            key([.char("r")], .returnForCorrection, .qKeyReturn, .qHelpReturn, "return"),
            key([.char("x")], .reject, .qKeyReject, .qHelpReject, "reject"),
        ]
        // After the decisions: at 80 columns the bar keeps F10 Release and lists this one in F1 help.
        if screen.agency == .customs { keys.append(key([.char("g")], .guarantee, .qKeyGuarantee, .qHelpGuarantee, "guarantee")) }
        return keys
    }

    /// The bar shows what the engine says this officer can do now; the other actions stay bound,
    /// out of the bar, with their reason in F1 help (`LaneActionKeys`).
    func caseKeyMap(_ screen: ReviewCaseScreen, _ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        var bindings = [KeyBinding(.escape, label: s[.qKeyBack], help: s[.qHelpBack], action: PaneAction("back"))]
        bindings += screen.actionKeys(app).bindings(Self.laneKeys(screen, s))
        // Last: at 80 columns the bar keeps the decisions and lets this one go to F1 help.
        bindings.append(screen.page == .review
            ? KeyBinding(.char("p"), label: s[.qKeyProjection], help: s[.qHelpProjection], action: PaneAction("page"))
            : KeyBinding(.char("p"), label: s[.qKeyReviewPage], help: s[.qHelpReviewPage], action: PaneAction("page")))
        return KeyMap(bindings)
    }

    func performOnCase(_ action: PaneAction, _ app: AppContext) {
        guard let screen else { return }
        let s = app.strings
        let number = screen.review.declaration.number ?? String(screen.review.declaration.id)
        // An action not available now says why at once, before any prompt.
        if let key = Self.laneKeys(screen, s).first(where: { $0.id == action.id }),
           let refusal = screen.actionKeys(app).refusal(key.action) {
            return app.error(refusal)
        }
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
        case "duty": dialog = .prompt(s[.qDutyTitle], [number, s[.qDutyHint], s[.qDutyHintEmpty]], s, for: .duty)
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
        switch ReviewPaneDialog.route(key, in: &dialog) {
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
            // Empty or "=" asks the rate table; otherwise an amount, optionally followed by a currency.
            let parts = text.split(separator: " ").map(String.init)
            if ["", "="].contains(text.trimmed) { return decide(.assessDuty(amount: nil, currency: nil), app) }
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
            return s.format(.qDecided, screen.review.declaration.number ?? "", LaneStateTable.name(.declaration, outcome.lane.state, s))
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

    /// Opens the declaration after an operator switch, only when the new officer's agency has a
    /// lane on it; otherwise the queue stays in front, saying nothing.
    func reopen(_ declarationID: Int64, _ app: AppContext) {
        guard let agency = ReviewText.agency(app.actor),
              let next = try? ReviewCaseScreen.load(app, declarationID: declarationID, agency: agency),
              next.myLane != nil else { return }
        screen = next
    }

    func open(_ declarationID: Int64, _ app: AppContext) {
        guard let agency = ReviewText.agency(app.actor) else { return }
        do { screen = try ReviewCaseScreen.load(app, declarationID: declarationID, agency: agency) } catch { fail(error, app) }
    }
}
