import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The status page of one declaration: its facts, one block per agency lane with the lane's
/// timeline (when, who, what, message), then the audit history. Lines scroll with Up/Down.
/// A line wider than the page wraps (by display width, between Chinese characters too) under a
/// hanging indent: an officer's return reason is read whole, never cut at the edge.
enum DeclarationStatusView {
    struct Line {
        var text: String
        var role: ThemeRole
        var attributes: TextAttributes = []
    }

    /// The page's lines, wrapped to `width` display columns (`Int.max`: one line each, as built).
    static func lines(_ editor: DeclarationEditor, app: AppContext, width: Int = .max) -> [Line] {
        unwrappedLines(editor, app: app).flatMap { wrapped($0, toWidth: width) }
    }

    /// One line as several of at most `width` columns: the first keeps its own indent, the
    /// rest are indented two columns further so the wrapped text reads as one entry.
    static func wrapped(_ line: Line, toWidth width: Int) -> [Line] {
        guard width != .max, displayWidth(line.text) > width else { return [line] }
        let indent = line.text.prefix { $0 == " " }.count
        // An officer's message may hold line breaks: here they are spaces, the page does the breaking.
        let body = String(line.text.dropFirst(indent).map { $0.isNewline ? " " : $0 })
        let hang = indent + 2
        guard width - hang >= 10 else { return [line] }
        let first = wrap(body, toWidth: width - indent).first ?? body
        let rest = String(body.dropFirst(first.count).drop { $0 == " " })
        var out = [Line(text: String(repeating: " ", count: indent) + first, role: line.role, attributes: line.attributes)]
        if !rest.isEmpty {
            out += wrap(rest, toWidth: width - hang).map {
                Line(text: String(repeating: " ", count: hang) + $0, role: line.role, attributes: line.attributes)
            }
        }
        return out
    }

    private static func unwrappedLines(_ editor: DeclarationEditor, app: AppContext) -> [Line] {
        let s = app.strings
        let d = editor.stored
        var out: [Line] = []
        let number = d.number ?? s[.notSubmittedYet]
        out.append(Line(text: s.format(.statusNumber, number), role: .normal, attributes: .bold))
        var facts = [s.format(.statusFacts, DeclarationText.status(d.status, s), DeclarationText.direction(d.direction, s),
                              DeclarationText.scope(d.scope, s), d.revision)]
        // A no-break space inside the time: a wrapped line never parts the day from the hour.
        if let at = d.submittedAt { facts.append(s.format(.statusSubmittedAt, app.display(at).replacingOccurrences(of: " ", with: "\u{00A0}"))) }
        out.append(Line(text: facts.joined(separator: " · "), role: .label))
        // What the agencies decided, as the broker sees it: the one release, the joint inspection.
        if let released = editor.detail?.releasedAt {
            out.append(Line(text: s.format(.releasedOnce, app.display(released)), role: .agencyReleased, attributes: .bold))
        }
        if let joint = editor.detail?.jointInspection {
            let items = joint.items.map { "[" + $0.agencies.map(app.agencyName).joined(separator: "+") + "] " + $0.text }
                .joined(separator: "; ")
            if let slot = editor.detail?.jointSlot {
                out.append(Line(text: s.format(.jointInspectionAt, joint.place, slot.day, slot.start, items), role: .agencyInspection))
            } else {
                out.append(Line(text: s.format(.jointInspectionUnbooked, joint.place, items), role: .agencyInspection))
            }
        }
        let lanes = editor.detail?.lanes ?? []
        if lanes.isEmpty {
            out.append(Line(text: "", role: .normal))
            out.append(Line(text: s[.noLanesYet], role: .label))
        }
        for lane in lanes {
            out.append(Line(text: "", role: .normal))
            let colon = s.language == .zh ? "：" : ": "
            let head = "── \(app.agencyName(lane.agency))\(colon)\(LaneStateTable.name(.declaration, lane.state, s))"
                + (lane.claimedBy.map { " · " + s.format(.laneClaimedBy, $0) } ?? "")
            out.append(Line(text: head, role: LaneStateTable.role(.declaration, lane.state), attributes: .bold))
            if let ask = askedOfDeclarant(lane, booked: editor.detail?.jointSlot != nil) {
                out.append(Line(text: "  " + s[ask], role: .message, attributes: .bold))
            }
            var facts: [String] = []
            // Customs gets a channel, inspection a release mode (四放); named as the officers see them.
            if let outcome = lane.detail["channel"] ?? lane.detail["release_mode"], !outcome.isEmpty {
                facts.append(s.format(.laneOutcome, ReviewText.channel(outcome, s)))
            }
            if let duty = lane.detail["duty"], !duty.isEmpty { facts.append(s.format(.laneDuty, duty)) }
            if lane.agency == .customs, let detail = editor.detail {
                facts += dutyFacts(detail.duty, guarantee: DutyGuarantee.recorded(on: lane), today: detail.today, s)
            }
            if !facts.isEmpty { out.append(Line(text: "  " + facts.joined(separator: " · "), role: .label)) }
            for event in editor.detail?.laneEvents[lane.id] ?? [] {
                let move = event.fromState.isEmpty ? LaneStateTable.name(.declaration, event.toState, s)
                    : "\(LaneStateTable.name(.declaration, event.fromState, s)) → \(LaneStateTable.name(.declaration, event.toState, s))"
                // The declarant's view names the agency, not the officer (DeclarantView).
                let who = event.operatorID == lane.agency.rawValue ? app.agencyName(lane.agency) : event.operatorID
                var text = "  \(app.display(event.at))  \(pad(who, toWidth: 10))  \(pad(eventName(event.action, s), toWidth: 9))  \(move)"
                if !event.message.isEmpty { text += "  " + DeclarationHistoryText.eventMessage(event.message, s) }
                out.append(Line(text: text, role: .normal))
            }
        }
        if let history = editor.detail?.history, !history.isEmpty {
            out.append(Line(text: "", role: .normal))
            out.append(Line(text: "── " + s[.historyTitle], role: .title))
            for entry in history {
                let at = Timestamp.date(entry.at).map(app.display) ?? entry.at
                let who = Agency(rawValue: entry.operatorID).map(app.agencyName) ?? entry.operatorID
                let action = DeclarationHistoryText.action(entry.action, s), detail = DeclarationHistoryText.detail(entry.after, app)
                out.append(Line(text: "  \(at)  \(pad(who, toWidth: 10))  \(action)  \(detail)", role: .normal))
            }
        }
        return out
    }

    /// What the lane waits for from the declarant: correct a return, book an ordered
    /// inspection, pay the duty due.
    static func askedOfDeclarant(_ lane: Lane, booked: Bool) -> DS? {
        switch lane.state {
        case ReviewState.returned.rawValue: return .laneAskCorrect
        case ReviewState.inspectionOrdered.rawValue: return booked ? nil : .laneAskBook
        case ReviewState.dutiesDue.rawValue: return .laneAskPay
        default: return nil
        }
    }

    /// What the broker owes customs beyond the amount: nothing (duty-free levy nature, zero rate),
    /// or the guarantee the officer took (and whether it has run out).
    static func dutyFacts(_ duty: DutyLiability, guarantee: DutyGuarantee?, today: String, _ s: Strings) -> [String] {
        var facts: [String] = []
        switch duty {
        case .dutiable: break
        case let .dutyFreeLevyNature(levy): facts.append(s.format(.laneDutyFree, levy))
        case .zeroRate: facts.append(s[.laneZeroRate])
        }
        if let g = guarantee {
            facts.append(g.isValid(on: today) ? s.format(.laneGuarantee, g.number, DutyRates.format(g.amount), g.validUntil)
                                             : s.format(.laneGuaranteeExpired, g.number, g.validUntil))
        }
        return facts
    }

    /// A lane event's action in the user's words; an action this table does not know shows as stored.
    static func eventName(_ action: String, _ s: Strings) -> String {
        DS(rawValue: "decl.event.\(action)").map { s[$0] } ?? action
    }

    /// The columns a line may use in `area` (one is kept as a left margin).
    static func textWidth(_ area: Rect) -> Int { max(1, area.width - 1) }

    static func render(_ editor: DeclarationEditor, into buffer: inout Buffer, area: Rect, app: AppContext) {
        let all = lines(editor, app: app, width: textWidth(area))
        let top = editor.statusScroll.first(lines: all.count, visible: area.height)
        for (i, line) in all.dropFirst(top).prefix(area.height).enumerated() {
            buffer.put(truncate(line.text, toWidth: textWidth(area), ellipsis: true), x: area.x + 1, y: area.y + i,
                       style: Style(line.role, line.attributes))
        }
    }
}
