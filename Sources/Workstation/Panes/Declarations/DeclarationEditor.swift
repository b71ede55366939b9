import Presentation
import SingleWindowKit
import TerminalUI

/// One declaration on screen: the stored record it came from, the header form and the three
/// grids holding what was typed, which page shows, and the last check's problems. Typed values
/// live only here until saved, so nothing is lost when a save is refused.
struct DeclarationEditor {
    /// The record as last loaded or saved: id, version, status and number come from here.
    private(set) var stored: Declaration
    var form: FormState
    var goods: GridState
    var containers: GridState
    var documents: GridState
    var page: EditorPage
    let isEditable: Bool
    /// Typed since the last load or save (asks before leaving).
    var isDirty = false
    /// The last check's problems (also marked on the fields).
    private(set) var problems: [Problem] = []
    /// Lanes, their events and history for the status page.
    var detail: DeclarationDetail?
    /// Where the status page starts.
    var statusScroll = ScrollState()
    let language: Language

    init(_ d: Declaration, editable: Bool, language: Language, detail: DeclarationDetail? = nil) {
        stored = d
        isEditable = editable
        self.language = language
        self.detail = detail
        form = DeclarationFormBuilder.header(d, language: language, editable: editable)
        goods = DeclarationFormBuilder.grid(.goods, rows: d.goods.map(\.values), language: language, editable: editable,
                                            scope: d.scope, direction: d.direction)
        containers = DeclarationFormBuilder.grid(.container, rows: d.containers.map(\.values), language: language, editable: editable,
                                                 scope: d.scope, direction: d.direction)
        documents = DeclarationFormBuilder.grid(.document, rows: d.documents.map(\.values), language: language, editable: editable,
                                                scope: d.scope, direction: d.direction)
        page = d.status == .draft ? .header : .status
    }

    var isNew: Bool { stored.id == 0 }

    /// The declaration as typed now, on top of the stored record (version included, so a save
    /// made elsewhere since is detected).
    func content() -> Declaration {
        var d = stored
        for field in form.fields { d[field.id] = field.value }
        d.goods = DeclarationFormBuilder.values(goods, level: .goods).map(GoodsLine.init)
        d.containers = DeclarationFormBuilder.values(containers, level: .container).map(DeclarationContainer.init)
        d.documents = DeclarationFormBuilder.values(documents, level: .document).map(AttachedDocument.init)
        return d
    }

    /// After a save: the stored facts change, the typed values stay as they are on screen.
    mutating func didSave(_ saved: Declaration) {
        stored = saved
        isDirty = false
    }

    // MARK: - Grids by page

    func grid(_ page: EditorPage) -> GridState? {
        switch page {
        case .goods: return goods
        case .containers: return containers
        case .documents: return documents
        case .header, .status: return nil
        }
    }

    mutating func setGrid(_ grid: GridState, for page: EditorPage) {
        switch page {
        case .goods: goods = grid
        case .containers: containers = grid
        case .documents: documents = grid
        case .header, .status: break
        }
        renumber(page)
    }

    /// Closes an open cell editor, keeping its text (before a save, check or page change).
    mutating func commitEdits() {
        for page in [EditorPage.goods, .containers, .documents] {
            guard var g = grid(page), g.isEditing else { continue }
            if case .cellChanged = g.handle(.enter) { isDirty = true }
            setGrid(g, for: page)
        }
    }

    /// Line numbers in the first column, with "!" on lines that have a problem.
    mutating func renumber(_ page: EditorPage) {
        guard let level = page.gridLevel, var g = grid(page) else { return }
        let prefix = Self.pathPrefix(level)
        for r in g.rows.indices {
            let flagged = problems.contains { $0.path.hasPrefix("\(prefix)[\(r + 1)].") }
            g.setValue("\(r + 1)" + (flagged ? "!" : ""), row: r, column: 0)
        }
        switch page {
        case .goods: goods = g
        case .containers: containers = g
        case .documents: documents = g
        case .header, .status: break
        }
    }

    static func pathPrefix(_ level: FieldDefinition.Level) -> String {
        switch level {
        case .goods: return "goods"
        case .container: return "containers"
        case .document: return "documents"
        case .header: return "header"
        }
    }

    // MARK: - Problems

    /// Marks every problem on its field (header) or line (grids).
    mutating func setProblems(_ list: [Problem], text: (Problem) -> String) {
        problems = list
        form.clearErrors()
        for p in list {
            if let key = ProblemLocation(path: p.path).headerKey { form.setError(text(p), for: key) }
        }
        for page in [EditorPage.goods, .containers, .documents] { renumber(page) }
    }

    /// Problems on one grid cell (1-based line in paths).
    func problems(level: FieldDefinition.Level, row: Int, key: String) -> [Problem] {
        problems.filter { $0.path == "\(Self.pathPrefix(level))[\(row + 1)].\(key)" }
    }

    /// Recomputes the required markers after the direction or scope changed (the grids' too:
    /// Enter moves to their next required cell).
    mutating func refreshRequired() {
        let d = content()
        CatalogueFormBuilder.refreshRequired(&form, DeclarationFormBuilder.catalogue(.header),
                                             values: DeclarationFormBuilder.requiredInputs(d))
        DeclarationFormBuilder.markRequired(&goods, level: .goods, scope: d.scope, direction: d.direction)
        DeclarationFormBuilder.markRequired(&containers, level: .container, scope: d.scope, direction: d.direction)
        DeclarationFormBuilder.markRequired(&documents, level: .document, scope: d.scope, direction: d.direction)
    }

    /// A corrected cell loses its problems (and its line its "!") at once; F3 checks again.
    mutating func clearProblems(level: FieldDefinition.Level, row: Int, key: String) {
        let path = "\(Self.pathPrefix(level))[\(row + 1)].\(key)"
        guard problems.contains(where: { $0.path == path }) else { return }
        problems.removeAll { $0.path == path }
        for page in [EditorPage.goods, .containers, .documents] { renumber(page) }
    }

    /// A corrected header field loses its problems too (the form already dropped its mark).
    mutating func clearProblems(header key: String) {
        problems.removeAll { ProblemLocation(path: $0.path).headerKey == key }
    }

    /// Moves to the field or cell a problem names.
    mutating func jump(to problem: Problem) {
        let location = ProblemLocation(path: problem.path)
        switch location {
        case let .header(key):
            page = .header
            form.focus(on: key)
        case let .line(level, row, key):
            let target: EditorPage = level == .goods ? .goods : (level == .container ? .containers : .documents)
            guard var g = grid(target) else { return }
            page = target
            if g.rows.indices.contains(row) { g.row = row }
            if let key, let c = DeclarationFormBuilder.column(level: level, key: key) { g.column = c }
            setGrid(g, for: target)
        case .goods:
            page = .goods
        case .other:
            break
        }
    }
}
