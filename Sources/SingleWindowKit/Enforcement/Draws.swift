import Foundation
import Store
import TextWidth

/// Running, publishing and replaying double-random draws.
public enum Draws {
    static let roles: Set<Role> = [.trainer, .marketRegulator]

    /// The scope as SQL over `enterprise e`, with its arguments.
    static func scopeFilter(_ s: DrawScope) -> (sql: String, args: [any SQLBindable]) {
        var parts: [String] = [], args: [any SQLBindable] = []
        if AdministrativeDivision.isDivision(s.district) {
            // One index range (enterprise_admin_district), already in registration-number order.
            parts.append("e.admin_district = ?"); args.append(s.district)
        } else if !s.district.isEmpty {
            // Only draws stored before the scope was the administrative district (their replay).
            parts.append("e.district = ?"); args.append(s.district)
        }
        if !s.entityKind.isEmpty { parts.append("e.kind = ?"); args.append(s.entityKind) }
        if !s.industry.isEmpty {
            if s.industry.first?.isLetter == true {
                parts.append("""
                    (SELECT json_extract(c.extra, '$.section') FROM code_entry c
                     WHERE c.code_table = 'industry' AND c.code = substr(e.industry, 1, 2)) = ?
                    """)
                args.append(s.industry)
            } else {
                parts.append("substr(e.industry, 1, ?) = ?"); args.append(s.industry.count); args.append(s.industry)
            }
        }
        return (parts.isEmpty ? "1" : parts.joined(separator: " AND "), args)
    }

    /// The administrative districts the register holds, with how many enterprises each: what a
    /// draw can be scoped to (F4 on the draw screen). One pass over the covering index.
    public static func districts(_ db: Database) throws -> [(code: String, enterprises: Int)] {
        try db.query("""
            SELECT admin_district, count(*) AS n FROM enterprise WHERE admin_district <> ''
            GROUP BY admin_district ORDER BY admin_district
            """).map { (code: $0.string("admin_district") ?? "", enterprises: $0.int("n") ?? 0) }
    }

    /// The district after `code` in code order ("" after the last): a keyed look-up for `d`.
    public static func district(after code: String, _ db: Database) throws -> String {
        try db.scalar("SELECT min(admin_district) FROM enterprise WHERE admin_district > ?", [code]).string ?? ""
    }

    /// The preview's counts over the scope (a test reads its query plan: one index range per district).
    static func previewSQL(_ filter: String) -> String {
        """
        SELECT coalesce(sum(e.credit_class = 'good'), 0) AS routine, coalesce(sum(e.credit_class <> 'good'), 0) AS focus
        FROM enterprise e WHERE \(filter)
        """
    }

    /// The candidate list stored with a draw, in registration-number order (`?` is the draw's id).
    static func candidatesSQL(_ filter: String) -> String {
        """
        INSERT INTO draw_candidate(draw_id, seq, enterprise_id, credit_class, focus, pool_seq)
        SELECT ?, row_number() OVER (ORDER BY e.id) - 1, e.id, e.credit_class, e.credit_class <> 'good',
               row_number() OVER (PARTITION BY e.credit_class <> 'good' ORDER BY e.id) - 1
        FROM enterprise e WHERE \(filter)
        """
    }

    static func validate(_ p: DrawParameters) -> [Problem] {
        var problems: [Problem] = []
        if !(2000...2100).contains(p.scope.year) { problems.append(Problem("year", "enforcement.draw.year", [String(p.scope.year)])) }
        if let problem = AdministrativeDivision.scopeProblem(p.scope.district) { problems.append(problem) }
        if !(1...10_000).contains(p.ratioBasisPoints) {
            problems.append(Problem("ratio", "enforcement.draw.ratio", [String(p.ratioBasisPoints)]))
        }
        if !(0...10_000).contains(p.focusBasisPoints) {
            problems.append(Problem("focus", "enforcement.draw.ratio", [String(p.focusBasisPoints)]))
        }
        return problems
    }

    /// The counts a draw with these settings would take now. Nothing is written.
    public static func preview(_ ws: Workspace, _ p: DrawParameters, by actor: Operator) throws -> DrawPreview {
        try Authority.require(actor, "enforcement.draw.preview", roles: roles)
        let problems = validate(p)
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let f = scopeFilter(p.scope)
        let row = try ws.db.queryOne(previewSQL(f.sql), f.args)
        let routine = row?.int("routine") ?? 0, focus = row?.int("focus") ?? 0
        return DrawPreview(routineCandidates: routine, focusCandidates: focus,
                           routineDrawn: DrawMethod.share(routine, basisPoints: p.ratioBasisPoints),
                           focusDrawn: DrawMethod.share(focus, basisPoints: p.focusBasisPoints))
    }

    /// Draws enterprises and officers and stores the draw with its candidate list, one joint
    /// table per drawn enterprise, in one transaction. Unpublished draws of the same scope are
    /// superseded; a published one needs `reason`.
    @discardableResult
    public static func run(_ ws: Workspace, _ p: DrawParameters, by actor: Operator) throws -> Draw {
        try Authority.require(actor, "enforcement.draw.run", roles: roles)
        let problems = validate(p)
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        let db = ws.db, now = ws.now()
        let seed = p.seed ?? UInt64.random(in: .min ... .max)
        return try db.write {
            let s = p.scope
            let same = "year = ? AND district = ? AND industry = ? AND entity_kind = ?"
            let sameArgs: [any SQLBindable] = [s.year, s.district, s.industry, s.entityKind]
            if let published = try db.scalar("SELECT id FROM draw WHERE \(same) AND state = 'published' ORDER BY id DESC",
                                              sameArgs).int64, p.reason.trimmed.isEmpty {
                throw DomainError.invalid([Problem("reason", "enforcement.draw.publishedScope", [String(published)])])
            }
            try db.run("UPDATE draw SET state = 'superseded' WHERE \(same) AND state = 'drawn'", sameArgs)
            try db.run("""
                INSERT INTO draw(year, district, industry, entity_kind, ratio_bp, focus_bp, seed, state, reason, candidates, drawn,
                                 created_at, created_by) VALUES (?,?,?,?,?,?,?, 'drawn', ?, 0, 0, ?, ?)
                """, [s.year, s.district, s.industry, s.entityKind, p.ratioBasisPoints, p.focusBasisPoints,
                      Int64(bitPattern: seed), p.reason, Timestamp.string(now), actor.id])
            let id = db.lastInsertRowID
            let f = scopeFilter(s)
            // The candidate list, in registration-number order, with the class each had: stored whole.
            try db.run(candidatesSQL(f.sql), [id] + f.args)
            let picks = try pickEnterprises(db, drawID: id, p.ratioBasisPoints, p.focusBasisPoints, seed: seed)
            guard !picks.ids.isEmpty || picks.candidates > 0 else {
                throw DomainError.invalid([Problem("scope", "enforcement.draw.noCandidates")])
            }
            var g = picks.generator
            var catalogue: [String: [InspectionItem]] = [:]
            for (n, pick) in picks.ids.enumerated() {
                try JointTables.create(db, drawID: id, year: s.year, enterpriseID: pick.id, pick: n + 1, focus: pick.focus,
                                       generator: &g, catalogue: &catalogue)
            }
            try db.run("UPDATE draw SET candidates = ?, drawn = ? WHERE id = ?", [picks.candidates, picks.ids.count, id])
            try AuditLog.append(db, at: now, by: actor, action: "enforcement.draw.run", entity: "draw", entityID: String(id),
                                after: "year \(s.year) scope [\(s.district)|\(s.industry)|\(s.entityKind)] ratio \(p.ratioBasisPoints)bp focus \(p.focusBasisPoints)bp seed \(seed): \(picks.ids.count) of \(picks.candidates)")
            return try existing(db, id)
        }
    }

    /// The stored candidates' picks from the seed: the good pool, then the focus pool. Returns
    /// the generator as it stands after, for the officers.
    static func pickEnterprises(_ db: Database, drawID: Int64, _ ratio: Int, _ focus: Int, seed: UInt64)
        throws -> (ids: [(id: String, focus: Bool)], candidates: Int, generator: SeededGenerator) {
        var g = SeededGenerator(seed: seed)
        var ids: [(String, Bool)] = []
        var total = 0
        for isFocus in [false, true] {
            let n = try db.scalar("SELECT count(*) FROM draw_candidate WHERE draw_id = ? AND focus = ?", [drawID, isFocus]).int ?? 0
            total += n
            let k = DrawMethod.share(n, basisPoints: isFocus ? focus : ratio)
            let positions = DrawMethod.pick(k, of: n, &g)
            for p in positions {
                if let id = try db.scalar("SELECT enterprise_id FROM draw_candidate WHERE draw_id = ? AND focus = ? AND pool_seq = ?",
                                          [drawID, isFocus, p]).string {
                    ids.append((id, isFocus))
                }
            }
        }
        return (ids.map { (id: $0.0, focus: $0.1) }, total, g)
    }

    /// Makes a draw final: its tables can be filled from now on.
    @discardableResult
    public static func publish(_ ws: Workspace, id: Int64, by actor: Operator) throws -> Draw {
        try Authority.require(actor, "enforcement.draw.publish", roles: roles)
        let now = ws.now()
        return try ws.db.write {
            let d = try existing(ws.db, id)
            guard d.state == .drawn else {
                throw DomainError.invalid([Problem("draw", "enforcement.draw.notDrawn", [String(id), d.state.rawValue])])
            }
            try ws.db.run("UPDATE draw SET state = 'published', published_at = ?, published_by = ? WHERE id = ?",
                          [Timestamp.string(now), actor.id, id])
            try JointTables.openLanes(ws, drawID: id, at: now, by: actor)
            try AuditLog.append(ws.db, at: now, by: actor, action: "enforcement.draw.publish", entity: "draw",
                                entityID: String(id), after: "published, seed \(d.seed)")
            return try existing(ws.db, id)
        }
    }

    public static func find(_ db: Database, id: Int64) throws -> Draw? {
        try db.queryOne("SELECT * FROM draw WHERE id = ?", [id]).map(Draw.init(row:))
    }

    static func existing(_ db: Database, _ id: Int64) throws -> Draw {
        guard let d = try find(db, id: id) else { throw DomainError.notFound(entity: "draw", id: String(id)) }
        return d
    }

    /// Draws newest first, keyset by id.
    public static func list(_ db: Database, before: Int64 = .max, limit: Int = 50) throws -> [Draw] {
        try db.query("SELECT * FROM draw WHERE id < ? ORDER BY id DESC LIMIT ?", [before, limit]).map(Draw.init(row:))
    }

    /// The page above `newerThan`, newest first (keyset, for paging back up).
    public static func list(_ db: Database, newerThan: Int64, limit: Int = 50) throws -> [Draw] {
        try db.query("SELECT * FROM draw WHERE id > ? ORDER BY id ASC LIMIT ?", [newerThan, limit]).map(Draw.init(row:)).reversed()
    }

    /// What a replay found.
    public struct Replay: Equatable, Sendable, Codable {
        public var drawID: Int64
        public var seed: UInt64
        /// The enterprises the seed draws from the stored candidate list, in draw order.
        public var replayed: [String]
        /// The enterprises stored with the draw, in draw order.
        public var stored: [String]
        public var same: Bool { replayed == stored }
        /// Differences between the stored candidate list and the register in the same scope now.
        public var added: [String]
        public var removed: [String]
        public var reclassed: [String]
    }

    /// Replays a draw from its seed over its stored candidate list, and says what changed in the
    /// register since. Nothing is written.
    public static func replay(_ ws: Workspace, id: Int64, by actor: Operator) throws -> Replay {
        let db = ws.db
        return try db.read {
            let d = try existing(db, id)
            let picks = try pickEnterprises(db, drawID: id, d.ratioBasisPoints, d.focusBasisPoints, seed: d.seed)
            let stored = try db.query("SELECT enterprise_id FROM joint_table WHERE draw_id = ? ORDER BY pick", [id])
                .compactMap { $0.string("enterprise_id") }
            let f = scopeFilter(d.scope)
            // Both lists are in registration-number order: one merge pass finds the differences.
            var added: [String] = [], removed: [String] = [], reclassed: [String] = []
            let now = try db.query("""
                SELECT e.id, e.credit_class, c.enterprise_id AS was, c.credit_class AS was_class
                FROM enterprise e LEFT JOIN draw_candidate c ON c.draw_id = ? AND c.enterprise_id = e.id
                WHERE \(f.sql) AND (c.enterprise_id IS NULL OR c.credit_class <> e.credit_class) ORDER BY e.id LIMIT 1000
                """, [id] + f.args)
            for r in now {
                if r["was"].isNull { added.append(r.string("id") ?? "") } else { reclassed.append(r.string("id") ?? "") }
            }
            removed = try db.query("""
                SELECT c.enterprise_id FROM draw_candidate c WHERE c.draw_id = ?
                AND NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.id = c.enterprise_id AND \(f.sql)) ORDER BY c.seq LIMIT 1000
                """, [id] + f.args).compactMap { $0.string("enterprise_id") }
            return Replay(drawID: id, seed: d.seed, replayed: picks.ids.map(\.id), stored: stored,
                          added: added, removed: removed, reclassed: reclassed)
        }
    }
}
