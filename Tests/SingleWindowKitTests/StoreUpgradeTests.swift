import Foundation
import Testing
@testable import SingleWindowKit

/// A database holding data, left by every earlier release, opens with the normal code and its
/// rows survive the migrations: for each global version v of the releases before per-area
/// numbering (1…9), a file is brought to v — as those releases' runner left it (`user_version`
/// v), and recorded per area with the same steps — filled with the rows each area had by then,
/// closed, and opened with `Workspace.open`.
///
/// Data-driven: a new migration is covered by adding an `UpgradeSeed` for its tables (rows as
/// raw SQL valid at that version, since the domain code speaks only the latest schema, and a
/// check run after the upgrade). Versions without a seed of their own are still upgraded from,
/// with the earlier seeds' rows. Steps added since per-area numbering have no global version;
/// their seeds would name the area and its version instead (none needed one yet).
@Suite("Upgrading a database with data from every earlier version")
struct StoreUpgradeTests {
    struct UpgradeSeed: Sendable {
        /// The schema version whose tables the rows need.
        let version: Int
        let insert: @Sendable (Database) throws -> Void
        /// Run after the upgrade; `seededAt` is the version the file had when the rows went in.
        let check: @Sendable (Workspace, _ seededAt: Int) throws -> Void
    }

    static let broker = DeclarationFixtures.broker
    static let customs = ReviewFixtures.customs
    static let trainer = ReviewFixtures.trainer
    static let number = "224820261000000001"
    static let t0 = DeclarationFixtures.t0
    static let stamp = Timestamp.string(DeclarationFixtures.t0)

    static let seeds: [UpgradeSeed] = [
        // 1 foundation: settings, the registers, reference codes, the audit chain (through the API).
        UpgradeSeed(version: 1, insert: { db in
            try db.run("INSERT INTO meta(key, value) VALUES ('kind', 'training'), ('created_at', ?), ('clock_offset_seconds', '0')",
                       [stamp])
            try db.run("INSERT INTO enterprise(id, name, kind, credit_class) VALUES (?, '上海海鲜进出口有限公司', 'trader', 'good')",
                       [DeclarationFixtures.traderEnterprise])
            try db.run("INSERT INTO enterprise(id, name, kind) VALUES (?, '上海通关报关有限公司', 'broker')",
                       [DeclarationFixtures.brokerEnterprise])
            try db.run("INSERT INTO operator(id, name, role, enterprise_id) VALUES ('liwei', '李伟', 'broker', ?)",
                       [DeclarationFixtures.brokerEnterprise])
            try db.run("INSERT INTO operator(id, name, role, agency) VALUES ('zhangmin', '张敏', 'customs_officer', 'customs')")
            try db.run("INSERT INTO code_entry(code_table, code, name_zh, name_en) VALUES ('country', 'ECU', '厄瓜多尔', 'Ecuador')")
            try db.run("INSERT INTO hs_code(code, name_zh, unit1) VALUES ('0306170000', '冻虾', '035')")
            try AuditLog.append(db, at: t0, by: trainer, action: "enterprise.create", entity: "enterprise",
                                entityID: DeclarationFixtures.traderEnterprise, after: "{}")
            try AuditLog.append(db, at: t0, by: trainer, action: "operator.create", entity: "operator", entityID: "liwei", after: "{}")
        }, check: { ws, _ in
            #expect(try Enterprises.find(ws.db, id: DeclarationFixtures.traderEnterprise)?.name == "上海海鲜进出口有限公司")
            let liwei = try #require(try Operators.find(ws.db, "liwei"))
            #expect(liwei.role == .broker && liwei.enterpriseID == DeclarationFixtures.brokerEnterprise && liwei.active)
            #expect(try Operators.find(ws.db, "zhangmin")?.agency == .customs)
            #expect(try ws.db.scalar("SELECT name_en FROM code_entry WHERE code_table = 'country' AND code = 'ECU'").string == "Ecuador")
            #expect(try ws.db.scalar("SELECT unit1 FROM hs_code WHERE code = '0306170000'").string == "035")
            #expect(ws.kind == .training)
            let audit = try AuditLog.verify(ws.db)
            #expect(audit.firstBreak == nil && audit.checked >= 2)
            #expect(try AuditLog.entries(ws.db, entity: "operator", entityID: "liwei").map(\.action) == ["operator.create"])
        }),
        // 2 lanes: a case on lanes with its timeline.
        UpgradeSeed(version: 2, insert: { db in
            try db.run("""
                INSERT INTO lane(case_kind, case_id, agency, state, opened_at, updated_at, detail)
                VALUES ('vessel_call', 'CALL-OLD', 'customs', 'submitted', ?, ?, '{"note":"kept"}')
                """, [stamp, stamp])
            try db.run("""
                INSERT INTO lane_event(lane_id, at, operator_id, action, from_state, to_state) VALUES (?, ?, 'system', 'open', '', 'submitted')
                """, [db.lastInsertRowID, stamp])
        }, check: { ws, _ in
            let lanes = try Lanes.lanes(ws.db, kind: .vesselCall, caseID: "CALL-OLD")
            #expect(lanes.map(\.state) == ["submitted"])
            #expect(lanes.first?.detail == ["note": "kept"])
            let lane = try #require(lanes.first)
            #expect(try Lanes.events(ws.db, laneID: lane.id).map(\.toState) == ["submitted"])
            // Vessels 2 backfilled the vessel queue from the lanes the file had.
            #expect(try ws.db.scalar("SELECT state FROM vessel_queue WHERE lane_id = ?", [lane.id]).string == "submitted")
        }),
        // 3 declarations: a submitted declaration with goods and its customs lane.
        UpgradeSeed(version: 3, insert: { db in
            try db.run("""
                INSERT INTO declaration(number, direction, scope, status, trader_id, trader_name, broker_id, holder, bill_no,
                    header, created_by, created_at, updated_at, submitted_at)
                VALUES (?, 'import', 'customs', 'submitted', ?, '上海海鲜进出口有限公司', ?, 'broker', 'BL-UPGRADE',
                        '{"billNo":"BL-UPGRADE"}', 'liwei', ?, ?, ?)
                """, [number, DeclarationFixtures.traderEnterprise, DeclarationFixtures.brokerEnterprise, stamp, stamp, stamp])
            let id = db.lastInsertRowID
            try db.run("""
                INSERT INTO declaration_goods(declaration_id, line_no, hs_code, goods_name, fields)
                VALUES (?, 1, '0306170000', '冻虾', '{"hsCode":"0306170000","goodsName":"冻虾"}')
                """, [id])
            try db.run("""
                INSERT INTO lane(case_kind, case_id, agency, state, opened_at, updated_at, detail)
                VALUES ('declaration', ?, 'customs', 'received', ?, ?, '{"channel":"green"}')
                """, [String(id), stamp, stamp])
        }, check: { ws, seededAt in
            let page = try DeclarationQueries.list(ws, by: broker)
            #expect(page.items.map(\.number) == [number])
            let id = try #require(try DeclarationQueries.id(ws.db, number: number))
            let d = try Declarations.load(ws, id: id, by: broker)
            #expect(d.goods.map(\.hsCode) == ["0306170000"] && d.billNo == "BL-UPGRADE")
            let queue = try ReviewQueue.page(ws, filter: QueueFilter(agency: .customs), by: customs)
            let inQueue = queue.rows.map(\.declarationID) == [id]
            // Lanes from before migration 5 reach the queue through migration 9's backfill.
            #expect(inQueue, "seeded at version \(seededAt)")
        }),
        // 4 vessels: a ship and a call with a crew list.
        UpgradeSeed(version: 4, insert: { db in
            try db.run("INSERT INTO vessel_ship(imo, name, updated_at) VALUES ('9074729', 'COSCO ASIA', ?)", [stamp])
            try db.run("""
                INSERT INTO vessel_call(id, imo, ship_name, direction, voyage, port, expected_at, state, agent_enterprise,
                    agent_operator, ship_json, voyage_json, created_at, updated_at)
                VALUES ('CNSHA-2026-0001', '9074729', 'COSCO ASIA', 'arrival', '026E', 'CNSHA', ?, 'draft', ?, 'liwei', '{}', '{}', ?, ?)
                """, [stamp, DeclarationFixtures.brokerEnterprise, stamp, stamp])
            try db.run("""
                INSERT INTO vessel_crew(call_id, seq, family_name, date_of_birth, document_type, document_number, document_expiry)
                VALUES ('CNSHA-2026-0001', 0, 'WANG', '1980-01-01', 'passport', 'E1234567', '2030-01-01')
                """)
        }, check: { ws, _ in
            let calls = try VesselQueries.list(ws.db)
            #expect(calls.map(\.id) == ["CNSHA-2026-0001"])
            #expect(calls.first?.shipName == "COSCO ASIA")
            #expect(try ws.db.scalar("SELECT document_number FROM vessel_crew WHERE call_id = 'CNSHA-2026-0001'").string == "E1234567")
        }),
        // 5 review: a joint inspection ordered on the declaration (versions 6 and 7 add its
        // list order and "result due" flags, computed for existing rows).
        UpgradeSeed(version: 5, insert: { db in
            let id = try #require(try db.scalar("SELECT id FROM declaration WHERE number = ?", [number]).int64)
            try db.run("INSERT INTO inspection_slot(place, day, start, capacity) VALUES ('CNSHA-WGQ', '2026-01-05', '09:00', 2)")
            try db.run("""
                INSERT INTO joint_inspection(declaration_id, revision, place, items, created_at)
                VALUES (?, 1, 'CNSHA-WGQ', '[{"agencies":["customs"],"text":"check the species"}]', ?)
                """, [id, stamp])
        }, check: { ws, _ in
            let id = try #require(try DeclarationQueries.id(ws.db, number: number))
            let due = try JointTasks.page(ws, filter: JointTaskFilter(agency: .customs, due: true), by: customs)
            #expect(due.rows.map(\.declarationID) == [id])
            #expect(due.rows.first?.items.first?.text == "check the species")
            #expect(try ws.db.scalar("SELECT count(*) FROM inspection_slot").int == 1)
        }),
    ]

    /// The global versions of the releases before per-area numbering.
    static var versions: [Int] { Schema.areas.flatMap { $0.migrations.values.compactMap(\.legacyVersion) }.sorted() }

    /// How the file recorded its schema when the rows went in.
    enum Start: String, CaseIterable, Sendable {
        /// `user_version` v, as the global runner left it.
        case globalNumbering
        /// The same steps, recorded per area in `schema_migration`.
        case perArea
    }

    /// Brings `db` to global version `version` the way the runner of that release did: every
    /// step up to it in global order, each in its transaction with `user_version`.
    static func migrateAsGlobalRunner(_ db: Database, to version: Int) throws {
        let steps = Schema.areas.flatMap { $0.migrations.values }.filter { ($0.legacyVersion ?? .max) <= version }
        for step in steps.sorted(by: { ($0.legacyVersion ?? 0) < ($1.legacyVersion ?? 0) }) {
            try db.write {
                try db.execute(step.sql)
                try db.execute("PRAGMA user_version = \(step.legacyVersion ?? 0)")
            }
        }
    }

    /// Each area as the release at global version `version` knew it.
    static func areas(atGlobal version: Int) -> [MigrationSet] {
        Schema.areas.map { set in set.through(set.ordered.filter { ($0.migration.legacyVersion ?? .max) <= version }.count) }
    }

    @Test(arguments: versions, Start.allCases)
    func aDatabaseLeftAtThisVersionUpgradesWithItsData(version: Int, start: Start) throws {
        try withTempDirectory { dir in
            let path = dir.path()
            do {
                let old = try Database(path: path)
                defer { old.close() }
                switch start {
                case .globalNumbering:
                    try Self.migrateAsGlobalRunner(old, to: version)
                    #expect(try Migrator.format(of: old) == version)
                case .perArea:
                    try Migrator.migrate(old, sets: Self.areas(atGlobal: version))
                    #expect(try Migrator.format(of: old) == Migrator.perAreaFormat)
                }
                #expect(try Migrator.versions(of: old, sets: Schema.areas) == Migrator.versions(of: old, sets: Self.areas(atGlobal: version)))
                try old.write {
                    for seed in Self.seeds where seed.version <= version { try seed.insert(old) }
                }
            }
            let ws = try Workspace.open(path: path, createAs: nil, clock: SettableClock(Self.t0))
            defer { ws.db.close() }
            #expect(try Schema.versions(of: ws.db) == Schema.latestVersions)
            #expect(try Migrator.format(of: ws.db) == Migrator.perAreaFormat)
            if start == .globalNumbering {
                // The steps the file had are recorded with the global version they were applied as.
                let recorded = try ws.db.query("SELECT legacy_version FROM schema_migration WHERE legacy_version IS NOT NULL ORDER BY 1")
                #expect(try recorded.map { try $0.int(0) } == Array(1...version))
            }
            #expect(try ws.db.query("PRAGMA foreign_key_check").isEmpty)
            #expect(try ws.db.scalar("PRAGMA integrity_check").string == "ok")
            for seed in Self.seeds where seed.version <= version {
                try seed.check(ws, version)
            }
            #expect(try AuditLog.verify(ws.db).firstBreak == nil)
        }
    }

    /// Releases before per-area numbering refuse a `user_version` above their last global
    /// version as "made by a newer SingleWindow": a per-area file must read as one to them.
    @Test func aPerAreaFileReadsAsNewerToTheReleasesBefore() throws {
        let db = try memoryDatabase()
        #expect(try Migrator.format(of: db) > (Self.versions.last ?? 0))
    }

    /// The global versions were dense, and each maps to exactly one area step.
    @Test func theGlobalVersionsMapOneToOneOntoAreaSteps() {
        #expect(Self.versions == Array(1...Self.versions.count))
        #expect(Schema.areas.map(\.area) == ["foundation", "lanes", "declarations", "vessels", "review", "approvals", "enforcement"])
    }

    @Test func theRegisteredMigrationsPassTheForeignKeyCheck() throws {
        let db = try Database(path: ":memory:")
        #expect(try Schema.migrate(db).count == Schema.areas.map(\.latestVersion).reduce(0, +))
        #expect(try db.query("PRAGMA foreign_key_check").isEmpty)
    }

    /// Every seed names a registered version, and the first one seeds the first version.
    @Test func seedsNameRegisteredVersions() {
        #expect(Self.seeds.allSatisfy { Self.versions.contains($0.version) })
        #expect(Self.seeds.map(\.version).min() == Self.versions.first)
    }
}
