import Foundation
import Store

/// Applying the rules to a submitted declaration. Chosen moment: **at submission**, inside the
/// submitting transaction (`Declarations.submitLoaded` calls `routeOnReceipt`), so a lane is
/// never visible unrouted: the queue's channel filter and the default view are right from the
/// first read, and the draw happens once, when the declaration arrives, not whenever someone
/// first happens to look. A resubmitted revision is assessed again (its facts may differ).
public enum RiskAssessment {
    /// One stored assessment: the verdict and when it was made.
    public struct Stored: Equatable, Sendable {
        public var id: Int64
        public var declarationID: Int64
        public var revision: Int
        public var assessedAt: Date
        public var verdict: RiskVerdict
        /// The trader's credit class the routing was made with.
        public var creditClass: String = ""
    }

    /// Routes the declaration's lanes still waiting unassessed in `received` (a trainer's or the
    /// system's re-run; submission already does it). Returns the verdicts made.
    @discardableResult
    public static func assess(_ ws: Workspace, declarationID: Int64, by actor: Operator) throws -> [RiskVerdict] {
        try Authority.require(actor, "risk.assess", roles: [.trainer, .customsOfficer, .inspectionOfficer, .broker])
        let now = ws.now()
        return try ws.db.write {
            let d = try Declarations.existing(ws.db, declarationID)
            return try routeOnReceipt(ws.db, d, at: now)
        }
    }

    /// What the rules would say now: the current rules of each of the declaration's agencies on
    /// its latest revision, beside what was stored when it was routed. Nothing is written. The
    /// draws reuse the stored seed (0 when never assessed), so an edited rule's effect is seen
    /// with the same luck; `seed` overrides it.
    public struct Trial: Equatable, Sendable {
        public var agency: Agency
        public var verdict: RiskVerdict
        /// The verdict stored for this revision, if it was assessed.
        public var stored: RiskVerdict?
        /// The rule versions evaluated, for the hits' reasons.
        public var rules: [RiskRule]

        public func rule(_ hit: RiskVerdict.Hit) -> RiskRule? { rules.first { $0.id == hit.ruleID } }
        /// The outcome differs from the stored one.
        public var changed: Bool { stored.map { $0.outcome != verdict.outcome || $0.sampled != verdict.sampled } ?? false }
    }

    public static func trial(_ ws: Workspace, declarationID: Int64, seed: UInt64? = nil, by actor: Operator) throws -> [Trial] {
        try Authority.require(actor, "risk.trial", roles: [.trainer, .customsOfficer, .inspectionOfficer])
        let db = ws.db
        let d = try Declarations.existing(db, declarationID)
        let credit = try db.scalar("SELECT credit_class FROM enterprise WHERE id = ?", [d.traderID]).string ?? ""
        let facts = RiskFacts.of(d, creditClass: credit)
        let stored = try assessments(db, declarationID: declarationID).filter { $0.revision == d.revision }
        var agencies: [Agency] = []
        if d.scope.includesCustoms { agencies.append(.customs) }
        if d.scope.includesInspection { agencies.append(.inspection) }
        return try agencies.map { agency in
            let before = stored.first { $0.verdict.agency == agency }?.verdict
            let rules = try RiskRules.current(db, agency: agency)
            let verdict = RiskEngine.evaluate(rules, facts: facts, agency: agency, seed: seed ?? before?.seed ?? 0)
            return Trial(agency: agency, verdict: verdict, stored: before, rules: rules)
        }
    }

    /// Called by the submission path after the lanes open, inside its transaction.
    @discardableResult
    static func routeOnReceipt(_ db: Database, _ d: Declaration, at now: Date, seed: UInt64? = nil) throws -> [RiskVerdict] {
        var verdicts: [RiskVerdict] = []
        var moves: [Agency: LaneEngine<DeclarationRuleSet>.CaseMove] = [:]
        let credit = try db.scalar("SELECT credit_class FROM enterprise WHERE id = ?", [d.traderID]).string ?? ""
        let facts = RiskFacts.of(d, creditClass: credit)
        for lane in try Lanes.lanes(db, kind: .declaration, caseID: String(d.id)) where lane.state == ReviewState.received.rawValue {
            let done = try db.queryOne("SELECT id FROM risk_assessment WHERE declaration_id = ? AND revision = ? AND agency = ?",
                                       [d.id, d.revision, lane.agency.rawValue])
            guard done == nil else { continue }
            let rules = try RiskRules.current(db, agency: lane.agency)
            let verdict = RiskEngine.evaluate(rules, facts: facts, agency: lane.agency,
                                              seed: seed ?? trainingSeed ?? UInt64.random(in: .min ... .max))
            try store(db, verdict, declarationID: d.id, revision: d.revision, creditClass: credit, at: now)
            if let move = try route(db, lane, verdict, d, rules: rules, at: now) { moves[lane.agency] = move }
            verdicts.append(verdict)
        }
        // The lanes the verdicts send on move together: one case action of the engine.
        if !moves.isEmpty {
            try Review.engine.decideCase(db, at: now, caseID: String(d.id), action: .route, moves: moves, by: .system)
        }
        try DeclarationRelease.releaseIfComplete(db, declarationID: d.id, revision: d.revision, at: now, by: .system)
        return verdicts
    }

    /// Where the verdict sends the lane, with the decisive rules as the event's message: a move
    /// for the case action, or nil where the lane stays (its detail recorded here).
    private static func route(_ db: Database, _ lane: Lane, _ verdict: RiskVerdict, _ d: Declaration, rules: [RiskRule],
                              at now: Date) throws -> LaneEngine<DeclarationRuleSet>.CaseMove? {
        let reasons = verdict.hits.filter(\.decisive).map { "\($0.ruleKey) v\($0.ruleVersion)" }.joined(separator: ", ")
        var detail: [String: String] = ["rules": reasons, "inspected": "", "result": "", "instruction": "",
                                        "inspection_required": verdict.requiresInspection ? "1" : ""]
        var target = ReviewState.received
        if lane.agency == .customs {
            detail["channel"] = verdict.outcome
            if lane.detail["duty"] != nil { // a new revision is assessed (and paid) anew
                detail["duty"] = ""; detail["duty_cny"] = ""; detail["paid_at"] = ""
            }
            if verdict.channel == .green {
                // Accepted on receipt: duty in CNY from the tables, then the broker pays. Owing none,
                // it is released now. A currency with no exchange rate leaves it to an officer, whose
                // assessment names the missing rate.
                if try DutyRates.liability(db, d).isDutiable {
                    do {
                        let assessed = try DutyRates.assess(db, d, on: DutyRates.declarationDay(d, now: now))
                        detail["duty"] = assessed.text
                        detail["duty_cny"] = DutyRates.format(assessed.total)
                        target = .dutiesDue
                    } catch DomainError.invalid {
                        target = .received
                    }
                } else {
                    target = .released
                }
            }
        } else {
            detail["release_mode"] = verdict.outcome
            detail["sampled"] = verdict.sampled.map { $0 ? "1" : "0" } ?? ""
            switch verdict.releaseMode {
            case .declarationRelease?, .supervisionRelease?: target = .released
            case .samplingRelease?: target = verdict.sampled == true ? .received : .released
            case .verificationRelease?, nil: target = .received
            }
            if verdict.releaseMode == .supervisionRelease {
                let rule = verdict.hits.first(where: \.decisive)
                let reason = rules.first { $0.key == rule?.ruleKey }?.reasonEn ?? "follow-up supervision"
                try db.run("""
                    INSERT INTO supervision_task(declaration_id, revision, agency, rule_key, task, due_at, created_at)
                    VALUES (?,?,?,?,?,?,?)
                    """, [d.id, d.revision, lane.agency.rawValue, rule?.ruleKey ?? "", reason,
                          Timestamp.string(now.addingTimeInterval(30 * 86_400)), Timestamp.string(now)])
            }
        }
        if target == .received {
            // The lane stays where submission put it, in the same transaction that opened or
            // reopened it: nobody can have loaded it yet, so its version need not move. The
            // verdict's own record (risk_assessment, its hits and seed) is the trail.
            var merged = lane.detail
            merged.merge(detail) { _, new in new }
            try db.run("UPDATE lane SET detail = ? WHERE id = ? AND version = ?", [Lanes.encode(merged), lane.id, lane.version])
            return nil
        }
        return .init(to: target, message: "\(verdict.outcome): \(reasons)", detail: detail)
    }

    /// The trader's credit class is stored with the routing: the class it was routed with.
    private static func store(_ db: Database, _ v: RiskVerdict, declarationID: Int64, revision: Int, creditClass: String,
                              at now: Date) throws {
        try db.run("""
            INSERT INTO risk_assessment(declaration_id, revision, agency, outcome, seed, sampling_bp, sampled, sampling_draw, assessed_at,
                                        credit_class)
            VALUES (?,?,?,?,?,?,?,?,?,?)
            """, [declarationID, revision, v.agency.rawValue, v.outcome, Int64(bitPattern: v.seed), v.samplingBasisPoints,
                  v.sampled, v.samplingDraw, Timestamp.string(now), creditClass])
        let id = db.lastInsertRowID
        try AuditLog.append(db, at: now, by: .system, action: "risk.assess", entity: "risk_assessment", entityID: String(id),
                            after: "declaration \(declarationID) r\(revision) \(v.agency.rawValue): \(v.outcome) seed \(v.seed)")
        let insert = "INSERT INTO risk_hit(assessment_id, seq, rule_id, rule_key, rule_version, outcome, select_bp, draw, selected, decisive) VALUES (?,?,?,?,?,?,?,?,?,?)"
        for (seq, hit) in v.hits.enumerated() {
            try db.run(insert, [id, seq, hit.ruleID, hit.ruleKey, hit.ruleVersion, hit.outcome, hit.selectBasisPoints,
                                hit.draw, hit.selected, hit.decisive])
        }
    }

    /// The stored assessments of a declaration, newest revision first, with their hits.
    public static func assessments(_ db: Database, declarationID: Int64) throws -> [Stored] {
        try db.query("SELECT * FROM risk_assessment WHERE declaration_id = ? ORDER BY revision DESC, agency LIMIT 20",
                     [declarationID]).map { row in
            let id = row.int64("id") ?? 0
            let hits = try db.query("SELECT * FROM risk_hit WHERE assessment_id = ? ORDER BY seq", [id]).map { h in
                RiskVerdict.Hit(ruleID: h.int64("rule_id") ?? 0, ruleKey: h.string("rule_key") ?? "",
                                ruleVersion: h.int("rule_version") ?? 0, outcome: h.string("outcome") ?? "",
                                selectBasisPoints: h.int("select_bp") ?? 10_000, draw: h.int("draw"),
                                selected: h.bool("selected"), decisive: h.bool("decisive"))
            }
            let sampled: Bool? = row["sampled"].isNull ? nil : row.bool("sampled")
            let verdict = RiskVerdict(agency: Agency(rawValue: row.string("agency") ?? "") ?? .none, outcome: row.string("outcome") ?? "",
                                      hits: hits, seed: UInt64(bitPattern: row.int64("seed") ?? 0),
                                      samplingBasisPoints: row.int("sampling_bp") ?? 0, sampled: sampled,
                                      samplingDraw: row.int("sampling_draw"))
            return Stored(id: id, declarationID: declarationID, revision: row.int("revision") ?? 0,
                          assessedAt: row.string("assessed_at").flatMap(Timestamp.date) ?? Date(timeIntervalSince1970: 0),
                          verdict: verdict, creditClass: row.string("credit_class") ?? "")
        }
    }

    /// Replays every stored draw of the declaration from its seed; true when all agree.
    public static func replay(_ db: Database, declarationID: Int64) throws -> Bool {
        try assessments(db, declarationID: declarationID).allSatisfy { RiskEngine.replay($0.verdict) }
    }
}
