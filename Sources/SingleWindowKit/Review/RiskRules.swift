import Foundation
import Store
import TextWidth

/// The rule book: read the current rules, change one (a new version, with why), read a rule's
/// history. Old versions are never edited, so a stored hit always points at what was applied.
public enum RiskRules {
    /// The highest version of each rule for `agency`, active ones only, in key order.
    public static func current(_ db: Database, agency: Agency) throws -> [RiskRule] {
        try db.query("""
            SELECT r.* FROM risk_rule r
            WHERE r.agency = ? AND r.version = (SELECT max(version) FROM risk_rule x WHERE x.rule_key = r.rule_key)
              AND r.active = 1
            ORDER BY r.rule_key
            """, [agency.rawValue]).map(RiskRule.init(row:))
    }

    /// The highest version of each rule for `agency`, in key order; with `includeInactive`, the
    /// switched-off ones too (the rule book shows them, so they can be switched on again).
    public static func all(_ db: Database, agency: Agency, includeInactive: Bool = true) throws -> [RiskRule] {
        try db.query("""
            SELECT r.* FROM risk_rule r
            WHERE r.agency = ? AND r.version = (SELECT max(version) FROM risk_rule x WHERE x.rule_key = r.rule_key)
            \(includeInactive ? "" : "AND r.active = 1")
            ORDER BY r.rule_key
            """, [agency.rawValue]).map(RiskRule.init(row:))
    }

    /// The highest version of one rule, active or not; nil for a key never saved.
    public static func latest(_ db: Database, key: String) throws -> RiskRule? {
        try db.queryOne("SELECT * FROM risk_rule WHERE rule_key = ? ORDER BY version DESC LIMIT 1", [key]).map(RiskRule.init(row:))
    }

    public static func history(_ db: Database, key: String) throws -> [RiskRule] {
        try db.query("SELECT * FROM risk_rule WHERE rule_key = ? ORDER BY version", [key]).map(RiskRule.init(row:))
    }

    public static func rule(_ db: Database, id: Int64) throws -> RiskRule? {
        try db.queryOne("SELECT * FROM risk_rule WHERE id = ?", [id]).map(RiskRule.init(row:))
    }

    /// Saves `rule` as the next version of its key (a new key starts at 1). `note` says why it
    /// changed. Customs officers change customs rules, inspection officers inspection rules.
    @discardableResult
    public static func save(_ ws: Workspace, _ rule: RiskRule, note: String, by actor: Operator) throws -> RiskRule {
        let role: Role = rule.agency == .customs ? .customsOfficer : .inspectionOfficer
        try Authority.require(actor, "risk.rule.save", roles: [role, .trainer])
        let problems = self.problems(rule, note: note)
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        let now = ws.now()
        return try ws.db.write {
            // A key belongs to one agency for good: an inspection officer cannot take over a
            // customs rule by saving its key as an inspection rule.
            if let owner = try ws.db.scalar("SELECT agency FROM risk_rule WHERE rule_key = ? LIMIT 1", [rule.key]).string,
               owner != rule.agency.rawValue {
                throw DomainError.invalid([Problem("rule.agency", "review.ruleAgency", [rule.key, owner])])
            }
            let version = (try ws.db.scalar("SELECT max(version) FROM risk_rule WHERE rule_key = ?", [rule.key]).int ?? 0) + 1
            try ws.db.run("""
                INSERT INTO risk_rule(rule_key, version, agency, priority, credit_classes, hs_prefixes, origins, scopes, outcome,
                    select_bp, sampling_bp, reason_en, reason_zh, active, changed_by, changed_at, change_note)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                """, [rule.key, version, rule.agency.rawValue, rule.priority, rule.creditClasses.joined(separator: ","),
                      rule.hsPrefixes.joined(separator: ","), rule.origins.joined(separator: ","),
                      rule.scopes.map(\.rawValue).joined(separator: ","), rule.outcome, rule.selectBasisPoints,
                      rule.samplingBasisPoints, rule.reasonEn, rule.reasonZh, rule.active, actor.id, Timestamp.string(now), note])
            let id = ws.db.lastInsertRowID
            try AuditLog.append(ws.db, at: now, by: actor, action: "risk.rule.save", entity: "risk_rule", entityID: rule.key,
                                before: version > 1 ? "v\(version - 1)" : "", after: "v\(version) \(rule.outcome): \(note)")
            guard let saved = try self.rule(ws.db, id: id) else { throw DomainError.notFound(entity: "risk_rule", id: rule.key) }
            return saved
        }
    }

    /// Every problem `save` would find with `rule` and `note`, without saving: a form shows them
    /// all at once, beside its own.
    public static func problems(_ rule: RiskRule, note: String) -> [Problem] {
        var problems = rule.problems() + conditionProblems(rule)
        if note.trimmed.isEmpty { problems.append(Problem("rule.note", "problem.required")) }
        return problems
    }

    /// The conditions as the engine compares them: HS chapters or headings are 2 to 10 digits,
    /// origins ISO alpha-3 codes; a typo would otherwise make a rule that silently never matches.
    static func conditionProblems(_ rule: RiskRule) -> [Problem] {
        var found: [Problem] = []
        for prefix in rule.hsPrefixes where !(2...10).contains(prefix.count) || !prefix.allSatisfy(\.isASCIIDigit) {
            found.append(Problem("rule.hsPrefixes", "review.badHSPrefix", [prefix]))
        }
        for origin in rule.origins where origin.count != 3 || !origin.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            found.append(Problem("rule.origins", "review.badOrigin", [origin]))
        }
        return found
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
