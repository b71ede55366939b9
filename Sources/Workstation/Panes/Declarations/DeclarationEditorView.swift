import Presentation
import SingleWindowKit
import TerminalUI

/// Draws one declaration: a title line (number or draft id, status, scope, what is unsaved),
/// the page tabs with the marker legend, then the page: the header form, a grid with the focused
/// cell's full label and problem below it, or the status view.
enum DeclarationEditorView {
    static func render(_ editor: DeclarationEditor, into buffer: inout Buffer, area: Rect, app: AppContext) {
        guard area.height > 3 else { return }
        let s = app.strings
        let d = editor.content()
        var title = "\(DeclarationText.title(editor.stored, s)) · \(DeclarationText.status(editor.stored.status, s))"
            + " · \(DeclarationText.direction(d.direction, s)) · \(DeclarationText.scope(d.scope, s))"
        if !editor.isEditable { title += " · " + s[.readOnly] }
        if editor.isDirty { title += " · " + s[.unsaved] }
        buffer.put(truncate(title, toWidth: area.width - 1, ellipsis: true), x: area.x + 1, y: area.y, style: Style(.title, .bold))
        renderTabs(editor, into: &buffer, row: area.row(1), s: s)
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2)
        switch editor.page {
        case .header:
            FormView(slotWidth: DeclarationFormBuilder.slotWidth)
                .render(into: &buffer, area: body, state: namingCodes(DeclarationText.namingChoices(editor.form, s), app))
        case .goods, .containers, .documents:
            renderGrid(editor, into: &buffer, area: body, app: app)
        case .status:
            DeclarationStatusView.render(editor, into: &buffer, area: body, app: app)
        }
    }

    static func renderTabs(_ editor: DeclarationEditor, into buffer: inout Buffer, row: Rect, s: Strings) {
        buffer.fill(row, style: Style(.tab))
        var x = row.x
        for page in EditorPage.allCases {
            var name = s[page.title]
            if let count = editor.grid(page)?.rows.count { name += " (\(count))" }
            let text = " \(name) "
            x = buffer.put(text, x: x, y: row.y, style: Style(page == editor.page ? .tabActive : .tab), maxWidth: row.maxX - x)
            x = buffer.put("│", x: x, y: row.y, style: Style(.tab), maxWidth: row.maxX - x)
        }
        // The legend in full where it fits, else in short: never left out.
        let legend = displayWidth(s[.legend]) + 2 < row.maxX - x ? s[.legend] : s[.legendShort]
        let legendX = row.maxX - displayWidth(legend) - 1
        if legendX > x + 1 {
            var lx = buffer.put("*", x: legendX, y: row.y, style: Style(.requiredMarker), maxWidth: 1)
            let parts = legend.dropFirst().split(separator: "•", maxSplits: 1).map(String.init)
            lx = buffer.put(parts.first ?? "", x: lx, y: row.y, style: Style(.tab), maxWidth: row.maxX - lx)
            if parts.count > 1 {
                lx = buffer.put("•", x: lx, y: row.y, style: Style(.sharedMarker), maxWidth: row.maxX - lx)
                buffer.put(parts[1], x: lx, y: row.y, style: Style(.tab), maxWidth: row.maxX - lx)
            }
        }
    }

    static func renderGrid(_ editor: DeclarationEditor, into buffer: inout Buffer, area: Rect, app: AppContext) {
        let s = app.strings
        guard let grid = editor.grid(editor.page), let level = editor.page.gridLevel else { return }
        guard let level0 = editor.page.gridLevel else { return }
        let focusedProblem = grid.rows.isEmpty ? nil : DeclarationFormBuilder.field(level: level0, column: grid.column)
            .flatMap { editor.problems(level: level0, row: grid.row, key: $0.key).first }
        // A long problem wraps over two lines below the cell's line rather than being cut.
        let problemLines = focusedProblem.map { wrap(s.message($0.key, $0.arguments), toWidth: max(1, area.width - 2)) } ?? []
        let (table, detail) = area.splitBottom(1 + max(1, min(2, problemLines.count)))
        GridView().render(into: &buffer, area: table, state: grid)
        if grid.rows.isEmpty {
            let hint = editor.isEditable ? s[.gridEmptyEditable] : s[.gridEmpty]
            buffer.put(truncate(hint, toWidth: table.width - 2, ellipsis: true), x: table.x + 1, y: table.y + 1, style: Style(.label))
            return
        }
        guard let def = DeclarationFormBuilder.field(level: level, column: grid.column) else { return }
        let d = editor.content()
        let marks = (def.isRequired(scope: d.scope, direction: d.direction) ? "*" : "") + (def.owner == .shared ? "•" : "")
        let value = grid.editor?.text ?? grid.value(row: grid.row, column: grid.column)
        let place = ProblemLocation.line(level, grid.row, nil).describe(s)
        var line = "\(place) · \(def.label(s.language))\(marks): \(value)"
        if let name = cellName(def, value: value.trimmed, row: grid.row, editor: editor, app: app) { line += "  " + name }
        buffer.fill(detail.row(0), style: .normal)
        buffer.put(truncate(line, toWidth: detail.width - 1, ellipsis: true), x: detail.x + 1, y: detail.y, style: Style(.label))
        for (i, text) in problemLines.prefix(detail.height - 1).enumerated() {
            MessageLine(.error(text)).render(into: &buffer, area: detail.row(i + 1))
        }
    }

    /// What the focused cell's code means: the code table's name, the HS entry's for a commodity code.
    static func cellName(_ def: FieldDefinition, value: String, row: Int, editor: DeclarationEditor?, app: AppContext) -> String? {
        guard !value.isEmpty else { return nil }
        if def.key == "hsCode", let editor, let grid = editor.grid(editor.page), let level = editor.page.gridLevel {
            let ciq = DeclarationsPane.values(grid, level: level, row: row)["ciqCode"] ?? ""
            guard let hs = try? DeclarationsPane.hsEntry(code: value, ciq: ciq, app) else { return nil }
            return app.strings.language == .zh ? hs.nameZh : hs.nameEn
        }
        if def.kind == .flag { return value == "1" ? app.strings[.flagYes] : value == "0" ? app.strings[.flagNo] : nil }
        return def.lookupTable.flatMap { DeclarationsPane.codeName(value, table: $0, app) }
    }

    /// The header with every code named beside it ("2210 浦东海关"), read as it is drawn so the
    /// name always matches the value on screen; flags read yes / no.
    static func namingCodes(_ form: FormState, _ app: AppContext) -> FormState {
        var named = form
        for i in named.sections.indices {
            for j in named.sections[i].fields.indices {
                let field = named.sections[i].fields[j]
                guard field.note == nil, let def = FieldCatalogue.field(field.id) else { continue }
                named.sections[i].fields[j].note = cellName(def, value: field.value.trimmed, row: 0, editor: nil, app: app)
            }
        }
        return named
    }
}
