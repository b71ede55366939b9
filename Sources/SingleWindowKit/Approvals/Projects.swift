import Foundation
import Store

/// Registering projects and reading them with their stages.
public enum Projects {
    /// Who applies for a project: the broker or trader acting for the investor, or the window
    /// taking the application on the investor's behalf.
    static let applicants: Set<Role> = [.broker, .trader, .approvalWindow]

    /// Registers a project and lays out its four stages: stage 1 open (skipped for market land,
    /// which opens stage 2), the others locked.
    @discardableResult
    public static func register(_ ws: Workspace, _ project: Project, by actor: Operator) throws -> Project {
        try Authority.require(actor, "register a project", roles: applicants)
        var p = project
        p.investorID = USCC.normalized(p.investorID)
        let problems = p.problems()
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        let db = ws.db, now = ws.now(), at = Timestamp.string(now)
        return try db.write {
            let year = WorkDay(now).year
            let serial = (try db.queryOne("SELECT count(*) AS n FROM approval_project WHERE id LIKE ?", ["P\(year)-%"])?.int("n") ?? 0) + 1
            p.id = String(format: "P%04d-%04d", year, serial)
            try db.run("""
                INSERT INTO approval_project(id, investor_id, investor_name, name, site, district, industry, investment, currency,
                                             land, contact, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
                """, [p.id, p.investorID, p.investorName, p.name, p.site, p.district, p.industry, p.investment, p.currency,
                      p.land.rawValue, p.contact, at, actor.id])
            for stage in ApprovalStage.allCases {
                let state: StageState = switch stage {
                case .siteAndLand: p.land == .market ? .skipped : .open
                case .projectReview: p.land == .market ? .open : .locked
                default: .locked
                }
                try db.run("INSERT INTO approval_stage(project_id, stage, state, updated_at) VALUES (?,?,?,?)",
                           [p.id, stage.rawValue, state.rawValue, at])
            }
            try AuditLog.append(db, at: now, by: actor, action: "approval.project.register", entity: "approval_project",
                                entityID: p.id, after: "\(p.name) \(p.investorID) \(p.land.rawValue)")
            return p
        }
    }

    public static func find(_ db: Database, _ id: String) throws -> Project? {
        try db.queryOne("SELECT * FROM approval_project WHERE id = ?", [id]).map(Project.init(row:))
    }

    public static func require(_ db: Database, _ id: String) throws -> Project {
        guard let p = try find(db, id) else { throw DomainError.notFound(entity: "project", id: id) }
        return p
    }

    public static func stages(_ db: Database, projectID: String) throws -> [ProjectStage] {
        try db.query("SELECT * FROM approval_stage WHERE project_id = ? ORDER BY stage", [projectID]).map(ProjectStage.init(row:))
    }

    public static func stage(_ db: Database, _ projectID: String, _ stage: ApprovalStage) throws -> ProjectStage {
        guard let row = try db.queryOne("SELECT * FROM approval_stage WHERE project_id = ? AND stage = ?", [projectID, stage.rawValue]) else {
            throw DomainError.notFound(entity: "stage", id: ApprovalCase.id(projectID, stage))
        }
        return ProjectStage(row: row)
    }

    /// A keyset page of the projects `reader` may see (`visible`) by id (after `after`),
    /// `limit` rows; `search` matches the id, the name or the investor.
    public static func page(_ db: Database, after: String? = nil, search: String = "", limit: Int = 50,
                            for reader: Operator) throws -> [Project] {
        let scope = visibility(reader)
        return try db.query("""
            SELECT * FROM approval_project WHERE id > ? AND \(scope.sql)
              AND (? = '' OR id LIKE ? OR name LIKE ? OR investor_name LIKE ? OR investor_id LIKE ?)
            ORDER BY id LIMIT ?
            """, [after ?? ""] + scope.args + [search, "%\(search)%", "%\(search)%", "%\(search)%", "%\(search)%", limit])
            .map(Project.init(row:))
    }

    /// The page before `before` (nil: the last page), in id order.
    public static func page(_ db: Database, before: String?, search: String = "", limit: Int = 50,
                            for reader: Operator) throws -> [Project] {
        let scope = visibility(reader)
        return try db.query("""
            SELECT * FROM approval_project WHERE (? IS NULL OR id < ?) AND \(scope.sql)
              AND (? = '' OR id LIKE ? OR name LIKE ? OR investor_name LIKE ? OR investor_id LIKE ?)
            ORDER BY id DESC LIMIT ?
            """, [before, before] + scope.args + [search, "%\(search)%", "%\(search)%", "%\(search)%", "%\(search)%", limit])
            .map(Project.init(row:)).reversed()
    }

    /// An applicant (a broker or a trader) sees the projects of its own enterprise as investor
    /// and those it registered; the window, the departments and the trainer see them all.
    static func visibility(_ reader: Operator) -> (sql: String, args: [any SQLBindable]) {
        guard reader.role == .broker || reader.role == .trader else { return ("1", []) }
        return ("(investor_id = ? OR created_by = ?)", [reader.enterpriseID ?? "", reader.id])
    }

    /// The project, if `reader` may see it; an applicant asking for another's is refused.
    public static func require(_ db: Database, _ id: String, readableBy reader: Operator) throws -> Project {
        let project = try require(db, id)
        let scope = visibility(reader)
        guard try db.queryOne("SELECT 1 FROM approval_project WHERE id = ? AND \(scope.sql)", [id] + scope.args) != nil else {
            throw DomainError.notAuthorized(operatorID: reader.id, action: "read project \(id)")
        }
        return project
    }

    /// The stage a project is at now: the first not decided nor skipped (nil: all decided).
    public static func current(_ stages: [ProjectStage]) -> ProjectStage? {
        stages.first { $0.state != .decided && $0.state != .skipped }
    }

    /// Moves a stage's record on, against the version the caller saw.
    static func update(_ db: Database, _ stage: ProjectStage, state: StageState, set: [String: any SQLBindable] = [:],
                       at now: Date) throws {
        var assignments = ["state = ?", "version = version + 1", "updated_at = ?"]
        var args: [any SQLBindable] = [state.rawValue, Timestamp.string(now)]
        for (column, value) in set.sorted(by: { $0.key < $1.key }) {
            assignments.append("\(column) = ?")
            args.append(value)
        }
        args += [stage.projectID, stage.stage.rawValue, stage.version]
        let changed = try db.run("UPDATE approval_stage SET \(assignments.joined(separator: ", ")) WHERE project_id = ? AND stage = ? AND version = ?", args)
        guard changed == 1 else { throw DomainError.conflict(Messages.text("approval.stage.stale", [stage.caseID], language: .en)) }
    }
}
