import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// One declaration as the officer reviews it: key facts, the trader's credit, why the rules
/// routed it, the lanes, the joint inspection and the release. Read in `load`, so `render` is a
/// pure function of this value; the lane version decided on is the one shown.
struct ReviewCaseScreen {
    /// What the screen shows: the review (lanes, inspection, reasons, history) or the
    /// declaration as the agency received it.
    enum Page { case review, declaration }

    var review: ReviewCase
    var agency: Agency
    var projection: AgencyProjection
    /// The own lane's routing under the rules in force now, beside the stored one: after a rule
    /// changes, the officer sees whether this declaration would go another way.
    var trial: RiskAssessment.Trial?
    /// What the rule set's guards judge beyond the lanes (duty owed, the booked inspection).
    var facts = DeclarationCaseFacts()
    var page = Page.review
    var scroll = ScrollState()

    static func load(_ app: AppContext, declarationID: Int64, agency: Agency) throws -> ReviewCaseScreen {
        let review = try ReviewCases.show(app.workspace, declarationID: declarationID, by: app.actor)
        let trial = try RiskAssessment.trial(app.workspace, declarationID: declarationID, by: app.actor).first { $0.agency == agency }
        return ReviewCaseScreen(review: review, agency: agency, projection: try projection(review.declaration, for: agency, app),
                                trial: trial, facts: try DeclarationCaseFacts.load(app.workspace.db, declarationID: declarationID))
    }

    mutating func reload(_ app: AppContext) throws {
        let (keepScroll, keepPage) = (scroll, page)
        self = try Self.load(app, declarationID: review.declaration.id, agency: agency)
        scroll = keepScroll
        page = keepPage
    }

    mutating func turnPage() {
        page = page == .review ? .declaration : .review
        scroll.reset()
    }

    var myLane: Lane? { review.lane(agency) }

    /// The officer's actions now, by the engine over the lanes and facts on screen: which keys
    /// the bar shows, and why the others are not available.
    func actionKeys(_ app: AppContext) -> LaneActionKeys<ReviewAction> {
        let engine = LaneEngine(DeclarationRuleSet(facts: facts))
        return LaneActionKeys(engine.availableActions(actor: app.actor, lanes: review.lanes, now: app.now())) { reason in
            ReviewErrorText.reason(reason, declarationID: review.declaration.id, agency: agency, app)
        }
    }

    mutating func move(_ key: Key) -> Bool {
        scroll.handle(key)
    }

    /// A screen line: segments, each in its own colour.
    typealias Line = [(text: String, role: ThemeRole)]

    /// Lanes, inspection and release first, so what the officer decides on fits on 80×24; the
    /// reasons (sentences) follow and scroll with Up/Down.
    func lines(_ app: AppContext, width: Int) -> [Line] {
        let s = app.strings, d = review.declaration
        var out: [Line] = []
        let hs = Set(d.goods.map { String($0.hsCode.prefix(2)) }).sorted().joined(separator: ",")
        out.append([(s.format(.qFacts, d.billNo, hs, d.goods.count, d.submittedAt.map(app.display) ?? "-"), .normal)])
        out.append([(s.format(.qTraderLine, d.trader.name, d.traderID), .normal),
                    (EnterpriseCreditPane.creditName(review.creditClass, s), EnterpriseCreditPane.creditRole(review.creditClass))])
        out += wrap(historySummary(s), toWidth: max(10, width)).map { [($0, .label)] }
        out.append([])
        out.append([(s[.qLanesTitle], .header)])
        for lane in review.lanes {
            let channel = lane.detail["channel"] ?? lane.detail["release_mode"] ?? ""
            let claimed = lane.claimedBy.map { " · \($0)" } ?? ""
            out.append([(s.format(.qLaneLine, app.agencyName(lane.agency), LaneStateTable.name(.declaration, lane.state, s),
                                  ReviewText.channel(channel, s), lane.version, claimed), LaneStateTable.role(.declaration, lane.state))])
        }
        if let joint = review.jointInspection {
            out.append([])
            out.append([(s.format(.qJoint, joint.place), .header)])
            for item in joint.items {
                out.append([(s.format(.qJointItem, item.agencies.map(app.agencyName).joined(separator: "+"), item.text), .normal)])
            }
            if let slot = joint.slotID {
                let when = (review.bookedSlot ?? review.offeredSlots.first { $0.id == slot }).map { "\($0.day) \($0.start)" } ?? String(slot)
                out.append([(s.format(.qBooked, when, joint.bookedBy ?? ""), .label)])
            } else {
                out.append([(s[.qNotBooked], .label)])
            }
            for (agency, result) in joint.results.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                out.append([(s.format(.qResult, app.agencyName(agency), result), .normal)])
            }
        }
        if agency == .customs { out += dutyLines(s) }
        out.append([(review.releasedAt.map { s.format(.qReleasedAt, app.display($0)) } ?? s[.qNotReleased],
                     review.releasedAt == nil ? .label : .agencyReleased)])
        out.append([])
        if let diff = review.revisionDiff {
            out += diffLines(diff, s, width: width)
            out.append([])
        }
        out.append([(s[.qRiskTitle], .header)])
        if let trial, let stored = trial.stored {
            let now = ReviewText.channel(trial.verdict.outcome, s)
            out.append(trial.changed
                ? [(s.format(.qTrialChanged, now, ReviewText.channel(stored.outcome, s)), ReviewText.channelRole(trial.verdict.outcome) ?? .normal)]
                : [(s.format(.qTrialSame, now), .label)])
        }
        if review.reasons.isEmpty { out.append([(s[.qNoRisk], .label)]) }
        for r in review.reasons {
            let role: ThemeRole = r.decisive ? (ReviewText.channelRole(r.outcome) ?? .normal) : .label
            // Reasons are sentences: wrapped, so the officer reads all of why.
            let text = (s.format(.qRiskHit, r.decisive ? "*" : " ", app.agencyName(r.agency), r.ruleKey, r.ruleVersion, ReviewText.channel(r.outcome, s),
                                  r.text(s.language)))
            // The decisive hit in its channel's colour; the others it outranked, muted.
            out += wrap(text, toWidth: max(10, width)).map { [($0, role)] }
        }
        for a in review.assessments where a.verdict.samplingDraw != nil {
            let draw = a.verdict.samplingDraw.map { " · \($0)/\(a.verdict.samplingBasisPoints)" } ?? ""
            out.append([(s.format(.qSeed, app.agencyName(a.verdict.agency), a.verdict.seed, draw), .label)])
        }
        out += recentLines(app)
        return out
    }

    /// Customs' view of the duty: owed or not (levy nature, rates), assessed and paid, and the
    /// guarantee on file with whether it still counts today.
    func dutyLines(_ s: Strings) -> [Line] {
        var out: [Line] = []
        let lane = review.lane(.customs)
        let amount = lane?.detail["duty"] ?? ""
        switch review.duty {
        case let .dutyFreeLevyNature(levy): out.append([(s.format(.qDutyFree, levy), .agencyReleased)])
        case .zeroRate: out.append([(s[.qDutyZeroRate], .agencyReleased)])
        case .dutiable:
            if !amount.isEmpty, let paid = lane?.detail["paid_at"], !paid.isEmpty {
                out.append([(s.format(.qDutyPaid, amount), .agencyReleased)])
            } else if !amount.isEmpty {
                out.append([(s.format(.qDutyDue, amount), .agencyPending)])
            } else {
                out.append([(s.format(.qDutyNotAssessed, review.declaration["levyNature"]), .agencyPending)])
            }
        }
        if let g = review.guarantee {
            out.append(g.isValid(on: review.today)
                ? [(s.format(.qGuaranteeLine, g.number, DutyRates.format(g.amount), g.validUntil), .normal)]
                : [(s.format(.qGuaranteeExpiredLine, g.number, g.validUntil), .agencyReturned)])
        }
        return out
    }

    /// One line on the trader's record: what it declared in the last 12 months and how it went.
    func historySummary(_ s: Strings) -> String {
        let h = review.traderHistory
        guard h.submitted > 0 else { return s[.qHistoryNone] }
        return s.format(.qHistorySummary, h.submitted, h.returned, h.inspected, h.rejected, h.released)
    }

    /// An amendment: the header items by their catalogue label (old → new), the goods lines
    /// added, removed or changed (naming the items), and how many containers and documents changed.
    func diffLines(_ diff: RevisionDiff, _ s: Strings, width: Int) -> [Line] {
        guard !diff.isEmpty else { return [[(s.format(.qDiffNone, diff.fromRevision), .header)]] }
        var out: [Line] = [[(s.format(.qDiffTitle, diff.fromRevision, diff.toRevision), .header)]]
        func label(_ key: String) -> String {
            guard let field = FieldCatalogue.field(key) else { return key }
            return s.language == .zh ? field.zh : field.en
        }
        func value(_ text: String) -> String { text.isEmpty ? s[.qDiffEmpty] : text }
        for change in diff.header {
            let text = s.format(.qDiffField, label(change.key), value(change.old), value(change.new))
            out.append([(truncate(text, toWidth: max(10, width), ellipsis: true), .normal)])
        }
        for line in diff.goods {
            let text: String
            switch line.kind {
            case .added: text = s.format(.qDiffLineAdded, line.lineNo)
            case .removed: text = s.format(.qDiffLineRemoved, line.lineNo)
            case .changed: text = s.format(.qDiffLineChanged, line.lineNo, line.keys.map(label).joined(separator: s.language == .zh ? "、" : ", "))
            }
            out.append([(truncate(text, toWidth: max(10, width), ellipsis: true), .normal)])
        }
        if diff.containersChanged > 0 || diff.documentsChanged > 0 {
            out.append([(s.format(.qDiffOthers, diff.containersChanged, diff.documentsChanged), .normal)])
        }
        return out
    }

    /// The trader's last few declarations: number, submitted on, outcome (after the reasons: it scrolls).
    func recentLines(_ app: AppContext) -> [Line] {
        let s = app.strings
        let recent = review.traderHistory.recent
        guard !recent.isEmpty else { return [] }
        var out: [Line] = [[], [(s[.qRecentTitle], .header)]]
        for entry in recent {
            let day = entry.submittedAt.map { String(app.display($0).prefix(10)) } ?? "-"
            let number = pad(entry.number ?? String(entry.declarationID), toWidth: 18)
            out.append([("  \(number)  \(day)  ", .normal), (Self.outcome(entry.outcome, s), Self.outcomeRole(entry.outcome))])
        }
        return out
    }

    static func outcome(_ outcome: TraderHistory.Outcome, _ s: Strings) -> String {
        switch outcome {
        case .released: return s[.qOutReleased]
        case .rejected: return s[.qOutRejected]
        case .returned: return s[.qOutReturned]
        case .inspection: return s[.qOutInspection]
        case .inReview: return s[.qOutInReview]
        }
    }

    static func outcomeRole(_ outcome: TraderHistory.Outcome) -> ThemeRole {
        switch outcome {
        case .released: return .agencyReleased
        case .rejected: return .agencyRejected
        case .returned: return .agencyReturned
        case .inspection: return .agencyInspection
        case .inReview: return .agencyPending
        }
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings, d = review.declaration
        let state = myLane.map { LaneStateTable.name(.declaration, $0.state, s) } ?? ""
        let title = s.format(.qCaseTitle, d.number ?? s[.qUnnumbered], app.agencyName(agency), state)
        buffer.put(title, x: area.x + 1, y: area.y, style: Style(.title), maxWidth: area.width - 2)
        let all = page == .review ? lines(app, width: area.width - 2) : projectionLines(projection, app, width: area.width - 2)
        let rows = max(0, area.height - 1)
        let first = scroll.first(lines: all.count, visible: rows)
        for (i, line) in all.dropFirst(first).prefix(rows).enumerated() {
            var x = area.x + 1
            for segment in line where x < area.maxX - 1 {
                buffer.put(segment.text, x: x, y: area.y + 1 + i, style: Style(segment.role), maxWidth: area.maxX - 1 - x)
                x += displayWidth(segment.text)
            }
        }
    }
}
