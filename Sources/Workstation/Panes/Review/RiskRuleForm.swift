import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// Editing one rule, over the rule book: the fields of `RiskRuleInput`, the key for a new rule,
/// and the change note every version needs. Nothing is saved until Enter on the last field;
/// a problem marks its field and keeps what was typed.
struct RiskRuleForm {
    /// The version edited; nil for a new rule.
    var base: RiskRule?
    var agency: Agency
    var form: FormState
    /// Each field's value as the form opened, to name what typing would be lost.
    var openedWith: [String: String] = [:]

    static func labels(_ s: Strings) -> [String: String] {
        ["key": s[.rbFieldKey], "priority": s[.rbFieldPriority], "creditClasses": s[.rbFieldCredit], "hsPrefixes": s[.rbFieldHS],
         "origins": s[.rbFieldOrigin], "scopes": s[.rbFieldScope], "outcome": s[.rbFieldOutcome], "selectBasisPoints": s[.rbFieldSelect],
         "samplingBasisPoints": s[.rbFieldSampling], "reasonEn": s[.rbFieldReasonEn], "reasonZh": s[.rbFieldReasonZh],
         "active": s[.rbFieldActive], "note": s[.rbFieldNote]]
    }

    static func make(_ s: Strings, agency: Agency, editing base: RiskRule?) -> RiskRuleForm {
        let start = base ?? RiskRule(key: agency == .customs ? "C-" : "I-", agency: agency, outcome: "", reasonEn: "", reasonZh: "")
        var input = RiskRuleInput(start)
        // Active reads 是/否 on the zh form (`RiskRuleInput.yesNo` accepts both languages); the coded
        // boxes read by their names, mapped back to codes by `input`.
        if s.language == .zh {
            input["active"] = start.active ? "是" : "否"
            for id in namedCodes.keys { input[id] = named(id, input[id]) }
        }
        let labels = labels(s)
        let widths = ["priority": 5, "creditClasses": 36, "hsPrefixes": 36, "origins": 36, "scopes": 24, "outcome": 22,
                      "selectBasisPoints": 7, "samplingBasisPoints": 7, "reasonEn": 90, "reasonZh": 90, "active": 4]
        let required: Set<String> = ["priority", "outcome", "selectBasisPoints", "samplingBasisPoints", "reasonEn", "reasonZh", "active"]
        var fields = [FormField(id: "key", label: labels["key"] ?? "", value: start.key, width: 24, maxLength: 40, isRequired: true,
                                isReadOnly: base != nil)]
        for id in RiskRuleInput.fields {
            fields.append(FormField(id: id, label: labels[id] ?? id, value: input[id], width: widths[id] ?? 20, maxLength: 500,
                                    isRequired: required.contains(id)))
        }
        fields.append(FormField(id: "note", label: labels["note"] ?? "", width: 90, maxLength: 500, isRequired: true))
        let form = FormState(sections: [FormSection(title: "", fields: fields)])
        return RiskRuleForm(base: base, agency: agency, form: form,
                            openedWith: Dictionary(uniqueKeysWithValues: form.fields.map { ($0.id, $0.value) }))
    }

    /// The labels of the fields typed into since the form opened.
    var changedLabels: [String] {
        form.fields.filter { openedWith[$0.id] != $0.value }.map(\.label)
    }

    func value(_ id: String) -> String { form[id]?.value ?? "" }

    /// The coded boxes' codes with their zh names: a zh form shows 红色 and 严重失信, not `red`.
    static let namedCodes: [String: [(code: String, name: String)]] = {
        let zh = Strings(.zh)
        let outcomes = (Channel.allCases.map(\.rawValue) + ReleaseMode.allCases.map(\.rawValue)).map { ($0, ReviewText.channel($0, zh)) }
        let credit = ["good", "warning", "dishonest", "seriously_dishonest"].map { ($0, RiskRuleText.creditName($0, zh)) }
        let scopes = DeclarationScope.allCases.map { ($0.rawValue, RiskRuleText.scopeName($0, zh)) }
        return ["outcome": outcomes, "creditClasses": credit, "scopes": scopes]
    }()

    /// A box's comma-separated codes by their names (a code without one stays).
    static func named(_ id: String, _ value: String) -> String {
        let pairs = namedCodes[id] ?? []
        return value.split(separator: ",").map { part in
            let code = part.trimmingCharacters(in: .whitespaces)
            return pairs.first { $0.code == code }?.name ?? code
        }.joined(separator: ",")
    }

    /// The codes of what was typed, by name or by code, comma- or 、-separated.
    static func coded(_ id: String, _ value: String) -> String {
        guard let pairs = namedCodes[id] else { return value }
        return value.split { $0 == "," || $0 == "、" }.map { part in
            let text = part.trimmingCharacters(in: .whitespaces)
            return pairs.first { $0.name == text }?.code ?? text
        }.joined(separator: ",")
    }

    var input: RiskRuleInput {
        var input = RiskRuleInput(base ?? RiskRule(key: "", agency: agency, outcome: "", reasonEn: "", reasonZh: ""))
        for id in RiskRuleInput.fields { input[id] = Self.coded(id, value(id)) }
        return input
    }

    /// The rule to save and the note, or (when a field could not be read) every problem.
    func read() -> (rule: RiskRule, note: String, problems: [Problem]) {
        var (rule, problems) = input.apply(to: base ?? RiskRule(key: "", agency: agency, outcome: "", reasonEn: "", reasonZh: ""))
        if base == nil { rule.key = value("key").trimmed.uppercased() }
        let note = value("note").trimmed
        return (rule, note, input.problems(rule, read: problems, note: note))
    }

    /// Marks each problem's field (the first problem per field) and moves to the first one.
    mutating func mark(_ problems: [Problem], _ s: Strings) {
        form.clearErrors()
        for p in problems.reversed() {
            let id = p.path.hasPrefix("rule.") ? String(p.path.dropFirst(5)) : p.path
            form.setError(s.message(p.key, p.arguments), for: id)
        }
        let first = problems.first.map { $0.path.hasPrefix("rule.") ? String($0.path.dropFirst(5)) : $0.path }
        if let first, form[first] != nil { form.focus(on: first) }
    }

    /// `.confirmed` when Enter is pressed on the last field, `.cancelled` on Esc.
    mutating func handle(_ key: Key) -> DialogResult {
        if key == .escape { return .cancelled }
        switch form.handle(key) {
        case .endOfForm: return .confirmed
        case let .changed(id): form.setError(nil, for: id) // corrected: the mark goes until the next save
        default: break
        }
        return .open
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        buffer.fill(area, style: .normal)
        guard area.height >= 6 else { return }
        let title = base.map { s.format(.rbFormEdit, $0.key, $0.version + 1) } ?? s.format(.rbFormNew, app.agencyName(agency))
        buffer.put(truncate(title, toWidth: area.width - 2, ellipsis: true), x: area.x + 1, y: area.y, style: Style(.title))
        let outcomes = agency == .customs ? Channel.allCases.map(\.rawValue) : ReleaseMode.allCases.map(\.rawValue)
        // What the boxes take, above them: the outcomes of this lane, how lists are written.
        // In zh each code the box takes stands with its name ("red 红色"), so none is unexplained.
        let named = s.language == .zh ? outcomes.map { "\($0) \(ReviewText.channel($0, s))" } : outcomes
        let notes = (wrap(s.format(.rbFormOutcomes, named.joined(separator: s.language == .zh ? "、" : ", ")), toWidth: area.width - 2)
            + wrap(s[.rbFormLists], toWidth: area.width - 2)).prefix(max(0, area.height - 6))
        for (i, line) in notes.enumerated() {
            buffer.put(line, x: area.x + 1, y: area.y + 1 + i, style: Style(.label), maxWidth: area.width - 2)
        }
        let top = area.y + 1 + notes.count
        let formArea = Rect(x: area.x + 1, y: top, width: area.width - 2, height: max(0, area.maxY - 1 - top))
        FormView().render(into: &buffer, area: formArea, state: form)
        buffer.put(truncate(s[.rbFormHint], toWidth: area.width - 2, ellipsis: true), x: area.x + 1, y: area.maxY - 1,
                   style: Style(.label), maxWidth: area.width - 2)
    }
}
