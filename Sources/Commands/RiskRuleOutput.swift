import Foundation
import Presentation
import SingleWindowKit

/// `review rules … --json`: a rule version, and a dry run's verdicts, as scripts read them.
struct RuleOutput: Encodable {
    var id: Int64, key: String, version: Int, agency: String, priority: Int
    var creditClasses: [String], hsPrefixes: [String], origins: [String], scopes: [String]
    var outcome: String, selectBasisPoints: Int, samplingBasisPoints: Int, reasonEn: String, reasonZh: String, active: Bool
    var changedBy: String, changedAt: String, changeNote: String

    init(_ r: RiskRule) {
        id = r.id; key = r.key; version = r.version; agency = r.agency.rawValue; priority = r.priority
        creditClasses = r.creditClasses; hsPrefixes = r.hsPrefixes; origins = r.origins; scopes = r.scopes.map(\.rawValue)
        outcome = r.outcome; selectBasisPoints = r.selectBasisPoints; samplingBasisPoints = r.samplingBasisPoints
        reasonEn = r.reasonEn; reasonZh = r.reasonZh; active = r.active
        changedBy = r.changedBy; changedAt = Timestamp.string(r.changedAt); changeNote = r.changeNote
    }
}

struct TrialOutput: Encodable {
    struct Hit: Encodable { var rule: String, version: Int, outcome: String, draw: Int?, selected: Bool, decisive: Bool, reason: String }
    var agency: String, outcome: String, storedOutcome: String?, changed: Bool, seed: String
    var sampled: Bool?, samplingDraw: Int?, samplingRate: Int
    var hits: [Hit]

    init(_ t: RiskAssessment.Trial, _ language: Language) {
        agency = t.agency.rawValue; outcome = t.verdict.outcome; storedOutcome = t.stored?.outcome; changed = t.changed
        seed = String(t.verdict.seed); sampled = t.verdict.sampled; samplingDraw = t.verdict.samplingDraw
        samplingRate = t.verdict.samplingBasisPoints
        hits = t.verdict.hits.map { Hit(rule: $0.ruleKey, version: $0.ruleVersion, outcome: $0.outcome, draw: $0.draw, selected: $0.selected,
                                        decisive: $0.decisive, reason: $0.decisive ? (t.rule($0)?.reason(language) ?? "") : "") }
    }
}
