import Foundation
import Store

/// The declarations a fresh training database starts with (`sample-data/training/declarations.json`):
/// one or more in every state a class shows — drafts, submitted, each lane state of customs and
/// inspection, booked and inspected joint inspections, duties due and paid, returned, amended,
/// rejected, withdrawn, released — each played through the same actions the panes and the
/// commands call (`Declarations`, `Review`, `InspectionSlots`), on the training timeline.
///
/// Each entry is a declaration in the JSON import form (`DeclarationImporter`) with a `case`
/// name and its `steps`. Trader references are the file's own (`TRN-…`), never the S1 ERP
/// batch's, so importing that batch still gives 37 new drafts and 3 rejects. Submissions are
/// routed with the file's `seed`, so the channels and samplings are the same every time.
enum DeclarationTrainingCases {
    static let file = "training/declarations.json"

    struct File: Decodable {
        var seed: UInt64
        var broker: String
        var declarations: [Case]
    }

    struct Case: Decodable {
        var name: String
        var steps: [TrainingStep]
        enum CodingKeys: String, CodingKey { case name = "case", steps }
    }

    /// Plays the cases into a new training database; nothing when the file is not there.
    static func load(into ws: Workspace, from sampleData: URL) throws {
        let url = sampleData.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let data = try Data(contentsOf: url)
        let cases = try JSONDecoder().decode(File.self, from: data)
        let contents = try DeclarationImporter.declarations(fromJSON: data).map(\.declaration)
        guard contents.count == cases.declarations.count else {
            throw DomainError.conflict("\(file): \(cases.declarations.count) cases, \(contents.count) declarations")
        }
        let broker = try TrainingTimeline.actor(ws.db, cases.broker)
        let trainer = try Operators.list(ws.db, role: .trainer, limit: 1).first ?? broker
        var ids: [Int: Int64] = [:]
        try RiskAssessment.$trainingSeed.withValue(cases.seed) {
            try TrainingTimeline.run(cases.declarations.map(\.steps), endingAt: ws.now(), db: ws.db,
                                     names: cases.declarations.map(\.name)) { index, step, ws in
                let actor = try step.actor.map { try TrainingTimeline.actor(ws.db, $0) } ?? broker
                if step.action == "create" {
                    ids[index] = try Declarations.createDraft(ws, contents[index], by: actor).id
                } else {
                    guard let id = ids[index] else { throw DomainError.notFound(entity: "declaration", id: cases.declarations[index].name) }
                    try perform(step, on: id, ws: ws, actor: actor, trainer: trainer)
                }
            }
        }
    }

    private static func perform(_ step: TrainingStep, on id: Int64, ws: Workspace, actor: Operator, trainer: Operator) throws {
        let text = step.text ?? ""
        func decide(_ decision: ReviewDecision) throws {
            let lane = try Review.laneOf(ws.db, id, try Review.officerAgency(actor))
            try Review.decide(ws, declarationID: id, expectedVersion: lane.version, decision: decision, by: actor)
        }
        switch step.action {
        case "submit":
            _ = try Declarations.submit(ws, try Declarations.load(ws, id: id, by: actor), by: actor)
        case "claim":
            let lane = try Review.laneOf(ws.db, id, try Review.officerAgency(actor))
            try Review.claim(ws, declarationID: id, expectedVersion: lane.version, by: actor)
        case "order": try decide(.orderInspection(InspectionInstruction(text)))
        case "book": try book(id, hoursAhead: step.hours ?? 2, ws: ws, broker: actor, trainer: trainer)
        case "result": try decide(.recordResult(text))
        case "assess": try decide(.assessDuty(amount: step.amount.flatMap { Decimal(string: $0) }, currency: nil))
        case "guarantee":
            let until = ChinaTime.day(ws.now().addingTimeInterval((step.hours ?? 720) * 3600))
            try decide(.recordGuarantee(DutyGuarantee(number: text, amount: Decimal(string: step.amount ?? "") ?? 0, validUntil: until)))
        case "release": try decide(.release)
        case "return": try decide(.returnForCorrection(reason: text))
        case "reject": try decide(.reject(reason: text))
        case "pay": try Review.pay(ws, declarationID: id, by: actor)
        case "withdraw": try Review.withdraw(ws, declarationID: id, reason: text, by: actor)
        case "amend":
            let d = try Declarations.load(ws, id: id, by: actor)
            _ = try Declarations.amend(ws, id: id, expectedVersion: d.version, by: actor)
        default:
            throw DomainError.invalid([Problem("do", "problem.badFormat", [step.action])])
        }
    }

    /// The trainer offers an appointment `hoursAhead` after the step (on the hour, China time) at
    /// the joint inspection's place, and the broker books it — the two actions a class would
    /// take, so a case can be inspected in the past as well as booked for later in the week.
    private static func book(_ id: Int64, hoursAhead: Double, ws: Workspace, broker: Operator, trainer: Operator) throws {
        let d = try Declarations.load(ws, id: id, by: broker)
        guard let joint = try JointInspections.find(ws.db, declarationID: id, revision: d.revision) else {
            throw DomainError.notFound(entity: "joint_inspection", id: String(id))
        }
        let instant = ws.now().addingTimeInterval(hoursAhead * 3600)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ChinaTime.zone
        let hour = calendar.component(.hour, from: instant)
        let start = String(format: "%02d:00", hour)
        let slots = try InspectionSlots.offer(ws, place: joint.place, day: ChinaTime.day(instant), starts: [start], capacity: 4, by: trainer)
        guard let slot = slots.first else { throw DomainError.notFound(entity: "inspection_slot", id: start) }
        try InspectionSlots.book(ws, declarationID: id, slotID: slot.id, by: broker)
    }
}

/// The shipped templates (`sample-data/declarations/templates.json`), saved for every broker's
/// enterprise of a new training database, so `t` offers them from the first day.
enum DeclarationTemplateSamples {
    static let file = "declarations/templates.json"

    static func load(into ws: Workspace, from sampleData: URL) throws {
        let url = sampleData.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let templates = try DeclarationImporter.declarations(fromJSON: Data(contentsOf: url))
        // One broker per enterprise: a template belongs to the enterprise, not to the person.
        var seen: Set<String> = []
        try ws.db.write {
            for broker in try Operators.list(ws.db, role: .broker, limit: 500) where broker.active {
                guard let enterprise = broker.enterpriseID, seen.insert(enterprise).inserted else { continue }
                for (name, content) in templates {
                    _ = try Declarations.saveTemplate(ws, content, name: name, by: broker)
                }
            }
        }
    }
}
