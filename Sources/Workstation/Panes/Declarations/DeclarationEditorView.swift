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
            FormView().render(into: &buffer, area: body, state: DeclarationText.namingChoices(editor.form, s))
        case .goods, .containers, .documents:
            renderGrid(editor, into: &buffer, area: body, s: s)
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
        let legend = s[.legend]
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

    static func renderGrid(_ editor: DeclarationEditor, into buffer: inout Buffer, area: Rect, s: Strings) {
        guard let grid = editor.grid(editor.page), let level = editor.page.gridLevel else { return }
        let (table, detail) = area.splitBottom(2)
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
        let line = "\(place) · \(def.label(s.language))\(marks): \(value)"
        buffer.fill(detail.row(0), style: .normal)
        buffer.put(truncate(line, toWidth: detail.width - 1, ellipsis: true), x: detail.x + 1, y: detail.y, style: Style(.label))
        let problems = editor.problems(level: level, row: grid.row, key: def.key)
        if let first = problems.first {
            MessageLine(.error(s.message(first.key, first.arguments))).render(into: &buffer, area: detail.row(1))
        }
    }
}
