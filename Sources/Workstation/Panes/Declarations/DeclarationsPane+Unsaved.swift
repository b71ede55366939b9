import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The open declaration's unsaved typing, for the shell's save / discard / stay before any way
/// out, and its recovery when the connection drops.
extension DeclarationsPane {
    func unsavedWork(_ app: AppContext) -> UnsavedWork? {
        guard var current = editor, current.isEditable else { return nil }
        current.commitEdits() // a cell still being typed counts, without closing it on screen
        guard current.isDirty else { return nil }
        let s = app.strings
        return UnsavedWork(title: DeclarationText.title(current.stored, s), details: Self.describeChanges(current, s))
    }

    func saveUnsaved(_ app: AppContext) -> Bool {
        guard editor?.isEditable == true else { return true }
        return save(app)
    }

    func discardUnsaved(_ app: AppContext) {
        guard editor != nil else { return }
        overlay = nil
        slotPicker = nil
        leave(app)
    }

    func saveRecovered(_ app: AppContext) {
        guard var current = editor, current.isEditable else { return }
        current.commitEdits()
        guard current.isDirty else { return }
        if let saved = try? Declarations.saveRecovered(app.workspace, current.content(), by: app.actor) {
            current.didSave(saved)
        }
        editor = current
    }

    /// "Trader's reference, 1 goods line": the header items whose value differs from the stored
    /// record (three named, then how many more), then the grid lines added, changed or removed.
    static func describeChanges(_ editor: DeclarationEditor, _ s: Strings) -> String {
        let stored = editor.stored
        let content = editor.content()
        let labels = editor.form.fields.filter { stored[$0.id].trimmed != $0.value.trimmed }
            .map { FieldCatalogue.field($0.id)?.label(s.language) ?? $0.label }  // the full label, not the form's short one
        var parts: [String] = []
        if !labels.isEmpty {
            let named = labels.prefix(3).joined(separator: ", ")
            parts.append(labels.count > 3 ? s.format(.unsavedMore, named, labels.count - 3) : named)
        }
        let grids: [(Int, DS)] = [
            (changedLines(stored.goods.map(\.values), content.goods.map(\.values)), .unsavedGoods),
            (changedLines(stored.containers.map(\.values), content.containers.map(\.values)), .unsavedContainers),
            (changedLines(stored.documents.map(\.values), content.documents.map(\.values)), .unsavedDocuments),
        ]
        for (count, key) in grids where count > 0 { parts.append(s.format(key, count)) }
        return parts.isEmpty ? s[.unsavedChanges] : parts.joined(separator: ", ")
    }

    /// Lines added, removed or different (empty cells ignored, so an untouched blank is no change).
    static func changedLines(_ old: [[String: String]], _ new: [[String: String]]) -> Int {
        func filled(_ v: [String: String]) -> [String: String] { v.filter { !$0.value.trimmed.isEmpty } }
        return (0..<max(old.count, new.count)).filter { i in
            i >= old.count || i >= new.count || filled(old[i]) != filled(new[i])
        }.count
    }
}
