import Foundation
@testable import SingleWindowKit

/// A training workspace on a temp file with the shipped reference and demo data (and, when
/// asked, the enforcement samples), for the enforcement tests.
final class EnforcementFixture {
    let directory: URL
    let ws: Workspace
    let clock: SettableClock
    static let t0 = Timestamp.date("2026-03-02T01:30:00.000Z")!
    static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data")
    let regulator = Operator(id: "guojing", name: "郭静", role: .marketRegulator, agency: .market, idNumber: "12011615001")
    let trainer = Operator(id: "trainer", name: "培训讲师", role: .trainer)

    init(samples: Bool = false) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sw-enf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        clock = SettableClock(Self.t0)
        ws = try Workspace.open(path: directory.appendingPathComponent("t.db").path, createAs: .training, clock: clock)
        _ = try SampleData.load(into: ws.db, kind: .training, from: Self.sampleData)
        if samples { try EnforcementSamples.load(into: ws, from: Self.sampleData) }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var db: Database { ws.db }

    /// A fresh enterprise with no records (class good), coded `industry`.
    @discardableResult
    func enterprise(_ n: Int, industry: String = "51", district: String = "120116", kind: String = "other") throws -> String {
        let first17 = "9112011631" + String(format: "%07d", 7_000_000 + n)
        let id = first17 + String(USCC.checkCharacter(for: first17)!)
        try db.write {
            try db.run("INSERT INTO enterprise(id, name, kind, district, industry) VALUES (?,?,?,?,?)",
                       [id, "测试企业\(n)有限公司", kind, district, industry])
        }
        return id
    }

    var caseCounter = 0
    @discardableResult
    func penalty(_ id: String, _ p: CreditRecord.Penalty, yuan: String = "0") throws -> Classification {
        caseCounter += 1
        let fen = Yuan.fen(yuan) ?? 0
        return try CreditRecords.add(ws, CreditRecord(enterpriseID: id, kind: .penalty, penalty: p, amountFen: fen,
                                                      occurredOn: "2025-05-01", caseNumber: "T-\(id.suffix(6))-\(caseCounter)"),
                                     by: regulator)
    }

    @discardableResult
    func record(_ id: String, _ kind: CreditRecord.Kind, performance: String = "", caseNumber: String? = nil) throws -> Classification {
        caseCounter += 1
        return try CreditRecords.add(ws, CreditRecord(enterpriseID: id, kind: kind, performance: performance, occurredOn: "2025-05-01",
                                                      caseNumber: caseNumber ?? "T-\(id.suffix(6))-\(caseCounter)"), by: regulator)
    }

    func storedClass(_ id: String) throws -> String {
        try db.scalar("SELECT credit_class FROM enterprise WHERE id = ?", [id]).string ?? ""
    }
}
