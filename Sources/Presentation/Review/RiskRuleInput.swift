import Foundation
import SingleWindowKit

/// A rule's fields as typed — the form's boxes, the command's options — and their reading into a
/// `RiskRule`. Both the pane and `review rules set` go through it, so they accept the same text:
/// lists comma-separated (empty means any), rates in percent, active yes/no. Each problem names
/// its field by the domain's path (`rule.priority`), as `RiskRules.save`'s own problems do.
public struct RiskRuleInput: Equatable, Sendable {
    /// Field ids in form order; `rule.<id>` is the problem path.
    public static let fields = ["priority", "creditClasses", "hsPrefixes", "origins", "scopes", "outcome", "selectBasisPoints",
                         "samplingBasisPoints", "reasonEn", "reasonZh", "active"]

    public var values: [String: String]

    public init(_ rule: RiskRule) {
        values = [
            "priority": String(rule.priority), "creditClasses": rule.creditClasses.joined(separator: ","),
            "hsPrefixes": rule.hsPrefixes.joined(separator: ","), "origins": rule.origins.joined(separator: ","),
            "scopes": rule.scopes.map(\.rawValue).joined(separator: ","), "outcome": rule.outcome,
            "selectBasisPoints": Self.percent(rule.selectBasisPoints), "samplingBasisPoints": Self.percent(rule.samplingBasisPoints),
            "reasonEn": rule.reasonEn, "reasonZh": rule.reasonZh, "active": rule.active ? "yes" : "no",
        ]
    }

    public subscript(_ id: String) -> String {
        get { values[id] ?? "" }
        set { values[id] = newValue }
    }

    /// `base` with the typed values; the problems are what could not be read.
    public func apply(to base: RiskRule) -> (rule: RiskRule, problems: [Problem]) {
        var rule = base
        var problems: [Problem] = []
        let priority = self["priority"].trimmingCharacters(in: .whitespaces)
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
        rule.outcome = self["outcome"].trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        for id in ["selectBasisPoints", "samplingBasisPoints"] {
            let text = self[id].trimmingCharacters(in: .whitespaces)
            guard let bp = Self.basisPoints(text) else {
                let number = Decimal(string: text.trimmingCharacters(in: CharacterSet(charactersIn: "%％")), locale: Locale(identifier: "en_US_POSIX"))
                problems.append(Problem("rule.\(id)", number == nil ? "problem.notNumber" : "problem.badFormat", [text]))
                continue
            }
            if id == "selectBasisPoints" { rule.selectBasisPoints = bp } else { rule.samplingBasisPoints = bp }
        }
        rule.reasonEn = self["reasonEn"].trimmingCharacters(in: .whitespaces)
        rule.reasonZh = self["reasonZh"].trimmingCharacters(in: .whitespaces)
        let active = self["active"].trimmingCharacters(in: .whitespaces)
        if let yes = Self.yesNo(active) { rule.active = yes } else { problems.append(Problem("rule.active", "problem.badFormat", [active])) }
        return (rule, problems)
    }

    /// What could not be read, and everything the domain would refuse in the rest: all at once,
    /// one per field (a value that could not be read is not checked again as its old value).
    public func problems(_ rule: RiskRule, read: [Problem], note: String) -> [Problem] {
        guard !read.isEmpty else { return [] }
        let unread = Set(read.map(\.path))
        return read + RiskRules.problems(rule, note: note).filter { !unread.contains($0.path) }
    }

    public static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0 == " " }).map(String.init).filter { !$0.isEmpty }
    }

    /// Basis points as a percentage: 200 → "2", 250 → "2.5", 10000 → "100".
    public static func percent(_ bp: Int) -> String {
        guard bp % 100 != 0 else { return String(bp / 100) }
        var fraction = String(format: "%02d", abs(bp % 100))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (bp < 0 ? "-" : "") + "\(abs(bp) / 100).\(fraction)"
    }

    /// A percentage ("2", "2.5", "2%") in whole basis points; nil when not a number or finer than 0.01 %.
    public static func basisPoints(_ text: String) -> Int? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("%") || t.hasSuffix("％") { t.removeLast() }
        guard !t.isEmpty, let d = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        var scaled = d * 100, rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled, abs(NSDecimalNumber(decimal: rounded).doubleValue) < 1e9 else { return nil }
        return NSDecimalNumber(decimal: rounded).intValue
    }

    public static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true", "1", "on", "是", "启用": return true
        case "no", "n", "false", "0", "off", "否", "停用": return false
        default: return nil
        }
    }
}
