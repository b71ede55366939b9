import Foundation
import Store
import TextWidth

/// An appointment time offered for inspections at one place (查验电子预约).
public struct InspectionSlot: Equatable, Sendable {
    public var id: Int64
    public var place: String
    public var day: String
    public var start: String
    public var capacity: Int
    public var booked: Int

    public var isFull: Bool { booked >= capacity }

    init(row: Row) {
        id = row.int64("id") ?? 0
        place = row.string("place") ?? ""
        day = row.string("day") ?? ""
        start = row.string("start") ?? ""
        capacity = row.int("capacity") ?? 0
        booked = row.int("booked") ?? 0
    }
}

/// Offering slots (officers, as data per place and day) and booking them (the broker). A booking
/// is one guarded UPDATE, so two brokers racing for the last place cannot both get it.
public enum InspectionSlots {
    /// Offers `starts` (HH:MM) on `day` (YYYY-MM-DD) at `place`, each for `capacity` inspections;
    /// an existing slot keeps its bookings and takes the new capacity (never below its bookings).
    @discardableResult
    public static func offer(_ ws: Workspace, place: String, day: String, starts: [String], capacity: Int,
                             by actor: Operator) throws -> [InspectionSlot] {
        try Authority.require(actor, "inspection.slot.offer", roles: [.customsOfficer, .inspectionOfficer, .trainer])
        guard !place.trimmed.isEmpty else { throw ReviewError.missing("place") }
        guard capacity >= 0 else { throw DomainError.invalid([Problem("capacity", "problem.notInteger", [String(capacity)])]) }
        // The task list sorts on day and start as text: only the one spelling of each sorts right.
        guard isDay(day) else { throw DomainError.invalid([Problem("day", "problem.notDate", [day])]) }
        guard !starts.isEmpty else { throw ReviewError.missing("start") }
        if let bad = starts.first(where: { !isStart($0) }) { throw DomainError.invalid([Problem("start", "problem.badFormat", [bad])]) }
        let now = ws.now()
        return try ws.db.write {
            var offered: [InspectionSlot] = []
            for start in starts {
                try ws.db.run("""
                    INSERT INTO inspection_slot(place, day, start, capacity) VALUES (?,?,?,?)
                    ON CONFLICT(place, day, start) DO UPDATE SET capacity = max(excluded.capacity, booked)
                    """, [place, day, start, capacity])
                if let row = try ws.db.queryOne("SELECT * FROM inspection_slot WHERE place = ? AND day = ? AND start = ?",
                                                [place, day, start]) { offered.append(InspectionSlot(row: row)) }
            }
            try AuditLog.append(ws.db, at: now, by: actor, action: "inspection.slot.offer", entity: "inspection_slot",
                                entityID: place, after: "\(day) \(starts.joined(separator: ",")) x\(capacity)")
            return offered
        }
    }

    /// YYYY-MM-DD, a real day.
    public static func isDay(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
        return Timestamp.date(text + "T00:00:00.000Z").map { Timestamp.string($0).hasPrefix(text) } ?? false
    }

    /// HH:MM, 00:00 to 23:59.
    public static func isStart(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 5, b[2] == UInt8(ascii: ":"), let h = Int(text.prefix(2)), let m = Int(text.suffix(2)),
              b.enumerated().allSatisfy({ $0.offset == 2 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element) }) else {
            return false
        }
        return h < 24 && m < 60
    }

    /// Slots with room at `place` from `day` on, in time order.
    public static func available(_ db: Database, place: String, fromDay day: String = "", limit: Int = 50) throws -> [InspectionSlot] {
        try db.query("""
            SELECT * FROM inspection_slot WHERE place = ? AND day >= ? AND booked < capacity ORDER BY day, start LIMIT ?
            """, [place, day, limit]).map(InspectionSlot.init(row:))
    }

    public static func slot(_ db: Database, id: Int64) throws -> InspectionSlot? {
        try db.queryOne("SELECT * FROM inspection_slot WHERE id = ?", [id]).map(InspectionSlot.init(row:))
    }

    /// The declaration's broker books the joint inspection into a slot at its place. Rebooking
    /// gives the old place back. A full slot is refused and nothing changes.
    @discardableResult
    public static func book(_ ws: Workspace, declarationID: Int64, slotID: Int64, by actor: Operator) throws -> JointInspection {
        try Authority.require(actor, "inspection.book", roles: [.broker])
        let now = ws.now()
        return try ws.db.write {
            let d = try Declarations.load(ws, id: declarationID, by: actor)
            guard let joint = try JointInspections.find(ws.db, declarationID: d.id, revision: d.revision) else {
                throw LaneError.notAllowed(LaneRef(kind: .declaration, caseID: String(declarationID), agency: .none, laneID: 0),
                                           state: "without an inspection order", action: "book", reason: LaneReason("lane.reason.noInspection"))
            }
            guard let slot = try slot(ws.db, id: slotID) else { throw DomainError.notFound(entity: "inspection_slot", id: String(slotID)) }
            guard slot.place == joint.place else { throw ReviewError.slotElsewhere(slotID: slotID, place: joint.place) }
            if joint.slotID == slotID { return joint }
            guard try ws.db.run("UPDATE inspection_slot SET booked = booked + 1 WHERE id = ? AND booked < capacity", [slotID]) == 1 else {
                throw ReviewError.slotFull(slotID: slotID)
            }
            if let old = joint.slotID {
                try ws.db.run("UPDATE inspection_slot SET booked = booked - 1 WHERE id = ? AND booked > 0", [old])
            }
            try ws.db.updateVersioned(table: "joint_inspection", id: joint.id, expectedVersion: joint.version,
                                      set: [("slot_id", slotID), ("booked_by", actor.id), ("booked_at", Timestamp.string(now)),
                                            ("task_sort", JointTasks.sortKey(day: slot.day, start: slot.start))])
            try AuditLog.append(ws.db, at: now, by: actor, action: "inspection.book", entity: "joint_inspection",
                                entityID: String(joint.id), before: joint.slotID.map { String($0) } ?? "",
                                after: "\(slot.place) \(slot.day) \(slot.start)")
            return try JointInspections.find(ws.db, declarationID: d.id, revision: d.revision) ?? joint
        }
    }

    /// Gives a booked place back (withdrawal). Call inside the action's write. The task goes back
    /// among the unbooked ones, by its creation.
    static func release(_ db: Database, _ joint: JointInspection) throws {
        guard let slot = joint.slotID else { return }
        try db.run("UPDATE inspection_slot SET booked = booked - 1 WHERE id = ? AND booked > 0", [slot])
        try db.run("""
            UPDATE joint_inspection SET slot_id = NULL, task_sort = ? || created_at, version = version + 1 WHERE id = ?
            """, [JointTasks.unbookedPrefix, joint.id])
    }
}
