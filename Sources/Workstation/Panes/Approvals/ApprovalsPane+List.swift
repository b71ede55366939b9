import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The list: a department reviewer's queue (soonest deadline first, late in red), or the
/// projects by number for everyone else; keyset-paged both, `/` searches the projects.
extension ApprovalsPane {
    enum ListAction: String, PaneActionKind { case open, search, warnings }

    static func isReviewer(_ app: AppContext) -> Bool { app.actor.role == .departmentReviewer && app.actor.agency != .none }

    func startList(_ app: AppContext) {
        listActor = app.actor.id
        if Self.isReviewer(app) {
            let current = queue ?? makeQueue(app)
            queue = current
            current.start(area: area)
        } else {
            let current = projects ?? makeProjects(app)
            projects = current
            current.start(area: area)
        }
    }

    func makeProjects(_ app: AppContext) -> ListSkeleton<Project, String> {
        let s = app.strings, ws = app.workspace
        return ListSkeleton(columns: [
            TableColumn(s[.apColProject], width: .fixed(11)),
            TableColumn(s[.apColName], width: .flexible(min: 12)),
            TableColumn(s[.apColStage], width: .fixed(5)),
            TableColumn(s[.apColState], width: .fixed(11)),
            TableColumn(s[.apColInvestor], width: .flexible(min: 8)),
        ], row: { p in
            let current = (try? Projects.stages(ws.db, projectID: p.id)).flatMap(Projects.current)
            return [p.id, p.name, current.map { String($0.stage.rawValue) } ?? "—",
                    current.map { ApprovalText.stageState($0.state, s) } ?? s[.apStDecided], p.investorName]
        }, cursorOf: { $0.id }, report: { [unowned self, app] in fail($0, app) },
           fetch: { text, page, limit in
               switch page {
               case let .after(cursor): return try Projects.page(ws.db, after: cursor, search: text, limit: limit, for: app.actor)
               case let .before(cursor): return try Projects.page(ws.db, before: cursor, search: text, limit: limit, for: app.actor)
               }
           })
    }

    func makeQueue(_ app: AppContext) -> ListSkeleton<DepartmentLaneRow, ApprovalQueueCursor> {
        let s = app.strings, ws = app.workspace, department = app.actor.agency
        return ListSkeleton(columns: [
            TableColumn(s[.apColStage], width: .fixed(13)),
            TableColumn(s[.apColName], width: .flexible(min: 10)),
            TableColumn(s[.apColState], width: .fixed(14)),
            TableColumn(s[.apColDue], width: .fixed(10)),
            TableColumn(s[.apColDaysLeft], width: .fixed(12)),
        ], row: { r in
            [r.lane.caseID, r.projectName, LaneStateTable.name(.approvalStage, r.lane.state, s), r.due?.description ?? "", ApprovalText.daysLeft(r, s)]
        }, roles: { r in
            [nil, nil, ApprovalProjectScreen.laneRole(r), nil, (r.daysLeft ?? 0) < 0 ? .agencyRejected : nil]
        }, cursorOf: { ApprovalQueueCursor($0.lane) }, searchable: false, report: { [unowned self, app] in fail($0, app) },
           fetch: { _, page, limit in
               switch page {
               case let .after(cursor): return try ApprovalQueries.queue(ws, department: department, from: cursor, forward: true, limit: limit)
               case let .before(cursor): return try ApprovalQueries.queue(ws, department: department, from: cursor, forward: false, limit: limit)
               }
           })
    }

    func listKeyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        if projects?.isSearching == true { return KeyMap() }
        var map = KeyMap<PaneAction>([
            KeyBinding(.enter, label: s[.apKeyOpen], help: s[.apKeyOpen], action: PaneAction(ListAction.open)),
        ])
        if !Self.isReviewer(app) {
            map.add(KeyBinding(.char("/"), label: s[.keySearch], help: s[.keySearch], action: PaneAction(ListAction.search)))
        }
        map.add(KeyBinding(.char("w"), label: s[.apKeyWarnings], help: s[.apHelpWarnings], action: PaneAction(ListAction.warnings)))
        return map
    }

    func performOnList(_ action: PaneAction, _ app: AppContext) {
        switch action.as(ListAction.self) {
        case .open: openSelected(app)
        case .search: projects?.beginSearch()
        case .warnings: showWarnings(app)
        case nil: break
        }
    }

    func openSelected(_ app: AppContext) {
        if let p = projects?.selectedItem { open(p.id, app) }
        if let r = queue?.selectedItem { open(r.projectID, app) }
    }

    func handleList(_ key: Key, _ app: AppContext) -> Bool {
        if let projects {
            switch projects.handle(key) {
            case .ignored: return false
            case .used: return true
            case let .open(p): open(p.id, app); return true
            }
        }
        if let queue {
            switch queue.handle(key) {
            case .ignored: return false
            case .used: return true
            case let .open(r): open(r.projectID, app); return true
            }
        }
        return false
    }

    /// Efficiency warnings (a reviewer sees the own department's) and provisional deadlines.
    func showWarnings(_ app: AppContext) {
        let s = app.strings
        do {
            let department: Agency? = Self.isReviewer(app) ? app.actor.agency : nil
            var items = try ApprovalQueries.warnings(app.db, department: department).map { w in
                "\(app.agencyName(Agency(w.department)))  \(w.period)  \(w.cases.joined(separator: " "))"
            }
            items += try ApprovalQueries.provisionalLanes(app.db).map {
                "\($0.caseID) \(app.agencyName($0.agency)) \($0.detail["due"] ?? "") — " + s.format(.apProvisional, $0.detail["provisional"] ?? "")
            }
            if items.isEmpty { items = [s[.apCliNoWarnings]] }
            dialog = .notice(ListDialog(title: s[.apWarningsTitle], items: items))
        } catch { fail(error, app) }
    }

    func renderList(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        if let queue {
            queue.renderTitle(s.format(.apTitleQueue, app.agencyName(app.actor.agency)), into: &buffer, area: area)
            queue.renderTable(into: &buffer, area: area, emptyText: s[.apNoQueue])
        } else if let projects {
            projects.renderTitle(s.format(.apTitleProjects, app.roleName(app.actor.role)), into: &buffer, area: area)
            projects.renderTable(into: &buffer, area: area, emptyText: s[.apNoProjects])
        }
    }
}
