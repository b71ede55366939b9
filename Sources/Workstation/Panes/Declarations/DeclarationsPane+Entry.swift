import Presentation
import SingleWindowKit
import TerminalUI

/// Fewer keystrokes on the big table: what a typed value implies for the cells still empty, a
/// new goods line's defaults, typed codes checked as they are left, go to field, Dup line.
extension DeclarationsPane {
    /// A grid cell was committed: a goods line fills what the value implies (the HS entry's
    /// inspection code, name and units, the legal quantity, net weight and total), and a code
    /// that is not in its table is said at once.
    func cellChanged(_ grid: inout GridState, level: FieldDefinition.Level, row: Int, column: Int, _ app: AppContext) {
        guard let def = DeclarationFormBuilder.field(level: level, column: column) else { return }
        let value = grid.value(row: row, column: column).trimmed
        var hs: HSCode?
        do {
            if def.key == "hsCode" || def.key == "ciqCode", level == .goods {
                let line = Self.values(grid, level: level, row: row)
                hs = try Self.hsEntry(code: line["hsCode"] ?? "", ciq: line["ciqCode"] ?? "", app)
                if def.key == "hsCode", !value.isEmpty, hs == nil {
                    app.error(app.strings.format(.unknownCode, ProblemLocation.line(level, row, def.key).describe(app.strings), value))
                }
            } else if !value.isEmpty, let table = def.lookupTable, try Self.isUnknown(value, table: table, app) {
                app.error(app.strings.format(.unknownCode, ProblemLocation.line(level, row, def.key).describe(app.strings), value))
            }
        } catch {
            app.show(error)
        }
        guard level == .goods else { return }
        for (key, implied) in GoodsLineDefaults.implied(Self.values(grid, level: level, row: row), hs: hs) {
            if let c = DeclarationFormBuilder.column(level: level, key: key) { grid.setValue(implied, row: row, column: c) }
        }
    }

    /// A new goods line starts with the previous line's carried items, or the header's for the first.
    func startLine(_ grid: inout GridState, row: Int, header: Declaration) {
        let previous = row > 0 ? Self.values(grid, level: .goods, row: row - 1) : nil
        for (key, value) in GoodsLineDefaults.newLine(previous: previous, header: header) {
            if let c = DeclarationFormBuilder.column(level: .goods, key: key) { grid.setValue(value, row: row, column: c) }
        }
        grid.column = DeclarationFormBuilder.column(level: .goods, key: "hsCode") ?? grid.column
    }

    /// The values of one grid line by catalogue key (empty cells included).
    static func values(_ grid: GridState, level: FieldDefinition.Level, row: Int) -> [String: String] {
        var values: [String: String] = [:]
        for (i, def) in FieldCatalogue.fields(level: level).enumerated() { values[def.key] = grid.value(row: row, column: i + 1) }
        return values
    }

    /// The HS entry a typed code names: the one with the typed inspection code, the only one, or
    /// (several inspection codes, none typed) the first without its inspection code, whose units
    /// and name still apply.
    static func hsEntry(code: String, ciq: String, _ app: AppContext) throws -> HSCode? {
        guard code.count == 10 else { return nil }
        let entries = try CodeTables.searchHS(app.db, text: code, limit: 20).filter { $0.code == code }
        if !ciq.isEmpty, let exact = entries.first(where: { $0.ciqCode == ciq }) { return exact }
        guard var first = entries.first else { return nil }
        if entries.count > 1 { first.ciqCode = "" }
        return first
    }

    /// Whether a code is missing from its table (a table the database does not hold yet, as an
    /// older database may not hold the inspection offices, says nothing).
    static func isUnknown(_ code: String, table: String, _ app: AppContext) throws -> Bool {
        guard try !CodeTables.contains(app.db, table: table, code: code) else { return false }
        return try !CodeTables.search(app.db, table: table, text: "", limit: 1).isEmpty
    }

    /// The name of a code in its table, for beside the value ("2210 浦东海关"), or nil.
    static func codeName(_ code: String, table: String, _ app: AppContext) -> String? {
        guard !code.isEmpty, let entry = try? CodeTables.entry(app.db, table: table, code: code) else { return nil }
        let name = app.strings.language == .zh ? entry.nameZh : entry.nameEn
        return name.isEmpty ? entry.nameZh : name
    }

    /// A header field was left: a code not in its table is marked (the "!" goes as soon as it
    /// is corrected).
    func checkCode(_ id: String, _ editor: inout DeclarationEditor, _ app: AppContext) {
        guard let def = FieldCatalogue.field(id), let table = def.lookupTable,
              let value = editor.form[id]?.value.trimmed, !value.isEmpty else { return }
        do {
            if try Self.isUnknown(value, table: table, app) {
                editor.form.setError(app.strings.format(.unknownCode, def.label(app.strings.language), value), for: id)
            }
        } catch {
            app.show(error)
        }
    }

    // MARK: - Go to field, Dup line

    func openGoToField(_ app: AppContext) {
        guard var current = editor, current.page != .status else { return }
        current.commitEdits()
        editor = current
        overlay = .lookup(DeclarationLookup(fieldsOf: current.page, editor: current, app: app))
    }

    func goToField(_ lookup: DeclarationLookup, _ item: LookupItem, _ editor: inout DeclarationEditor) {
        guard let key = lookup.fieldKey(item, editor: editor) else { return }
        if let level = lookup.page.gridLevel {
            guard var grid = editor.grid(lookup.page), let column = DeclarationFormBuilder.column(level: level, key: key) else { return }
            grid.column = column
            editor.setGrid(grid, for: lookup.page)
        } else {
            editor.form.focus(on: key)
        }
    }

    /// Dup line: every cell of the line above into this line (then change what differs).
    func dupLine(_ app: AppContext) {
        guard var current = editor, current.isEditable, var grid = current.grid(current.page) else { return }
        if grid.isEditing { _ = grid.handle(.escape) }
        guard grid.row > 0 else {
            app.error(app.strings[.dupNothing])
            return
        }
        for c in 1..<grid.columns.count { grid.setValue(grid.value(row: grid.row - 1, column: c), row: grid.row, column: c) }
        current.setGrid(grid, for: current.page)
        current.isDirty = true
        editor = current
    }
}

extension PaneAction {
    static let goToField = PaneAction("declarations.goToField")
    static let dupLine = PaneAction("declarations.dupLine")
}
