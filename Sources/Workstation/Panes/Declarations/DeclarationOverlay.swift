import Presentation
import SingleWindowKit
import TerminalUI

/// A dialog over the declarations pane; it has the keyboard until it closes.
enum DeclarationOverlay {
    case lookup(DeclarationLookup)
    case problems(ListDialog, [Problem])
    case confirmSubmit(ConfirmDialog)
    case confirmPay(ConfirmDialog)
    case confirmAmend(ConfirmDialog)
    case withdrawReason(ReasonDialog)
    /// Saving found the record gone (a training reset): save as new / discard / stay.
    case recordGone(ChoiceDialog)
    case staleCopy(ConfirmDialog)
    case templateName(ReasonDialog)
    case templates(ListDialog, [DeclarationTemplate])
    case brokers(ListDialog, [Enterprise])
    case importPath(ReasonDialog)
    case importReport(DeclarationImportReport)
    /// A refusal to read in full (wrapped), closed with Enter or Esc.
    case notice(ListDialog)

    /// Enter and Esc, named for what they do in this dialog (the key bar shows them).
    func keyMap(_ s: Strings) -> KeyMap<PaneAction> {
        let enter: DS
        switch self {
        case .lookup, .templates, .brokers: enter = .keyChoose
        case .problems: enter = .keyGoTo
        case .confirmSubmit, .recordGone, .staleCopy, .confirmPay, .confirmAmend: enter = .keyAnswer
        case .templateName, .importPath, .withdrawReason: enter = .keyOK
        case .importReport, .notice:
            return KeyMap([KeyBinding([.escape, .enter], label: s[.keyClose], help: s[.keyClose], action: .overlayEscape)])
        }
        return KeyMap([
            KeyBinding(.enter, label: s[enter], help: s[enter], action: .overlayEnter),
            KeyBinding(.escape, label: s[.keyCancel], help: s[.keyCancel], action: .overlayEscape),
        ])
    }

    func render(into buffer: inout Buffer, area: Rect, app: AppContext) {
        switch self {
        case let .lookup(lookup): LookupPopup().render(into: &buffer, area: area, state: lookup.state)
        case let .problems(dialog, _): dialog.render(into: &buffer, area: area)
        case let .confirmSubmit(dialog), let .staleCopy(dialog), let .confirmPay(dialog), let .confirmAmend(dialog):
            dialog.render(into: &buffer, area: area)
        case let .recordGone(dialog): dialog.render(into: &buffer, area: area)
        case let .templateName(dialog), let .importPath(dialog), let .withdrawReason(dialog): dialog.render(into: &buffer, area: area)
        case let .templates(dialog, _): dialog.render(into: &buffer, area: area)
        case let .brokers(dialog, _): dialog.render(into: &buffer, area: area)
        case let .importReport(report): report.render(into: &buffer, area: area, s: app.strings)
        case let .notice(dialog): dialog.render(into: &buffer, area: area)
        }
    }
}

extension DeclarationsPane {
    /// Routes a key to the open dialog and acts on its answer.
    func handleOverlay(_ current: DeclarationOverlay, _ key: Key, _ app: AppContext) {
        overlay = nil
        switch current {
        case var .lookup(lookup):
            switch lookup.state.handle(key) {
            case let .chosen(item): applyLookup(lookup, item, app)
            case .cancelled: break
            case let .queryChanged(text):
                do { try lookup.search(text, app: app) } catch { app.show(error) }
                overlay = .lookup(lookup)
            case .none: overlay = .lookup(lookup)
            }
        case .problems(var dialog, let problems):
            switch dialog.handle(key) {
            case let .chosen(i) where problems.indices.contains(i): editor?.jump(to: problems[i])
            case .open: overlay = .problems(dialog, problems)
            default: break
            }
        case var .confirmSubmit(dialog):
            switch dialog.handle(key) {
            case .confirmed: confirmedSubmit(app)
            case .open: overlay = .confirmSubmit(dialog)
            default: app.info(app.strings[.submitCancelled])
            }
        case var .confirmPay(dialog):
            switch dialog.handle(key) {
            case .confirmed: pay(app)
            case .open: overlay = .confirmPay(dialog)
            default: break
            }
        case var .confirmAmend(dialog):
            switch dialog.handle(key) {
            case .confirmed: amend(app)
            case .open: overlay = .confirmAmend(dialog)
            default: break
            }
        case var .withdrawReason(dialog):
            switch dialog.handle(key) {
            case let .reason(text): withdraw(reason: text, app)
            case .open: overlay = .withdrawReason(dialog)
            default: break
            }
        case var .recordGone(dialog):
            switch dialog.handle(key) {
            case .chosen(0): saveAsNewDraft(app, keepReference: true)
            case .chosen(1): leave(app)
            case .open: overlay = .recordGone(dialog)
            default: app.error(app.strings[.goneKept])
            }
        case var .staleCopy(dialog):
            switch dialog.handle(key) {
            case .confirmed: saveAsNewDraft(app)
            case .open: overlay = .staleCopy(dialog)
            default: app.error(app.strings[.staleKept])
            }
        case var .templateName(dialog):
            switch dialog.handle(key) {
            case let .reason(name): saveTemplate(named: name, app)
            case .open: overlay = .templateName(dialog)
            default: break
            }
        case .templates(var dialog, let templates):
            switch dialog.handle(key) {
            case let .chosen(i) where templates.indices.contains(i): newFromTemplate(templates[i], app)
            case .open: overlay = .templates(dialog, templates)
            default: break
            }
        case .brokers(var dialog, let brokers):
            switch dialog.handle(key) {
            case let .chosen(i) where brokers.indices.contains(i): handOver(to: brokers[i], app)
            case .open: overlay = .brokers(dialog, brokers)
            default: break
            }
        case var .importPath(dialog):
            switch dialog.handle(key) {
            case let .reason(path): runImport(path, app)
            case .open: overlay = .importPath(dialog)
            default: break
            }
        case var .notice(dialog):
            if dialog.handle(key) == .open { overlay = .notice(dialog) }
        case var .importReport(report):
            if key == .escape || key == .enter { break }
            report.scroll(key, height: max(1, area.height - 8), language: app.strings)
            overlay = .importReport(report)
        }
    }
}
