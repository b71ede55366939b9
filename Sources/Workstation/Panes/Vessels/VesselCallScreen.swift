import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// One call on screen: its title, the lane board, the clearance times, and a tab per document.
/// Everything shown is read in `load`, so `render` is a pure function of this value.
struct VesselCallScreen {
    var detail: VesselCallDetail
    var lanes: [VesselLaneRow]
    var agentName: String
    /// Goods declarations naming each manifest B/L, read in `load`.
    var declared: [String: [String]] = [:]
    var document: VesselDocument = .particulars
    var grid = GridState(columns: [])
    /// First line shown of a text page.
    var scroll = ScrollState()
    /// Where the last print from this screen went.
    var lastPrint: String?

    var call: VesselCall { detail.call }

    static func load(_ db: Database, id: String, strings: Strings) throws -> VesselCallScreen? {
        guard let detail = try VesselQueries.detail(db, callID: id) else { return nil }
        let agent = detail.call.agentEnterpriseID.isEmpty ? nil : try Enterprises.find(db, id: detail.call.agentEnterpriseID)
        var screen = VesselCallScreen(detail: detail, lanes: VesselLaneRow.rows(detail, db),
                                      agentName: agent?.name ?? detail.call.agentOperatorID)
        screen.declared = try ManifestCrossCheck.declarationNumbers(db, billNos: detail.call.declaration.cargo.map(\.blNumber))
        screen.show(.particulars, strings)
        return screen
    }

    /// Re-reads the call, keeping the document and position.
    mutating func reload(_ db: Database, strings: Strings) throws {
        guard var fresh = try Self.load(db, id: call.id, strings: strings) else { return }
        let (row, column) = (grid.row, grid.column)
        fresh.show(document, strings)
        fresh.grid.row = min(row, max(0, fresh.grid.rows.count - 1))
        fresh.grid.column = min(column, max(0, fresh.grid.columns.count - 1))
        fresh.scroll = scroll
        fresh.lastPrint = lastPrint
        self = fresh
    }

    mutating func show(_ document: VesselDocument, _ s: Strings) {
        self.document = document
        grid = GridState(columns: document.columns(s), rows: document.rows(call.declaration, s, declared: declared))
        grid.column = 0
        scroll.reset()
    }

    mutating func step(_ delta: Int, _ s: Strings) {
        let all = VesselDocument.allCases
        show(all[(document.rawValue + delta + all.count) % all.count], s)
    }

    /// Moves within the document: grid keys for lists, scrolling for text pages.
    mutating func move(_ key: Key) -> Bool {
        guard document.isText else {
            switch key {
            case .up, .down, .left, .right, .home, .end: return grid.handle(key) != .ignored
            case .pageDown: grid.row = min(max(0, grid.rows.count - 1), grid.row + 10); return true
            case .pageUp: grid.row = max(0, grid.row - 10); return true
            default: return false
            }
        }
        return scroll.handle(key)
    }

    /// The officer's decisions on this call, each available now or with the engine's reason.
    func availableActions(_ actor: Operator, _ now: Date) -> [AvailableAction<VesselDecision>] {
        VesselClearance.engine(call).availableActions(actor: actor, lanes: detail.lanes, now: now)
    }

    /// The decisions as keys: the bar shows the available ones (`LaneActionKeys`).
    func actionKeys(_ app: AppContext) -> LaneActionKeys<VesselDecision> {
        LaneActionKeys(availableActions(app.actor, app.now())) { reasonText($0, app) }
    }

    /// A reason in the pane's words: the maritime gate as the domain words it, states by the
    /// one lane-state table.
    func reasonText(_ reason: LaneReason, _ app: AppContext) -> String {
        if reason.key == "lane.reason.gate" {
            let open = detail.lanes.filter { reason.agencies.contains($0.agency) }
            return VesselErrorText.lane(.gateClosed(LaneRef(kind: .vesselCall, caseID: call.id, agency: .maritime, laneID: 0),
                                                    openLanes: open.map { .init(agency: $0.agency, state: $0.state) }), app.strings)
        }
        return reason.text(app.strings.language, stateName: { LaneStateTable.name(.vesselCall, $0, app.strings) }, agencyName: app.agencyName)
    }

    var queriedAgencies: [Agency] { lanes.filter { $0.state == VesselLaneState.query.rawValue }.map(\.agency) }

    func lane(_ agency: Agency) -> VesselLaneRow? { lanes.first { $0.agency == agency } }
}

extension VesselCallScreen {
    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        guard area.height > 10 else { return }
        let d = call.declaration
        var title = s.format(.callTitle, call.id, d.ship.name, d.ship.imo,
                             call.direction == .arrival ? s[.arrival] : s[.departure], d.voyage.voyageNumber,
                             VesselText.stateName(call.state, s))
        if call.amendmentNumber > 0 { title += " · " + s.format(.amendmentNo, call.amendmentNumber) }
        buffer.put(truncate(title, toWidth: area.width - 2, ellipsis: true), x: area.x + 1, y: area.y, style: Style(.title),
                   maxWidth: area.width - 2)
        let boardArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: VesselLaneBoard.height)
        VesselLaneBoard(call: call, rows: lanes, lanes: detail.lanes).render(into: &buffer, area: boardArea, app)
        var y = boardArea.maxY
        let board = VesselLaneBoard(call: call, rows: lanes, lanes: detail.lanes)
        let width = area.width - 2
        let gate = board.gateText(app).isEmpty ? [] : wrap(board.gateText(app), toWidth: width).map { ($0, board.gateRole) }
        let notes = gate + infoLines(app).filter { !$0.isEmpty }.map { ($0, ThemeRole.label) }
        // Three note lines on the smallest screen leave ten rows for the document.
        for (line, role) in notes.prefix(area.height >= 30 ? 5 : 3) {
            buffer.put(truncate(line, toWidth: width, ellipsis: true), x: area.x + 1, y: y, style: Style(role), maxWidth: width)
            y += 1
        }
        y = max(y, boardArea.maxY + 3)
        renderTabs(into: &buffer, y: y, area: area, s)
        let content = Rect(x: area.x + 1, y: y + 1, width: area.width - 2, height: area.maxY - y - 1)
        renderDocument(into: &buffer, area: content, app)
    }

    /// The clearance times (what a trainer compares with the old 36 h), and the port clearance.
    func infoLines(_ app: AppContext) -> [String] {
        let s = app.strings, t = detail.times
        let times: String
        if let submitted = t.submittedAt {
            if let cleared = t.clearedAt, let total = t.total {
                times = s.format(.timesCleared, app.display(submitted), app.display(cleared), DurationText.format(total, s))
            } else {
                times = s.format(.timesOpen, app.display(submitted), DurationText.format(max(0, app.now().timeIntervalSince(submitted)), s))
            }
        } else {
            times = s.format(.timesDraft, app.display(call.createdAt))
        }
        var second = ""
        if let clearance = detail.portClearance {
            second = s.format(.clearanceLine, clearance.facts.number, clearance.verificationCode)
            if clearance.printCount > 0 { second += s.format(.clearancePrinted, clearance.printCount) }
            if let lastPrint { second += " → " + lastPrint }
        }
        var crew = ""
        switch detail.crewListStatus {
        case .noChange: crew = s[.crewNoChange]
        case let .amended(joined, left): crew = s.format(.crewAmended, joined, left)
        case .notReused: break
        }
        return [times, second, crew]
    }

    private func renderTabs(into buffer: inout Buffer, y: Int, area: Rect, _ s: Strings) {
        var x = area.x + 1
        for doc in VesselDocument.allCases where x < area.maxX - 1 {
            let text = " " + doc.title(call.declaration, s) + " "
            x = buffer.put(text, x: x, y: y, style: Style(doc == document ? .tabActive : .tab), maxWidth: area.maxX - 1 - x)
            x = buffer.put(" ", x: x, y: y, maxWidth: area.maxX - 1 - x)
        }
    }

    private func renderDocument(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        guard area.height > 0 else { return }
        if document.isText {
            let lines = document.lines(detail, app, agentName: agentName)
            let labelWidth = min(24, (lines.map { displayWidth($0.0) }.max() ?? 0) + 2)
            for (i, line) in lines.dropFirst(scroll.first(lines: lines.count, visible: 1)).prefix(area.height).enumerated() {
                let x = buffer.put(pad(line.0, toWidth: labelWidth), x: area.x, y: area.y + i, style: Style(.label), maxWidth: area.width)
                buffer.put(truncate(line.1, toWidth: area.maxX - x, ellipsis: true), x: x, y: area.y + i, style: .normal,
                           maxWidth: area.maxX - x)
            }
            return
        }
        if grid.rows.isEmpty {
            GridView().render(into: &buffer, area: area.splitTop(1).top, state: grid)
            if area.height > 1 {
                buffer.put(app.strings[.docEmpty], x: area.x, y: area.y + 1, style: Style(.fieldReadOnly), maxWidth: area.width)
            }
            return
        }
        GridView().render(into: &buffer, area: area, state: grid)
    }
}
