import Foundation
import Testing
@testable import SingleWindowKit

/// A fresh training database as the product makes it (reference, demo set, every area's samples
/// and training cases): work in every state, the shipped templates, an intact audit chain, and
/// the S1 import unchanged.
@Suite struct TrainingCasesTests {
    static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data")
    static let loadTime = Timestamp.date("2026-12-07T02:00:00.000Z")!

    /// A new training database in a temporary directory, loaded at `loadTime`.
    static func fresh() throws -> (Workspace, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("training-cases-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let ws = try Workspace.open(path: dir.appendingPathComponent("t.db").path, createAs: .training, clock: SettableClock(loadTime))
        let report = try SampleData.load(into: ws.db, kind: .training, from: sampleData, asOf: loadTime)
        #expect(report.problems.isEmpty, "\(report.problems)")
        try DomainAreas.loadTrainingSamples(into: ws, from: sampleData)
        return (ws, dir)
    }

    static func strings(_ ws: Workspace, _ sql: String) throws -> Set<String> {
        Set(try ws.db.query(sql).compactMap { $0.string("v") })
    }

    @Test func everyDeclarationStateAndEveryLaneStateIsThere() throws {
        let (ws, dir) = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: dir) }
        let statuses = try Self.strings(ws, "SELECT DISTINCT status AS v FROM declaration")
        #expect(statuses == Set(DeclarationStatus.allCases.map(\.rawValue)))
        let laneStates = try Self.strings(ws, "SELECT DISTINCT state AS v FROM lane WHERE case_kind = 'declaration'")
        #expect(laneStates == Set(ReviewState.allCases.map(\.rawValue)), "missing: \(Set(ReviewState.allCases.map(\.rawValue)).subtracting(laneStates))")
        // Joint inspections: one waiting to be booked, one booked for later, some inspected.
        let now = Timestamp.string(Self.loadTime)
        #expect(try ws.db.scalar("SELECT count(*) FROM joint_inspection WHERE slot_id IS NULL").int64 ?? 0 >= 1)
        #expect(try ws.db.scalar("""
            SELECT count(*) FROM joint_inspection j JOIN inspection_slot s ON s.id = j.slot_id
            WHERE s.day || 'T' || s.start > ?
            """, [String(now.prefix(16))]).int64 ?? 0 >= 1)
        #expect(try ws.db.scalar("SELECT count(*) FROM declaration_release").int64 ?? 0 >= 2)
        // An amended declaration is a draft of its second revision; a trader's reference never
        // one of the S1 batch's.
        #expect(try ws.db.scalar("SELECT count(*) FROM declaration WHERE status = 'draft' AND revision = 2").int64 == 1)
        #expect(try ws.db.scalar("SELECT count(*) FROM declaration WHERE trader_ref NOT LIKE 'TRN-2026-%'").int64 == 0)
        // Everything seeded happened before the database was made: no event in its future.
        #expect(try ws.db.scalar("SELECT count(*) FROM lane_event WHERE at > ?", [now]).int64 == 0)
        #expect(try ws.db.scalar("SELECT count(*) FROM declaration WHERE created_at > ?", [now]).int64 == 0)
    }

    @Test func everyVesselCallStateAndLaneStateIsThereAndS3IsUntouched() throws {
        let (ws, dir) = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: dir) }
        for direction in ["arrival", "departure"] {
            let states = try Self.strings(ws, "SELECT DISTINCT state AS v FROM vessel_call WHERE direction = '\(direction)'")
            let expected: Set<String> = direction == "arrival" ? ["submitted", "cleared"] : ["draft", "submitted", "cleared"]
            #expect(states == expected, "\(direction)")
        }
        let laneStates = try Self.strings(ws, "SELECT DISTINCT state AS v FROM lane WHERE case_kind = 'vessel_call'")
        #expect(laneStates == Set(VesselLaneState.allCases.map(\.rawValue)))
        #expect(try ws.db.scalar("SELECT count(*) FROM port_clearance").int64 == 1)
        // A departure waiting at the maritime gate: the other three released, maritime pending.
        #expect(try ws.db.scalar("""
            SELECT count(*) FROM vessel_call c WHERE c.direction = 'departure' AND c.state = 'submitted'
              AND (SELECT count(*) FROM lane l WHERE l.case_kind = 'vessel_call' AND l.case_id = c.id AND l.state = 'released') = 3
            """).int64 == 1)
        // The S3 sample calls keep their ids and stay as the scenario starts them.
        let s3 = try #require(try VesselCalls.call(ws.db, id: "CNSHA2026A00001"))
        #expect(s3.declaration.ship.name == "ZHONG HAI XIANG YUN" && s3.state == .submitted)
        #expect(try VesselClearance.lanes(ws.db, callID: s3.id).allSatisfy { $0.state == "pending" })
    }

    @Test func theShippedTemplatesAreTheBrokers() throws {
        let (ws, dir) = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: dir) }
        let liwei = try #require(try Operators.find(ws.db, "liwei"))
        let templates = try Declarations.templates(ws, by: liwei)
        #expect(templates.map(\.name).sorted() == ["冻虾 FOB 洋山 报关报检", "化妆品 C&F 报关报检", "机械零件 CIF 只报关"].sorted())
        let draft = try Declarations.newFromTemplate(ws, templateID: templates[0].id, by: liwei)
        #expect(draft.status == .draft && draft.traderReference.isEmpty)
        // Another brokerage's broker gets its own, not liwei's.
        let mali = try #require(try Operators.find(ws.db, "mali"))
        #expect(try Declarations.templates(ws, by: mali).allSatisfy { $0.ownerID == mali.enterpriseID })
    }

    @Test func theAuditChainAndTheLanesAgree() throws {
        let (ws, dir) = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: dir) }
        let verification = try AuditLog.verify(ws.db)
        #expect(verification.isIntact, "\(String(describing: verification.firstBreak)) \(verification.mismatches)")
        #expect(verification.reconciled > 40)
        // The risk draws replay from their stored seeds, as a real submission's do.
        for id in try ws.db.query("SELECT id FROM declaration WHERE number IS NOT NULL").compactMap({ $0.int64("id") }) {
            #expect(try RiskAssessment.replay(ws.db, declarationID: id))
        }
    }

    @Test func theS1BatchStillGives37DraftsAnd3Rejects() throws {
        let (ws, dir) = try Self.fresh()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("erp-batch.csv").path
        try FileManager.default.copyItem(atPath: Self.sampleData.appendingPathComponent("declarations/erp-batch-2026-01-05.csv").path,
                                         toPath: input)
        let liwei = try #require(try Operators.find(ws.db, "liwei"))
        let before = try ws.db.scalar("SELECT count(*) FROM declaration").int64 ?? 0
        let result = try DeclarationImporter(workspace: ws, operator: liwei).importFile(at: input)
        #expect(result.declarations == 40 && result.created == 37 && result.rejected == 3, "\(result.problems)")
        #expect(try ws.db.scalar("SELECT count(*) FROM declaration").int64 == before + 37)
    }
}
