import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The broker's other answers on the status view: pay the duties customs assessed (`p`),
/// withdraw a declaration not yet released (`w`, with a reason), and amend one returned for
/// correction (`m`: it reopens as the draft of its next revision, to correct and submit again).
/// Each is one domain call (`Review.pay`, `Review.withdraw`, `Declarations.amend`), the same the
/// `review pay|withdraw` and `declarations amend` commands make.
extension DeclarationsPane {
    /// The broker's lane actions on the status view (pay, withdraw), judged by the engine: the
    /// bar shows the available ones, F1 help gives the others' reasons, a refused key says why.
    static func brokerKeys(_ editor: DeclarationEditor, _ app: AppContext) -> LaneActionKeys<ReviewAction>? {
        guard app.actor.role == .broker, editor.page == .status, !editor.isEditable, let detail = editor.detail,
              !detail.lanes.isEmpty else { return nil }
        let available = Review.engine.availableActions([.pay, .withdraw], actor: app.actor, lanes: detail.lanes, now: app.now())
        return LaneActionKeys(available) { ReviewErrorText.reason($0, declarationID: editor.stored.id, agency: .customs, app) }
    }

    static func brokerBindings(_ keys: LaneActionKeys<ReviewAction>, _ s: Strings) -> [KeyBinding<PaneAction>] {
        var bindings = keys.bindings([
            LaneActionKey([.char("p")], .pay, label: s[.keyPay], help: s[.helpPay], id: PaneAction.payDuties.id),
            LaneActionKey([.char("w")], .withdraw, label: s[.keyWithdraw], help: s[.helpWithdraw], id: PaneAction.withdrawDeclaration.id),
        ])
        // Withdrawing is rare and final: F1 help lists it, the bar keeps its room.
        bindings[1].showInBar = false
        return bindings
    }

    /// The engine's refusal of a broker's action, or nil when it may go ahead.
    static func brokerRefusal(_ action: ReviewAction, _ editor: DeclarationEditor, _ app: AppContext) -> String? {
        brokerKeys(editor, app)?.refusal(action)
    }

    /// Returned for correction, and this broker's: amending still changes something.
    static func canAmend(_ editor: DeclarationEditor, _ app: AppContext) -> Bool {
        caseKeys(editor, app)?.isAvailable(.amend) ?? false
    }

    /// The broker's case actions on the status view (book, amend), judged by the domain like
    /// the lane actions: shown when available, else in F1 help with the reason.
    static func caseKeys(_ editor: DeclarationEditor, _ app: AppContext) -> LaneActionKeys<BrokerCaseAction>? {
        guard app.actor.role == .broker, editor.page == .status, !editor.isEditable, let detail = editor.detail else { return nil }
        return LaneActionKeys(detail.brokerActions(actor: app.actor)) { reason in
            let s = app.strings
            if reason.key == "lane.reason.caseState", let raw = reason.arguments.first, let status = DeclarationStatus(rawValue: raw) {
                return Messages.text(reason.key, [DeclarationText.status(status, s)], language: s.language)
            }
            return ReviewErrorText.reason(reason, declarationID: editor.stored.id, agency: .customs, app)
        }
    }

    static func caseBindings(_ keys: LaneActionKeys<BrokerCaseAction>, _ s: Strings) -> [KeyBinding<PaneAction>] {
        keys.bindings([
            LaneActionKey([.char("b")], .book, label: s[.keyBook], help: s[.helpBook], id: PaneAction.bookInspection.id),
            LaneActionKey([.char("m")], .amend, label: s[.keyAmendReturned], help: s[.helpAmendReturned],
                          id: PaneAction.amendDeclaration.id),
        ])
    }

    /// Why it came back: the returning lane's last message, as the officer typed it.
    static func returnReason(_ detail: DeclarationDetail?) -> String? {
        guard let detail else { return nil }
        for lane in detail.lanes where lane.state == ReviewState.returned.rawValue {
            if let event = detail.laneEvents[lane.id]?.last(where: { $0.toState == ReviewState.returned.rawValue }), !event.message.isEmpty {
                return event.message
            }
        }
        return nil
    }

    func askAmend(_ app: AppContext) {
        guard let current = editor else { return }
        if let refusal = Self.caseKeys(current, app)?.refusal(.amend) { return app.error(refusal) }
        guard Self.canAmend(current, app) else { return }
        let s = app.strings
        let number = current.stored.number ?? String(current.stored.id)
        overlay = .confirmAmend(ConfirmDialog(title: s[.amendTitle],
                                              // The officer's reason in full, wrapped: it says what to correct.
                                              message: [s.format(.amendMessage, number)]
                                                + wrap(Self.returnReason(current.detail) ?? "-", toWidth: 70).map { "  " + $0 }
                                                + [s.format(.amendMessage2, current.stored.revision + 1)],
                                              yesLabel: s[.amendYes], noLabel: s[.payNo]))
    }

    func amend(_ app: AppContext) {
        guard let current = editor else { return }
        let s = app.strings
        do {
            let draft = try Declarations.amend(app.workspace, id: current.stored.id, expectedVersion: current.stored.version, by: app.actor)
            open(id: draft.id, app)
            editor?.page = .header
            app.info(s.format(.reopenedForAmendment, draft.number ?? "", draft.revision))
        } catch {
            reloadStatus(app)
            app.show(error)
        }
    }

    func askPay(_ app: AppContext) {
        guard let current = editor else { return }
        if let refusal = Self.brokerRefusal(.pay, current, app) { return app.error(refusal) }
        guard let lane = current.detail?.lanes.first(where: { $0.agency == .customs }) else { return }
        let s = app.strings
        let number = current.stored.number ?? String(current.stored.id)
        overlay = .confirmPay(ConfirmDialog(title: s[.payTitle],
                                            message: [s.format(.payMessage, lane.detail["duty"] ?? "-", number)],
                                            yesLabel: s[.payYes], noLabel: s[.payNo]))
    }

    func pay(_ app: AppContext) {
        guard let current = editor else { return }
        let s = app.strings
        do {
            let outcome = try Review.pay(app.workspace, declarationID: current.stored.id, by: app.actor)
            reloadStatus(app)
            app.info(outcome.declarationReleased ? s.format(.paidReleased, current.stored.number ?? "")
                                                 : s.format(.paid, current.stored.number ?? ""))
        } catch {
            reloadStatus(app)
            if let line = ReviewErrorText.line(error, app) { app.error(line) } else { app.show(error) }
        }
    }

    func askWithdraw(_ app: AppContext) {
        guard let current = editor else { return }
        if let refusal = Self.brokerRefusal(.withdraw, current, app) { return app.error(refusal) }
        let s = app.strings
        overlay = .withdrawReason(ReasonDialog(title: s[.withdrawTitle],
                                               message: [s.format(.withdrawMessage, current.stored.number ?? String(current.stored.id))],
                                               requiredMessage: s[.withdrawReasonRequired]))
    }

    func withdraw(reason: String, _ app: AppContext) {
        guard let current = editor else { return }
        let s = app.strings
        do {
            _ = try Review.withdraw(app.workspace, declarationID: current.stored.id, reason: reason, by: app.actor)
            reloadStatus(app)
            app.info(s.format(.withdrawn, current.stored.number ?? ""))
        } catch {
            reloadStatus(app)
            if let line = ReviewErrorText.line(error, app) { app.error(line) } else { app.show(error) }
        }
    }
}

extension PaneAction {
    static let payDuties = PaneAction("declarations.payDuties")
    static let withdrawDeclaration = PaneAction("declarations.withdraw")
    static let amendDeclaration = PaneAction("declarations.amend")
}
