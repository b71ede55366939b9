import Foundation

/// What the declaration rule set's guards know beyond the lanes: whether duty is owed, and the
/// current revision's joint inspection (booked or not, and when it begins). Read once with the
/// lanes, so the key bar, F1 help and `Review.decide` judge the same facts.
public struct DeclarationCaseFacts: Equatable, Sendable {
    /// The booked appointment's start and how it is named ("YYYY-MM-DD HH:MM", China time).
    public struct Appointment: Equatable, Sendable {
        public var start: Date
        public var text: String
        public init(start: Date, text: String) { self.start = start; self.text = text }
    }

    /// nil: not known (the guards on duty do not apply).
    public var liability: DutyLiability?
    /// nil: no joint inspection on the current revision (or not known).
    public var inspectionBooked: Bool?
    public var appointment: Appointment?

    public init(liability: DutyLiability? = nil, inspectionBooked: Bool? = nil, appointment: Appointment? = nil) {
        self.liability = liability
        self.inspectionBooked = inspectionBooked
        self.appointment = appointment
    }

    public static func load(_ db: Database, declarationID: Int64) throws -> DeclarationCaseFacts {
        let d = try Declarations.existing(db, declarationID)
        var facts = DeclarationCaseFacts(liability: try DutyRates.liability(db, d))
        if let joint = try JointInspections.find(db, declarationID: d.id, revision: d.revision) {
            facts.inspectionBooked = joint.isBooked
            if let slotID = joint.slotID, let slot = try InspectionSlots.slot(db, id: slotID),
               let start = ChinaTime.instant(day: slot.day, time: slot.start) {
                facts.appointment = Appointment(start: start, text: "\(slot.day) \(slot.start)")
            }
        } else {
            facts.inspectionBooked = false
        }
        return facts
    }
}
