import Foundation
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
    static let rules = DeclarationReviewRules()

    // MARK: - Claims

    /// Takes the lane so no other officer reviews it. Claiming one's own claim again is a no-op.
    @discardableResult
    public static func claim(_ ws: Workspace, declarationID: Int64, expectedVersion: Int64, by actor: Operator) throws -> Lane {
        let agency = try officerAgency(actor)
        let now = ws.now()
        return try ws.db.write {
            let lane = try laneOf(ws.db, declarationID, agency)
            if let holder = lane.claimedBy {
                if holder == actor.id { return lane }
                throw ReviewError.claimedByOther(declarationID: declarationID, agency: agency, by: holder)
            }
            try requireSeen(lane, expectedVersion, declarationID)
            let target = try nextState(lane, .claim, declarationID)
            return try move(ws.db, lane, to: target, action: .claim, claimedBy: .some(actor.id), at: now, by: actor, declarationID)
        }
    }

    /// Hands the lane back to the queue.
    @discardableResult
    public static func unclaim(_ ws: Workspace, declarationID: Int64, expectedVersion: Int64, by actor: Operator) throws -> Lane {
        let agency = try officerAgency(actor)
        let now = ws.now()
        return try ws.db.write {
            let lane = try heldLane(ws.db, declarationID, agency, actor, expectedVersion)
            let target = try nextState(lane, .unclaim, declarationID)
            return try move(ws.db, lane, to: target, action: .unclaim, claimedBy: .some(nil), at: now, by: actor, declarationID)
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
            let lane = try heldLane(ws.db, declarationID, agency, actor, expectedVersion)
            let target = try nextState(lane, decision.action, declarationID)
            let d = try Declarations.existing(ws.db, declarationID)
            switch decision {
            case let .returnForCorrection(reason):
                let reason = try required(reason, "reason")
                // The declarations pane owns the return (status, amendment); the claim stays, so
                // whoever asked for the correction checks it when the new revision comes back.
                _ = try Declarations.markReturned(ws, id: declarationID, agency: agency, reason: reason, by: actor)
                return ReviewOutcome(lane: try laneOf(ws.db, declarationID, agency), jointInspection: nil, declarationReleased: false)

            case let .orderInspection(instruction):
                guard !instruction.items.isEmpty else { throw ReviewError.missing("instruction") }
                let moved = try move(ws.db, lane, to: target, action: .orderInspection, message: instruction.text,
                                     detail: ["instruction": instruction.text], at: now, by: actor, declarationID)
                let joint = try JointInspections.order(ws.db, declaration: d, agency: agency, instruction: instruction, at: now)
                return ReviewOutcome(lane: moved, jointInspection: joint, declarationReleased: false)

            case let .recordResult(result):
                let result = try required(result, "result")
                guard let joint = try JointInspections.find(ws.db, declarationID: d.id, revision: d.revision), joint.isBooked else {
                    throw ReviewError.notBooked(declarationID: declarationID)
                }
                try requireAppointmentStarted(ws.db, joint, now: now, declarationID)
                let moved = try move(ws.db, lane, to: target, action: .recordResult, message: result,
                                     detail: ["result": result, "inspected": "1"], at: now, by: actor, declarationID)
                try JointInspections.recordResult(ws.db, joint, agency: agency, result: result, by: actor, at: now)
                return ReviewOutcome(lane: moved, jointInspection: try JointInspections.find(ws.db, declarationID: d.id, revision: d.revision),
                                     declarationReleased: false)

            case let .assessDuty(amount, currency):
                try requireInspectedIfSelected(lane, declarationID)
                try requireDutiable(ws.db, d)
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
                let moved = try move(ws.db, lane, to: target, action: .assessDuty, message: text,
                                     detail: ["duty": text, "duty_cny": DutyRates.format(cny)], at: now, by: actor, declarationID)
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
                try requireDutiable(ws.db, d)
                let moved = try move(ws.db, lane, to: target, action: .guarantee, message: recorded.text,
                                     detail: recorded.detail, at: now, by: actor, declarationID)
                return ReviewOutcome(lane: moved, jointInspection: nil, declarationReleased: false)

            case .release:
                try requireInspectedIfSelected(lane, declarationID)
                if agency == .customs { try requireDutySettled(ws.db, lane, d, today: ChinaTime.day(now)) }
                let moved = try move(ws.db, lane, to: target, action: .release, at: now, by: actor, declarationID)
                let released = try DeclarationRelease.releaseIfComplete(ws.db, declarationID: declarationID, revision: d.revision,
                                                                        at: now, by: actor)
                return ReviewOutcome(lane: moved, jointInspection: nil, declarationReleased: released)

            case let .reject(reason):
                let reason = try required(reason, "reason")
                let moved = try move(ws.db, lane, to: target, action: .reject, message: reason, detail: ["reason": reason],
                                     at: now, by: actor, declarationID)
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
            let target = try nextState(lane, .pay, declarationID)
            var moved = try move(ws.db, lane, to: target, action: .pay, message: lane.detail["duty"] ?? "",
                                 detail: ["paid_at": Timestamp.string(now)], at: now, by: actor, declarationID)
            var released = false
            if moved.detail["channel"] == Channel.green.rawValue {
                moved = try move(ws.db, moved, to: .released, action: .release, message: "green channel: released on payment",
                                 at: now, by: .system, declarationID)
                released = try DeclarationRelease.releaseIfComplete(ws.db, declarationID: declarationID, revision: d.revision,
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
            var lanes: [Lane] = []
            for lane in try Lanes.lanes(ws.db, kind: .declaration, caseID: String(declarationID)) {
                guard let state = ReviewState(rawValue: lane.state), !state.isFinal else { lanes.append(lane); continue }
                lanes.append(try move(ws.db, lane, to: .withdrawn, action: .withdraw, message: reason, at: now, by: actor, declarationID))
            }
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

    /// The lane, if the actor holds the claim on it and it is still the version the actor saw.
    private static func heldLane(_ db: Database, _ declarationID: Int64, _ agency: Agency, _ actor: Operator,
                                 _ expectedVersion: Int64) throws -> Lane {
        let lane = try laneOf(db, declarationID, agency)
        guard let holder = lane.claimedBy else { throw ReviewError.notClaimed(declarationID: declarationID, agency: agency) }
        guard holder == actor.id else { throw ReviewError.claimedByOther(declarationID: declarationID, agency: agency, by: holder) }
        try requireSeen(lane, expectedVersion, declarationID)
        return lane
    }

    private static func requireSeen(_ lane: Lane, _ expectedVersion: Int64, _ declarationID: Int64) throws {
        guard lane.version == expectedVersion else {
            throw ReviewError.stale(declarationID: declarationID, agency: lane.agency, seen: expectedVersion, now: lane.version)
        }
    }

    private static func nextState(_ lane: Lane, _ action: ReviewAction, _ declarationID: Int64) throws -> ReviewState {
        guard let from = ReviewState(rawValue: lane.state), let to = rules.next(from: from, action: action, agency: lane.agency) else {
            throw ReviewError.notAllowed(declarationID: declarationID, agency: lane.agency, state: lane.state, action: action.rawValue)
        }
        return to
    }

    /// Red channel and sampled declarations were selected for inspection: no duty and no
    /// release until an inspection result is recorded.
    private static func requireInspectedIfSelected(_ lane: Lane, _ declarationID: Int64) throws {
        if lane.detail["inspection_required"] == "1" && lane.detail["inspected"] != "1" {
            throw ReviewError.inspectionRequired(declarationID: declarationID, agency: lane.agency)
        }
    }

    /// Customs releases a dutiable declaration only when its duty is assessed and paid, or under a
    /// guarantee still valid today — on every channel. Duty-free or zero-rated: nothing to settle.
    private static func requireDutySettled(_ db: Database, _ lane: Lane, _ d: Declaration, today: String) throws {
        guard try DutyRates.liability(db, d).isDutiable, lane.state != ReviewState.dutiesPaid.rawValue else { return }
        guard let guarantee = DutyGuarantee.recorded(on: lane) else { throw ReviewError.dutyUnpaid(declarationID: d.id) }
        guard guarantee.isValid(on: today) else {
            throw ReviewError.guaranteeExpired(declarationID: d.id, number: guarantee.number, validUntil: guarantee.validUntil)
        }
    }

    private static func requireDutiable(_ db: Database, _ d: Declaration) throws {
        switch try DutyRates.liability(db, d) {
        case .dutiable: return
        case let .dutyFreeLevyNature(levy): throw ReviewError.dutyFree(declarationID: d.id, levyNature: levy)
        case .zeroRate: throw ReviewError.dutyFree(declarationID: d.id, levyNature: nil)
        }
    }

    /// No inspection result before the booked appointment begins (by the workspace clock).
    private static func requireAppointmentStarted(_ db: Database, _ joint: JointInspection, now: Date, _ declarationID: Int64) throws {
        guard let slotID = joint.slotID, let slot = try InspectionSlots.slot(db, id: slotID),
              let start = ChinaTime.instant(day: slot.day, time: slot.start) else { return }
        if now < start { throw ReviewError.beforeAppointment(declarationID: declarationID, slot: "\(slot.day) \(slot.start)") }
    }

    private static func required(_ text: String, _ name: String) throws -> String {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { throw ReviewError.missing(name) }
        return trimmed
    }

    /// One lane move through `Lanes.transition`, with a store-level staleness turned into the
    /// officer's wording.
    static func move(_ db: Database, _ lane: Lane, to state: ReviewState, action: ReviewAction, message: String = "",
                     detail: [String: String] = [:], claimedBy: String?? = .none, at now: Date, by actor: Operator,
                     _ declarationID: Int64) throws -> Lane {
        do {
            return try Lanes.transition(db, laneID: lane.id, expectedVersion: lane.version, to: state.rawValue,
                                        action: action.rawValue, message: message, detail: detail, claimedBy: claimedBy,
                                        at: now, by: actor)
        } catch let DatabaseError.staleVersion(_, _, expected, found) {
            throw ReviewError.stale(declarationID: declarationID, agency: lane.agency, seen: expected, now: found)
        }
    }
}
