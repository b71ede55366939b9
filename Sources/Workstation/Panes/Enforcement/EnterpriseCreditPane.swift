import Presentation
import SingleWindowKit
import TerminalUI

/// The enforcement tab for now: the enterprise register, keyset-paged, each enterprise's credit
/// class in its colour, searchable with `/`.
final class EnterpriseCreditPane: Pane {
    private(set) var list: ListSkeleton<Enterprise, EnterpriseCursor>?

    enum Action: String, PaneActionKind { case search }

    func makeList(_ app: AppContext) -> ListSkeleton<Enterprise, EnterpriseCursor> {
        let db = app.db
        let s = app.strings
        return ListSkeleton(columns: [
            TableColumn(s[.colEnterprise], width: .flexible(min: 20)),
            TableColumn(s[.colUSCC], width: .fixed(18)),
            TableColumn(s[.colDistrict], width: .fixed(8)),
            TableColumn(s[.colCreditClass], width: .fixed(10)),
        ], row: { e in [e.name, e.id, e.district, Self.creditName(e.creditClass, s)] },
           roles: { e in [nil, nil, nil, Self.creditRole(e.creditClass)] }, cursorOf: { $0.cursor },
           report: { app.show($0) },
           fetch: { search, page, limit in
               switch page {
               case let .after(cursor): return try Enterprises.search(db, text: search, after: cursor, limit: limit)
               case let .before(cursor): return try Enterprises.search(db, text: search, before: cursor, limit: limit)
               }
           })
    }

    static func creditName(_ raw: String, _ s: Strings) -> String {
        S(rawValue: "credit.\(raw)").map { s[$0] } ?? raw
    }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        if list?.isSearching == true { return KeyMap() }
        return KeyMap([
            KeyBinding(.char("/"), label: s[.keySearch], help: s[.keySearch], action: PaneAction(Action.search)),
        ])
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        if action.as(Action.self) == .search { list?.beginSearch() }
    }

    func layout(_ area: Rect, _ app: AppContext) {
        let current = list ?? makeList(app)
        list = current
        current.start(area: area)
    }

    func refresh(_ app: AppContext) { list?.reload() }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if case .ignored = list?.handle(key) ?? .ignored { return false }
        return true
    }

    static func creditRole(_ raw: String) -> ThemeRole {
        switch raw {
        case "warning": return .creditWarning
        case "dishonest": return .creditDishonest
        case "seriously_dishonest": return .creditSeriouslyDishonest
        default: return .creditGood
        }
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        list?.renderTitle(app.strings[.enforcementHint], into: &buffer, area: area)
        list?.renderTable(into: &buffer, area: area, emptyText: app.strings[.noRows])
    }
}
