import Presentation
import TerminalUI

// Each tab's pane names the keys of its open popup for the shell's key bar (`PopupKeyBar`).

extension DeclarationsTabPane: PopupKeyBar {
    func popupKeyHints(_ app: AppContext) -> [KeyHint]? { (current as? any PopupKeyBar)?.popupKeyHints(app) }
}

extension ReviewQueuePane: PopupKeyBar {
    func popupKeyHints(_ app: AppContext) -> [KeyHint]? { dialog?.keyHints(app.strings) }
}

extension JointTaskList: PopupKeyBar {
    func popupKeyHints(_ app: AppContext) -> [KeyHint]? { dialog.map { _ in DialogKeyWords(app.strings).formHints } }
}

extension EnterpriseCreditPane: PopupKeyBar {
    func popupKeyHints(_ app: AppContext) -> [KeyHint]? { recordDialog.map { _ in DialogKeyWords(app.strings).formHints } }
}

extension RiskRuleBook: PopupKeyBar {
    func popupKeyHints(_ app: AppContext) -> [KeyHint]? { toggle?.dialog.keyHints(DialogKeyWords(app.strings)) }
}

extension VesselsPane: PopupKeyBar {
    func popupKeyHints(_ app: AppContext) -> [KeyHint]? { dialog?.keyHints(app.strings) }
}

extension ApprovalsPane: PopupKeyBar {
    func popupKeyHints(_ app: AppContext) -> [KeyHint]? { dialog?.keyHints(app.strings) }
}

extension AdminPane: PopupKeyBar {
    func popupKeyHints(_ app: AppContext) -> [KeyHint]? { dialog?.keyHints(app.strings) }
}

extension DeclarationsPane: PopupKeyBar {
    /// The confirms, prompts and lists; the look-up and the import report keep the pane's own
    /// Enter/Esc map (`DeclarationOverlay.keyMap`), which already is theirs.
    func popupKeyHints(_ app: AppContext) -> [KeyHint]? {
        let words = DialogKeyWords(app.strings)
        switch overlay {
        case let .confirmSubmit(dialog)?, let .confirmPay(dialog)?, let .confirmAmend(dialog)?, let .staleCopy(dialog)?:
            return dialog.keyHints(words)
        case let .recordGone(dialog)?: return dialog.keyHints(words)
        case let .importPath(dialog)?, let .templateName(dialog)?, let .withdrawReason(dialog)?: return dialog.keyHints(words)
        case let .problems(dialog, _)?, let .templates(dialog, _)?, let .brokers(dialog, _)?: return dialog.keyHints(words)
        case let .notice(dialog)?: return dialog.keyHints(words, notice: true)
        case .lookup?, .importReport?, nil: return nil
        }
    }
}
