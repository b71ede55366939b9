import Presentation
import SingleWindowKit
import TerminalUI

/// The keyset lists of the enforcement tab: the class board, the draws, tables and results.
/// Each reads one page of its domain query; none loads a table whole.
enum EnforcementLists {
    static func board(_ app: AppContext, creditClass: @escaping () -> CreditClass?) -> ListSkeleton<Enterprise, EnterpriseCursor> {
        let db = app.db, s = app.strings
        // The class and the district take what their longest value needs in this language; the
        // name, which can be read from its start, takes what is left.
        return ListSkeleton(columns: [
            TableColumn(s[.enfColEnterprise], width: .flexible(min: 16)),
            TableColumn(s[.enfColUSCC], width: .fixed(18)),
            TableColumn(s[.enfColDistrict], width: .fixed(districtWidth(s))),
            TableColumn(s[.enfColClass], width: .fixed(classWidth(s))),
        ], row: { e in [e.name, e.id, AdministrativeDistrict.display(registered: e.district, uscc: e.id, s.language),
                        EnforcementText.className(raw: e.creditClass, s)] },
           roles: { e in [nil, nil, nil, classRole(e.creditClass)] }, cursorOf: { $0.cursor }, headerLines: 2,
           report: { app.show($0) },
           fetch: { search, page, limit in
               switch page {
               case let .after(c): return try Classifications.board(db, creditClass(), search: search, after: c, limit: limit)
               case let .before(c): return try Classifications.board(db, creditClass(), search: search, before: c, limit: limit)
               }
           })
    }

    /// The display width of the longest credit class name in the operator's language (and of
    /// the column's title): "seriously dishonest" is never cut to "seriously di".
    static func classWidth(_ s: Strings) -> Int {
        (CreditClass.allCases.map { displayWidth(EnforcementText.className($0, s)) } + [displayWidth(s[.enfColClass])]).max() ?? 12
    }

    /// A draw's scope district by name; "all" for all, a customs code stored by an older draw as it is.
    static func districtName(_ code: String, _ s: Strings) -> String {
        if code.isEmpty { return s[.enfAllDistricts] }
        return AdministrativeDivision.isDivision(code) ? AdministrativeDistrict.name(code, s.language) : code
    }

    /// The district column: as wide as the longest district name the table knows, in this language.
    static func districtWidth(_ s: Strings) -> Int {
        max(displayWidth(s[.enfColDistrict]), AdministrativeDistrict.longestCountyName(s.language))
    }

    /// The credit class's theme role: the source's green, yellow, red and black, as the theme draws them.
    static func classRole(_ raw: String) -> ThemeRole {
        switch CreditClass(rawValue: raw) ?? .good {
        case .good: return .creditGood
        case .warning: return .creditWarning
        case .dishonest: return .creditDishonest
        case .seriouslyDishonest: return .creditSeriouslyDishonest
        }
    }

    static func draws(_ app: AppContext) -> ListSkeleton<Draw, Int64> {
        let db = app.db, s = app.strings
        return ListSkeleton(columns: [
            TableColumn("#", width: .fixed(4)),
            TableColumn(s[.enfColDistrict], width: .fixed(districtWidth(s))),
            TableColumn(s[.enfColDraw], width: .flexible(min: 16)),
            TableColumn(s[.enfColState], width: .fixed(10)),
        ], row: { d in [String(d.id), districtName(d.scope.district, s),
                        "\(d.scope.year) · \(d.drawn)/\(d.candidates) · " + s.format(.enfDrawSeed, String(d.seed)),
                        EnforcementText.drawState(d.state, s)] },
           cursorOf: { $0.id }, searchable: false, headerLines: 3, report: { app.show($0) },
           fetch: { _, page, limit in
               switch page {
               case let .after(c): return try Draws.list(db, before: c ?? .max, limit: limit)
               case let .before(c): return try c.map { try Draws.list(db, newerThan: $0, limit: limit) } ?? Draws.list(db, limit: limit)
               }
           })
    }

    /// An officer's tables, or (drawID set) a draw's tables in draw order.
    static func tables(_ app: AppContext, drawID: Int64?) -> ListSkeleton<TableRow, Int64> {
        let db = app.db, s = app.strings, officer = app.actor.id
        return ListSkeleton(columns: [
            TableColumn("#", width: .fixed(5)),
            TableColumn(s[.enfColEnterprise], width: .flexible(min: 20)),
            TableColumn(drawID == nil ? s[.enfColAgency] : s[.enfColFocus], width: .fixed(14)),
            TableColumn(s[.enfColSignature], width: .fixed(6)),
        ], row: { t in [String(t.id), t.title, t.detail, t.done ? "✓" : ""] }, cursorOf: { $0.id }, searchable: false,
           report: { app.show($0) },
           fetch: { _, page, limit in
               if let drawID {
                   guard case let .after(c) = page else { return [] }
                   let after = try c.flatMap { id in try db.scalar("SELECT pick FROM joint_table WHERE id = ?", [id]).int } ?? 0
                   return try JointTables.list(db, drawID: drawID, afterPick: after, limit: limit).map {
                       TableRow(id: $0.id, title: $0.name, detail: $0.focus ? "*" : "", done: false)
                   }
               }
               guard case let .after(c) = page else { return [] }
               return try JointTables.assigned(db, officerID: officer, before: c ?? .max, limit: limit).map {
                   TableRow(id: $0.id, title: $0.name, detail: EnforcementText.agency($0.agency, db, s), done: $0.signed)
               }
           })
    }

    static func results(_ app: AppContext) -> ListSkeleton<JointResult, Int64> {
        let db = app.db, s = app.strings
        return ListSkeleton(columns: [
            TableColumn(s[.enfColDate], width: .fixed(10)),
            TableColumn(s[.enfColEnterprise], width: .flexible(min: 16)),
            TableColumn(s[.enfColAgency], width: .fixed(12)),
            TableColumn(s[.enfColResult], width: .fixed(14)),
            TableColumn(s[.enfColClass], width: .fixed(classWidth(s))),
        ], row: { r in [String(r.publishedAt.prefix(10)), r.enterpriseName, EnforcementText.agency(r.agency, db, s),
                        EnforcementText.outcome(r.outcome, s), EnforcementText.className(r.classAfter, s)] },
           roles: { r in [nil, nil, nil, nil, classRole(r.classAfter.rawValue)] },
           cursorOf: { $0.id }, searchable: false, report: { app.show($0) },
           fetch: { _, page, limit in
               switch page {
               case let .after(c): return try JointTables.results(db, before: c ?? .max, limit: limit)
               case let .before(c): return try c.map { try JointTables.results(db, newerThan: $0, limit: limit) } ?? JointTables.results(db, limit: limit)
               }
           })
    }
}
