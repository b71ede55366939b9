import Foundation
import SingleWindowKit
import TerminalUI

/// The broker's two other answers on the status view: pay the duties customs assessed (`p`),
/// and withdraw a declaration not yet released (`w`, with a reason). Each is one domain call
/// (`Review.pay`, `Review.withdraw`), the same the `review pay|withdraw` commands make.
extension DeclarationsPane {
    /// The customs lane waits for payment and this broker is looking at it.
    static func canPay(_ editor: DeclarationEditor, _ app: AppContext) -> Bool {
        guard app.actor.role == .broker, editor.page == .status, !editor.isEditable, let detail = editor.detail else { return false }
        return detail.lanes.contains { $0.agency == .customs && $0.state == ReviewState.dutiesDue.rawValue }
    }

    /// Submitted, not released, and some lane still open: withdrawing still ends something.
    static func canWithdraw(_ editor: DeclarationEditor, _ app: AppContext) -> Bool {
        guard app.actor.role == .broker, editor.page == .status, !editor.isEditable, editor.stored.status == .submitted,
              let detail = editor.detail, detail.releasedAt == nil else { return false }
        return detail.lanes.contains { !(ReviewState(rawValue: $0.state)?.isFinal ?? true) }
    }

    func askPay(_ app: AppContext) {
        guard let current = editor, Self.canPay(current, app),
              let lane = current.detail?.lanes.first(where: { $0.agency == .customs }) else { return }
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
        guard let current = editor, Self.canWithdraw(current, app) else { return }
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
}
