import Foundation

/// What only a training database allows: moving the shared clock and switching operator.
extension Workspace {
    /// Moves this database's clock so that it reads `date` now and keeps ticking from there.
    /// Trainers only; stored in `meta` and audited in one transaction.
    public func moveClock(to date: Date, by actor: Operator) throws {
        try requireTraining("moving the clock")
        try Authority.require(actor, "move the clock", roles: [.trainer])
        // Whole milliseconds, so the stored text and the timestamps agree.
        let newOffset = (date.timeIntervalSince(base.now()) * 1000).rounded() / 1000
        try storeOffset(newOffset, action: "clock.move", by: actor)
    }

    /// Refuses, as moving it would, anyone but a trainer or a production database: reading the
    /// training clock from a script (`clock show`) asks the same as moving it.
    public func requireClockAuthority(by actor: Operator) throws {
        try requireTraining("the training clock")
        try Authority.require(actor, "move the clock", roles: [.trainer])
    }

    /// Puts the clock back to real time.
    public func resetClock(by actor: Operator) throws {
        try requireTraining("resetting the clock")
        try Authority.require(actor, "reset the clock", roles: [.trainer])
        try storeOffset(0, action: "clock.reset", by: actor)
    }

    /// Acts as another operator from now on (a trainer demonstrating each role, a trainee
    /// switching back). Audited under the operator switching away.
    @discardableResult
    public func switchOperator(to id: String, current: Operator) throws -> Operator {
        try requireTraining("switching operator")
        guard let target = try Operators.find(db, id) else { throw IdentityError.unknownOperator(id: id) }
        guard target.active else { throw IdentityError.inactive(id: id) }
        try db.write {
            try AuditLog.append(db, at: now(), by: current, action: "operator.switch", entity: "operator",
                                entityID: target.id, before: current.id, after: target.id)
        }
        return target
    }

    /// Who is at this terminal, by the rules of this database's kind (see `Identity.resolve`).
    public func resolveOperator(asID: String?, login: OSLogin) throws -> Operator {
        try Identity.resolve(db, asID: asID, login: login, kind: kind)
    }

    private func requireTraining(_ what: String) throws {
        guard kind == .training else { throw DomainError.trainingOnly(what) }
    }

    private func storeOffset(_ newOffset: TimeInterval, action: String, by actor: Operator) throws {
        let before = now()
        let after = base.now().addingTimeInterval(newOffset)
        try db.write {
            try Meta.set(db, Meta.clockOffsetSeconds, String(newOffset))
            try AuditLog.append(db, at: before, by: actor, action: action, entity: "clock", entityID: "training",
                                before: Timestamp.string(before), after: Timestamp.string(after))
        }
        setOffset(newOffset)
    }
}
