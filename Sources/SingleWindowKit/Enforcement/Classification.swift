import Foundation
import Store

/// An enterprise's class as its records make it, with the rule in words.
public struct Classification: Equatable, Sendable {
    public var creditClass: CreditClass
    public var rule: CreditRule
    /// Every rule that holds, most severe first.
    public var rules: [CreditRule]
    public var summary: CreditSummary
}

/// One change of class, as the history shows it.
public struct CreditClassChange: Equatable, Sendable, Codable {
    public var id: Int64
    public var enterpriseID: String
    public var from: CreditClass
    public var to: CreditClass
    public var rule: CreditRule
    /// added | removed | delisted | reclassified
    public var cause: String
    public var caseNumber: String
    public var changedAt: String
    public var changedBy: String
}

/// Keeps `enterprise.credit_class` right from the records. Every record change calls `recompute`
/// inside its own transaction, so no reader ever sees a record without its class.
public enum Classifications {
    /// One aggregate over an enterprise's records, the counts `CreditRules` reads. The same
    /// expression serves the bulk re-classification (grouped) and the benchmark's sqlite3 query.
    static func summaryColumns(_ r: String = "") -> String {
        """
        coalesce(sum(\(r)kind = 'penalty' AND \(r)penalty = 'warning'), 0) AS warnings,
        coalesce(sum(\(r)kind = 'penalty' AND \(r)penalty <> 'warning'), 0) AS other_penalties,
        coalesce(sum(CASE WHEN \(r)kind = 'penalty' AND \(r)penalty IN ('fine', 'confiscation') THEN \(r)amount_fen ELSE 0 END), 0) AS total_fen,
        coalesce(sum(\(r)kind = 'penalty' AND \(r)penalty IN ('revocation', 'stop_order')), 0) AS stop_or_revocation,
        coalesce(sum(\(r)kind = 'abnormal_list' AND \(r)removed_on = ''), 0) AS abnormal_listed,
        coalesce(sum(\(r)kind = 'marked_abnormal'), 0) AS marked_abnormal,
        coalesce(sum(\(r)kind = 'serious_violation'), 0) AS serious_violation,
        coalesce(sum(\(r)kind = 'performance' AND \(r)performance = 'bad'), 0) AS bad_performance,
        coalesce(sum(\(r)kind = 'major_accident'), 0) AS major_accident
        """
    }

    static func summary(_ row: Row) -> CreditSummary {
        var s = CreditSummary()
        s.warnings = row.int("warnings") ?? 0
        s.otherPenalties = row.int("other_penalties") ?? 0
        s.totalFen = row.int64("total_fen") ?? 0
        s.stopOrRevocation = row.int("stop_or_revocation") ?? 0
        s.abnormalListed = row.int("abnormal_listed") ?? 0
        s.markedAbnormal = row.int("marked_abnormal") ?? 0
        s.seriousViolation = row.int("serious_violation") ?? 0
        s.badPerformance = row.int("bad_performance") ?? 0
        s.majorAccident = row.int("major_accident") ?? 0
        return s
    }

    /// What the records say now (nothing written).
    public static func classify(_ db: Database, enterpriseID: String) throws -> Classification {
        let row = try db.queryOne("SELECT \(summaryColumns()) FROM credit_record WHERE enterprise_id = ?", [enterpriseID])
        let s = row.map(summary) ?? CreditSummary()
        let rules = CreditRules.rules(s)
        return Classification(creditClass: rules[0].creditClass, rule: rules[0], rules: rules, summary: s)
    }

    /// Recomputes one enterprise's class inside the caller's transaction; writes the class and a
    /// history row when it changed. Returns the classification.
    @discardableResult
    static func recompute(_ db: Database, enterpriseID: String, cause: String, caseNumber: String,
                          at now: Date, by actor: Operator) throws -> Classification {
        guard db.isInTransaction else { throw DatabaseError.transactionRequired(operation: "Classifications.recompute") }
        let c = try classify(db, enterpriseID: enterpriseID)
        let stored = try db.scalar("SELECT credit_class FROM enterprise WHERE id = ?", [enterpriseID]).string ?? ""
        if stored != c.creditClass.rawValue {
            try change(db, enterpriseID, from: stored, to: c, cause: cause, caseNumber: caseNumber, at: Timestamp.string(now), by: actor.id)
        }
        return c
    }

    private static func change(_ db: Database, _ id: String, from: String, to c: Classification, cause: String,
                               caseNumber: String, at: String, by: String) throws {
        try db.run("UPDATE enterprise SET credit_class = ?, version = version + 1 WHERE id = ?", [c.creditClass.rawValue, id])
        try db.run("""
            INSERT INTO credit_class_change(enterprise_id, from_class, to_class, rule, cause, case_number, changed_at, changed_by)
            VALUES (?,?,?,?,?,?,?,?)
            """, [id, from, c.creditClass.rawValue, c.rule.rawValue, cause, caseNumber, at, by])
    }

    /// Re-classifies every enterprise from its records in one transaction: one grouped pass in
    /// registration-number order, streamed, writing only the classes that changed. Returns how
    /// many changed.
    @discardableResult
    public static func reclassifyAll(_ ws: Workspace, by actor: Operator) throws -> Int {
        try Authority.require(actor, "enforcement.reclassify", roles: [.trainer, .marketRegulator])
        let at = Timestamp.string(ws.now())
        return try ws.db.write {
            var changes: [(String, String, Classification)] = []
            var changed = 0
            // Changes are written after each batch so the reading statement is never written under.
            func flush() throws {
                for (id, from, c) in changes {
                    try change(ws.db, id, from: from, to: c, cause: "reclassified", caseNumber: "", at: at, by: actor.id)
                }
                changed += changes.count
                changes.removeAll(keepingCapacity: true)
            }
            var after = ""
            while true {
                var last: String?
                try ws.db.forEach("""
                    SELECT e.id, e.credit_class, \(summaryColumns("r."))
                    FROM enterprise e LEFT JOIN credit_record r ON r.enterprise_id = e.id
                    WHERE e.id > ? GROUP BY e.id ORDER BY e.id LIMIT 5000
                    """, [after]) { row in
                    let id = row.string("id") ?? ""
                    last = id
                    let s = summary(row)
                    let rules = CreditRules.rules(s)
                    let c = Classification(creditClass: rules[0].creditClass, rule: rules[0], rules: rules, summary: s)
                    let stored = row.string("credit_class") ?? ""
                    if stored != c.creditClass.rawValue { changes.append((id, stored, c)) }
                    return true
                }
                try flush()
                guard let last else { break }
                after = last
            }
            return changed
        }
    }

    /// The class history of an enterprise, newest first, keyset-paged by id.
    public static func history(_ db: Database, enterpriseID: String, before: Int64 = .max, limit: Int = 50) throws -> [CreditClassChange] {
        try db.query("""
            SELECT * FROM credit_class_change WHERE enterprise_id = ? AND id < ? ORDER BY id DESC LIMIT ?
            """, [enterpriseID, before, limit]).map { r in
            CreditClassChange(id: r.int64("id") ?? 0, enterpriseID: enterpriseID,
                              from: CreditClass(rawValue: r.string("from_class") ?? "") ?? .good,
                              to: CreditClass(rawValue: r.string("to_class") ?? "") ?? .good,
                              rule: CreditRule(rawValue: r.string("rule") ?? "") ?? .clean,
                              cause: r.string("cause") ?? "", caseNumber: r.string("case_number") ?? "",
                              changedAt: r.string("changed_at") ?? "", changedBy: r.string("changed_by") ?? "")
        }
    }

    /// How many enterprises are in each class (the board's header).
    public static func counts(_ db: Database) throws -> [CreditClass: Int] {
        var out: [CreditClass: Int] = [:]
        for c in CreditClass.allCases {
            out[c] = try db.scalar("SELECT count(*) FROM enterprise WHERE credit_class = ?", [c.rawValue]).int ?? 0
        }
        return out
    }

    /// One page of the enterprises in a class (nil: every class), by name then id (keyset),
    /// optionally those whose name or credit code contains `search`.
    public static func board(_ db: Database, _ creditClass: CreditClass?, search: String = "", after: EnterpriseCursor? = nil,
                             limit: Int = 50) throws -> [Enterprise] {
        let a = after ?? EnterpriseCursor(key: "", id: "")
        let (cond, args) = boardFilter(creditClass, search)
        return try db.query("SELECT * FROM enterprise WHERE \(cond) AND (name, id) > (?, ?) ORDER BY name, id LIMIT ?",
                            args + [a.key, a.id, limit]).map { try Enterprise(row: $0) }
    }

    public static func board(_ db: Database, _ creditClass: CreditClass?, search: String = "", before: EnterpriseCursor?,
                             limit: Int = 50) throws -> [Enterprise] {
        let (cond, args) = boardFilter(creditClass, search)
        guard let before else {
            return try db.query("SELECT * FROM enterprise WHERE \(cond) ORDER BY name DESC, id DESC LIMIT ?", args + [limit])
                .map { try Enterprise(row: $0) }.reversed()
        }
        return try db.query("SELECT * FROM enterprise WHERE \(cond) AND (name, id) < (?, ?) ORDER BY name DESC, id DESC LIMIT ?",
                            args + [before.key, before.id, limit]).map { try Enterprise(row: $0) }.reversed()
    }

    static func boardFilter(_ c: CreditClass?, _ search: String) -> (String, [any SQLBindable]) {
        var parts = ["1"], args: [any SQLBindable] = []
        if let c { parts.append("credit_class = ?"); args.append(c.rawValue) }
        if !search.isEmpty { parts.append("(instr(name, ?) > 0 OR id LIKE ? || '%')"); args += [search, search] }
        return (parts.joined(separator: " AND "), args)
    }
}
