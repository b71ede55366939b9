import Foundation
import Testing
@testable import SingleWindowKit

@Suite("Training: the clock and operator switching")
struct WorkspaceTrainingTests {
    static let start = Date(timeIntervalSince1970: 1_428_485_400) // 2015-04-08T09:30:00Z
    static let trainer = Operator(id: "t1", name: "培训师", role: .trainer)
    static let broker = Operator(id: "b1", name: "王报关", role: .broker, osUser: "wang")
    static let officer = Operator(id: "c1", name: "李关员", role: .customsOfficer, agency: .customs)

    /// What was done after the database was made (its kind anchor, the first entry, left out).
    func auditActions(_ ws: Workspace) throws -> [String] {
        try ws.db.query("SELECT action FROM audit_entry WHERE action NOT IN ('database.kind', 'audit.keyed') ORDER BY seq").compactMap { $0.string("action") }
    }

    @Test func aTrainerMovesTheClockAndItKeepsTicking() throws {
        try withTempDirectory { dir in
            let base = SettableClock(Self.start)
            let ws = try Workspace.open(path: dir.path(), createAs: .training, clock: base)
            let target = Self.start.addingTimeInterval(3 * 86_400)
            try ws.moveClock(to: target, by: Self.trainer)
            #expect(ws.now() == target)
            base.advance(by: 90)
            #expect(ws.now() == target.addingTimeInterval(90))
            #expect(try Meta.get(ws.db, Meta.clockOffsetSeconds) == "259200.0")
            let entry = try #require(try AuditLog.entries(ws.db, entity: "clock", entityID: "training").last)
            #expect(entry.action == "clock.move")
            #expect(entry.operatorID == "t1")
            #expect(entry.before == "2015-04-08T09:30:00.000Z")
            #expect(entry.after == "2015-04-11T09:30:00.000Z")
            #expect(try AuditLog.verify(ws.db).isIntact)
        }
    }

    @Test func theMovedClockIsSharedThroughTheFile() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .training, clock: SettableClock(Self.start))
            let otherTerminal = try Workspace.open(path: dir.path(), createAs: nil, clock: SettableClock(Self.start))
            let target = Self.start.addingTimeInterval(-86_400)
            try ws.moveClock(to: target, by: Self.trainer)
            #expect(otherTerminal.now() == Self.start)
            try otherTerminal.reloadClock()
            #expect(otherTerminal.now() == target)
            let reopened = try Workspace.open(path: dir.path(), createAs: nil, clock: SettableClock(Self.start))
            #expect(reopened.now() == target)
            #expect(reopened.clock is OffsetClock)
        }
    }

    @Test func resettingPutsTheClockBack() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .training, clock: SettableClock(Self.start))
            try ws.moveClock(to: Self.start.addingTimeInterval(600), by: Self.trainer)
            try ws.resetClock(by: Self.trainer)
            #expect(ws.now() == Self.start)
            #expect(ws.clockOffset == 0)
            #expect(try Meta.get(ws.db, Meta.clockOffsetSeconds) == "0.0")
            #expect(try auditActions(ws) == ["clock.move", "clock.reset"])
        }
    }

    @Test func onlyATrainerMovesTheClock() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .training, clock: SettableClock(Self.start))
            for actor in [Self.broker, Self.officer] {
                #expect(throws: DomainError.notAuthorized(operatorID: actor.id, action: "move the clock")) {
                    try ws.moveClock(to: Self.start.addingTimeInterval(60), by: actor)
                }
                #expect(throws: DomainError.notAuthorized(operatorID: actor.id, action: "reset the clock")) {
                    try ws.resetClock(by: actor)
                }
            }
            #expect(ws.now() == Self.start)
            #expect(try Meta.get(ws.db, Meta.clockOffsetSeconds) == "0")
            #expect(try auditActions(ws).isEmpty)
        }
    }

    @Test func aProductionClockCannotBeMovedEvenByATrainer() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .production, clock: SettableClock(Self.start))
            #expect(throws: DomainError.trainingOnly("moving the clock")) {
                try ws.moveClock(to: Self.start.addingTimeInterval(60), by: Self.trainer)
            }
            #expect(throws: DomainError.trainingOnly("resetting the clock")) { try ws.resetClock(by: Self.trainer) }
            #expect(ws.now() == Self.start)
            #expect(try auditActions(ws).isEmpty)
        }
    }

    @Test func aStoredOffsetIsIgnoredOnProduction() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .production, clock: SettableClock(Self.start))
            try Meta.set(ws.db, Meta.clockOffsetSeconds, "3600")
            let reopened = try Workspace.open(path: dir.path(), createAs: nil, clock: SettableClock(Self.start))
            #expect(reopened.now() == Self.start)
        }
    }

    func trainingWithOperators(_ dir: TempDirectory) throws -> Workspace {
        let ws = try Workspace.open(path: dir.path(), createAs: .training, clock: SettableClock(Self.start))
        for op in [Self.trainer, Self.broker, Self.officer] {
            try Operators.insert(ws.db, op, by: .system, at: Self.start)
        }
        return ws
    }

    @Test func switchingOperatorOnTrainingIsAudited() throws {
        try withTempDirectory { dir in
            let ws = try trainingWithOperators(dir)
            let now = try ws.switchOperator(to: "c1", current: Self.trainer)
            #expect(now == Self.officer)
            let back = try ws.switchOperator(to: "t1", current: now)
            #expect(back == Self.trainer)
            let switches = try AuditLog.entries(ws.db, entity: "operator", entityID: "c1").filter { $0.action == "operator.switch" }
            #expect(switches.count == 1)
            #expect(switches.first?.operatorID == "t1")
            #expect(switches.first?.before == "t1" && switches.first?.after == "c1")
        }
    }

    @Test func switchingToSomeoneUnknownOrInactiveIsRefused() throws {
        try withTempDirectory { dir in
            let ws = try trainingWithOperators(dir)
            #expect(throws: IdentityError.unknownOperator(id: "nobody")) { try ws.switchOperator(to: "nobody", current: Self.trainer) }
            var retired = Self.broker
            retired.active = false
            try Operators.upsert(ws.db, retired, by: .system, at: Self.start)
            #expect(throws: IdentityError.inactive(id: "b1")) { try ws.switchOperator(to: "b1", current: Self.trainer) }
        }
    }

    @Test func switchingOperatorOnProductionIsRefused() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .production, clock: SettableClock(Self.start))
            try Operators.insert(ws.db, Self.officer, by: .system, at: Self.start)
            let before = try ws.db.scalar("SELECT count(*) FROM audit_entry").int
            #expect(throws: DomainError.trainingOnly("switching operator")) {
                try ws.switchOperator(to: "c1", current: Self.trainer)
            }
            #expect(try ws.db.scalar("SELECT count(*) FROM audit_entry").int == before)
        }
    }
}
