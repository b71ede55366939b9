import Foundation
import Store
import TextWidth

/// What one decision changed, for the pane to show without a second query.
public struct ReviewOutcome: Equatable, Sendable {
    public var lane: Lane
    /// The joint inspection this decision created, joined or recorded on.
    public var jointInspection: JointInspection?
    /// True when this decision was the last release and the declaration is now released.
    public var declarationReleased: Bool
}

/// The officers' actions on declaration lanes. Every action: the officer acts for the lane's
/// agency only; claims before deciding; names the lane version it loaded (a queue row's or
/// `ReviewCases.show`'s `lane.version`), so a decision on something that moved since is refused,
/// never applied on top; and is written with its lane event and audit entry in one transaction.
public enum Review {
    /// The declaration rule set under the one lane engine.
    public static let engine = LaneEngine(DeclarationRuleSet())

    // MARK: - Claims

    /// Takes the lane so no other officer reviews it. Claiming one's own claim again is a no-op.
    @discardableResult
    public static func claim(_ ws: Workspace, declarationID: Int64, expectedVersion: Int64, by actor: Operator) throws -> Lane {
        try claimAction(.claim, ws, declarationID, expectedVersion, actor)
    }

    /// Hands the lane back to the queue.
    @discardableResult
    public static func unclaim(_ ws: Workspace, declarationID: Int64, expectedVersion: Int64, by actor: Operator) throws -> Lane {
        try claimAction(.unclaim, ws, declarationID, expectedVersion, actor)
    }

    /// Claim or unclaim: the engine's action on the officer's own agency's lane of the declaration.
    private static func claimAction(_ action: DeclarationRuleSet.Action, _ ws: Workspace, _ declarationID: Int64,
                                    _ expectedVersion: Int64, _ actor: Operator) throws -> Lane {
        let agency = try officerAgency(actor)
        let now = ws.now()
        return try ws.db.write {
            _ = try laneOf(ws.db, declarationID, agency)
            return try engine.decide(ws.db, at: now, caseID: String(declarationID), agency: agency, action: action,
                                     expectedVersion: expectedVersion, by: actor).lane
        }
    }

    // MARK: - Decisions

    /// Applies an officer's decision to the lane the officer has claimed.
    @discardableResult
    public static func decide(_ ws: Workspace, declarationID: Int64, expectedVersion: Int64, decision: ReviewDecision,
                              by actor: Operator) throws -> ReviewOutcome {
        let agency = try officerAgency(actor)
        let now = ws.now()
        return try ws.db.write {
            let lane = try laneOf(ws.db, declarationID, agency)
            // The engine's checks first (claim, version, rule), then this pane's own facts.
            try check(decision.action, lane, ws.db, actor, now, expectedVersion)
            let d = try Declarations.existing(ws.db, declarationID)
            func move(_ action: ReviewAction, message: String = "", detail: [String: String] = [:]) throws -> LaneDecision {
                try engine.decide(ws.db, at: now, caseID: String(declarationID), agency: agency, action: action,
                                  expectedVersion: expectedVersion, message: message, detail: detail, by: actor)
            }
            switch decision {
            case let .returnForCorrection(reason):
                let reason = try required(reason, "reason")
                // The declarations pane owns the return (status, amendment); the claim stays, so
                // whoever asked for the correction checks it when the new revision comes back.
                _ = try Declarations.markReturned(ws, id: declarationID, agency: agency, reason: reason, by: actor)
                return ReviewOutcome(lane: try laneOf(ws.db, declarationID, agency), jointInspection: nil, declarationReleased: false)

            case let .orderInspection(instruction):
                guard !instruction.items.isEmpty else { throw ReviewError.missing("instruction") }
                let moved = try move(.orderInspection, message: instruction.text, detail: ["instruction": instruction.text]).lane
                let joint = try JointInspections.order(ws.db, declaration: d, agency: agency, instruction: instruction, at: now)
                return ReviewOutcome(lane: moved, jointInspection: joint, declarationReleased: false)

            case let .recordResult(result):
                let result = try required(result, "result")
                // Booked and begun: the rule set's guards, checked above.
                guard let joint = try JointInspections.find(ws.db, declarationID: d.id, revision: d.revision), joint.isBooked else {
                    throw ReviewError.notBooked(declarationID: declarationID)
                }
                let moved = try move(.recordResult, message: result, detail: ["result": result, "inspected": "1"]).lane
                try JointInspections.recordResult(ws.db, joint, agency: agency, result: result, by: actor, at: now)
                return ReviewOutcome(lane: moved, jointInspection: try JointInspections.find(ws.db, declarationID: d.id, revision: d.revision),
                                     declarationReleased: false)

            case let .assessDuty(amount, currency):
                // In CNY, at the exchange rates of the declaration's date (计征汇率).
                let day = DutyRates.declarationDay(d, now: now)
                let cny: Decimal
                if let amount {
                    guard amount >= 0 else { throw DomainError.invalid([Problem("amount", "problem.notNumber", ["\(amount)"])]) }
                    let code = (currency ?? "CNY").trimmed.uppercased()
                    cny = try DutyRates.toCNY(ws.db, amount: amount, currency: code.isEmpty ? "CNY" : code, on: day)
                } else {
                    cny = try DutyRates.assess(ws.db, d, on: day).total
                }
                let text = DutyAssessment.text(cny)
                let moved = try move(.assessDuty, message: text, detail: ["duty": text, "duty_cny": DutyRates.format(cny)]).lane
                return ReviewOutcome(lane: moved, jointInspection: nil, declarationReleased: false)

            case let .recordGuarantee(guarantee):
                let number = try required(guarantee.number, "number")
                var problems: [Problem] = []
                if guarantee.amount <= 0 { problems.append(Problem("amount", "review.guaranteeAmount", [DutyRates.format(guarantee.amount)])) }
                if !InspectionSlots.isDay(guarantee.validUntil) { problems.append(Problem("until", "problem.notDate", [guarantee.validUntil])) }
                guard problems.isEmpty else { throw DomainError.invalid(problems) }
                let recorded = DutyGuarantee(number: number, amount: DutyRates.round(guarantee.amount), validUntil: guarantee.validUntil)
                guard recorded.isValid(on: ChinaTime.day(now)) else {
                    throw ReviewError.guaranteeExpired(declarationID: declarationID, number: number, validUntil: recorded.validUntil)
                }
                let moved = try move(.guarantee, message: recorded.text, detail: recorded.detail).lane
                return ReviewOutcome(lane: moved, jointInspection: nil, declarationReleased: false)

            case .release:
                let moved = try move(.release)
                let released = try moved.reached
                    && DeclarationRelease.record(ws.db, declarationID: declarationID, revision: d.revision, lanes: moved.lanes,
                                                 at: now, by: actor)
                return ReviewOutcome(lane: moved.lane, jointInspection: nil, declarationReleased: released)

            case let .reject(reason):
                let reason = try required(reason, "reason")
                let moved = try move(.reject, message: reason, detail: ["reason": reason]).lane
                return ReviewOutcome(lane: moved, jointInspection: nil, declarationReleased: false)
            }
        }
    }

    // MARK: - The broker's side

    /// The broker pays the duty due (the bank's receipt arrives out of band). A green-channel
    /// declaration needs no officer after that: the system releases its customs lane.
    @discardableResult
    public static func pay(_ ws: Workspace, declarationID: Int64, by actor: Operator) throws -> ReviewOutcome {
        try Authority.require(actor, "declaration.pay", roles: [.broker])
        let now = ws.now()
        return try ws.db.write {
            let d = try Declarations.load(ws, id: declarationID, by: actor)
            let lane = try laneOf(ws.db, declarationID, .customs)
            let caseID = String(declarationID)
            var moved = try engine.decide(ws.db, at: now, caseID: caseID, agency: .customs, action: .pay, expectedVersion: lane.version,
                                          message: lane.detail["duty"] ?? "", detail: ["paid_at": Timestamp.string(now)], by: actor).lane
            var released = false
            if moved.detail["channel"] == Channel.green.rawValue {
                let release = try engine.decide(ws.db, at: now, caseID: caseID, agency: .customs, action: .release,
                                                expectedVersion: moved.version, message: "green channel: released on payment", by: .system)
                moved = release.lane
                released = try release.reached
                    && DeclarationRelease.record(ws.db, declarationID: declarationID, revision: d.revision, lanes: release.lanes,
                                                 at: now, by: .system)
            }
            // The broker is told the lane's state, not its channel (DeclarantView).
            return ReviewOutcome(lane: DeclarantView.redact(moved), jointInspection: nil, declarationReleased: released)
        }
    }

    /// The broker withdraws a declaration not yet released: every open lane ends, a booked
    /// inspection place is given back.
    @discardableResult
    public static func withdraw(_ ws: Workspace, declarationID: Int64, reason: String, by actor: Operator) throws -> [Lane] {
        try Authority.require(actor, "declaration.withdraw", roles: [.broker])
        let reason = try required(reason, "reason")
        let now = ws.now()
        return try ws.db.write {
            _ = try Declarations.load(ws, id: declarationID, by: actor)
            if try DeclarationRelease.releasedAt(ws.db, declarationID: declarationID) != nil {
                throw ReviewError.alreadyReleased(declarationID: declarationID)
            }
            // One case action: every open lane ends, each with its event and audit entry.
            try engine.decideCase(ws.db, at: now, caseID: String(declarationID), action: .withdraw, message: reason, by: actor)
            let lanes = try Lanes.lanes(ws.db, kind: .declaration, caseID: String(declarationID))
            if let joint = try JointInspections.current(ws.db, declarationID: declarationID) {
                try InspectionSlots.release(ws.db, joint)
            }
            return lanes.map(DeclarantView.redact)
        }
    }

    // MARK: - Checks

    /// The agency an officer acts for on declarations: customs or inspection, nothing else.
    static func officerAgency(_ actor: Operator) throws -> Agency {
        switch actor.role {
        case .customsOfficer where actor.agency == .customs || actor.agency == .none: return .customs
        case .inspectionOfficer where actor.agency == .inspection || actor.agency == .none: return .inspection
        default: throw ReviewError.wrongAgency(operatorID: actor.id, agency: actor.agency)
        }
    }

    static func laneOf(_ db: Database, _ declarationID: Int64, _ agency: Agency) throws -> Lane {
        guard let lane = try Lanes.lane(db, kind: .declaration, caseID: String(declarationID), agency: agency) else {
            throw ReviewError.noLane(declarationID: declarationID, agency: agency)
        }
        return lane
    }

    /// The engine over the declaration's facts (duty, the booked inspection), so its guards
    /// judge what `decide` will.
    public static func caseEngine(_ db: Database, declarationID: Int64) throws -> LaneEngine<DeclarationRuleSet> {
        LaneEngine(DeclarationRuleSet(facts: try DeclarationCaseFacts.load(db, declarationID: declarationID)))
    }

    /// The officer's actions on the declaration now, each available or with its reason.
    public static func availableActions(_ ws: Workspace, declarationID: Int64, by actor: Operator) throws -> [AvailableAction<ReviewAction>] {
        try caseEngine(ws.db, declarationID: declarationID).availableActions(ws.db, actor: actor, caseID: String(declarationID), now: ws.now())
    }

    /// The review's own refusal for a guard's reason, worded as before the guards moved into the
    /// rule set (the commands print these and scripts read them); nil for the engine's reasons.
    public static func error(for reason: LaneReason, declarationID: Int64, agency: Agency) -> ReviewError? {
        let args = reason.arguments
        func arg(_ i: Int) -> String { i < args.count ? args[i] : "" }
        switch reason.key {
        case "lane.reason.inspectionFirst": return .inspectionRequired(declarationID: declarationID, agency: agency)
        case "review.reason.dutyUnpaid": return .dutyUnpaid(declarationID: declarationID)
        case "review.reason.guaranteeExpired": return .guaranteeExpired(declarationID: declarationID, number: arg(0), validUntil: arg(1))
        case "review.reason.dutyFree": return .dutyFree(declarationID: declarationID, levyNature: arg(0))
        case "review.reason.zeroRate": return .dutyFree(declarationID: declarationID, levyNature: nil)
        case "review.reason.notBooked": return .notBooked(declarationID: declarationID)
        case "review.reason.beforeAppointment": return .beforeAppointment(declarationID: declarationID, slot: arg(0))
        default: return nil
        }
    }

    /// The engine's refusal for `action` on the lane; a guard of the review's own is thrown as
    /// its `ReviewError` (same text, same exit code as before).
    private static func check(_ action: ReviewAction, _ lane: Lane, _ db: Database, _ actor: Operator, _ now: Date,
                              _ expectedVersion: Int64) throws {
        let declarationID = Int64(lane.caseID) ?? 0
        let lanes = try Lanes.lanes(db, kind: .declaration, caseID: lane.caseID)
        let rules = try caseEngine(db, declarationID: declarationID)
        guard let refusal = rules.refusal(action, lane: lane, lanes: lanes, actor: actor, now: now, expectedVersion: expectedVersion) else {
            return
        }
        if case let .notAllowed(_, _, _, reason) = refusal, let error = error(for: reason, declarationID: declarationID, agency: lane.agency) {
            throw error
        }
        throw refusal
    }

    private static func required(_ text: String, _ name: String) throws -> String {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { throw ReviewError.missing(name) }
        return trimmed
    }
}
