import Presentation
import SingleWindowKit
import TerminalUI

/// Keys and actions on an open declaration: typing into the form and grids, pages, look-ups,
/// Dup, scope changes, and leaving.
extension DeclarationsPane {
    func editorKey(_ key: Key, _ app: AppContext) -> Bool {
        guard var current = editor else { return false }
        defer { editor = current }
        switch current.page {
        case .header:
            guard current.isEditable else { return readOnlyFormKey(&current, key) }
            let before = current.content()
            let event = current.form.handle(key)
            if case let .changed(id) = event {
                current.isDirty = true
                fieldChanged(id, before: before, &current, app)
            }
            return event != .ignored
        case .goods, .containers, .documents:
            guard var grid = current.grid(current.page) else { return false }
            if !current.isEditable {
                // Read-only: move around, never edit, add or delete.
                guard [.up, .down, .left, .right, .home, .end, .tab, .backTab].contains(key) else { return false }
            }
            let event = grid.handle(key)
            switch event {
            case .cellChanged, .rowAdded, .rowDeleted: current.isDirty = true
            default: break
            }
            current.setGrid(grid, for: current.page)
            return event != .ignored
        case .status:
            // PgUp/PgDn turn the editor's pages, not these lines.
            guard key != .pageUp, key != .pageDown else { return false }
            let lines = DeclarationStatusView.lines(current, app: app, width: DeclarationStatusView.textWidth(area)).count
            return current.statusScroll.handle(key, limit: lines - 1)
        }
    }

    /// Focus moves over read-only fields too, so a submitted declaration can be read field by field.
    func readOnlyFormKey(_ editor: inout DeclarationEditor, _ key: Key) -> Bool {
        let ids = editor.form.fields.map(\.id)
        guard !ids.isEmpty else { return false }
        let step: Int
        switch key {
        case .down, .tab, .enter: step = 1
        case .up, .backTab: step = -1
        default: return false
        }
        let next = min(max(0, editor.form.focus + step), ids.count - 1)
        editor.form.focus(on: ids[next])
        return true
    }

    /// A header field changed: the direction and scope decide which fields are required, and a
    /// scope that the goods do not allow says why at once.
    func fieldChanged(_ id: String, before: Declaration, _ editor: inout DeclarationEditor, _ app: AppContext) {
        guard id == "scope" || id == "direction" else { return }
        let value = editor.form[id]?.value ?? ""
        let parsed = id == "scope" ? DeclarationScope(text: value) != nil : DeclarationDirection(text: value) != nil
        guard parsed else {
            editor.form.setError(value.isEmpty ? nil : app.strings[id == "scope" ? .badScope : .badDirection], for: id)
            return
        }
        editor.form.setError(nil, for: id)
        editor.refreshRequired()
        if id == "scope", let scope = DeclarationScope(text: value) {
            if let reason = scopeRefusal(editor.content(), scope, app) {
                editor.form.setError(reason, for: "scope")
                showRefusal(reason, app)
            }
        }
    }

    /// The scope refusal in full: it names the goods line and the HS code, too long for one line.
    func showRefusal(_ reason: String, _ app: AppContext) {
        let width = min(70, max(30, area.width - 8))
        overlay = .notice(ListDialog(title: app.strings[.scopeRefusedTitle], items: wrap(reason, toWidth: width), isError: true))
    }

    /// Why the goods do not allow `scope`, in the operator's words, or nil.
    func scopeRefusal(_ d: Declaration, _ scope: DeclarationScope, _ app: AppContext) -> String? {
        do {
            guard let problem = try Declarations.scopeProblems(app.workspace, d, scope: scope).first else { return nil }
            return app.strings.message(problem.key, problem.arguments)
        } catch {
            app.show(error)
            return nil
        }
    }

    func gridKey(_ key: Key, _ app: AppContext) {
        _ = editorKey(key, app)
    }

    func turnPage(_ step: Int, _ app: AppContext) {
        guard var current = editor else { return }
        current.commitEdits()
        let pages = EditorPage.allCases
        current.page = pages[(current.page.rawValue + step + pages.count) % pages.count]
        if current.page == .status, current.detail == nil, !current.isNew {
            current.detail = try? DeclarationQueries.show(app.workspace, id: current.stored.id, by: app.actor)
        }
        editor = current
    }

    /// Dup (5250's "repeat the previous record"): the focused cell takes the line above's value.
    func dup(_ app: AppContext) {
        guard var current = editor, var grid = current.grid(current.page) else { return }
        if grid.isEditing { _ = grid.handle(.escape) }
        guard grid.row > 0, grid.column > 0 else {
            app.error(app.strings[.dupNothing])
            return
        }
        let value = grid.value(row: grid.row - 1, column: grid.column)
        grid.setValue(value, row: grid.row, column: grid.column)
        current.setGrid(grid, for: current.page)
        current.isDirty = true
        editor = current
    }

    func back(_ app: AppContext) {
        guard var current = editor else { return }
        if var grid = current.grid(current.page), grid.isEditing {
            _ = grid.handle(.escape)
            current.setGrid(grid, for: current.page)
            editor = current
            return
        }
        current.commitEdits()
        editor = current
        if current.isDirty {
            // The shell asks save / discard / stay, as for every other way out of the form.
            app.askToCloseForm()
            return
        }
        leave(app)
    }

    func leave(_ app: AppContext) {
        editor = nil
        list?.reload()
    }

    // MARK: - Look-ups

    func openLookup(_ app: AppContext) {
        guard var current = editor, current.isEditable else { return }
        current.commitEdits()
        editor = current
        let def: FieldDefinition?, row: Int?, value: String
        switch current.page {
        case .header:
            guard let field = current.form.focusedField else { return }
            def = FieldCatalogue.field(field.id)
            row = nil
            value = field.value
        case .goods, .containers, .documents:
            guard let grid = current.grid(current.page), let level = current.page.gridLevel, !grid.rows.isEmpty else { return }
            def = DeclarationFormBuilder.field(level: level, column: grid.column)
            row = grid.row
            value = grid.value(row: grid.row, column: grid.column)
        case .status:
            return
        }
        guard let def, DeclarationFormBuilder.hasLookup(def) else {
            app.error(app.strings[.noLookup])
            return
        }
        do {
            overlay = .lookup(try DeclarationLookup(def: def, page: current.page, row: row, query: value, app: app))
        } catch {
            app.show(error)
        }
    }

    func applyLookup(_ lookup: DeclarationLookup, _ item: LookupItem, _ app: AppContext) {
        guard var current = editor else { return }
        do {
            let values = try lookup.values(for: item, app: app)
            switch lookup.page {
            case .header:
                let before = current.content()
                if lookup.key == "scope", let scope = DeclarationScope(text: item.code), let reason = scopeRefusal(before, scope, app) {
                    // The scope stays as it was: the goods do not allow the new one.
                    current.form.setError(reason, for: "scope")
                    showRefusal(reason, app)
                    editor = current
                    return
                }
                for (key, value) in values where current.form[key] != nil { current.form.setValue(value, for: key) }
                current.form.setError(nil, for: lookup.key)
                fieldChanged(lookup.key, before: before, &current, app)
            case .goods, .containers, .documents:
                guard var grid = current.grid(lookup.page), let level = lookup.page.gridLevel, let row = lookup.row else { return }
                for (key, value) in values {
                    guard let column = DeclarationFormBuilder.column(level: level, key: key) else { continue }
                    // The chosen code always lands; what it implies fills only empty cells.
                    let primary = key == lookup.key || key == "hsCode" || key == "ciqCode"
                    if primary || grid.value(row: row, column: column).isEmpty { grid.setValue(value, row: row, column: column) }
                }
                current.setGrid(grid, for: lookup.page)
            case .status:
                break
            }
            current.isDirty = true
        } catch {
            app.show(error)
        }
        editor = current
    }
}
