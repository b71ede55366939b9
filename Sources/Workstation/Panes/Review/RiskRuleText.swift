import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// How rules read on screen: the columns, outcomes in their channel colour, the rule in full
/// (the words both faces use are in Presentation's `RiskRuleText`).
extension RiskRuleText {
    static func columns(_ s: Strings, wide: Bool) -> [TableColumn] {
        guard wide else {
            return [
                TableColumn(s[.rbColKey], width: .fixed(18)),
                TableColumn(s[.rbColPriority], width: .fixed(4), alignment: .right),
                TableColumn(s[.rbColConditions], width: .flexible(min: 12)),
                TableColumn(s[.rbColOutcome], width: .fixed(10)),
                TableColumn(s[.rbColSelect], width: .fixed(6), alignment: .right),
                TableColumn(s[.rbColSampling], width: .fixed(6), alignment: .right),
                TableColumn(s[.rbColVersion], width: .fixed(4), alignment: .right),
                TableColumn(s[.rbColActive], width: .fixed(4)),
            ]
        }
        return [
            TableColumn(s[.rbColKey], width: .fixed(20)),
            TableColumn(s[.rbColPriority], width: .fixed(4), alignment: .right),
            TableColumn(s[.rbColConditions], width: .flexible(min: 24)),
            TableColumn(s[.rbColOutcome], width: .fixed(20)),
            TableColumn(s[.rbColSelect], width: .fixed(6), alignment: .right),
            TableColumn(s[.rbColSampling], width: .fixed(6), alignment: .right),
            TableColumn(s[.rbColVersion], width: .fixed(4), alignment: .right),
            TableColumn(s[.rbColActive], width: .fixed(4)),
            TableColumn(s[.rbColReason], width: .flexible(min: 20)),
        ]
    }

    static func cells(_ rule: RiskRule, _ s: Strings, wide: Bool) -> [String] {
        var cells = [rule.key, String(rule.priority), conditions(rule, s), ReviewText.channel(rule.outcome, s),
                     percent(rule.selectBasisPoints), sampling(rule), "v\(rule.version)", s[rule.active ? .rbOn : .rbOff]]
        if wide { cells.append(rule.reason(s.language)) }
        return cells
    }

    /// The outcome in its channel colour; a switched-off rule greyed.
    static func roles(_ rule: RiskRule, wide: Bool) -> [ThemeRole?] {
        let rest: ThemeRole? = rule.active ? nil : .fieldReadOnly
        var roles: [ThemeRole?] = [rest, rest, rest, ReviewText.channelRole(rule.outcome), rest, rest, rest,
                                   rule.active ? .agencyReleased : .fieldReadOnly]
        if wide { roles.append(rest) }
        return roles
    }

    typealias Line = [(text: String, role: ThemeRole)]

    /// The rule in full: conditions, outcome, rates, both reasons, then every version (who,
    /// when, what it chose, the note), newest first.
    static func detailLines(_ detail: RiskRuleBook.Detail, _ app: AppContext, width: Int) -> [Line] {
        let s = app.strings, rule = detail.rule
        var out: [Line] = [[(s.format(.rbDetailTitle, rule.key, rule.version, s[rule.active ? .rbOn : .rbOff]), .title)]]
        let fields: [(String, String, ThemeRole)] = [
            (s[.rbFieldOutcome], ReviewText.channel(rule.outcome, s), ReviewText.channelRole(rule.outcome) ?? .normal),
            (s[.rbFieldPriority], String(rule.priority), .normal),
            (s[.rbFieldSelect], s.format(.rbSelectOf, percent(rule.selectBasisPoints)), .normal),
            (s[.rbFieldSampling], sampling(rule), .normal),
            (s[.rbFieldCredit], list(rule.creditClasses.map { RiskRuleText.creditName($0, s) }, s), .normal),
            (s[.rbFieldHS], hsCodes(rule.hsPrefixes, s), .normal),
            (s[.rbFieldOrigin], list(rule.origins, s), .normal),
            (s[.rbFieldScope], list(rule.scopes.map { RiskRuleText.scopeName($0, s) }, s), .normal),
            (s[.rbFieldReasonEn], rule.reasonEn, .normal),
            (s[.rbFieldReasonZh], rule.reasonZh, .normal),
        ]
        let labelWidth = fields.map { displayWidth($0.0) }.max() ?? 0
        for (label, value, role) in fields {
            let wrapped = wrap(value, toWidth: max(10, width - labelWidth - 2))
            for (i, part) in wrapped.enumerated() {
                out.append([(pad(i == 0 ? label : "", toWidth: labelWidth) + "  ", .label), (part, role)])
            }
        }
        out.append([])
        out.append([(s[.rbHistory], .header)])
        for v in detail.history {
            let head = pad("v\(v.version)", toWidth: 4) + " " + pad(app.display(v.changedAt), toWidth: 16) + " "
                + pad(truncate(v.changedBy, toWidth: 10), toWidth: 10) + " "
            let outcome = pad(truncate(ReviewText.channel(v.outcome, s), toWidth: 12), toWidth: 12) + " "
            let state = pad(s[v.active ? .rbOn : .rbOff], toWidth: 4) + " "
            let used = displayWidth(head + outcome + state)
            let note = wrap(v.changeNote, toWidth: max(10, width - used))
            out.append([(head, .normal), (outcome, ReviewText.channelRole(v.outcome) ?? .normal), (state, .label),
                        (note.first ?? "", .normal)])
            for more in note.dropFirst() { out.append([(String(repeating: " ", count: used) + more, .normal)]) }
        }
        return out
    }
}
