/// The selection itself, with no database: rules and facts in, verdict out, every random draw
/// from one seeded generator in a fixed order (rules by key, then the sampling draw), so the
/// same rules, facts and seed always give the same verdict.
public struct RiskVerdict: Equatable, Sendable {
    public struct Hit: Equatable, Sendable {
        public var ruleID: Int64
        public var ruleKey: String
        public var ruleVersion: Int
        public var outcome: String
        public var selectBasisPoints: Int
        /// The draw (0..<10,000) when the rule selects at random; nil when it always applies.
        public var draw: Int?
        public var selected: Bool
        /// This hit set the outcome: the reason shown to the officer.
        public var decisive: Bool
    }

    public var agency: Agency
    public var outcome: String
    public var hits: [Hit]
    public var seed: UInt64
    public var samplingBasisPoints: Int
    /// Sampling release only: whether the draw picked this declaration, and the draw.
    public var sampled: Bool?
    public var samplingDraw: Int?

    public var channel: Channel? { Channel(rawValue: outcome) }
    public var releaseMode: ReleaseMode? { ReleaseMode(rawValue: outcome) }
    /// Red channel, or sampled: an inspection result is needed before release.
    public var requiresInspection: Bool { channel == .red || sampled == true }
}

public enum RiskEngine {
    public static func evaluate(_ rules: [RiskRule], facts: RiskFacts, agency: Agency, seed: UInt64) -> RiskVerdict {
        var generator = SeededGenerator(seed: seed)
        var hits: [RiskVerdict.Hit] = []
        for rule in rules.filter({ $0.agency == agency && $0.active }).sorted(by: { $0.key < $1.key }) where rule.matches(facts) {
            var draw: Int?
            if rule.selectBasisPoints < 10_000 { draw = generator.basisPoint() }
            let selected = draw.map { $0 < rule.selectBasisPoints } ?? true
            hits.append(.init(ruleID: rule.id, ruleKey: rule.key, ruleVersion: rule.version, outcome: rule.outcome,
                              selectBasisPoints: rule.selectBasisPoints, draw: draw, selected: selected, decisive: false))
        }
        let byKey = Dictionary(rules.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var verdict = RiskVerdict(agency: agency, outcome: "", hits: hits, seed: seed, samplingBasisPoints: 0)
        let selected = hits.indices.filter { hits[$0].selected }
        if agency == .customs {
            // The most severe channel any selected rule asks for; green when none does.
            let channel = selected.compactMap { Channel(rawValue: hits[$0].outcome) }.max() ?? .green
            verdict.outcome = channel.rawValue
            for i in selected where hits[i].outcome == channel.rawValue { verdict.hits[i].decisive = true }
        } else {
            // The highest-priority selected rule; equal priorities go to the more demanding mode.
            func rank(_ i: Int) -> (Int, Int) {
                (byKey[hits[i].ruleKey]?.priority ?? 0, ReleaseMode(rawValue: hits[i].outcome)?.weight ?? 0)
            }
            if let best = selected.max(by: { rank($0) < rank($1) }) {
                verdict.outcome = hits[best].outcome
                verdict.hits[best].decisive = true
                if hits[best].outcome == ReleaseMode.samplingRelease.rawValue {
                    let rate = byKey[hits[best].ruleKey]?.samplingBasisPoints ?? 0
                    let draw = generator.basisPoint()
                    verdict.samplingBasisPoints = rate
                    verdict.samplingDraw = draw
                    verdict.sampled = draw < rate
                }
            } else {
                verdict.outcome = ReleaseMode.declarationRelease.rawValue
            }
        }
        return verdict
    }

    /// Re-runs the draws of a stored verdict from its seed: the same hits, in the same order,
    /// must draw the same numbers and select the same way.
    public static func replay(_ stored: RiskVerdict) -> Bool {
        var generator = SeededGenerator(seed: stored.seed)
        for hit in stored.hits {
            guard hit.selectBasisPoints < 10_000 else {
                if hit.draw != nil || !hit.selected { return false }
                continue
            }
            let draw = generator.basisPoint()
            guard hit.draw == draw, hit.selected == (draw < hit.selectBasisPoints) else { return false }
        }
        if let sampled = stored.sampled {
            let draw = generator.basisPoint()
            guard stored.samplingDraw == draw, sampled == (draw < stored.samplingBasisPoints) else { return false }
        }
        return true
    }
}
