import Presentation
import SingleWindowKit
import TerminalUI

/// The enforcement tab for now: the enterprise register, keyset-paged, each enterprise's credit
/// class in its colour, searchable with `/`.
final class EnterpriseCreditPane: Pane {
    private var table: PagedTable<Enterprise, EnterpriseCursor>?
    private var filterText = ""

    func makeTable(_ app: AppContext) -> PagedTable<Enterprise, EnterpriseCursor> {
        let db = app.db
        let s = app.strings
        let pager = KeysetPager<Enterprise, EnterpriseCursor>(
            fetchAfter: { [unowned self] cursor, limit in try Enterprises.search(db, text: filterText, after: cursor, limit: limit) },
            fetchBefore: { [unowned self] cursor, limit in try Enterprises.search(db, text: filterText, before: cursor, limit: limit) },
            cursorOf: { $0.cursor })
        return PagedTable(pager: pager, columns: [
            TableColumn(s[.colEnterprise], width: .flexible(min: 20)),
            TableColumn(s[.colUSCC], width: .fixed(18)),
            TableColumn(s[.colDistrict], width: .fixed(8)),
            TableColumn(s[.colCreditClass], width: .fixed(10)),
        ], row: { e in [e.name, e.id, e.district, Self.creditName(e.creditClass, s)] },
           roles: { e in [nil, nil, nil, Self.creditRole(e.creditClass)] })
    }

    static func creditName(_ raw: String, _ s: Strings) -> String {
        S(rawValue: "credit.\(raw)").map { s[$0] } ?? raw
    }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        if table?.state.isFiltering == true { return KeyMap() }
        return KeyMap([
            KeyBinding(.char("/"), label: s[.keySearch], help: s[.keySearch], action: PaneAction("search")),
        ])
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        guard var current = table else { return }
        _ = current.state.handle(.char("/"))
        table = current
    }

    func layout(_ area: Rect, _ app: AppContext) {
        var current = table ?? makeTable(app)
        do {
            try current.start(visibleRows: TableView.visibleRowCount(area: tableArea(area), state: current.state))
        } catch { app.show(error) }
        table = current
    }

    func refresh(_ app: AppContext) {
        do { try table?.reload() } catch { app.show(error) }
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        guard var current = table else { return false }
        do {
            let request = try current.handle(key)
            if case let .filterChanged(text) = request {
                filterText = text
                try current.pager.first()
                current.show()
            }
            table = current
            return request != .ignored
        } catch {
            app.show(error)
            return true
        }
    }

    static func creditRole(_ raw: String) -> ThemeRole {
        switch raw {
        case "warning": return .creditWarning
        case "dishonest": return .creditDishonest
        case "seriously_dishonest": return .creditSeriouslyDishonest
        default: return .creditGood
        }
    }

    func tableArea(_ area: Rect) -> Rect { Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1) }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        buffer.put(app.strings[.enforcementHint], x: area.x + 1, y: area.y, style: Style(.label), maxWidth: area.width - 2)
        table?.render(into: &buffer, area: tableArea(area), emptyText: app.strings[.noRows])
    }
}
