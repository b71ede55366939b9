import Presentation
import SingleWindowKit
import TerminalUI
import TextWidth

/// An enterprise's credit profile as lines: its class in its colour with the rules that placed
/// it in words, its records, its class history with reasons, its draws and tables. The first
/// page of each (newest first); `enforcement records list` and `class history` page further.
enum CreditProfilePage {
    struct Line: Equatable {
        var text: String
        var role: ThemeRole
    }

    static func lines(_ app: AppContext, enterpriseID: String) throws -> [Line] {
        let db = app.db, s = app.strings
        guard let e = try Enterprises.find(db, id: enterpriseID) else { throw DomainError.notFound(entity: "enterprise", id: enterpriseID) }
        let c = try Classifications.classify(db, enterpriseID: enterpriseID)
        let stored = CreditClass(rawValue: e.creditClass) ?? .good
        var out: [Line] = [Line(text: e.name + "  " + e.id + "  " + EnforcementText.district(e, s) + "  " + e.industry, role: .label)]
        out.append(Line(text: s.format(.enfProfileClass, EnforcementText.className(stored, s), EnforcementText.colour(stored, s)),
                        role: EnforcementLists.classRole(stored.rawValue)))
        out += c.rules.map { Line(text: "  " + s.format(.enfProfileRule, EnforcementText.rule($0, s)), role: .normal) }
        out.append(Line(text: "", role: .normal))
        out.append(Line(text: s[.enfProfileRecords], role: .header))
        let records = try CreditRecords.list(db, enterpriseID: enterpriseID, limit: 20)
        if records.isEmpty { out.append(Line(text: "  " + s[.enfNoRecords], role: .normal)) }
        out += records.map { Line(text: "  " + EnforcementText.record($0, s), role: .normal) }
        out.append(Line(text: "", role: .normal))
        out.append(Line(text: s[.enfProfileHistory], role: .header))
        let history = try Classifications.history(db, enterpriseID: enterpriseID, limit: 20)
        if history.isEmpty { out.append(Line(text: "  " + s[.enfNoHistory], role: .normal)) }
        out += history.map { Line(text: "  " + EnforcementText.history($0, s, localTime: app.localTime), role: EnforcementLists.classRole($0.to.rawValue)) }
        out.append(Line(text: "", role: .normal))
        out.append(Line(text: s[.enfProfileTables], role: .header))
        out += try JointTables.forEnterprise(db, enterpriseID: enterpriseID).map {
            Line(text: "  " + s.format(.enfProfileTableLine, $0.id, $0.year,
                                       EnforcementText.drawState(Draw.State(rawValue: $0.state) ?? .drawn, s), $0.signed, $0.agencies),
                 role: .normal)
        }
        let results = try JointTables.results(db, enterpriseID: enterpriseID, limit: 20)
        if results.isEmpty { out.append(Line(text: "  " + s[.enfNoResults], role: .normal)) }
        out += results.map {
            Line(text: "  " + s.format(.enfResultLine, String($0.publishedAt.prefix(10)), "#\($0.tableID)",
                                       EnforcementText.agency($0.agency, db, s), EnforcementText.outcome($0.outcome, s),
                                       EnforcementText.className($0.classAfter, s)), role: .normal)
        }
        return out
    }

    static func render(_ lines: [Line], title: String, scroll: ScrollState, into buffer: inout Buffer, area: Rect) {
        buffer.put(truncate(title, toWidth: area.width - 2, ellipsis: true), x: area.x + 1, y: area.y, style: Style(.label))
        let visible = max(0, area.height - 1)
        let first = scroll.first(lines: lines.count, visible: visible)
        for (i, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            buffer.put(truncate(line.text, toWidth: area.width - 2, ellipsis: true), x: area.x + 1, y: area.y + 1 + i,
                       style: Style(line.role), maxWidth: area.width - 2)
        }
    }
}
