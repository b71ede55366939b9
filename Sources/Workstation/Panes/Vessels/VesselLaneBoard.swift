import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// One agency's lane as the board shows it: its state, the last thing that happened on it and
/// who did it, and how long the release took from submission.
struct VesselLaneRow: Equatable {
    var agency: Agency
    var state: String
    var version: Int64
    var who: String
    var when: Date?
    var after: TimeInterval?
    var note: String

    /// Built when the call is loaded, so rendering reads no database.
    static func rows(_ detail: VesselCallDetail, _ db: Database) -> [VesselLaneRow] {
        var names: [String: String] = [:]
        func name(_ id: String) -> String {
            if let known = names[id] { return known }
            let found = (try? Operators.find(db, id))??.name ?? id
            names[id] = found
            return found
        }
        return detail.lanes.map { lane in
            // The opening event is the submission itself, already on the times line.
            let last = detail.timelines[lane.agency]?.last { $0.action != "open" }
            return VesselLaneRow(agency: lane.agency, state: lane.state, version: lane.version,
                                 who: last.map { name($0.operatorID) } ?? "", when: last?.at,
                                 after: detail.times.toRelease(lane.agency), note: last?.message ?? "")
        }
    }
}

/// The four lanes side by side with the maritime gate explained underneath: what a trainer
/// points at to show "serial became parallel".
struct VesselLaneBoard {
    var call: VesselCall
    var rows: [VesselLaneRow]
    /// The lanes as loaded, for the engine to judge the gate from.
    var lanes: [Lane] = []

    /// Rows used: header and four lanes; the gate text goes on the call screen's note lines.
    static let height = 5

    /// The gate line: why maritime may or may not release yet.
    func gateText(_ app: AppContext) -> String {
        let s = app.strings
        guard call.state != .draft else { return "" }
        if call.direction == .arrival { return s[.gateArrival] }
        let rules = VesselRuleSet(direction: call.direction)
        if rules.outcome(lanes) != nil { return s[.gateDone] }
        // The gate is the rule set's, the same one the maritime release is refused by.
        guard let maritime = lanes.first(where: { $0.agency == .maritime }) else { return s[.gateOpen] }
        let open = rules.gate(.release, lane: maritime, lanes: lanes)
        if open.isEmpty { return s[.gateOpen] }
        return s.format(.gateWaiting, open.map { app.agencyName($0.agency) }.joined(separator: s.language == .zh ? "、" : ", "))
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        // "36.5 小时" needs two more cells than "36.5 h".
        let widths = [18, 8, 10, 16, s.language == .zh ? 9 : 7]
        let titles = [s[.boardAgency], s[.boardState], s[.boardWho], s[.boardWhen], s[.boardAfter], s[.boardNote]]
        buffer.fill(area.row(0), style: Style(.header))
        put(titles, widths, into: &buffer, y: area.y, x: area.x, maxX: area.maxX, roles: Array(repeating: .header, count: 6))
        if rows.isEmpty {
            buffer.put(s[.boardNotSubmitted], x: area.x + 1, y: area.y + 1, style: Style(.fieldReadOnly), maxWidth: area.width - 1)
            return
        }
        for (i, row) in rows.enumerated() where i + 1 < area.height {
            let values = [app.agencyName(row.agency), LaneStateTable.name(.vesselCall, row.state, s), row.who,
                          row.when.map(app.display) ?? "", row.after.map { DurationText.format($0, s) } ?? "", row.note]
            put(values, widths, into: &buffer, y: area.y + 1 + i, x: area.x, maxX: area.maxX,
                roles: [.normal, LaneStateTable.role(.vesselCall, row.state), .normal, .normal, .normal, .label])
        }
    }

    /// The gate line's colour: a departure still waiting stands out.
    var gateRole: ThemeRole { call.direction == .departure && call.state == .submitted ? .agencyPending : .label }

    private func put(_ values: [String], _ widths: [Int], into buffer: inout Buffer, y: Int, x: Int, maxX: Int, roles: [ThemeRole]) {
        var cx = x + 1
        for (i, value) in values.enumerated() where cx < maxX {
            let width = i < widths.count ? widths[i] : maxX - cx
            let text = pad(truncate(value, toWidth: width, ellipsis: true), toWidth: min(width, maxX - cx))
            buffer.put(text, x: cx, y: y, style: Style(roles[i]), maxWidth: maxX - cx)
            cx += width + 1
        }
    }
}
