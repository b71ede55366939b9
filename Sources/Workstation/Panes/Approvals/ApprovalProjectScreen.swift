import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// A project's screen: its stage board (stages × departments, state colours, days left, late
/// in red), the current stage's materials, and the latest decision. A model read once per
/// reload, so drawing reads no database.
struct ApprovalProjectScreen {
    var project: Project
    var stages: [ProjectStage]
    var lanes: [DepartmentLaneRow]
    var checks: [MaterialCheck]
    var decisions: [Int: ApprovalDecision]
    var elapsed: [Int: Int]
    /// The current stage's joint review meeting, if scheduled.
    var meeting: JointMeeting?
    var scroll = ScrollState()

    /// The stage the window and the departments act on: the first not decided nor skipped.
    var current: ProjectStage? { Projects.current(stages) }
    /// The last stage with a decision (print).
    var lastDecided: ProjectStage? { stages.last { decisions[$0.stage.rawValue] != nil } }
    var currentLanes: [Lane] { lanes.filter { $0.stage == current?.stage }.map(\.lane) }

    static func load(_ ws: Workspace, projectID: String) throws -> ApprovalProjectScreen {
        let db = ws.db
        let project = try Projects.require(db, projectID)
        let stages = try Projects.stages(db, projectID: projectID)
        let lanes = try stages.filter { $0.acceptedDay != nil }.flatMap { try ApprovalQueries.lanes(ws, caseID: $0.caseID) }
        let current = Projects.current(stages)
        let checks = try current.map { $0.items.isEmpty ? [] : try ApprovalWindow.check(db, projectID: projectID, stage: $0.stage) } ?? []
        var decisions: [Int: ApprovalDecision] = [:]
        for stage in stages where stage.state == .decided || stage.acceptedDay != nil {
            if let d = try ApprovalDecisions.latest(db, caseID: stage.caseID) { decisions[stage.stage.rawValue] = d }
        }
        let calendar = try ApprovalCalendar.load(db), today = WorkDay(ws.now())
        var elapsed: [Int: Int] = [:]
        for stage in stages { elapsed[stage.stage.rawValue] = ApprovalQueries.elapsed(calendar, stage, today: today) }
        let meeting = try current.flatMap { try JointMeetings.find(db, caseID: $0.caseID) }
        return ApprovalProjectScreen(project: project, stages: stages, lanes: lanes, checks: checks, decisions: decisions,
                                     elapsed: elapsed, meeting: meeting)
    }

    /// One line of the screen: its segments, each with a colour.
    typealias Line = [(String, ThemeRole)]

    /// The state's colour from the one lane-state table; a lane past its due date is red.
    static func laneRole(_ row: DepartmentLaneRow) -> ThemeRole {
        if let left = row.daysLeft, left < 0 { return .agencyRejected }
        return LaneStateTable.role(.approvalStage, row.state?.rawValue ?? "")
    }

    func lines(_ app: AppContext, width: Int) -> [Line] {
        let s = app.strings, p = project
        var out: [Line] = [[("\(p.id)  \(p.name)", .title)],
                           [("\(p.investorName) · \(p.site) · \(ApprovalText.land(p.land, s))", .label)], []]
        var total = 0
        for stage in stages {
            total += elapsed[stage.stage.rawValue] ?? 0
            let head = s.format(.apStageShort, stage.stage.rawValue) + " " + ApprovalText.stageName(stage.stage, s)
            let days = elapsed[stage.stage.rawValue].map { "  " + s.format(.apWorkingDays, $0) } ?? ""
            out.append([(pad(truncate(head, toWidth: 33, ellipsis: true), toWidth: 34), .header),
                        (ApprovalText.stageState(stage.state, s), stage.state == .decided ? .agencyReleased : .label), (days, .label)])
            for row in lanes where row.stage == stage.stage {
                var line: Line = [("  " + pad(truncate(app.agencyName(row.lane.agency), toWidth: 11, ellipsis: true), toWidth: 12), .normal),
                                  (pad(LaneStateTable.name(.approvalStage, row.lane.state, s), toWidth: 26), Self.laneRole(row)),
                                  (pad(row.due?.description ?? "", toWidth: 11), .label),
                                  (ApprovalText.daysLeft(row, s), (row.daysLeft ?? 0) < 0 ? .agencyRejected : .label)]
                if row.flagged { line.append((" !", .agencyRejected)) }
                if !row.provisionalYear.isEmpty, row.daysLeft != nil { line.append((" " + s.format(.apProvisional, row.provisionalYear), .agencyReturned)) }
                out.append(line)
            }
            if let meeting, stage.stage == current?.stage {
                let at = app.display(meeting.at)
                out.append([(meeting.closedAt == nil ? s.format(.apMeetingLine, at)
                             : s.format(.apMeetingClosed, at, meeting.absent.map(app.agencyName).joined(separator: "、")), .label)])
            }
            if let d = decisions[stage.stage.rawValue], stage.state == .decided {
                out.append([("  " + s.format(.apDecisionLine, d.facts.number, d.printCount), .label)])
            }
        }
        out.append([(s.format(.apElapsedFormat, total, ApprovalDecisions.targetWorkingDays), .label)])
        if let current, !checks.isEmpty, current.state == .applied || current.state == .returned {
            out.append([])
            out.append([(s.format(.apMaterialsTitle, current.stage.rawValue), .header)])
            for c in checks {
                let name = s.language == .zh ? c.material.nameZh : c.material.nameEn
                out.append([("  " + c.material.code + " ", .normal), (pad(c.present ? s[.apPresent] : s[.apMissing], toWidth: 8),
                                                                     c.present ? .agencyReleased : .agencyRejected), (name, .normal)])
            }
        }
        return out
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let all = lines(app, width: area.width)
        let first = scroll.first(lines: all.count, visible: area.height)
        for (i, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            var x = area.x + 1
            for (text, role) in line where x < area.maxX - 1 {
                x = buffer.put(text, x: x, y: area.y + i, style: Style(role), maxWidth: max(0, area.maxX - 1 - x))
            }
        }
    }
}
