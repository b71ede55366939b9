import Foundation
import Store
import TextWidth

/// One version of a selectivity rule, as stored: when it applies (credit classes, HS chapters or
/// headings, origins, scope; empty means any), what it chooses (a channel for customs, a release
/// mode for inspection), how often (a random floor selects only `selectBasisPoints` of matches),
/// and why, in plain words in both languages.
public struct RiskRule: Equatable, Sendable {
    public var id: Int64
    public var key: String
    public var version: Int
    public var agency: Agency
    public var priority: Int
    public var creditClasses: [String]
    public var hsPrefixes: [String]
    public var origins: [String]
    public var scopes: [DeclarationScope]
    public var outcome: String
    public var selectBasisPoints: Int
    public var samplingBasisPoints: Int
    public var reasonEn: String
    public var reasonZh: String
    public var active: Bool
    public var changedBy: String
    public var changedAt: Date
    public var changeNote: String

    public init(key: String, agency: Agency, priority: Int = 0, creditClasses: [String] = [], hsPrefixes: [String] = [],
                origins: [String] = [], scopes: [DeclarationScope] = [], outcome: String, selectBasisPoints: Int = 10_000,
                samplingBasisPoints: Int = 0, reasonEn: String, reasonZh: String, active: Bool = true) {
        self.id = 0; self.key = key; self.version = 0; self.agency = agency; self.priority = priority
        self.creditClasses = creditClasses; self.hsPrefixes = hsPrefixes; self.origins = origins; self.scopes = scopes
        self.outcome = outcome; self.selectBasisPoints = selectBasisPoints; self.samplingBasisPoints = samplingBasisPoints
        self.reasonEn = reasonEn; self.reasonZh = reasonZh; self.active = active
        self.changedBy = ""; self.changedAt = Date(timeIntervalSince1970: 0); self.changeNote = ""
    }

    init(row: Row) {
        func list(_ column: String) -> [String] {
            (row.string(column) ?? "").split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty }
        }
        self.init(key: row.string("rule_key") ?? "", agency: Agency(rawValue: row.string("agency") ?? "") ?? .none,
                  priority: row.int("priority") ?? 0, creditClasses: list("credit_classes"), hsPrefixes: list("hs_prefixes"),
                  origins: list("origins"), scopes: list("scopes").compactMap(DeclarationScope.init(rawValue:)),
                  outcome: row.string("outcome") ?? "", selectBasisPoints: row.int("select_bp") ?? 10_000,
                  samplingBasisPoints: row.int("sampling_bp") ?? 0, reasonEn: row.string("reason_en") ?? "",
                  reasonZh: row.string("reason_zh") ?? "", active: row.bool("active"))
        id = row.int64("id") ?? 0
        version = row.int("version") ?? 0
        changedBy = row.string("changed_by") ?? ""
        changedAt = row.string("changed_at").flatMap(Timestamp.date) ?? Date(timeIntervalSince1970: 0)
        changeNote = row.string("change_note") ?? ""
    }

    public var channel: Channel? { agency == .customs ? Channel(rawValue: outcome) : nil }
    public var releaseMode: ReleaseMode? { agency == .inspection ? ReleaseMode(rawValue: outcome) : nil }

    public func reason(_ language: Language) -> String { language == .zh ? reasonZh : reasonEn }

    /// Whether the declaration's facts meet every condition of the rule.
    public func matches(_ facts: RiskFacts) -> Bool {
        (creditClasses.isEmpty || creditClasses.contains(facts.creditClass))
            && (hsPrefixes.isEmpty || facts.hsCodes.contains { hs in hsPrefixes.contains { hs.hasPrefix($0) } })
            && (origins.isEmpty || facts.origins.contains { origins.contains($0) })
            && (scopes.isEmpty || scopes.contains(facts.scope))
    }

    /// Every problem with the rule as it would be saved.
    func problems() -> [Problem] {
        var found: [Problem] = []
        if key.trimmed.isEmpty { found.append(Problem("rule.key", "problem.required")) }
        if agency == .customs ? channel == nil : (agency == .inspection ? releaseMode == nil : true) {
            found.append(Problem("rule.outcome", "review.badOutcome", [outcome, agency.rawValue]))
        }
        if !(0...10_000).contains(selectBasisPoints) { found.append(Problem("rule.selectBasisPoints", "review.badRate", [String(selectBasisPoints)])) }
        if !(0...10_000).contains(samplingBasisPoints) { found.append(Problem("rule.samplingBasisPoints", "review.badRate", [String(samplingBasisPoints)])) }
        if reasonEn.trimmed.isEmpty { found.append(Problem("rule.reasonEn", "problem.required")) }
        if reasonZh.trimmed.isEmpty { found.append(Problem("rule.reasonZh", "problem.required")) }
        return found
    }
}

/// What the rules look at: the trader's credit class and the goods, from the declaration.
public struct RiskFacts: Equatable, Sendable {
    public var creditClass: String
    public var hsCodes: [String]
    public var origins: [String]
    public var scope: DeclarationScope

    public init(creditClass: String, hsCodes: [String], origins: [String], scope: DeclarationScope) {
        self.creditClass = creditClass; self.hsCodes = hsCodes; self.origins = origins; self.scope = scope
    }

    static func of(_ d: Declaration, creditClass: String) -> RiskFacts {
        RiskFacts(creditClass: creditClass, hsCodes: d.goods.map(\.hsCode), origins: d.goods.map { $0["originCountry"].trimmed },
                  scope: d.scope)
    }
}
