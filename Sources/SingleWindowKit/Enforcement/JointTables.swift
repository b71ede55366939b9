import Foundation
import Store
import TextWidth

/// Building, filling and signing the joint tables, and feeding each signed part back into the
/// enterprise's class in the same transaction.
public enum JointTables {
    /// Inside the draw's transaction: the table of one drawn enterprise, its lines from the
    /// catalogue for its industry code, one officer drawn per agency (see `DrawMethod`).
    /// `catalogue` keeps each industry code's items for the draw: a few dozen codes, not the register.
    static func create(_ db: Database, drawID: Int64, year: Int, enterpriseID: String, pick: Int, focus: Bool,
                       generator g: inout SeededGenerator, catalogue: inout [String: [InspectionItem]]) throws {
        let industry = try db.scalar("SELECT industry FROM enterprise WHERE id = ?", [enterpriseID]).string ?? ""
        try db.run("INSERT INTO joint_table(draw_id, enterprise_id, pick, focus) VALUES (?,?,?,?)", [drawID, enterpriseID, pick, focus])
        let tableID = db.lastInsertRowID
        let items = try catalogue[industry] ?? InspectionCatalogue.items(db, industry: industry)
        catalogue[industry] = items
        for (n, item) in items.enumerated() {
            try db.run("INSERT INTO joint_line(table_id, seq, agency, item_code, sub_code) VALUES (?,?,?,?,?)",
                       [tableID, n + 1, item.agency, item.itemCode, item.subCode])
        }
        for agency in Set(items.map(\.agency)).sorted() {
            let eligible = try OfficerPool.eligible(db, agency: agency, enterpriseID: enterpriseID, year: year)
            let officer = eligible.isEmpty ? nil : eligible[Int(g.next() % UInt64(eligible.count))]
            try db.run("INSERT INTO joint_team(table_id, agency, officer_id, officer_name, certificate) VALUES (?,?,?,?,?)",
                       [tableID, agency, officer?.id ?? "", officer?.name ?? "", officer?.idNumber ?? ""])
        }
    }

    static let engine = LaneEngine(JointInspectionRuleSet())

    /// Inside the publishing transaction: each table's lanes, one per agency with a drawn
    /// officer, assigned to that officer. Tables are read a page at a time.
    static func openLanes(_ ws: Workspace, drawID: Int64, at now: Date, by actor: Operator) throws {
        let db = ws.db
        var afterPick = 0
        while true {
            let page = try list(db, drawID: drawID, afterPick: afterPick, limit: 500)
            for t in page {
                let team = try db.query("SELECT agency, officer_id FROM joint_team WHERE table_id = ? AND officer_id <> '' ORDER BY agency",
                                        [t.id])
                let agencies = team.compactMap { $0.string("agency") }.map(Agency.init)
                let lanes = try Lanes.open(db, kind: .jointInspection, caseID: String(t.id), agencies: agencies,
                                           initialState: JointInspectionState.inspecting.rawValue, at: now, by: actor)
                for (lane, member) in zip(lanes, team) {
                    try engine.assign(ws, caseID: String(t.id), agency: lane.agency, to: member.string("officer_id"),
                                      expectedVersion: lane.version, by: actor)
                }
            }
            guard let last = page.last, page.count == 500 else { return }
            afterPick = last.pick
        }
    }

    public static func find(_ db: Database, id: Int64) throws -> JointTable? {
        guard let t = try db.queryOne("""
            SELECT j.*, d.year, d.state FROM joint_table j JOIN draw d ON d.id = j.draw_id WHERE j.id = ?
            """, [id]) else { return nil }
        let enterpriseID = t.string("enterprise_id") ?? ""
        guard let e = try Enterprises.find(db, id: enterpriseID) else { throw DomainError.notFound(entity: "enterprise", id: enterpriseID) }
        let team = try db.query("SELECT * FROM joint_team WHERE table_id = ? ORDER BY agency", [id]).map { r in
            JointTable.Member(agency: r.string("agency") ?? "", officerID: r.string("officer_id") ?? "",
                              officerName: r.string("officer_name") ?? "", certificate: r.string("certificate") ?? "",
                              obstacle: InspectionObstacle(rawValue: r.string("outcome") ?? ""), signedAt: r.string("signed_at") ?? "")
        }
        let lines = try db.query("""
            SELECT l.*, i.item_zh, i.item_en, i.sub_zh, i.sub_en, i.basis FROM joint_line l
            LEFT JOIN inspection_item i ON i.agency = l.agency AND i.item_code = l.item_code AND i.sub_code = l.sub_code
            WHERE l.table_id = ? ORDER BY l.seq
            """, [id]).map { r in
            JointTable.Line(seq: r.int("seq") ?? 0, agency: r.string("agency") ?? "",
                            item: r["item_zh"].isNull ? nil : InspectionItem(row: r),
                            itemCode: r.string("item_code") ?? "", subCode: r.string("sub_code") ?? "",
                            result: InspectionResult(rawValue: r.string("result") ?? ""), remark: r.string("remark") ?? "")
        }
        return JointTable(id: id, drawID: t.int64("draw_id") ?? 0, year: t.int("year") ?? 0,
                          drawState: Draw.State(rawValue: t.string("state") ?? "") ?? .drawn, enterprise: e,
                          pick: t.int("pick") ?? 0, focus: t.bool("focus"), inspectionDate: t.string("inspection_date") ?? "",
                          team: team, lines: lines)
    }

    static func existing(_ db: Database, _ id: Int64) throws -> JointTable {
        guard let t = try find(db, id: id) else { throw DomainError.notFound(entity: "joint_table", id: String(id)) }
        return t
    }

    /// The tables of a draw, by pick (keyset).
    public static func list(_ db: Database, drawID: Int64, afterPick: Int = 0, limit: Int = 50) throws -> [(id: Int64, enterpriseID: String, name: String, pick: Int, focus: Bool)] {
        try db.query("""
            SELECT j.id, j.enterprise_id, e.name, j.pick, j.focus FROM joint_table j JOIN enterprise e ON e.id = j.enterprise_id
            WHERE j.draw_id = ? AND j.pick > ? ORDER BY j.pick LIMIT ?
            """, [drawID, afterPick, limit]).map { r in
            (r.int64("id") ?? 0, r.string("enterprise_id") ?? "", r.string("name") ?? "", r.int("pick") ?? 0, r.bool("focus"))
        }
    }

    /// The tables an enterprise was drawn for, newest first: table, year, the draw's state, and
    /// how many of its agencies have signed of how many.
    public static func forEnterprise(_ db: Database, enterpriseID: String, limit: Int = 20) throws -> [(id: Int64, year: Int, state: String, signed: Int, agencies: Int)] {
        try db.query("""
            SELECT j.id, d.year, d.state,
                   (SELECT count(*) FROM joint_team t WHERE t.table_id = j.id AND t.signed_at <> '') AS signed,
                   (SELECT count(*) FROM joint_team t WHERE t.table_id = j.id) AS agencies
            FROM joint_table j JOIN draw d ON d.id = j.draw_id WHERE j.enterprise_id = ? AND d.state <> 'superseded'
            ORDER BY j.id DESC LIMIT ?
            """, [enterpriseID, limit]).map { r in
            (r.int64("id") ?? 0, r.int("year") ?? 0, r.string("state") ?? "", r.int("signed") ?? 0, r.int("agencies") ?? 0)
        }
    }

    /// The tables an officer was drawn for, newest first (keyset by table id).
    public static func assigned(_ db: Database, officerID: String, before: Int64 = .max, limit: Int = 50) throws -> [(id: Int64, agency: String, name: String, signed: Bool)] {
        try db.query("""
            SELECT t.table_id, t.agency, e.name, t.signed_at FROM joint_team t JOIN joint_table j ON j.id = t.table_id
            JOIN enterprise e ON e.id = j.enterprise_id JOIN draw d ON d.id = j.draw_id
            WHERE t.officer_id = ? AND d.state = 'published' AND t.table_id < ? ORDER BY t.table_id DESC LIMIT ?
            """, [officerID, before, limit]).map { r in
            (r.int64("table_id") ?? 0, r.string("agency") ?? "", r.string("name") ?? "", !(r.string("signed_at") ?? "").isEmpty)
        }
    }

    /// The drawn officer's own, unsigned part of a published table.
    private static func ownPart(_ db: Database, _ t: JointTable, agency: String, _ actor: Operator) throws -> JointTable.Member {
        guard t.drawState == .published else {
            throw DomainError.invalid([Problem("table", "enforcement.table.unpublished", [String(t.id)])])
        }
        guard let m = t.member(agency), m.officerID == actor.id else {
            throw DomainError.notAuthorized(operatorID: actor.id, action: "fill \(agency)'s part of joint table \(t.id)")
        }
        guard !m.signed else { throw DomainError.invalid([Problem("table", "enforcement.table.signed", [agency, String(t.id)])]) }
        return m
    }

    /// The officer's result on one line of their agency. The first result dates the inspection.
    public static func fill(_ ws: Workspace, tableID: Int64, seq: Int, result: InspectionResult?, remark: String = "",
                            by actor: Operator) throws {
        let now = ws.now()
        try ws.db.write {
            let t = try existing(ws.db, tableID)
            guard let line = t.lines.first(where: { $0.seq == seq }) else {
                throw DomainError.invalid([Problem("line", "enforcement.table.line", [String(tableID), String(seq)])])
            }
            _ = try ownPart(ws.db, t, agency: line.agency, actor)
            try ws.db.run("UPDATE joint_line SET result = ?, remark = ?, filled_at = ? WHERE table_id = ? AND seq = ?",
                          [result?.rawValue ?? "", remark, Timestamp.string(now), tableID, seq])
            if t.inspectionDate.isEmpty {
                try ws.db.run("UPDATE joint_table SET inspection_date = ? WHERE id = ?", [String(Timestamp.string(now).prefix(10)), tableID])
            }
            try AuditLog.append(ws.db, at: now, by: actor, action: "enforcement.table.fill", entity: "joint_table",
                                entityID: "\(tableID)/\(seq)", before: line.result?.rawValue ?? "", after: result?.rawValue ?? "")
        }
    }

    /// Records that the agency could not check its lines (refused, unreachable), or clears it.
    public static func obstacle(_ ws: Workspace, tableID: Int64, agency: String, _ obstacle: InspectionObstacle?,
                                by actor: Operator) throws {
        let now = ws.now()
        try ws.db.write {
            let t = try existing(ws.db, tableID)
            _ = try ownPart(ws.db, t, agency: agency, actor)
            try ws.db.run("UPDATE joint_team SET outcome = ? WHERE table_id = ? AND agency = ?", [obstacle?.rawValue ?? "", tableID, agency])
            try AuditLog.append(ws.db, at: now, by: actor, action: "enforcement.table.obstacle", entity: "joint_table",
                                entityID: "\(tableID)/\(agency)", after: obstacle?.rawValue ?? "cleared")
        }
    }

    /// The outcome of one agency's part, most severe finding first.
    public static func outcome(_ t: JointTable, agency: String) -> FeedbackOutcome {
        let m = t.member(agency)
        if m?.obstacle == .unreachable { return .unreachable }
        let results = t.lines.filter { $0.agency == agency }.compactMap(\.result)
        if results.contains(.violation) { return .violation }
        if m?.obstacle == .refused { return .refused }
        if results.contains(.needsCorrection) { return .correction }
        return .nothingFound
    }

    /// The officer signs their agency's part (every line filled, unless it could not be
    /// checked); its outcome is published and fed back into the class in the same transaction.
    @discardableResult
    public static func sign(_ ws: Workspace, tableID: Int64, agency: String, by actor: Operator) throws -> JointResult {
        let now = ws.now()
        return try ws.db.write {
            let db = ws.db
            let t = try existing(db, tableID)
            let m = try ownPart(db, t, agency: agency, actor)
            let open = t.lines.filter { $0.agency == agency && $0.result == nil }.count
            if open > 0, m.obstacle == nil {
                throw DomainError.invalid([Problem("table", "enforcement.table.unfilled", [String(open), agency])])
            }
            let stamp = Timestamp.string(now)
            let found = outcome(t, agency: agency)
            // The lane decides who may sign: its assigned officer, once.
            if let lane = try Lanes.lane(db, kind: .jointInspection, caseID: String(tableID), agency: Agency(agency)) {
                try engine.decide(db, at: now, caseID: String(tableID), agency: lane.agency, action: .sign,
                                  expectedVersion: lane.version, message: found.rawValue, by: actor)
            }
            try db.run("UPDATE joint_team SET signed_at = ? WHERE table_id = ? AND agency = ?", [stamp, tableID, agency])
            try AuditLog.append(db, at: now, by: actor, action: "enforcement.table.sign", entity: "joint_table",
                                entityID: "\(tableID)/\(agency)", after: "signed by \(actor.name) (\(actor.idNumber))")
            let day = t.inspectionDate.isEmpty ? String(stamp.prefix(10)) : t.inspectionDate
            let caseNumber = "JT\(t.year)-\(tableID)-\(agency)"
            let basis = "joint inspection, table \(tableID)"
            var record: CreditRecord?
            switch found {
            case .nothingFound: record = nil
            case .correction, .refused, .violation:
                record = CreditRecord(enterpriseID: t.enterprise.id, kind: .performance, performance: "bad", occurredOn: day,
                                      agency: agency, legalBasis: basis, caseNumber: caseNumber,
                                      reason: found.rawValue, source: "joint_table")
            case .unreachable:
                record = CreditRecord(enterpriseID: t.enterprise.id, kind: .abnormalList, occurredOn: day, agency: agency,
                                      legalBasis: basis, caseNumber: caseNumber, reason: "unreachable", source: "joint_table")
            }
            var after = CreditClass(rawValue: t.enterprise.creditClass) ?? .good
            if let record {
                try CreditRecords.insert(db, record, at: now, by: actor)
                after = try Classifications.recompute(db, enterpriseID: t.enterprise.id, cause: "added", caseNumber: caseNumber,
                                                      at: now, by: actor).creditClass
            }
            try db.run("""
                INSERT INTO joint_result(table_id, agency, enterprise_id, outcome, case_number, class_after, published_at)
                VALUES (?,?,?,?,?,?,?)
                """, [tableID, agency, t.enterprise.id, found.rawValue, record?.caseNumber ?? "", after.rawValue, stamp])
            return JointResult(id: db.lastInsertRowID, tableID: tableID, agency: agency, enterpriseID: t.enterprise.id,
                               enterpriseName: t.enterprise.name, outcome: found, caseNumber: record?.caseNumber ?? "",
                               classAfter: after, publishedAt: stamp)
        }
    }

    /// Published results, newest first, keyset by id: anyone with a role may read them.
    public static func results(_ db: Database, enterpriseID: String? = nil, before: Int64 = .max, newerThan: Int64? = nil,
                               limit: Int = 50) throws -> [JointResult] {
        var sql = "SELECT r.*, e.name FROM joint_result r JOIN enterprise e ON e.id = r.enterprise_id WHERE "
        var args: [any SQLBindable] = []
        if let newerThan { sql += "r.id > ?"; args.append(newerThan) } else { sql += "r.id < ?"; args.append(before) }
        if let enterpriseID { sql += " AND r.enterprise_id = ?"; args.append(enterpriseID) }
        let order = newerThan == nil ? " ORDER BY r.id DESC LIMIT ?" : " ORDER BY r.id ASC LIMIT ?"
        let rows = try db.query(sql + order, args + [limit])
        return (newerThan == nil ? rows : rows.reversed()).map { r in
            JointResult(id: r.int64("id") ?? 0, tableID: r.int64("table_id") ?? 0, agency: r.string("agency") ?? "",
                        enterpriseID: r.string("enterprise_id") ?? "", enterpriseName: r.string("name") ?? "",
                        outcome: FeedbackOutcome(rawValue: r.string("outcome") ?? "") ?? .nothingFound,
                        caseNumber: r.string("case_number") ?? "",
                        classAfter: CreditClass(rawValue: r.string("class_after") ?? "") ?? .good,
                        publishedAt: r.string("published_at") ?? "")
        }
    }
}
