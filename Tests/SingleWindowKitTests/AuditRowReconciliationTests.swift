import Foundation
import Testing
@testable import SingleWindowKit

/// Declarations and vessel calls against their last audit entry's stamp, the stamp and batch
/// formats, and the streamed digest: a workflow through the domain reconciles with no row left
/// unjudged; rows from before stamps are counted, not reported.
@Suite struct AuditRowReconciliationTests {
    let clock = SettableClock(DeclarationFixtures.t0)
    let ws: Workspace
    let customs = ReviewFixtures.customs
    let inspection = ReviewFixtures.inspection
    let broker = ReviewFixtures.broker

    init() throws { ws = try ReviewFixtures.workspace(clock: clock) }

    func verified() throws -> AuditVerification { try AuditLog.verify(ws.db) }

    @Test func theStampEndsBeforeAndOnlyTheEndCounts() {
        #expect(AuditRowStamp.parse("v3 [row draft v4]")! == ("draft", 4))
        #expect(AuditRowStamp.parse("[row submitted v12]")! == ("submitted", 12))
        #expect(AuditRowStamp.parse("") == nil)
        #expect(AuditRowStamp.parse("v3") == nil)
        #expect(AuditRowStamp.parse("template [row draft v9] mine") == nil, "a template's name is not a stamp")
        #expect(AuditRowStamp.parse("[row draft vx]") == nil)
        #expect(AuditRowStamp.parse("[row draft]") == nil)
        #expect(AuditRowStamp.appending(AuditRowStamp.text(state: "returned", version: 2), to: "submitted") == "submitted [row returned v2]")
    }

    @Test func aBatchRecordRoundTripsAndRefusesHalfRecords() throws {
        var ranges: [ClosedRange<Int64>] = []
        for id: Int64 in [17, 18, 19, 25, 40, 41] { AuditBatch.adding(id, to: &ranges) }
        #expect(ranges == [17...19, 25...25, 40...41])
        let batch = AuditBatch(table: "declaration", ranges: ranges, state: "submitted", version: 1, digest: String(repeating: "a", count: 64))
        #expect(batch.rangesText == "17-19,25,40-41")
        let parsed = try #require(AuditBatch(parsing: "declarations 1…6 of 6, seed 7" + batch.text))
        #expect(parsed == batch)
        #expect(AuditBatch(parsing: "declarations 1…6 of 6, seed 7") == nil, "an entry from before batch digests")
        #expect(AuditBatch(parsing: "x; rows declaration 19-17 submitted v1 sha256 " + String(repeating: "a", count: 64)) == nil)
        #expect(AuditBatch(parsing: "x; rows declaration 1-2 submitted v1 sha256 abc") == nil)
    }

    /// The streamed SHA-256 agrees with the one-shot one at every length around the block edges,
    /// however the message is cut.
    @Test func theStreamedDigestIsSHA256() {
        #expect({ var s = SHA256Stream(); return s.finalHex() }() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var rng = SeededGenerator(seed: 5)
        for length in [1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 200, 1_000] {
            let text = String((0..<length).map { _ in Character(UnicodeScalar(UInt8(97 + rng.next() % 26))) })
            var stream = SHA256Stream()
            var rest = Substring(text)
            while !rest.isEmpty {
                let n = 1 + Int(rng.next() % 70)
                stream.update(String(rest.prefix(n)))
                rest = rest.dropFirst(n)
            }
            #expect(stream.finalHex() == SHA256.hex(text), "length \(length)")
        }
    }

    /// Draft, submit, return, amend, resubmit, inspect, pay, release: every step through the
    /// domain, and each leaves the declaration where its entry says.
    @Test func aWholeWorkflowThroughTheDomainReconciles() throws {
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp())
        var c = try Review.claim(ws, declarationID: d.id, expectedVersion: try ReviewFixtures.lane(ws, d.id, .customs).version, by: customs)
        _ = try Review.decide(ws, declarationID: d.id, expectedVersion: c.version, decision: .returnForCorrection(reason: "gross weight"),
                              by: customs)
        #expect(try verified().isIntact)
        let returned = try Declarations.load(ws, id: d.id, by: broker)
        #expect(returned.status == .returned)
        var draft = try Declarations.amend(ws, id: d.id, expectedVersion: returned.version, by: broker)
        draft = try Declarations.saveDraft(ws, draft, by: broker)
        _ = try Declarations.submit(ws, draft, by: broker)
        #expect(try verified().isIntact)

        let place = "洋山港区冷库"
        let slots = try InspectionSlots.offer(ws, place: place, day: "2026-01-02", starts: ["14:00"], capacity: 1, by: customs)
        c = try ReviewFixtures.lane(ws, d.id, .customs)
        var i = try Review.claim(ws, declarationID: d.id, expectedVersion: try ReviewFixtures.lane(ws, d.id, .inspection).version, by: inspection)
        // The returning lane starts over at "received": claimed again to go on.
        if c.state == ReviewState.received.rawValue { c = try Review.claim(ws, declarationID: d.id, expectedVersion: c.version, by: customs) }
        c = try Review.decide(ws, declarationID: d.id, expectedVersion: c.version,
                              decision: .orderInspection(InspectionInstruction("open 2 containers")), by: customs).lane
        i = try Review.decide(ws, declarationID: d.id, expectedVersion: i.version,
                              decision: .orderInspection(InspectionInstruction("temperature")), by: inspection).lane
        _ = try InspectionSlots.book(ws, declarationID: d.id, slotID: slots[0].id, by: broker)
        clock.set(Timestamp.date("2026-01-02T06:00:00.000Z")!)
        c = try Review.decide(ws, declarationID: d.id, expectedVersion: c.version, decision: .recordResult("ok"), by: customs).lane
        i = try Review.decide(ws, declarationID: d.id, expectedVersion: i.version, decision: .recordResult("ok"), by: inspection).lane
        c = try Review.decide(ws, declarationID: d.id, expectedVersion: c.version, decision: .assessDuty(amount: nil, currency: nil), by: customs).lane
        c = try Review.pay(ws, declarationID: d.id, by: broker).lane
        _ = try Review.decide(ws, declarationID: d.id, expectedVersion: i.version, decision: .release, by: inspection)
        let last = try Review.decide(ws, declarationID: d.id, expectedVersion: c.version, decision: .release, by: customs)
        #expect(last.declarationReleased)

        let result = try verified()
        #expect(result.isIntact, "\(result.mismatches)")
        #expect(result.predating == 0)
        // The last entry is the release, stamped with the row as it stands.
        let entry = try #require(try AuditLog.entries(ws.db, entity: "declaration", entityID: String(d.id)).last)
        #expect(entry.action == "declaration.release")
        let row = try Declarations.load(ws, id: d.id, by: broker)
        #expect(AuditRowStamp.parse(entry.before)! == (row.status.rawValue, row.version))

        // And the check can fail: the same row edited around the application.
        try ws.db.execute("UPDATE declaration SET status = 'draft' WHERE id = \(d.id)")
        #expect(try verified().mismatches == [.init(table: "declaration", id: String(d.id),
                                                   kind: .stateNotLastEntry(state: "draft", recorded: "submitted"))])
    }

    /// Entries written before stamps record no state or version: their rows are counted, not
    /// reported; a row no entry names at all is reported.
    @Test func rowsFromBeforeStampsAreCountedAndRowsWithNoEntryReported() throws {
        let d = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: broker)
        try ws.db.write {
            // What an older version wrote: the row changed, its entry without a stamp.
            try ws.db.run("UPDATE declaration SET version = version + 1 WHERE id = ?", [d.id])
            try AuditLog.append(ws.db, at: clock.now(), by: broker, action: "declaration.save", entity: "declaration",
                                entityID: String(d.id), before: "v1", after: "draft")
        }
        var result = try verified()
        #expect(result.isIntact && result.predating == 1)
        try ws.db.run("""
            INSERT INTO declaration(direction, scope, status, holder, created_by, created_at, updated_at)
            VALUES ('import', 'both', 'submitted', 'broker', 'nobody', '2026-01-01', '2026-01-01')
            """)
        let forged = ws.db.lastInsertRowID
        result = try verified()
        #expect(result.mismatches == [.init(table: "declaration", id: String(forged), kind: .noAuditEntry)])
    }

    /// A generator entry from before batch digests cannot say which rows it wrote: rows no entry
    /// names are then counted as predating, not reported.
    @Test func aGeneratorEntryFromBeforeDigestsExcusesUnnamedRows() throws {
        try ws.db.write {
            try ws.db.run("""
                INSERT INTO declaration(direction, scope, status, holder, created_by, created_at, updated_at)
                VALUES ('import', 'both', 'submitted', 'broker', 'synthetic', '2026-01-01', '2026-01-01')
                """)
            try AuditLog.append(ws.db, at: clock.now(), by: ReviewFixtures.trainer, action: AuditBatch.action, entity: "database",
                                entityID: "old.db", after: "declarations 1…1 of 1, seed 2015")
        }
        let result = try verified()
        #expect(result.isIntact && result.predating == 1)
    }
}
