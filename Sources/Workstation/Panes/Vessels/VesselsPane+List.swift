import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The calls list: by expected time, keyset-paged, filtered by state (`s`) and typed text (`/`).
/// A shipping agent sees its own agency's calls; officers and the trainer see every call.
extension VesselsPane {
    enum ListAction: String, PaneActionKind { case open, search, state, new, fromFile, departure }

    func currentSearch(_ app: AppContext, text: String) -> VesselCallSearch {
        VesselCallSearch.visible(to: app.actor, state: stateFilter, text: text, waiting: waitingOnly)
    }

    func makeList(_ app: AppContext) -> ListSkeleton<VesselCallSummary, VesselCallCursor> {
        let db = app.db, s = app.strings
        return ListSkeleton(columns: [
            TableColumn(s[.colCall], width: .fixed(15)),
            TableColumn(s[.colShip], width: .flexible(min: 12)),
            TableColumn(s[.colDirection], width: .fixed(4)),
            TableColumn(s[.colVoyage], width: .fixed(6)),
            TableColumn(s[.colExpected], width: .fixed(16)),
            TableColumn(s[.colState], width: .fixed(9)),
            TableColumn(s[.colAgent], width: .flexible(min: 8)),
        ], row: { [unowned self] c in
            [c.id, c.shipName, c.direction == .arrival ? s[.arrivalShort] : s[.departureShort], c.voyage,
             c.expectedAt.map(app.display) ?? "", VesselText.listState(c, s), agentName(c.agentEnterpriseID, db)]
        }, roles: { c in [nil, nil, nil, nil, nil, c.openQueries > 0 ? .agencyReturned : Self.stateRole(c.state), nil] },
           cursorOf: { $0.cursor },
           report: { [unowned self, app] in fail($0, app) },
           fetch: { [unowned self, app] text, page, limit in
               // The screen reads as the command does: a role the matrix keeps from `vessels list`
               // (a broker, a market regulator…) sees no call.
               guard AccessMatrix.mayRun(app.actor.role, command: "vessels list") else { return [] }
               switch page {
               case let .after(cursor): return try VesselQueries.search(db, currentSearch(app, text: text), after: cursor, limit: limit)
               case let .before(cursor): return try VesselQueries.search(db, currentSearch(app, text: text), before: cursor, limit: limit)
               }
           })
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

    func startList(_ app: AppContext) {
        let current = list ?? makeList(app)
        listActor = app.actor.id
        list = current
        current.start(area: area)
    }

    func listKeyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        if list?.isSearching == true { return KeyMap() }
        var map = KeyMap<PaneAction>([
            KeyBinding(.enter, label: s[.vesselKeyOpen], help: s[.vesselHelpOpen], action: PaneAction(ListAction.open)),
            KeyBinding(.char("/"), label: s[.keySearch], help: s[.keySearch], action: PaneAction(ListAction.search)),
            KeyBinding(.char("s"), label: s[.keyState], help: s[.helpState], action: PaneAction(ListAction.state)),
        ])
        if app.actor.role == .shippingAgent {
            map.add(KeyBinding([.char("n"), .insert], label: s[.vesselKeyNew], help: s[VFS.vfHelpNewForm], action: PaneAction(ListAction.new)))
            map.add(KeyBinding(.char("i"), label: s[VFS.vfKeyFromFile], help: s[VFS.vfHelpFromFile], action: PaneAction(ListAction.fromFile)))
            if let c = list?.selectedItem, c.direction == .arrival, c.state != .draft {
                map.add(KeyBinding(.char("d"), label: s[.keyDeparture], help: s[.helpDeparture], action: PaneAction(ListAction.departure)))
            }
        }
        return map
    }

    func performOnList(_ action: PaneAction, _ app: AppContext) {
        let s = app.strings
        switch action.as(ListAction.self) {
        case .open:
            if let id = list?.selectedItem?.id { open(id, app) }
        case .search:
            list?.beginSearch()
        case .state:
            // An officer never sees drafts; "waiting for my agency" comes first, the to-do.
            typealias Filter = (state: VesselCallState?, waiting: Bool)
            let order: [Filter] = VesselText.officerAgency(app.actor) != nil
                ? [(nil, false), (nil, true), (.submitted, false), (.cleared, false)]
                : [(nil, false), (.draft, false), (.submitted, false), (.cleared, false)]
            let at = order.firstIndex { $0.state == stateFilter && $0.waiting == waitingOnly } ?? 0
            (stateFilter, waitingOnly) = order[(at + 1) % order.count]
            list?.reloadFromTop()
        case .new:
            form = VesselCallFormEditor.new(app)
        case .fromFile:
            dialog = .prompt(s[.promptCreate], [s.format(.promptFile, FileManager.default.currentDirectoryPath)], s, for: .createFile)
        case .departure:
            if let c = list?.selectedItem { askDepartureVoyage(arrivalID: c.id, app) }
        case nil: break
        }
    }

    func handleList(_ key: Key, _ app: AppContext) -> Bool {
        switch list?.handle(key) ?? .ignored {
        case .ignored: return false
        case .used: return true
        case let .open(call):
            open(call.id, app)
            return true
        }
    }

    func renderList(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        let waitingFor = VesselText.officerAgency(app.actor).map { s.format(.vesselFilterWaiting, app.agencyName($0)) }
        let filter = s.format(.filterLabel, waitingOnly ? waitingFor ?? s[.vesselFilterAll]
                                                        : stateFilter.map { VesselText.stateName($0, s) } ?? s[.vesselFilterAll])
        let hint = app.actor.role == .shippingAgent ? s.format(.listHintAgent, filter) : s.format(.vesselListHint, filter)
        list?.renderTitle(hint, into: &buffer, area: area)
        list?.renderTable(into: &buffer, area: area, emptyText: s[.noCalls])
    }
}
