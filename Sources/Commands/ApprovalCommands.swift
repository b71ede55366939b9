import Foundation
import Presentation
import SingleWindowKit

/// `singlewindow approvals …`: the approvals pane without a terminal. Each verb makes the same
/// domain call as the pane's key for it; refusals print the domain's message (exit 1).
enum ApprovalCommands {
    static let verbs: [String: SingleWindowCLI.Command] = [
        "projects": { try guarded(&$0, projects) },
        "register": { try guarded(&$0, register) },
        "show": { try guarded(&$0, show) },
        "apply": { try guarded(&$0, apply) },
        "check": { try guarded(&$0, check) },
        "accept": { try guarded(&$0, accept) },
        "return": { try guarded(&$0, returnApplication) },
        "decide": { try guarded(&$0, decide) },
        "queue": { try guarded(&$0, queue) },
        "tick": { try guarded(&$0, tick) },
        "verify": { try guarded(&$0, ApprovalDecisionCommands.verify) },
        "meeting": { try nested(&$0, "meeting", ApprovalMeetingCommands.verbs) },
        "decision": { try nested(&$0, "decision", ApprovalDecisionCommands.verbs) },
        "calendar": { try nested(&$0, "calendar", ApprovalCalendarCommands.verbs) },
        "warnings": { try nested(&$0, "warnings", ApprovalWarningCommands.verbs) },
        "catalogue": { try nested(&$0, "catalogue", catalogueVerbs) },
    ]

    static let catalogueVerbs: [String: SingleWindowCLI.Command] = ["load": { try guarded(&$0, ApprovalCalendarCommands.loadCatalogue) }]

    /// `approvals meeting close …`: the second word picks the command.
    static func nested(_ context: inout CommandContext, _ name: String, _ verbs: [String: SingleWindowCLI.Command]) throws -> ExitCode {
        guard let verb = context.nextWord(), let command = verbs[verb] else {
            throw UsageError("approvals \(name) needs one of: \(verbs.keys.sorted().joined(separator: ", "))")
        }
        return try command(&context)
    }

    static func guarded(_ context: inout CommandContext, _ body: (inout CommandContext) throws -> ExitCode) throws -> ExitCode {
        try AreaCommandSupport.guarded(&context, lines: ApprovalText.errorLines, failure: { if case LaneError.stale = $0 { true } else { false } }, body)
    }

    static func open(_ context: CommandContext) throws -> (Workspace, Operator) { try AreaCommandSupport.open(context) }

    static func word(_ context: inout CommandContext, _ what: String) throws -> String {
        try AreaCommandSupport.word(&context, "approvals", what)
    }

    /// "P2026-0001/3".
    static func caseWord(_ context: inout CommandContext) throws -> (String, ApprovalStage, String) {
        let text = try word(&context, "PROJECT/STAGE")
        guard let (project, stage) = ApprovalCase.parse(text) else { throw UsageError("\(text) is not PROJECT/STAGE (e.g. P2026-0001/3)") }
        return (project, stage, text)
    }

    static func list(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map(String.init)
    }

    /// `--data "land_area=12000,floors=5"`.
    static func data(_ text: String?) throws -> [String: String] {
        var out: [String: String] = [:]
        for pair in (text ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else { throw UsageError("--data is id=value,id=value, not \(pair)") }
            out[parts[0]] = parts[1]
        }
        return out
    }

    static func required(_ context: CommandContext, _ name: String) throws -> String {
        guard let value = context.arguments.option(name), !value.isEmpty else { throw UsageError("approvals: --\(name) is required") }
        return value
    }

    // MARK: - Projects

    static func projects(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let limit = Int(context.arguments.option("limit") ?? "") ?? 50
        let page = try Projects.page(ws.db, after: context.arguments.option("after"), limit: limit + 1, for: actor)
        let shown = Array(page.prefix(limit))
        let rows = try shown.map { p in (p, try Projects.stages(ws.db, projectID: p.id)) }
        let s = context.strings
        if context.json {
            try context.console.json(rows.map { ApprovalJSON.ProjectOut($0.0, $0.1) })
        } else if rows.isEmpty {
            context.console.print(s[.apCliNoProjects])
        } else {
            context.console.print(TextColumns.line([s[.apColProject], s[.apColName], s[.apColStage], s[.apColState]], widths: [12, 30, 8, 16]))
            for (p, stages) in rows {
                let current = Projects.current(stages)
                context.console.print(TextColumns.line([p.id, p.name, current.map { String($0.stage.rawValue) } ?? "—",
                                                        current.map { ApprovalText.stageState($0.state, s) } ?? s[.apStDecided]],
                                                       widths: [12, 30, 8, 16]))
            }
            if page.count > limit, let last = shown.last { context.console.print(s.format(.apCliNextPage, last.id)) }
        }
        return .success
    }

    static func register(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let a = context.arguments
        guard let land = LandSupply(rawValue: try required(context, "land")) else { throw UsageError("--land is allocated or market") }
        let project = Project(investorID: try required(context, "investor"), investorName: try required(context, "investor-name"),
                              name: try required(context, "name"), site: try required(context, "site"),
                              district: try required(context, "district"), industry: try required(context, "industry"),
                              investment: try required(context, "investment"), currency: a.option("currency") ?? "CNY",
                              land: land, contact: try required(context, "contact"))
        let (ws, actor) = try open(context)
        let p = try Projects.register(ws, project, by: actor)
        if context.json { try context.console.json(ApprovalJSON.ProjectOut(p, try Projects.stages(ws.db, projectID: p.id))) } else {
            context.console.print(context.strings.format(.apCliRegistered, p.id, p.name))
        }
        return .success
    }

    static func show(_ context: inout CommandContext) throws -> ExitCode {
        let id = try word(&context, "PROJECT")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let p = try Projects.require(ws.db, id, readableBy: actor)
        let stages = try Projects.stages(ws.db, projectID: id)
        let lanes = try stages.filter { $0.acceptedDay != nil }.flatMap { try ApprovalQueries.lanes(ws, caseID: $0.caseID) }
        if context.json { try context.console.json(ApprovalJSON.Board(project: .init(p, stages), lanes: lanes.map(ApprovalJSON.LaneOut.init))) } else {
            for line in ApprovalBoardText.lines(p, stages, lanes, try ApprovalCalendar.load(ws.db), today: WorkDay(ws.now()),
                                                context.strings, db: ws.db) {
                context.console.print(line)
            }
        }
        return .success
    }

    // MARK: - The window

    static func apply(_ context: inout CommandContext) throws -> ExitCode {
        let (project, stage, caseID) = try caseWord(&context)
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let record = try ApprovalWindow.apply(ws, projectID: project, stage: stage, optionalItems: list(context.arguments.option("items")),
                                              materials: list(context.arguments.option("materials")),
                                              data: try data(context.arguments.option("data")), by: actor)
        if context.json { try context.console.json(ApprovalJSON.StageOut(record)) } else {
            context.console.print(context.strings.format(.apCliApplied, caseID, record.items.count, record.materials.count))
        }
        return .success
    }

    static func check(_ context: inout CommandContext) throws -> ExitCode {
        let (project, stage, _) = try caseWord(&context)
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        let checks = try ApprovalWindow.check(ws.db, projectID: project, stage: stage)
        let s = context.strings
        if context.json { try context.console.json(checks) } else {
            for c in checks {
                let name = s.language == .zh ? c.material.nameZh : c.material.nameEn
                context.console.print(TextColumns.line([c.material.code, name, c.present ? s[.apPresent] : s[.apMissing], c.items.joined(separator: " ")],
                                                       widths: [4, 40, 8, 24]))
            }
        }
        return checks.allSatisfy(\.present) ? .success : .problems
    }

    static func accept(_ context: inout CommandContext) throws -> ExitCode {
        let (project, stage, caseID) = try caseWord(&context)
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let lanes = try ApprovalWindow.accept(ws, projectID: project, stage: stage, by: actor)
        if context.json { try context.console.json(try ApprovalQueries.lanes(ws, caseID: caseID).map(ApprovalJSON.LaneOut.init)) } else {
            context.console.print(context.strings.format(.apCliAccepted, caseID, lanes.map(\.agency.rawValue).joined(separator: ", ")))
        }
        return .success
    }

    static func returnApplication(_ context: inout CommandContext) throws -> ExitCode {
        let (project, stage, caseID) = try caseWord(&context)
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let missing = context.arguments.option("missing").map(list)
        let record = try ApprovalWindow.returnApplication(ws, projectID: project, stage: stage, missing: missing, by: actor)
        if context.json { try context.console.json(ApprovalJSON.StageOut(record)) } else {
            context.console.print(context.strings.format(.apCliReturned, caseID, record.missing.joined(separator: ", ")))
        }
        return .success
    }

    // MARK: - Departments

    static let decisionWords: [String: ApprovalAction] = [
        "approve": .approve, "conditions": .approveWithConditions, "reject": .reject, "supplements": .requestSupplements,
        "supply": .supply, "bureau-approve": .bureauApprove, "bureau-reject": .bureauReject, "reapply": .reapply,
    ]

    static func decide(_ context: inout CommandContext) throws -> ExitCode {
        let (_, _, caseID) = try caseWord(&context)
        let verb = try word(&context, "approve|conditions|reject|supplements|supply|bureau-approve|bureau-reject|reapply")
        guard let action = decisionWords[verb] else { throw UsageError("approvals decide: \(verb) is not one of \(decisionWords.keys.sorted().joined(separator: ", "))") }
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let department = context.arguments.option("department").map(Agency.init)
            ?? (actor.role == .departmentReviewer ? actor.agency : nil)
        guard let department else { throw UsageError("approvals decide: --department is required") }
        let decision = try DepartmentReview.decide(ws, caseID: caseID, department: department, action: action,
                                                   text: context.arguments.option("text") ?? "",
                                                   items: list(context.arguments.option("items")), by: actor)
        if context.json { try context.console.json(try ApprovalQueries.lanes(ws, caseID: caseID).map(ApprovalJSON.LaneOut.init)) } else {
            context.console.print(context.strings.format(.apCliDecided, caseID, department.rawValue,
                                                         ApprovalText.laneState(decision.lane.state, context.strings)))
        }
        return .success
    }

    static func queue(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let department = context.arguments.option("department").map(Agency.init) ?? actor.agency
        let limit = Int(context.arguments.option("limit") ?? "") ?? 50
        var after: (String, Int64)?
        if let text = context.arguments.option("after") {
            let parts = text.split(separator: ",")
            guard parts.count == 2, let id = Int64(parts[1]) else { throw UsageError("--after DEADLINE,ID (as the previous page printed)") }
            after = (String(parts[0]), id)
        }
        let rows = try ApprovalQueries.queue(ws, department: department, after: after, limit: limit + 1)
        let shown = Array(rows.prefix(limit))
        let s = context.strings
        if context.json { try context.console.json(shown.map(ApprovalJSON.LaneOut.init)) } else if shown.isEmpty {
            context.console.print(s[.apCliNoLanes])
        } else {
            for r in shown {
                context.console.print(TextColumns.line([r.lane.caseID, r.projectName, ApprovalText.laneState(r.lane.state, s),
                                                        r.due?.description ?? "", ApprovalText.daysLeft(r, s)],
                                                       widths: [14, 24, 26, 11, 14]))
            }
            if rows.count > limit, let last = shown.last {
                context.console.print(s.format(.apCliNextPage, "\(last.lane.deadline.map(Timestamp.string) ?? "9999"),\(last.lane.id)"))
            }
        }
        return .success
    }

    /// The deadline pass for approvals (and every other kind), run to the end: cron runs it.
    static func tick(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        defer { workspace.db.close() }
        var applied = 0, warned = 0, more = true
        while more {
            let report = try LaneTick.run(workspace, budget: 10)
            applied += report.applied; warned += report.warned; more = report.more
        }
        if context.json { try context.console.json(["applied": applied, "warned": warned]) } else {
            context.console.print(context.strings.format(.apCliTicked, applied))
        }
        return .success
    }
}

extension ApprovalCommands {
    static let commandArea = CommandArea(
        name: "approvals", commands: ["approvals": verbs],
        nested: ["approvals meeting": ApprovalMeetingCommands.verbs, "approvals decision": ApprovalDecisionCommands.verbs,
                 "approvals calendar": ApprovalCalendarCommands.verbs, "approvals warnings": ApprovalWarningCommands.verbs,
                 "approvals catalogue": catalogueVerbs],
        tables: tables)
}
