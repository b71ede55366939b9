import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The calls list: by expected time, keyset-paged, filtered by state (`s`) and typed text (`/`).
/// A shipping agent sees its own agency's calls; officers and the trainer see every call.
extension VesselsPane {
    var search: VesselCallSearch { VesselCallSearch(state: stateFilter, agentEnterpriseID: nil, text: searchText) }

    func currentSearch(_ app: AppContext) -> VesselCallSearch {
        var s = search
        if app.actor.role == .shippingAgent { s.agentEnterpriseID = app.actor.enterpriseID ?? "" }
        return s
    }

    func makeList(_ app: AppContext) -> PagedTable<VesselCallSummary, VesselCallCursor> {
        let db = app.db, s = app.strings
        let pager = KeysetPager<VesselCallSummary, VesselCallCursor>(
            fetchAfter: { [unowned self] cursor, limit in try VesselQueries.search(db, currentSearch(app), after: cursor, limit: limit) },
            fetchBefore: { [unowned self] cursor, limit in try VesselQueries.search(db, currentSearch(app), before: cursor, limit: limit) },
            cursorOf: { $0.cursor })
        return PagedTable(pager: pager, columns: [
            TableColumn(s[.colCall], width: .fixed(15)),
            TableColumn(s[.colShip], width: .flexible(min: 12)),
            TableColumn(s[.colDirection], width: .fixed(4)),
            TableColumn(s[.colVoyage], width: .fixed(6)),
            TableColumn(s[.colExpected], width: .fixed(16)),
            TableColumn(s[.colState], width: .fixed(9)),
            TableColumn(s[.colAgent], width: .flexible(min: 8)),
        ], row: { [unowned self] c in
            [c.id, c.shipName, c.direction == .arrival ? s[.arrivalShort] : s[.departureShort], c.voyage,
             c.expectedAt.map(app.display) ?? "", VesselText.stateName(c.state, s), agentName(c.agentEnterpriseID, db)]
        }, roles: { c in [nil, nil, nil, nil, nil, Self.stateRole(c.state), nil] })
    }

    static func stateRole(_ state: VesselCallState) -> ThemeRole {
        switch state {
        case .draft: return .fieldReadOnly
        case .submitted: return .agencyPending
        case .cleared: return .agencyReleased
        }
    }

    func agentName(_ id: String, _ db: Database) -> String {
        if let known = agentNames[id] { return known }
        let name = (try? Enterprises.find(db, id: id))??.name ?? id
        agentNames[id] = name
        return name
    }

    func listArea(_ area: Rect) -> Rect { Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1) }

    func startList(_ app: AppContext) {
        var current = list ?? makeList(app)
        listActor = app.actor.id
        do {
            try current.start(visibleRows: TableView.visibleRowCount(area: listArea(area), state: current.state))
        } catch { fail(error, app) }
        list = current
    }

    func listKeyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        if list?.state.isFiltering == true { return KeyMap() }
        var map = KeyMap<PaneAction>([
            KeyBinding(.enter, label: s[.vesselKeyOpen], help: s[.vesselHelpOpen], action: PaneAction("open")),
            KeyBinding(.char("/"), label: s[.keySearch], help: s[.keySearch], action: PaneAction("search")),
            KeyBinding(.char("s"), label: s[.keyState], help: s[.helpState], action: PaneAction("state")),
        ])
        if app.actor.role == .shippingAgent {
            map.add(KeyBinding([.function(2), .char("n")], label: s[.vesselKeyNew], help: s[.vesselHelpNew], action: PaneAction("new")))
            if let c = list?.selectedItem, c.direction == .arrival, c.state != .draft {
                map.add(KeyBinding(.char("d"), label: s[.keyDeparture], help: s[.helpDeparture], action: PaneAction("departure")))
            }
        }
        return map
    }

    func performOnList(_ action: PaneAction, _ app: AppContext) {
        let s = app.strings
        switch action.id {
        case "open":
            if let id = list?.selectedItem?.id { open(id, app) }
        case "search":
            _ = list?.state.handle(.char("/"))
        case "state":
            let order: [VesselCallState?] = [nil, .draft, .submitted, .cleared]
            stateFilter = order[((order.firstIndex(of: stateFilter) ?? 0) + 1) % order.count]
            reloadFromStart(app)
        case "new":
            dialog = .prompt(s[.promptCreate], [s.format(.promptFile, FileManager.default.currentDirectoryPath)], s, for: .createFile)
        case "departure":
            if let c = list?.selectedItem { askDepartureVoyage(arrivalID: c.id, app) }
        default: break
        }
    }

    func reloadFromStart(_ app: AppContext) {
        do {
            try list?.pager.first()
            list?.show()
        } catch { fail(error, app) }
    }

    func handleList(_ key: Key, _ app: AppContext) -> Bool {
        guard var current = list else { return false }
        do {
            let request = try current.handle(key)
            list = current
            switch request {
            case let .filterChanged(text):
                searchText = text
                reloadFromStart(app)
            case let .activate(index):
                if current.pager.items.indices.contains(index) { open(current.pager.items[index].id, app) }
            default: break
            }
            return request != .ignored
        } catch {
            fail(error, app)
            return true
        }
    }

    func renderList(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        let filter = s.format(.filterLabel, stateFilter.map { VesselText.stateName($0, s) } ?? s[.vesselFilterAll])
        let hint = app.actor.role == .shippingAgent ? s.format(.listHintAgent, filter) : s.format(.vesselListHint, filter)
        buffer.put(truncate(hint, toWidth: area.width - 2, ellipsis: true), x: area.x + 1, y: area.y, style: Style(.label),
                   maxWidth: area.width - 2)
        list?.render(into: &buffer, area: listArea(area), emptyText: s[.noCalls])
    }
}
