import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The new-call form's keys, its save, and its unsaved work for the shell's save / discard /
/// stay before every way out (Esc, F9, another tab, Ctrl-Q/Ctrl-C), as the declaration form does.
extension VesselsPane {
    enum FormAction: String, PaneActionKind { case save, lookup, back }

    func formKeyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        if form?.lookup != nil { return KeyMap() }
        return KeyMap([
            KeyBinding([.function(2), .ctrl("s")], label: s[.vfKeySave], help: s[.vfHelpSave], action: PaneAction(FormAction.save)),
            KeyBinding(.function(4), label: s[.vfKeyLookup], help: s[.vfHelpLookup], action: PaneAction(FormAction.lookup)),
            KeyBinding(.escape, label: s[.vfKeyBack], help: s[.vfHelpBack], action: PaneAction(FormAction.back)),
        ])
    }

    func performOnForm(_ action: PaneAction, _ app: AppContext) {
        guard var current = form else { return }
        switch action.as(FormAction.self) {
        case .save:
            _ = saveForm(app)
        case .lookup:
            if let id = current.state.focusedField?.id { current.openLookup(id, app) }
            form = current
        case .back:
            if current.isChanged { app.askToCloseForm() } else { closeForm(app) }
        case nil: break
        }
    }

    func handleForm(_ key: Key, _ app: AppContext) -> Bool {
        guard var current = form else { return false }
        let used = current.handle(key, app)
        form = current
        return used
    }

    /// F2: the draft saved, the form closed onto the call (where the lists are imported). False,
    /// with the problems marked and the form as typed, when it could not be saved.
    @discardableResult
    func saveForm(_ app: AppContext, close: Bool = true) -> Bool {
        guard var current = form else { return true }
        let isNew = current.callID == nil
        do {
            let saved = try current.save(app)
            form = current
            app.info(isNew ? app.strings.format(.vfFormCreated, saved.id) : app.strings.format(.vfFormSaved, saved.id))
            if close {
                form = nil
                afterChange(open: saved.id, app)
            }
            return true
        } catch let DomainError.invalid(problems) {
            form = current
            app.error(app.strings.format(.vfFormProblems, problems.count) + ": "
                      + (problems.first.map { app.strings.message($0.key, $0.arguments) } ?? ""))
            return false
        } catch {
            form = current
            fail(error, app)
            return false
        }
    }

    func closeForm(_ app: AppContext) {
        form = nil
        refresh(app)
    }

    func unsavedWork(_ app: AppContext) -> UnsavedWork? {
        guard let form, form.isChanged else { return nil }
        let s = app.strings
        let labels = form.changedLabels
        let named = labels.prefix(3).joined(separator: ", ")
        let details = labels.count > 3 ? s.format(.vfUnsavedMore, named, labels.count - 3) : named
        return UnsavedWork(title: form.callID ?? s[.vfFormUnsavedNew], details: s.format(.vfUnsavedFields, details))
    }

    func saveUnsaved(_ app: AppContext) -> Bool { saveForm(app, close: false) }

    func discardUnsaved(_ app: AppContext) {
        guard let form else { return }
        self.form = nil
        // A new call saved from the leave prompt is shown; an edited draft's screen is re-read.
        if let id = form.callID { afterChange(open: id, app) } else { refresh(app) }
    }

    /// The connection dropped: keep what can be kept as the draft (a form that cannot be read
    /// yet — no valid IMO number, say — has no call to keep it in).
    func saveRecovered(_ app: AppContext) {
        guard form?.isChanged == true else { return }
        _ = saveForm(app, close: false)
    }
}
