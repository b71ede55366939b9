import Foundation
import Store

/// Fills a training database with realistic synthetic trade for demos and benchmarks: traders
/// of every credit class, submitted declarations with goods lines, lanes routed by the real risk
/// rules (their assessments and hits stored, as on a real submission), and a history of
/// decisions that thins out towards the present — older declarations mostly released, recent
/// ones waiting in the queues. A lane that has ordered an inspection has its joint inspection
/// (both agencies' items merged, at the goods' Shanghai inspection site), most of them booked
/// into the appointment slots offered over the period, with each agency's result once its lane
/// is past inspection. Written in bulk: cached prepared statements, one transaction per
/// batch, one audit entry per batch (the rows are generated data, not officers' acts) naming the
/// declaration ids it wrote and their digest (`AuditBatch`), which `audit verify` recomputes.
public struct SyntheticTradeOptions: Sendable {
    public var declarations: Int
    public var seed: UInt64
    public var batchSize: Int
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(declarations: Int, seed: UInt64 = 2015, batchSize: Int = 10_000, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.declarations = declarations; self.seed = seed; self.batchSize = max(1, batchSize); self.progress = progress
    }
}

public struct SyntheticTradeReport: Equatable, Sendable {
    public var declarations: Int
    public var lanes: Int
    public var traders: Int
    public var released: Int
    /// Joint inspections created, of them booked into a slot, and agency results recorded.
    public var jointInspections: Int = 0
    public var booked: Int = 0
    public var results: Int = 0
}

public enum SyntheticTrade {
    public static func generate(_ ws: Workspace, options: SyntheticTradeOptions, by actor: Operator) throws -> SyntheticTradeReport {
        guard ws.kind == .training else { throw DomainError.trainingOnly("generating synthetic declarations") }
        try Authority.require(actor, "synthetic.generate", roles: [.trainer])
        var writer = try Writer(ws: ws, options: options, actor: actor)
        return try writer.run()
    }
}

/// The generator's state: pools read once, counters, the random source.
private struct Writer {
    let ws: Workspace
    let db: Database
    let options: SyntheticTradeOptions
    let actor: Operator
    var rng: SeededGenerator
    var traders: [(id: String, name: String, credit: String)] = []
    var brokers: [String] = []
    var goods: [(hs: String, name: String, legal: Bool)] = []
    var customsRules: [RiskRule] = []
    var inspectionRules: [RiskRule] = []
    var rates: [(prefix: String, bp: Int)] = []
    var serials: [String: Int] = [:]
    var report = SyntheticTradeReport(declarations: 0, lanes: 0, traders: 0, released: 0)
    /// The declaration ids the current batch has written, for its audit entry.
    var written: [ClosedRange<Int64>] = []
    var now = Date()
    /// Broker operators by their enterprise, and all of them: who books the appointments.
    var brokerOperators: [String: [String]] = [:]
    var anyBrokerOperator: [String] = []
    /// The offered slots per place in time order, with the places still free (kept in step with
    /// the guarded UPDATE that books them). Places × working days × starts: a few thousand rows.
    var slots: [String: [Slot]] = [:]
    let customsOfficers = ["zhangmin", "zhaolei"]
    let inspectionOfficers = ["wangqiang", "huangyan"]
    static let districts = ["2248", "2201", "2244", "2225"]
    /// Where the goods wait and are inspected: Shanghai port and airport inspection sites.
    static let sites = ["洋山深水港区四期堆场", "外高桥港区五期堆场", "洋山港区冷库", "外高桥保税物流园区查验场", "浦东国际机场西区货运站查验场"]
    static let starts = ["09:00", "10:30", "14:00", "15:30"]
    static let customsItems = ["核对品名", "核对数量", "核对重量", "查验原产地标记", "开箱查验", "查验包装"]
    static let inspectionItems = ["核对品名", "查验原产地标记", "检疫处理", "抽样送检", "查验包装", "核对数量"]
    static let customsResults = ["货证相符", "查验未见异常", "货证相符，准予放行"]
    static let inspectionResults = ["检验检疫合格", "货证相符", "未发现有害生物"]
    /// The share of declarations with a joint inspection at these rules, a little above what the
    /// generator produces (about 14 %), so that slot capacity keeps up with demand.
    static let inspectionShare = 0.2

    struct Slot {
        let id: Int64
        let day: String
        let start: String
        let at: Date
        var free: Int
    }

    /// One lane before it is written: its route and where it has got to.
    struct LanePlan {
        var agency: Agency
        var state: ReviewState
        var detail: [String: String]
        var claimedBy: String?
        var moved: Date
    }
    static let origins = ["ECU", "IND", "VNM", "THA", "DEU", "JPN", "USA", "FRA", "KOR", "ITA", "BRA", "AUS"]

    init(ws: Workspace, options: SyntheticTradeOptions, actor: Operator) throws {
        self.ws = ws; self.db = ws.db; self.options = options; self.actor = actor
        rng = SeededGenerator(seed: options.seed)
        customsRules = try RiskRules.current(db, agency: .customs)
        inspectionRules = try RiskRules.current(db, agency: .inspection)
        rates = try db.query("SELECT hs_prefix, rate_bp FROM duty_rate ORDER BY length(hs_prefix) DESC")
            .map { ($0.string("hs_prefix") ?? "", $0.int("rate_bp") ?? 0) }
        goods = try db.query("SELECT code, name_zh, legal_inspection FROM hs_code ORDER BY code LIMIT 400")
            .map { ($0.string("code") ?? "", $0.string("name_zh") ?? "", $0.bool("legal_inspection")) }
        if goods.isEmpty {
            goods = [("0306179000", "冻虾", true), ("8483409000", "齿轮箱", false), ("3304990099", "化妆品", true),
                     ("2204210000", "葡萄酒", true), ("8482102000", "轴承", false), ("8471300000", "便携电脑", false)]
        }
        brokers = try db.query("SELECT id FROM enterprise WHERE kind = 'broker' ORDER BY id LIMIT 20").compactMap { $0.string("id") }
        for row in try db.query("SELECT district, year, ie_digit, last FROM declaration_number_sequence") {
            serials["\(row.string("district") ?? "")\(row.string("year") ?? "")\(row.string("ie_digit") ?? "")"] = row.int("last") ?? 0
        }
        for row in try db.query("SELECT id, enterprise_id FROM operator WHERE role = 'broker' AND active = 1 ORDER BY id LIMIT 200") {
            guard let id = row.string("id") else { continue }
            anyBrokerOperator.append(id)
            if let enterprise = row.string("enterprise_id") { brokerOperators[enterprise, default: []].append(id) }
        }
    }

    mutating func run() throws -> SyntheticTradeReport {
        try db.execute("PRAGMA cache_size = -131072")
        defer { try? db.execute("PRAGMA cache_size = -2000") }
        let span: TimeInterval = 60 * 86_400
        now = ws.now()
        try db.write {
            try makeEnterprises()
            try offerSlots(span: span)
        }
        let total = options.declarations
        var done = 0
        while done < total {
            let limit = min(total, done + options.batchSize)
            let first = done
            var end = done
            try db.write {
                // Bounded by time as well as count: other terminals wait for this lock (held 6 s
                // per 10,000 it made them fail past their 5 s busy timeout).
                let slice = WriteSlice()
                written = []
                while end < limit && !(end > first && slice.isSpent) {
                    let age = 1 - Double(end) / Double(max(total, 1)) // 1 = oldest, 0 = newest
                    let submitted = now.addingTimeInterval(-span * age - Double(rng.next() % 600))
                    try declaration(submitted: submitted, age: age)
                    end += 1
                }
                try saveSerials()
                // The rows as stored, read back in this transaction: what the entry vouches for.
                let batch = AuditBatch(table: "declaration", ranges: written, state: DeclarationStatus.submitted.rawValue, version: 1,
                                       digest: try AuditBatch.declarationDigest(db, ranges: written))
                try AuditLog.append(db, at: now, by: actor, action: AuditBatch.action, entity: "database", entityID: db.path,
                                    after: "declarations \(first + 1)…\(end) of \(total), seed \(options.seed)" + batch.text)
            }
            done = end
            options.progress?(done, total)
        }
        return report
    }

    // MARK: - Enterprises

    mutating func makeEnterprises() throws {
        let count = max(50, min(5_000, options.declarations / 200))
        let classes: [(String, Int)] = [("good", 85), ("warning", 8), ("dishonest", 5), ("seriously_dishonest", 2)]
        for n in 0..<count {
            let first17 = "9131000" + String(format: "%010d", 7_000_000 + n)
            guard let check = USCC.checkCharacter(for: first17) else { continue }
            var roll = Int(rng.next() % 100)
            let credit = classes.first { roll -= $0.1; return roll < 0 }?.0 ?? "good"
            let id = first17 + String(check)
            let name = "合成贸易\(n + 1)号进出口有限公司"
            try db.run("""
                INSERT OR IGNORE INTO enterprise(id, name, name_en, kind, customs_code, district, credit_class)
                VALUES (?,?,?,'trader',?,?,?)
                """, [id, name, "Synthetic Trading No. \(n + 1) Co., Ltd.", "31229" + String(format: "%05d", n), "2248", credit])
            traders.append((id, name, credit))
        }
        if brokers.isEmpty {
            let first17 = "91310000MA1S00001"
            let id = first17 + String(USCC.checkCharacter(for: first17) ?? "0")
            try db.run("INSERT OR IGNORE INTO enterprise(id, name, kind) VALUES (?, '合成报关行有限公司', 'broker')", [id])
            brokers = [id]
        }
        report.traders = traders.count
    }

    // MARK: - One declaration

    mutating func pick<T>(_ list: [T]) -> T { list[Int(rng.next() % UInt64(list.count))] }
    mutating func chance(_ percent: Double) -> Bool { Double(rng.next() % 10_000) < percent * 100 }

    mutating func declaration(submitted: Date, age: Double) throws {
        let trader = pick(traders)
        let broker = pick(brokers)
        let lineCount = 1 + Int(rng.next() % 3)
        var lines: [(hs: String, name: String, legal: Bool, origin: String, total: Decimal)] = []
        for _ in 0..<lineCount {
            let g = pick(goods)
            lines.append((g.hs, g.name, g.legal, pick(Self.origins), Decimal(1_000 + Int(rng.next() % 199_000))))
        }
        let legal = lines.contains { $0.legal }
        let scope: DeclarationScope = legal ? (chance(5) ? .inspectionOnly : .customsAndInspection)
                                            : (chance(30) ? .customsAndInspection : .customsOnly)
        let district = pick(Self.districts)
        let place = pick(Self.sites)
        let stamp = Timestamp.string(submitted)
        let year = DeclarationNumbering.year(of: submitted)
        let key = "\(district)\(year)1"
        let serial = (serials[key] ?? 0) + 1
        serials[key] = serial
        let number = "\(district)\(year)1" + String(format: "%09d", serial)
        let bill = "SYN" + String(format: "%010d", rng.next() % 10_000_000_000)
        let header = "{\"customsDistrict\":\"\(district)\",\"traderName\":\"\(trader.name)\",\"traderUSCC\":\"\(trader.id)\","
            + "\"billNo\":\"\(bill)\",\"tradeCountry\":\"\(lines[0].origin)\",\"transportMode\":\"2\",\"goodsPlace\":\"\(place)\"}"
        try db.run("""
            INSERT INTO declaration(number, direction, scope, status, trader_id, trader_name, broker_id, holder, bill_no, header,
                created_by, created_at, updated_at, submitted_at)
            VALUES (?, 'import', ?, 'submitted', ?, ?, ?, 'broker', ?, ?, 'synthetic', ?, ?, ?)
            """, [number, scope.rawValue, trader.id, trader.name, broker, bill, header, stamp, stamp, stamp])
        let id = db.lastInsertRowID
        AuditBatch.adding(id, to: &written)
        for (n, line) in lines.enumerated() {
            try db.run("INSERT INTO declaration_goods(declaration_id, line_no, hs_code, goods_name, fields) VALUES (?,?,?,?,?)",
                       [id, n + 1, line.hs, line.name,
                        "{\"hsCode\":\"\(line.hs)\",\"goodsName\":\"\(line.name)\",\"totalPrice\":\"\(line.total)\",\"currency\":\"USD\",\"originCountry\":\"\(line.origin)\"}"])
        }
        let facts = RiskFacts(creditClass: trader.credit, hsCodes: lines.map(\.hs), origins: lines.map(\.origin), scope: scope)
        var plans: [LanePlan] = []
        for agency in scope.agencies {
            let verdict = RiskEngine.evaluate(agency == .customs ? customsRules : inspectionRules, facts: facts, agency: agency,
                                              seed: rng.next())
            try store(verdict, declarationID: id, at: stamp)
            let (state, detail, claimedBy) = progress(verdict, agency: agency, age: age, lines: lines)
            let moved = submitted.addingTimeInterval(state == .received ? 0 : Double(60 + rng.next() % UInt64(max(60, 86_400 * age * 10))))
            plans.append(LanePlan(agency: agency, state: state, detail: detail, claimedBy: claimedBy, moved: moved))
        }
        try jointInspection(&plans, declarationID: id, submitted: submitted, place: place, broker: broker)
        var allReleased = true
        var latest = submitted
        for plan in plans {
            latest = max(latest, plan.moved)
            try lane(id, plan.agency, plan.state, plan.detail, plan.claimedBy, opened: stamp, updated: Timestamp.string(plan.moved))
            if plan.state != .released { allReleased = false }
        }
        if allReleased {
            try db.run("INSERT INTO declaration_release(declaration_id, revision, released_at) VALUES (?, 1, ?)", [id, Timestamp.string(latest)])
            report.released += 1
        }
        report.declarations += 1
    }

    /// Where the lane has got to: the verdict's receipt move, then officers' decisions that are
    /// likelier the older the declaration.
    mutating func progress(_ v: RiskVerdict, agency: Agency, age: Double,
                           lines: [(hs: String, name: String, legal: Bool, origin: String, total: Decimal)])
        -> (ReviewState, [String: String], String?) {
        var detail: [String: String] = ["rules": v.hits.filter(\.decisive).map { "\($0.ruleKey) v\($0.ruleVersion)" }.joined(separator: ", ")]
        let officer = agency == .customs ? pick(customsOfficers) : pick(inspectionOfficers)
        let advanced = chance(min(98, 15 + age * 100)) // older: more likely decided
        if agency == .customs {
            detail["channel"] = v.outcome
            let duty = lines.reduce(Decimal(0)) { sum, line in
                let bp = rates.first { line.hs.hasPrefix($0.prefix) }?.bp ?? 0
                return sum + DutyRates.round(line.total * Decimal(bp) / 10_000)
            }
            detail["duty"] = "USD " + DutyRates.format(duty)
            switch v.channel ?? .green {
            case .green:
                return advanced ? (.released, detail, nil) : (.dutiesDue, detail, nil)
            case .yellow:
                if !advanced { return chance(70) ? (.received, detail, nil) : (.underReview, detail, officer) }
                if chance(3) { return (.returned, detail, officer) }
                if chance(1) { return (.rejected, detail, officer) }
                return chance(80) ? (.released, detail, officer) : (chance(50) ? .dutiesDue : .dutiesPaid, detail, officer)
            case .red:
                detail["inspection_required"] = "1"
                if !advanced { return chance(60) ? (.received, detail, nil) : (chance(50) ? .underReview : .inspectionOrdered, detail, officer) }
                detail["inspected"] = "1"
                return chance(85) ? (.released, detail, officer) : (.inspected, detail, officer)
            }
        }
        detail["release_mode"] = v.outcome
        switch v.releaseMode ?? .declarationRelease {
        case .declarationRelease, .supervisionRelease:
            return (.released, detail, nil)
        case .verificationRelease:
            return advanced ? (.released, detail, officer) : (chance(70) ? .received : .underReview, detail, chance(70) ? nil : officer)
        case .samplingRelease:
            detail["sampled"] = v.sampled == true ? "1" : "0"
            guard v.sampled == true else { return (.released, detail, nil) }
            detail["inspection_required"] = "1"
            if !advanced { return (chance(50) ? .received : .inspectionOrdered, detail, nil) }
            detail["inspected"] = "1"
            return (.released, detail, officer)
        }
    }

    mutating func lane(_ id: Int64, _ agency: Agency, _ state: ReviewState, _ detail: [String: String], _ claimedBy: String?,
                       opened: String, updated: String) throws {
        let claim = state == .received ? nil : claimedBy
        try db.run("""
            INSERT INTO lane(case_kind, case_id, agency, state, claimed_by, opened_at, updated_at, detail, version)
            VALUES ('declaration', ?, ?, ?, ?, ?, ?, ?, ?)
            """, [String(id), agency.rawValue, state.rawValue, claim, opened, updated, Lanes.encode(detail), state == .received ? 1 : 2])
        let laneID = db.lastInsertRowID
        try db.run("INSERT INTO lane_event(lane_id, at, operator_id, action, from_state, to_state) VALUES (?,?,?,?,?,?)",
                   [laneID, opened, "system", "open", "", "received"])
        if state != .received {
            try db.run("INSERT INTO lane_event(lane_id, at, operator_id, action, from_state, to_state, message) VALUES (?,?,?,?,?,?,?)",
                       [laneID, updated, claim ?? "system", "generated", "received", state.rawValue, "synthetic history"])
        }
        report.lanes += 1
    }

    // MARK: - Joint inspections

    /// Offers appointment slots at every site on the working days of the period and the two weeks
    /// after it, as `InspectionSlots.offer` would (an existing slot keeps its bookings and takes
    /// the new capacity), sized so that the period's inspections fit. Then reads them back: the
    /// slots of these sites and days only.
    mutating func offerSlots(span: TimeInterval) throws {
        let days = InspectionSlotSamples.workingDays(after: now.addingTimeInterval(-span - 2 * 86_400),
                                                     count: Int(span / 86_400 * 5 / 7) + 14)
        guard let first = days.first, let last = days.last else { return }
        let offered = Self.sites.count * days.count * Self.starts.count
        let capacity = max(4, Int((Double(options.declarations) * Self.inspectionShare / Double(offered)).rounded(.up)))
        for place in Self.sites {
            for day in days {
                for start in Self.starts {
                    try db.run("""
                        INSERT INTO inspection_slot(place, day, start, capacity) VALUES (?,?,?,?)
                        ON CONFLICT(place, day, start) DO UPDATE SET capacity = max(excluded.capacity, booked)
                        """, [place, day, start, capacity])
                }
            }
            slots[place] = try db.query("""
                SELECT id, day, start, capacity, booked FROM inspection_slot WHERE place = ? AND day >= ? AND day <= ?
                ORDER BY day, start
                """, [place, first, last]).compactMap { row in
                    guard let day = row.string("day"), let start = row.string("start"), let at = Self.instant(day, start) else { return nil }
                    return Slot(id: row.int64("id") ?? 0, day: day, start: start, at: at,
                                free: max(0, (row.int("capacity") ?? 0) - (row.int("booked") ?? 0)))
                }
        }
        try AuditLog.append(db, at: now, by: actor, action: "inspection.slot.offer", entity: "inspection_slot", entityID: "synthetic",
                            after: "\(Self.sites.count) places, \(first)…\(last), \(Self.starts.joined(separator: ",")) x\(capacity)")
    }

    /// A slot's start as an instant: day and start are China time (UTC+8).
    static func instant(_ day: String, _ start: String) -> Date? {
        Timestamp.date(day + "T" + start + ":00Z")?.addingTimeInterval(-8 * 3600)
    }

    /// Books the first slot at `place` from `earliest` on that still has room (and starts before
    /// `latest`, if given), with the domain's guarded UPDATE.
    mutating func book(place: String, earliest: Date, latest: Date?) throws -> Slot? {
        guard var list = slots[place] else { return nil }
        defer { slots[place] = list }
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].at < earliest { lo = mid + 1 } else { hi = mid }
        }
        for i in lo..<list.count {
            if let latest, list[i].at > latest { return nil }
            guard list[i].free > 0 else { continue }
            guard try db.run("UPDATE inspection_slot SET booked = booked + 1 WHERE id = ? AND booked < capacity", [list[i].id]) == 1 else {
                list[i].free = 0
                continue
            }
            list[i].free -= 1
            return list[i]
        }
        return nil
    }

    /// The declaration's joint inspection, when one of its lanes has ordered one: each ordering
    /// agency's items merged as `JointInspection.merge` does, at the goods' place; booked by the
    /// broker (always when a lane is past inspection, else mostly), with `task_sort` as
    /// `InspectionSlots.book` sets it; a result per agency whose lane is past inspection. A lane
    /// "inspected" whose appointment could not have happened yet goes back to inspection ordered.
    mutating func jointInspection(_ plans: inout [LanePlan], declarationID: Int64, submitted: Date, place: String,
                                  broker: String) throws {
        let ordered = plans.indices.filter {
            plans[$0].detail["inspection_required"] == "1" && (plans[$0].state == .inspectionOrdered || plans[$0].detail["inspected"] == "1")
        }
        guard !ordered.isEmpty else { return }
        var items: [JointInspection.Item] = []
        let created = min(now, submitted.addingTimeInterval(Double(600 + rng.next() % 10_800)))
        var lastOrder = created
        for (n, i) in ordered.enumerated() {
            let agency = plans[i].agency
            let pool = agency == .customs ? Self.customsItems : Self.inspectionItems
            let first = Int(rng.next() % UInt64(pool.count)), second = (first + 1 + Int(rng.next() % UInt64(pool.count - 1))) % pool.count
            let instruction = InspectionInstruction(pool[first] + "，" + pool[second])
            items = JointInspection.merge(items, adding: instruction, from: agency)
            plans[i].detail["instruction"] = instruction.text
            let at = n == 0 ? created : min(now, created.addingTimeInterval(Double(60 + rng.next() % 3_600)))
            lastOrder = max(lastOrder, at)
            if plans[i].state == .inspectionOrdered { plans[i].moved = at }
        }
        // The appointment: a working day or two after the order, at the first start with room.
        let earliest = lastOrder.addingTimeInterval(3_600 + Double(rng.next() % (2 * 86_400)))
        var slot: Slot?
        if ordered.contains(where: { plans[$0].detail["inspected"] == "1" }) {
            slot = try book(place: place, earliest: earliest, latest: now.addingTimeInterval(-3 * 3_600))
            if slot == nil {
                for i in ordered where plans[i].detail["inspected"] == "1" {
                    plans[i].detail["inspected"] = nil
                    plans[i].state = .inspectionOrdered
                    plans[i].moved = lastOrder
                }
            }
        }
        if slot == nil, chance(80) { slot = try book(place: place, earliest: earliest, latest: nil) }

        let bookedAt = min(now, lastOrder.addingTimeInterval(Double(300 + rng.next() % 7_200)))
        let bookers = brokerOperators[broker] ?? anyBrokerOperator
        let bookedBy = slot == nil ? nil : (bookers.isEmpty ? "synthetic" : pick(bookers))
        let createdText = Timestamp.string(created)
        let taskSort = slot.map { JointTasks.sortKey(day: $0.day, start: $0.start) } ?? JointTasks.sortKey(createdAt: createdText)
        try db.run("""
            INSERT INTO joint_inspection(declaration_id, revision, place, items, slot_id, booked_by, booked_at, created_at, version, task_sort)
            VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [declarationID, place, Self.encode(items), slot?.id, bookedBy, slot == nil ? nil : Timestamp.string(bookedAt),
                  createdText, ordered.count + (slot == nil ? 0 : 1), taskSort])
        let jointID = db.lastInsertRowID
        report.jointInspections += 1
        guard let slot else { return }
        report.booked += 1
        for i in ordered where plans[i].detail["inspected"] == "1" {
            let agency = plans[i].agency
            let result = pick(agency == .customs ? Self.customsResults : Self.inspectionResults)
            let recorded = min(now, slot.at.addingTimeInterval(Double(1_800 + rng.next() % 7_200)))
            let officer = plans[i].claimedBy ?? pick(agency == .customs ? customsOfficers : inspectionOfficers)
            try db.run("INSERT INTO joint_inspection_result(joint_id, agency, result, recorded_by, recorded_at) VALUES (?,?,?,?,?)",
                       [jointID, agency.rawValue, result, officer, Timestamp.string(recorded)])
            report.results += 1
            plans[i].detail["result"] = result
            plans[i].claimedBy = officer
            plans[i].moved = plans[i].state == .inspected
                ? recorded : min(now, max(plans[i].moved, recorded.addingTimeInterval(Double(600 + rng.next() % 86_400))))
        }
    }

    /// The items as `JointInspections` stores them (JSONEncoder, sorted keys), written by hand:
    /// the encoder costs more than the rest of the task. The texts come from the catalogues
    /// above and need no escaping (checked in the tests against the decoder).
    static func encode(_ items: [JointInspection.Item]) -> String {
        "[" + items.map { item in
            "{\"agencies\":[" + item.agencies.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "],\"text\":\"\(item.text)\"}"
        }.joined(separator: ",") + "]"
    }

    func store(_ v: RiskVerdict, declarationID: Int64, at stamp: String) throws {
        try db.run("""
            INSERT INTO risk_assessment(declaration_id, revision, agency, outcome, seed, sampling_bp, sampled, sampling_draw, assessed_at)
            VALUES (?,1,?,?,?,?,?,?,?)
            """, [declarationID, v.agency.rawValue, v.outcome, Int64(bitPattern: v.seed), v.samplingBasisPoints, v.sampled,
                  v.samplingDraw, stamp])
        let id = db.lastInsertRowID
        for (seq, hit) in v.hits.enumerated() {
            try db.run("""
                INSERT INTO risk_hit(assessment_id, seq, rule_id, rule_key, rule_version, outcome, select_bp, draw, selected, decisive)
                VALUES (?,?,?,?,?,?,?,?,?,?)
                """, [id, seq, hit.ruleID, hit.ruleKey, hit.ruleVersion, hit.outcome, hit.selectBasisPoints, hit.draw, hit.selected,
                      hit.decisive])
        }
    }

    func saveSerials() throws {
        for (key, last) in serials {
            let district = String(key.prefix(4)), year = String(key.dropFirst(4).prefix(4)), digit = String(key.suffix(1))
            try db.run("""
                INSERT INTO declaration_number_sequence(district, year, ie_digit, last) VALUES (?,?,?,?)
                ON CONFLICT(district, year, ie_digit) DO UPDATE SET last = max(last, excluded.last)
                """, [district, year, digit, last])
        }
    }
}
