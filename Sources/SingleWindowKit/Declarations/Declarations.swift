import Foundation
import Store
import TextWidth

/// The declaration actions. Each takes the workspace and the acting operator, checks authority,
/// validates where it must, writes in one transaction together with its one audit entry, and
/// returns the new value or a typed error (`DomainError`, `DatabaseError.staleVersion`).
public enum Declarations {
    static let entity = "declaration"

    // MARK: - Drafts

    /// Saves new content as a draft, valid or not: nothing typed is lost. A broker's draft is
    /// its own; a trader's stays with the trader until handed to a broker.
    public static func createDraft(_ ws: Workspace, _ content: Declaration, by actor: Operator) throws -> Declaration {
        try Authority.require(actor, "declaration.create", roles: [.broker, .trader])
        if let tooMany = Declaration.goodsLimitProblem(content) { throw DomainError.invalid([tooMany]) }
        let now = ws.now()
        return try ws.db.write {
            let saved = try insertDraft(ws.db, content, by: actor, at: now)
            try AuditLog.append(ws.db, at: now, by: actor, action: "declaration.create", entity: entity,
                                entityID: String(saved.id), before: try AuditRowStamp.declaration(ws.db, saved.id, before: ""),
                                after: summary(saved))
            return saved
        }
    }

    /// Saves edits to a draft whatever their validity. Refused when someone saved since
    /// `draft.version` was read (`staleVersion`), and once submitted (read-only).
    public static func saveDraft(_ ws: Workspace, _ draft: Declaration, by actor: Operator) throws -> Declaration {
        try Authority.require(actor, "declaration.save", roles: [.broker, .trader])
        if let tooMany = Declaration.goodsLimitProblem(draft) { throw DomainError.invalid([tooMany]) }
        let now = ws.now()
        return try ws.db.write {
            let stored = try existing(ws.db, draft.id)
            // Ids start over when a trainer resets the database in place: a form opened before the
            // reset must not write over whichever draft now has its id. The creation stamp tells.
            if draft.createdAt != Date(timeIntervalSince1970: 0), Timestamp.string(draft.createdAt) != Timestamp.string(stored.createdAt) {
                throw DomainError.notFound(entity: entity, id: String(draft.id))
            }
            try DeclarationAccess.requireEditable(actor, stored, "declaration.save")
            let saved = try DeclarationStore.update(ws.db, merged(stored, draft, by: actor, at: now))
            try AuditLog.append(ws.db, at: now, by: actor, action: "declaration.save", entity: entity,
                                entityID: String(saved.id),
                                before: try AuditRowStamp.declaration(ws.db, saved.id, before: "v\(draft.version)"), after: summary(saved))
            return saved
        }
    }

    /// Every problem with the declaration as it stands (nothing is written).
    public static func validate(_ ws: Workspace, _ d: Declaration, by actor: Operator) throws -> [Problem] {
        try Authority.require(actor, "declaration.validate", roles: [.broker, .trader, .trainer])
        if d.id != 0 { try DeclarationAccess.requireVisible(actor, try existing(ws.db, d.id), "declaration.validate") }
        return try DeclarationValidator(reference: DeclarationReference(db: ws.db)).validate(d)
    }

    /// Notices that do not stop a draft: the B/L against the shared manifest (they stop the
    /// submission too where the database is set to block).
    public static func warnings(_ ws: Workspace, _ d: Declaration) throws -> [Problem] {
        try ManifestCrossCheck.problems(ws.db, d)
    }

    /// Why `scope` cannot be chosen for this content (法检 goods cannot go customs-only); the form
    /// calls it when the declarant changes the scope.
    public static func scopeProblems(_ ws: Workspace, _ d: Declaration, scope: DeclarationScope) throws -> [Problem] {
        try DeclarationValidator(reference: DeclarationReference(db: ws.db)).scopeProblems(d, scope: scope)
    }

    /// What a submission of `d` would send to each agency, for the confirm dialog.
    public static func plan(_ ws: Workspace, _ d: Declaration) throws -> SubmissionPlan {
        var plan = try SubmissionPlan.make(d, reference: DeclarationReference(db: ws.db))
        plan.warnings = try QualificationCheck.warnings(ws.db, d, at: ws.now())
        return plan
    }

    // MARK: - Submission

    /// Saves the content and submits it in one step, if it is valid: assigns the 18-digit number
    /// (kept on resubmission after an amendment), records the revision as sent, and opens one
    /// lane per agency in scope in state "received". After this the declaration is read-only.
    /// Only the broker submits; a trader prepares and hands over.
    public static func submit(_ ws: Workspace, _ d: Declaration, by actor: Operator) throws -> Declaration {
        try Authority.require(actor, "declaration.submit", roles: [.broker])
        let now = ws.now()
        return try ws.db.write {
            let stored = try existing(ws.db, d.id)
            try DeclarationAccess.requireEditable(actor, stored, "declaration.submit")
            guard stored.version == d.version else {
                throw DatabaseError.staleVersion(table: entity, id: String(d.id), expected: d.version, found: stored.version)
            }
            let saved = try submitLoaded(ws.db, merged(stored, d, by: actor, at: now),
                                         reference: DeclarationReference(db: ws.db), by: actor, at: now)
            try AuditLog.append(ws.db, at: now, by: actor, action: "declaration.submit", entity: entity,
                                entityID: String(saved.id), before: try AuditRowStamp.declaration(ws.db, saved.id, before: stored.status.rawValue),
                                after: "\(saved.number ?? "") r\(saved.revision) \(saved.scope.rawValue)")
            return saved
        }
    }

    /// Validates and submits content already merged (shared with the importer's `submit: true`).
    /// Call inside a write transaction.
    static func submitLoaded(_ db: Database, _ d: Declaration, reference: DeclarationReference,
                             by actor: Operator, at now: Date) throws -> Declaration {
        var problems = try DeclarationValidator(reference: reference).validate(d)
        if try ManifestCrossCheck.mode(db) == .block {
            problems += try ManifestCrossCheck.problems(db, d)
        }
        // Admin: the broker's customs registration and the trader's foreign-trade filing.
        problems += try QualificationCheck.problems(db, d, at: now)
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        var next = d
        if next.number == nil {
            next.number = try DeclarationNumbering.next(db, district: d.customsDistrict,
                                                        year: DeclarationNumbering.year(of: now), direction: d.direction)
        }
        next.status = .submitted
        next.submittedAt = now
        next.updatedAt = now
        let saved = next.id == 0 ? try DeclarationStore.insert(db, next) : try DeclarationStore.update(db, next)
        try db.run("""
            INSERT INTO declaration_revision(declaration_id, revision, saved_at, operator_id, reason, snapshot)
            VALUES (?,?,?,?,?,?)
            """, [saved.id, saved.revision, Timestamp.string(now), actor.id, "submitted", DeclarationStore.snapshot(saved)])
        try openLanes(db, saved, by: actor, at: now)
        try RiskAssessment.routeOnReceipt(db, saved, at: now) // review: route the lanes by the risk rules
        return saved
    }

    /// First submission: one lane per agency in scope. Resubmission after an amendment: the
    /// returned lanes go back to "received"; an agency newly in scope gets its lane.
    private static func openLanes(_ db: Database, _ d: Declaration, by actor: Operator, at now: Date) throws {
        let caseID = String(d.id)
        let existingLanes = try Lanes.lanes(db, kind: .declaration, caseID: caseID)
        let missing = d.scope.agencies.filter { agency in !existingLanes.contains { $0.agency == agency } }
        if !missing.isEmpty {
            try Lanes.open(db, kind: .declaration, caseID: caseID, agencies: missing, initialState: ReviewState.received.rawValue,
                           at: now, by: actor)
        }
        // The engine's case action: the system reopens them, the broker's resubmission is recorded.
        let returned = existingLanes.filter { $0.state == ReviewState.returned.rawValue && d.scope.agencies.contains($0.agency) }
        guard !returned.isEmpty else { return }
        let move = LaneEngine<DeclarationRuleSet>.CaseMove(message: "revision \(d.revision)")
        try Review.engine.decideCase(db, at: now, caseID: caseID, action: .resubmit,
                                     moves: Dictionary(uniqueKeysWithValues: returned.map { ($0.agency, move) }),
                                     by: .system, recordedAs: actor)
    }

    // MARK: - Copies and templates

    /// A new draft with the content of an earlier declaration (the trader's reference and the
    /// number are not copied: they identify the original).
    public static func copy(_ ws: Workspace, id: Int64, by actor: Operator) throws -> Declaration {
        try Authority.require(actor, "declaration.copy", roles: [.broker, .trader])
        let now = ws.now()
        return try ws.db.write {
            let source = try existing(ws.db, id)
            try DeclarationAccess.requireVisible(actor, source, "declaration.copy")
            var content = source.asNewDraft()
            content["traderReference"] = ""
            let saved = try insertDraft(ws.db, content, by: actor, at: now)
            try AuditLog.append(ws.db, at: now, by: actor, action: "declaration.copy", entity: entity,
                                entityID: String(saved.id), before: try AuditRowStamp.declaration(ws.db, saved.id, before: "from \(id)"),
                                after: summary(saved))
            return saved
        }
    }

    /// Saves the content (without the trader's reference) as a named template for the actor's
    /// enterprise; a template of the same name is replaced.
    public static func saveTemplate(_ ws: Workspace, _ d: Declaration, name: String, by actor: Operator) throws -> DeclarationTemplate {
        try Authority.require(actor, "declaration.template.save", roles: [.broker, .trader])
        guard let owner = actor.enterpriseID, !owner.isEmpty else {
            throw DomainError.notAuthorized(operatorID: actor.id, action: "declaration.template.save")
        }
        let trimmed = name.trimmed
        guard !trimmed.isEmpty else { throw DomainError.invalid([Problem("template.name", "problem.required")]) }
        let now = ws.now()
        var content = d.asNewDraft()
        content["traderReference"] = ""
        let snapshot = DeclarationStore.snapshot(content)
        return try ws.db.write {
            try ws.db.run("""
                INSERT INTO declaration_template(owner_id, name, direction, scope, snapshot, created_by, created_at)
                VALUES (?,?,?,?,?,?,?)
                ON CONFLICT(owner_id, name) DO UPDATE SET direction = excluded.direction, scope = excluded.scope,
                    snapshot = excluded.snapshot, created_by = excluded.created_by, created_at = excluded.created_at,
                    version = version + 1
                """, [owner, trimmed, content.direction.rawValue, content.scope.rawValue, snapshot, actor.id, Timestamp.string(now)])
            guard let row = try ws.db.queryOne("SELECT * FROM declaration_template WHERE owner_id = ? AND name = ?", [owner, trimmed]) else {
                throw DomainError.notFound(entity: "declaration_template", id: trimmed)
            }
            let template = DeclarationTemplate(row: row)
            try AuditLog.append(ws.db, at: now, by: actor, action: "declaration.template.save", entity: "declaration_template",
                                entityID: String(template.id), after: trimmed)
            return template
        }
    }

    /// The actor's enterprise's templates, by name.
    public static func templates(_ ws: Workspace, by actor: Operator) throws -> [DeclarationTemplate] {
        guard let owner = actor.enterpriseID else { return [] }
        return try ws.db.query("SELECT * FROM declaration_template WHERE owner_id = ? ORDER BY name LIMIT 500", [owner])
            .map(DeclarationTemplate.init(row:))
    }

    /// A new draft from one of the enterprise's templates.
    public static func newFromTemplate(_ ws: Workspace, templateID: Int64, by actor: Operator) throws -> Declaration {
        try Authority.require(actor, "declaration.create", roles: [.broker, .trader])
        let now = ws.now()
        return try ws.db.write {
            guard let row = try ws.db.queryOne("SELECT * FROM declaration_template WHERE id = ?", [templateID]) else {
                throw DomainError.notFound(entity: "declaration_template", id: String(templateID))
            }
            let template = DeclarationTemplate(row: row)
            guard template.ownerID == actor.enterpriseID else {
                throw DomainError.notAuthorized(operatorID: actor.id, action: "declaration.template.use")
            }
            guard let content = DeclarationStore.fromSnapshot(row.string("snapshot") ?? "") else {
                throw DomainError.conflict("template \(templateID) cannot be read")
            }
            let saved = try insertDraft(ws.db, content, by: actor, at: now)
            try AuditLog.append(ws.db, at: now, by: actor, action: "declaration.create", entity: entity,
                                entityID: String(saved.id),
                                before: try AuditRowStamp.declaration(ws.db, saved.id, before: "template \(template.name)"),
                                after: summary(saved))
            return saved
        }
    }

    // MARK: - Trader and broker

    /// The trader hands its prepared draft to its broker: both see it; the broker now edits and
    /// submits it.
    public static func handToBroker(_ ws: Workspace, id: Int64, expectedVersion: Int64, brokerID: String,
                                    by actor: Operator) throws -> Declaration {
        try Authority.require(actor, "declaration.handOver", roles: [.trader])
        let now = ws.now()
        return try ws.db.write {
            var d = try existing(ws.db, id)
            try DeclarationAccess.requireEditable(actor, d, "declaration.handOver")
            guard d.version == expectedVersion else {
                throw DatabaseError.staleVersion(table: entity, id: String(id), expected: expectedVersion, found: d.version)
            }
            guard !brokerID.isEmpty else { throw DomainError.invalid([Problem("brokerID", "problem.required")]) }
            d.brokerID = brokerID
            d.holder = .broker
            return try saveAudited(ws.db, d, id, at: now, by: actor, action: "declaration.handOver",
                                   before: "trader", after: "broker \(brokerID)")
        }
    }

    // MARK: - Return and amendment

    /// An agency returns a submitted declaration for correction (退回修改): its lane goes to
    /// "returned" with the reason, and the declaration may then be amended. The officers' queue
    /// action will call this.
    public static func markReturned(_ ws: Workspace, id: Int64, agency: Agency, reason: String,
                                    by actor: Operator) throws -> Declaration {
        let role: Role = agency == .customs ? .customsOfficer : .inspectionOfficer
        try Authority.require(actor, "declaration.return", roles: [role, .trainer], agency: actor.role == .trainer ? nil : agency)
        let now = ws.now()
        return try ws.db.write {
            var d = try existing(ws.db, id)
            guard d.status == .submitted || d.status == .returned,
                  let lane = try Lanes.lane(ws.db, kind: .declaration, caseID: String(id), agency: agency),
                  lane.state != ReviewState.returned.rawValue else {
                throw DomainError.invalidTransition(entity: entity, id: String(id), from: d.status.rawValue, action: "return")
            }
            try Lanes.transition(ws.db, laneID: lane.id, expectedVersion: lane.version, to: ReviewState.returned.rawValue,
                                 action: "return", message: reason, at: now, by: actor)
            d.status = .returned
            return try saveAudited(ws.db, d, id, at: now, by: actor, action: "declaration.return",
                                   before: "submitted", after: "\(agency.rawValue): \(reason)")
        }
    }

    /// Reopens a returned declaration as a draft for its next revision. The revision as sent
    /// stays in `declaration_revision`; the number stays.
    public static func amend(_ ws: Workspace, id: Int64, expectedVersion: Int64, by actor: Operator) throws -> Declaration {
        try Authority.require(actor, "declaration.amend", roles: [.broker])
        let now = ws.now()
        return try ws.db.write {
            var d = try existing(ws.db, id)
            try DeclarationAccess.requireVisible(actor, d, "declaration.amend")
            guard d.status == .returned else {
                throw DomainError.invalidTransition(entity: entity, id: String(id), from: d.status.rawValue, action: "amend")
            }
            guard d.version == expectedVersion else {
                throw DatabaseError.staleVersion(table: entity, id: String(id), expected: expectedVersion, found: d.version)
            }
            d.status = .draft
            d.revision += 1
            return try saveAudited(ws.db, d, id, at: now, by: actor, action: "declaration.amend",
                                   before: "r\(d.revision - 1) returned", after: "r\(d.revision) draft")
        }
    }

    // MARK: - Reading

    public static func load(_ ws: Workspace, id: Int64, by actor: Operator) throws -> Declaration {
        let d = try existing(ws.db, id)
        try DeclarationAccess.requireVisible(actor, d, "declaration.read")
        return d
    }

    // MARK: - Helpers

    /// Stamps the changed declaration `now`, saves it and appends its one audit entry; the saved record.
    static func saveAudited(_ db: Database, _ changed: Declaration, _ id: Int64, at now: Date, by actor: Operator,
                            action: String, before: String, after: String) throws -> Declaration {
        var d = changed
        d.updatedAt = now
        let saved = try DeclarationStore.update(db, d)
        try AuditLog.append(db, at: now, by: actor, action: action, entity: entity, entityID: String(id),
                            before: try AuditRowStamp.declaration(db, id, before: before), after: after)
        return saved
    }

    static func existing(_ db: Database, _ id: Int64) throws -> Declaration {
        guard let d = try DeclarationStore.load(db, id: id) else { throw DomainError.notFound(entity: entity, id: String(id)) }
        return d
    }

    /// Stamps ownership on new content and inserts it as a draft (no audit: callers add theirs).
    static func insertDraft(_ db: Database, _ content: Declaration, by actor: Operator, at now: Date) throws -> Declaration {
        var d = content
        d.id = 0
        d.number = nil
        d.status = .draft
        d.revision = 1
        d.submittedAt = nil
        d.createdBy = actor.id
        d.createdAt = now
        d.updatedAt = now
        stampParties(&d, actor: actor)
        return try DeclarationStore.insert(db, d)
    }

    /// Content from the editor on top of the stored record's own facts (status, number,
    /// ownership and version stay as stored; the caller's version is the one checked).
    static func merged(_ stored: Declaration, _ edited: Declaration, by actor: Operator, at now: Date) -> Declaration {
        var d = stored
        d.direction = edited.direction
        d.scope = edited.scope
        d.header = edited.header
        d.goods = edited.goods
        d.containers = edited.containers
        d.documents = edited.documents
        d.version = edited.version
        d.updatedAt = now
        stampParties(&d, actor: actor)
        return d
    }

    /// A trader's declarations are its own; a broker's follow the domestic party it names.
    private static func stampParties(_ d: inout Declaration, actor: Operator) {
        switch actor.role {
        case .trader:
            d.traderID = actor.enterpriseID ?? ""
            if d.id == 0 { d.holder = .trader }
        case .broker:
            let uscc = d["traderUSCC"].trimmed.uppercased()
            if !uscc.isEmpty { d.traderID = uscc }
            if d.id == 0 { d.brokerID = actor.enterpriseID ?? ""; d.holder = .broker }
        default:
            break
        }
    }

    static func summary(_ d: Declaration) -> String {
        "\(d.status.rawValue) \(d.direction.rawValue) \(d.scope.rawValue) ref=\(d.traderReference) lines=\(d.goods.count) v\(d.version)"
    }
}

