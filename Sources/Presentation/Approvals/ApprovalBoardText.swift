import Foundation
import SingleWindowKit
import TextWidth

/// A project's stage board as text lines (`approvals show`): the project, then each stage with
/// its state and elapsed working days, and under it each department's lane.
public enum ApprovalBoardText {
    public static func lines(_ p: Project, _ stages: [ProjectStage], _ lanes: [DepartmentLaneRow], _ calendar: WorkingDayCalendar,
                             today: WorkDay, _ s: Strings, db: Database?) -> [String] {
        var out = ["\(p.id)  \(p.name)", "\(p.investorName) (\(p.investorID)) · \(p.site) · \(ApprovalText.land(p.land, s))"]
        var total = 0
        for stage in stages {
            let elapsed = ApprovalQueries.elapsed(calendar, stage, today: today)
            total += elapsed ?? 0
            let head = s.format(.apStageShort, stage.stage.rawValue) + " " + ApprovalText.stageName(stage.stage, s)
            out.append(pad(truncate(head, toWidth: 43, ellipsis: true), toWidth: 44) + pad(ApprovalText.stageState(stage.state, s), toWidth: 16)
                       + (elapsed.map { s.format(.apWorkingDays, $0) } ?? ""))
            for row in lanes where row.stage == stage.stage {
                let name = AgencyNames.name(row.lane.agency, db: db, strings: s)
                var line = "  " + pad(name, toWidth: 14) + pad(ApprovalText.laneState(row.lane.state, s), toWidth: 26)
                    + pad(row.due?.description ?? "", toWidth: 12) + ApprovalText.daysLeft(row, s)
                if row.flagged { line += " · " + s[.apFlagged] }
                if !row.provisionalYear.isEmpty, row.daysLeft != nil { line += " · " + s.format(.apProvisional, row.provisionalYear) }
                out.append(line)
            }
        }
        out.append(s.format(.apElapsedFormat, total, ApprovalDecisions.targetWorkingDays))
        return out
    }
}
