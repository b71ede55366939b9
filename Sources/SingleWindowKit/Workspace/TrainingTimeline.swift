import Foundation
import Store

/// One step of a training case (`sample-data/training/*.json`): when, who, what. `at` is hours
/// from the timeline's anchor (`TrainingTimeline.anchor`, the evening before the load; negative:
/// earlier), so a fresh database shows work done over the last days
/// — queues with waiting times, timelines with their dates — whenever it is made.
struct TrainingStep: Decodable, Sendable {
    var at: Double
    /// The operator who acts (`as` in the file); the case's own party when absent.
    var actor: String?
    /// The action (`do` in the file): each area's seeder names its own.
    var action: String
    var text: String?
    var agency: String?
    /// A time the step needs besides its own (a booked slot's start, a departure's ETD), in
    /// hours after the step.
    var hours: Double?
    var amount: String?

    enum CodingKeys: String, CodingKey {
        case at, actor = "as", action = "do", text, agency, hours, amount
    }
}

/// Plays training cases through the domain actions on one timeline. Every step of every case
/// runs in time order (a case's own steps keep their order), each on a workspace over the same
/// database whose clock reads the step's moment: the audit chain, the lanes' events and the
/// queues' waiting times all tell the same story, in the order it happened.
enum TrainingTimeline {
    /// `perform(caseIndex, step, workspace)` runs one step; the workspace's clock reads its time.
    /// A step that fails names its case and action: a broken sample must be seen, not skipped.
    static func run(_ steps: [[TrainingStep]], endingAt loadTime: Date, db: Database,
                    names: [String], _ perform: (Int, TrainingStep, Workspace) throws -> Void) throws {
        let end = anchor(before: loadTime)
        let clock = SettableClock(end)
        let ws = Workspace(db: db, kind: .training, clock: clock)
        var order: [(time: Double, caseIndex: Int, stepIndex: Int)] = []
        for (c, caseSteps) in steps.enumerated() {
            for (s, step) in caseSteps.enumerated() {
                if s > 0, step.at < caseSteps[s - 1].at {
                    throw TrainingCaseError(caseName: names[c], action: step.action, underlying: "steps out of time order")
                }
                order.append((step.at, c, s))
            }
        }
        // Stable: equal times keep the file's order, so a case's steps never swap.
        order.sort { ($0.time, $0.caseIndex, $0.stepIndex) < ($1.time, $1.caseIndex, $1.stepIndex) }
        // One transaction: one commit instead of one per action (a training database is made in
        // many tests), and a broken case leaves nothing half played.
        try db.write {
            for entry in order {
                let step = steps[entry.caseIndex][entry.stepIndex]
                clock.set(end.addingTimeInterval(step.at * 3600))
                do {
                    try perform(entry.caseIndex, step, ws)
                } catch {
                    throw TrainingCaseError(caseName: names[entry.caseIndex], action: step.action, underlying: String(describing: error))
                }
            }
        }
    }

    /// The hour the cases count back from: the last 18:00 in China at or before the load, so the
    /// cases' times of day are the same whenever the database is made (appointments at 14:00,
    /// not at whatever hour the class started) and all of them lie in the past.
    static func anchor(before loadTime: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        let evening = calendar.startOfDay(for: loadTime).addingTimeInterval(18 * 3600)
        return evening <= loadTime ? evening : evening.addingTimeInterval(-24 * 3600)
    }

    /// The operator a step names, as stored (role, agency, enterprise).
    static func actor(_ db: Database, _ id: String) throws -> Operator {
        guard let found = try Operators.find(db, id) else { throw DomainError.notFound(entity: "operator", id: id) }
        return found
    }
}

/// A training case that cannot be played: the sample data and the product disagree.
struct TrainingCaseError: Error, CustomStringConvertible {
    var caseName: String
    var action: String
    var underlying: String
    var description: String { "training case \(caseName), step \(action): \(underlying)" }
}
