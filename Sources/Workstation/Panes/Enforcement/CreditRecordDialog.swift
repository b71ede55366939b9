import Foundation
import Presentation
import SingleWindowKit
import TerminalUI
import TextWidth

/// Filing a credit record from an enterprise's profile: kind, penalty, amount, performance,
/// date, agency, case number, reason, as one small form over the profile. Enter on the last
/// field files it (the domain validates and re-classifies); Esc cancels.
struct CreditRecordDialog {
    let enterpriseID: String
    var form: FormState
    /// The coded boxes' codes with their names: the zh dialog shows 行政处罚 and 警告, not `penalty`
    /// and `warning`, and reads a name or a code back. Empty in English, where codes are the words.
    var names: [String: [(code: String, name: String)]] = [:]

    static func names(_ app: AppContext) -> [String: [(code: String, name: String)]] {
        let s = app.strings
        guard s.language == .zh else { return [:] }
        func named(_ prefix: String, _ codes: [String]) -> [(code: String, name: String)] {
            codes.compactMap { code in ES(rawValue: "enforcement.\(prefix).\(code)").map { (code, s[$0]) } }
        }
        let agencies = ((try? AgencyRegister.all(app.workspace.db)) ?? []).map { ($0.agency.rawValue, app.agencyName($0.agency)) }
        return ["kind": named("kind", CreditRecord.Kind.allCases.map(\.rawValue)),
                "penalty": named("penalty", CreditRecord.Penalty.allCases.map(\.rawValue)),
                "performance": named("performance", ["good", "bad"]), "agency": agencies]
    }

    func named(_ id: String, _ code: String) -> String { names[id]?.first { $0.code == code }?.name ?? code }

    static func make(_ app: AppContext, enterpriseID: String) -> CreditRecordDialog {
        let s = app.strings
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = app.timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: app.now())
        let today = String(format: "%04d-%02d-%02d", c.year ?? 2026, c.month ?? 1, c.day ?? 1)
        let fields = [
            FormField(id: "kind", label: s[.enfFieldKind], value: "penalty", width: 18, maxLength: 20, isRequired: true),
            FormField(id: "penalty", label: s[.enfFieldPenalty], value: "warning", width: 14, maxLength: 20),
            FormField(id: "amount", label: s[.enfFieldAmount], width: 14, maxLength: 20),
            FormField(id: "performance", label: s[.enfFieldPerformance], width: 6, maxLength: 4),
            FormField(id: "date", label: s[.enfFieldDate], value: today, width: 10, maxLength: 10, isRequired: true),
            FormField(id: "agency", label: s[.enfColAgency], value: app.actor.agency.rawValue.isEmpty ? "market" : app.actor.agency.rawValue,
                      width: 24, maxLength: 40, isRequired: true),
            FormField(id: "case", label: s[.enfFieldCase], width: 30, maxLength: 60, isRequired: true),
            FormField(id: "reason", label: s[.enfFieldReason], width: 30, maxLength: 200),
        ]
        var dialog = CreditRecordDialog(enterpriseID: enterpriseID, form: FormState(sections: [FormSection(title: "", fields: fields)]),
                                        names: names(app))
        for id in dialog.names.keys { dialog.form.setValue(dialog.named(id, dialog.form[id]?.value ?? ""), for: id) }
        return dialog
    }

    /// A field as typed, a name read back to its code.
    func value(_ id: String) -> String {
        let typed = form[id]?.value.trimmed ?? ""
        return names[id]?.first { $0.name == typed }?.code ?? typed
    }

    /// Whether anything was typed beyond the defaults (the case number is always typed).
    var hasTyping: Bool { !value("case").isEmpty || !value("amount").isEmpty || !value("reason").isEmpty }

    mutating func handle(_ key: Key) -> DialogResult {
        if key == .escape { return .cancelled }
        return form.handle(key) == .endOfForm ? .confirmed : .open
    }

    /// The record as typed; a kind, penalty or amount that does not read is the domain's problem to name.
    func record() throws -> CreditRecord {
        guard let kind = CreditRecord.Kind(rawValue: value("kind")) else {
            throw DomainError.invalid([Problem("kind", "enforcement.record.kind", [value("kind")])])
        }
        var penalty: CreditRecord.Penalty?
        if kind == .penalty {
            guard let p = CreditRecord.Penalty(rawValue: value("penalty")) else {
                throw DomainError.invalid([Problem("penalty", "enforcement.record.penalty", [value("penalty")])])
            }
            penalty = p
        }
        var fen: Int64 = 0
        if !value("amount").isEmpty {
            guard let f = Yuan.fen(value("amount")) else {
                throw DomainError.invalid([Problem("amount", "enforcement.record.amount", [value("amount")])])
            }
            fen = f
        }
        return CreditRecord(enterpriseID: enterpriseID, kind: kind, penalty: penalty, amountFen: fen, performance: value("performance"),
                            occurredOn: value("date"), agency: value("agency"), caseNumber: value("case"), reason: value("reason"))
    }

    func render(into buffer: inout Buffer, area: Rect, _ s: Strings) {
        let hint = s[.enfRecordHint]
        let width = min(area.width, max(60, displayWidth(hint) + 4))
        let box = area.centered(width: width, height: min(area.height, form.fields.count + 5))
        buffer.fill(box, style: Style(.dialog))
        let inner = buffer.drawBox(box, title: s[.enfRecordTitle])
        guard inner.height >= form.fields.count + 2 else { return }
        FormView().render(into: &buffer, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: form.fields.count + 1),
                          state: form)
        buffer.put(truncate(hint, toWidth: inner.width, ellipsis: true), x: inner.x, y: inner.maxY - 1, style: Style(.label),
                   maxWidth: inner.width)
    }
}
