import Foundation
import SingleWindowKit
import TerminalUI

/// A rule's fields as typed — the form's boxes, the command's options — and their reading into a
/// `RiskRule`. Both the pane and `review rules set` go through it, so they accept the same text:
/// lists comma-separated (empty means any), rates in percent, active yes/no. Each problem names
/// its field by the domain's path (`rule.priority`), as `RiskRules.save`'s own problems do.
struct RiskRuleInput: Equatable, Sendable {
    /// Field ids in form order; `rule.<id>` is the problem path.
    static let fields = ["priority", "creditClasses", "hsPrefixes", "origins", "scopes", "outcome", "selectBasisPoints",
                         "samplingBasisPoints", "reasonEn", "reasonZh", "active"]

    var values: [String: String]

    init(_ rule: RiskRule) {
        values = [
            "priority": String(rule.priority), "creditClasses": rule.creditClasses.joined(separator: ","),
            "hsPrefixes": rule.hsPrefixes.joined(separator: ","), "origins": rule.origins.joined(separator: ","),
            "scopes": rule.scopes.map(\.rawValue).joined(separator: ","), "outcome": rule.outcome,
            "selectBasisPoints": Self.percent(rule.selectBasisPoints), "samplingBasisPoints": Self.percent(rule.samplingBasisPoints),
            "reasonEn": rule.reasonEn, "reasonZh": rule.reasonZh, "active": rule.active ? "yes" : "no",
        ]
    }

    subscript(_ id: String) -> String {
        get { values[id] ?? "" }
        set { values[id] = newValue }
    }

    /// `base` with the typed values; the problems are what could not be read.
    func apply(to base: RiskRule) -> (rule: RiskRule, problems: [Problem]) {
        var rule = base
        var problems: [Problem] = []
        let priority = self["priority"].trimmed
        if let n = Int(priority) { rule.priority = n } else { problems.append(Problem("rule.priority", "problem.notInteger", [priority])) }
        rule.creditClasses = Self.list(self["creditClasses"])
        rule.hsPrefixes = Self.list(self["hsPrefixes"]).map { $0.replacingOccurrences(of: ".", with: "") }
        rule.origins = Self.list(self["origins"]).map { $0.uppercased() }
        var scopes: [DeclarationScope] = []
        for word in Self.list(self["scopes"]) {
            if let scope = DeclarationScope(rawValue: word.lowercased()) { scopes.append(scope) } else {
                problems.append(Problem("rule.scopes", "problem.unknownCode", [word, "scope"]))
            }
        }
        rule.scopes = scopes
        rule.outcome = self["outcome"].trimmed.lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        for id in ["selectBasisPoints", "samplingBasisPoints"] {
            let text = self[id].trimmed
            guard let bp = Self.basisPoints(text) else {
                let number = Decimal(string: text.trimmingCharacters(in: CharacterSet(charactersIn: "%％")), locale: Locale(identifier: "en_US_POSIX"))
                problems.append(Problem("rule.\(id)", number == nil ? "problem.notNumber" : "problem.badFormat", [text]))
                continue
            }
            if id == "selectBasisPoints" { rule.selectBasisPoints = bp } else { rule.samplingBasisPoints = bp }
        }
        rule.reasonEn = self["reasonEn"].trimmed
        rule.reasonZh = self["reasonZh"].trimmed
        let active = self["active"].trimmed
        if let yes = Self.yesNo(active) { rule.active = yes } else { problems.append(Problem("rule.active", "problem.badFormat", [active])) }
        return (rule, problems)
    }

    /// What could not be read, and everything the domain would refuse in the rest: all at once,
    /// one per field (a value that could not be read is not checked again as its old value).
    func problems(_ rule: RiskRule, read: [Problem], note: String) -> [Problem] {
        guard !read.isEmpty else { return [] }
        let unread = Set(read.map(\.path))
        return read + RiskRules.problems(rule, note: note).filter { !unread.contains($0.path) }
    }

    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0 == " " }).map(String.init).filter { !$0.isEmpty }
    }

    /// Basis points as a percentage: 200 → "2", 250 → "2.5", 10000 → "100".
    static func percent(_ bp: Int) -> String {
        guard bp % 100 != 0 else { return String(bp / 100) }
        var fraction = String(format: "%02d", abs(bp % 100))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (bp < 0 ? "-" : "") + "\(abs(bp) / 100).\(fraction)"
    }

    /// A percentage ("2", "2.5", "2%") in whole basis points; nil when not a number or finer than 0.01 %.
    static func basisPoints(_ text: String) -> Int? {
        var t = text.trimmed
        if t.hasSuffix("%") || t.hasSuffix("％") { t.removeLast() }
        guard !t.isEmpty, let d = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        var scaled = d * 100, rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled, abs(NSDecimalNumber(decimal: rounded).doubleValue) < 1e9 else { return nil }
        return NSDecimalNumber(decimal: rounded).intValue
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true", "1", "on", "是", "启用": return true
        case "no", "n", "false", "0", "off", "否", "停用": return false
        default: return nil
        }
    }
}

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
        let input = RiskRuleInput(start)
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

    var input: RiskRuleInput {
        var input = RiskRuleInput(base ?? RiskRule(key: "", agency: agency, outcome: "", reasonEn: "", reasonZh: ""))
        for id in RiskRuleInput.fields { input[id] = value(id) }
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
        let notes = (wrap(s.format(.rbFormOutcomes, outcomes.joined(separator: ", ")), toWidth: area.width - 2)
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
