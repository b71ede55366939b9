@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// Automatic checkpoints: the administrator's `audit schedule`, the workstation's idle tick
/// that writes them on production, and `audit verify --checkpoint` reading what it wrote.
@Suite struct AuditScheduleTests {
    let scratch: CommandScratch
    init() throws { scratch = try CommandScratch("sw-schedule") }

    var checkpointDir: String { scratch.path("checkpoints") }

    func written() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: checkpointDir)) ?? []).filter { $0.hasSuffix(".checkpoint") }.sorted()
    }

    /// A production database whose administrator is this process's own OS account.
    func production() throws -> String {
        let db = scratch.path("p.db")
        let login = try #require(OSLogin.current().name, "the test's uid has no passwd name")
        #expect(scratch.run(["init", "--db", db, "--admin", login]).code == 0)
        try FileManager.default.createDirectory(atPath: checkpointDir, withIntermediateDirectories: true)
        return db
    }

    @Test func aProductionWorkstationWritesOneCheckpointWhenDueAndVerifyAcceptsIt() throws {
        let db = try production()
        #expect(scratch.run(["audit", "schedule", "--db", db]).out.contains("off"))
        #expect(scratch.run(["audit", "schedule", "--db", db, "--dir", checkpointDir, "--every", "5"]).code == 0)
        #expect(scratch.run(["audit", "schedule", "--db", db]).out.contains("every 5 minutes"))

        let ws = try Workspace.open(path: db, createAs: nil)
        defer { ws.db.close() }
        let timer = ScheduledCheckpoints(lookEvery: 0)
        let now = Date()
        #expect(timer.tick(ws, now: now) != nil, "none written yet: due at once")
        #expect(timer.tick(ws, now: now.addingTimeInterval(60)) == nil, "not five minutes later")
        #expect(written().count == 1)
        #expect(timer.tick(ws, now: now.addingTimeInterval(600)) == nil, "the head has not moved: nothing new to keep")
        try ws.db.write { try AuditLog.append(ws.db, at: now, by: .system, action: "test.step", entity: "test", entityID: "1") }
        #expect(timer.tick(ws, now: now.addingTimeInterval(600)) != nil)
        #expect(written().count == 2)

        let files = written().map { (checkpointDir as NSString).appendingPathComponent($0) }
        let verdict = scratch.run(["audit", "verify", "--db", db, "--checkpoint"] + files)
        #expect(verdict.code == 0, "\(verdict.out)")
        #expect(verdict.out.components(separatedBy: "is still on the chain").count == 3)
        var info = stat()
        #expect(stat(files[0], &info) == 0 && info.st_mode & 0o002 == 0, "never writable by others")
    }

    /// The workstation looks at most once a `lookEvery`: an idle refresh every 400 ms does not
    /// list the directory each time.
    @Test func theTickLooksAtMostOncePerPeriod() throws {
        let db = try production()
        #expect(scratch.run(["audit", "schedule", "--db", db, "--dir", checkpointDir, "--every", "1"]).code == 0)
        let ws = try Workspace.open(path: db, createAs: nil)
        defer { ws.db.close() }
        let timer = ScheduledCheckpoints(lookEvery: 60)
        let now = Date()
        #expect(timer.tick(ws, now: now) != nil)
        try ws.db.write { try AuditLog.append(ws.db, at: now, by: .system, action: "test.step", entity: "test", entityID: "1") }
        #expect(timer.tick(ws, now: now.addingTimeInterval(59)) == nil)
        #expect(timer.tick(ws, now: now.addingTimeInterval(61)) != nil)
    }

    /// Where no workstation stays open, the cron job's `lanes tick` keeps the heads coming.
    @Test func theHeadlessTickWritesTheScheduledCheckpoint() throws {
        let db = try production()
        #expect(scratch.run(["lanes", "tick", "--db", db]).code == 0)
        #expect(written().isEmpty, "no schedule: nothing written")
        #expect(scratch.run(["audit", "schedule", "--db", db, "--dir", checkpointDir, "--every", "5"]).code == 0)
        let first = scratch.run(["lanes", "tick", "--db", db])
        #expect(first.code == 0 && first.out.contains("checkpoint of entry"), "\(first.out)")
        #expect(written().count == 1)
        #expect(scratch.run(["lanes", "tick", "--db", db]).code == 0)
        #expect(written().count == 1, "not due again within five minutes")
    }

    @Test func aTrainingDatabaseWritesNone() throws {
        let db = scratch.path("t.db")
        #expect(scratch.run(["init", "--training", "--db", db]).code == 0)
        try FileManager.default.createDirectory(atPath: checkpointDir, withIntermediateDirectories: true)
        let refused = scratch.run(["audit", "schedule", "--db", db, "--dir", checkpointDir, "--every", "5", "--as", "trainer"])
        #expect(refused.code != 0, "only an administrator sets it, and a training database has none")
        let ws = try Workspace.open(path: db, createAs: nil)
        defer { ws.db.close() }
        #expect(throws: AuditScheduleError.trainingDatabase) {
            try AuditAutoCheckpoint.setSchedule(ws, .init(directory: checkpointDir, minutes: 5), by: .system)
        }
        // Even with the setting forced into meta, a training workstation writes nothing.
        try Meta.set(ws.db, AuditAutoCheckpoint.directoryKey, checkpointDir)
        try Meta.set(ws.db, AuditAutoCheckpoint.intervalKey, "1")
        #expect(ScheduledCheckpoints(lookEvery: 0).tick(ws) == nil)
        #expect(written().isEmpty)
    }

    @Test func theScheduleIsCheckedAndAudited() throws {
        let db = try production()
        #expect(scratch.run(["audit", "schedule", "--db", db, "--dir", checkpointDir, "--every", "0"]).code == 2)
        #expect(scratch.run(["audit", "schedule", "--db", db, "--dir", scratch.path("nowhere")]).code == 2)
        #expect(scratch.run(["audit", "schedule", "--db", db, "--dir", checkpointDir]).code == 0, "60 minutes by default")
        #expect(scratch.run(["audit", "schedule", "--db", db, "--off"]).code == 0)
        let ws = try Workspace.open(path: db, createAs: nil)
        defer { ws.db.close() }
        #expect(try AuditAutoCheckpoint.schedule(ws.db) == nil)
        let trail = try AuditLog.entries(ws.db, entity: "database", entityID: try Meta.get(ws.db, Meta.databaseID) ?? "")
        #expect(trail.filter { $0.action == AuditAutoCheckpoint.action }.map(\.after) == ["every 60 min to \(checkpointDir)", ""])
        #expect(try AuditLog.verify(ws.db).isIntact)
    }

    @Test func fileNamesSortByTimeAndReadBack() {
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let stamp = AuditAutoCheckpoint.stamp(date)
        #expect(stamp == "20270115T080000Z")
        let parsed = AuditAutoCheckpoint.parse("abc-def-" + stamp + "-42.checkpoint", prefix: "abc-def-")
        #expect(parsed?.0 == date && parsed?.1 == 42)
        #expect(AuditAutoCheckpoint.parse("abc-def-nonsense.checkpoint", prefix: "abc-def-") == nil)
    }
}
