import Foundation
import Presentation
import SingleWindowKit

/// `approvals calendar show YEAR | due DATE N | load FILE`, and `approvals catalogue load DIR`.
enum ApprovalCalendarCommands {
    typealias C = ApprovalCommands

    static let verbs: [String: SingleWindowCLI.Command] = [
        "show": { try C.guarded(&$0, show) },
        "due": { try C.guarded(&$0, due) },
        "load": { try C.guarded(&$0, load) },
    ]

    static func show(_ context: inout CommandContext) throws -> ExitCode {
        let text = try C.word(&context, "YEAR")
        guard let year = Int(text), (1990...2200).contains(year) else { throw UsageError("\(text) is not a year") }
        try context.expectNoMoreWords()
        let ws = try WorkspaceFactory.openExisting(path: context.databasePath)
        let calendar = try ApprovalCalendar.load(ws.db)
        let working = calendar.workingDays(in: year)
        let s = context.strings
        let status = calendar.isLoaded(year) ? (calendar.years[year]?.source ?? "") : s.format(.apProvisional, year)
        let first = WorkDay(year: year, month: 1, day: 1), last = WorkDay(year: year, month: 12, day: 31)
        let days = (first.number...last.number).map(WorkDay.init(number:))
        let holidays = calendar.years[year].map { $0.holidays.sorted() } ?? days.filter { !$0.isWeekend && !calendar.isWorkingDay($0) }
        let makeUp = days.filter { $0.isWeekend && calendar.isWorkingDay($0) }
        if context.json {
            try context.console.json(ApprovalJSON.CalendarOut(year: year, loaded: calendar.isLoaded(year), source: status,
                                                             workingDays: working.count, holidays: holidays.map(\.description),
                                                             makeUpDays: makeUp.map(\.description)))
        } else {
            context.console.print(s.format(.apCliCalendarYear, year, working.count, status))
            for day in (holidays + makeUp).sorted() {
                context.console.print("  \(day)  " + (day.isWeekend ? s[.apMakeUp] : s[.apHoliday]))
            }
        }
        return .success
    }

    static func due(_ context: inout CommandContext) throws -> ExitCode {
        let dayText = try C.word(&context, "DATE")
        let nText = try C.word(&context, "N")
        guard let day = WorkDay(dayText) else { throw UsageError("\(dayText) is not a date (YYYY-MM-DD)") }
        guard let n = Int(nText), n > 0, n < 1000 else { throw UsageError("\(nText) is not a number of working days") }
        try context.expectNoMoreWords()
        let ws = try WorkspaceFactory.openExisting(path: context.databasePath)
        let calendar = try ApprovalCalendar.load(ws.db)
        let due = calendar.due(after: day, workingDays: n)
        let passed = WorkingDayCalendar.deadline(dueOn: due.day)
        let s = context.strings
        if context.json {
            try context.console.json(ApprovalJSON.DueOut(from: day.description, workingDays: n, due: due.day.description,
                                                        passedAt: Timestamp.string(passed), provisionalYear: due.provisionalYear))
        } else {
            context.console.print(s.format(.apCliDue, n, day.description, due.day.description, context.localTime.stringWithZone(passed)))
            if let year = due.provisionalYear { context.console.print(s.format(.apProvisional, year)) }
        }
        return .success
    }

    static func load(_ context: inout CommandContext) throws -> ExitCode {
        let path = try C.word(&context, "FILE")
        try context.expectNoMoreWords()
        let (ws, actor) = try C.open(context)
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch { throw VesselFileError.unreadable(path: path, detail: error.localizedDescription) }
        let year = try CalendarFile.parse(text)
        let recounted = try ApprovalCalendar.store(ws, year, by: actor)
        if context.json {
            try context.console.json(ApprovalJSON.CalendarLoaded(year: year.year, holidays: year.holidays.count,
                                                                makeUpDays: year.makeUpDays.count, recounted: recounted))
        } else {
            context.console.print(context.strings.format(.apCliCalendarLoaded, year.year, year.holidays.count, year.makeUpDays.count, recounted))
        }
        return .success
    }

    static func loadCatalogue(_ context: inout CommandContext) throws -> ExitCode {
        let path = try C.word(&context, "DIR")
        try context.expectNoMoreWords()
        let (ws, actor) = try C.open(context)
        guard actor.role == .approvalWindow || actor.role == .trainer else {
            throw DomainError.notAuthorized(operatorID: actor.id, action: "load the approval catalogue")
        }
        try ApprovalCatalogue.importFiles(ws.db, from: URL(fileURLWithPath: path))
        let catalogue = try ApprovalCatalogue.load(ws.db)
        if context.json { try context.console.json(["items": catalogue.items.count, "materials": catalogue.materials.count]) } else {
            context.console.print(context.strings.format(.apCliCatalogueLoaded, catalogue.items.count, catalogue.materials.count))
        }
        return .success
    }
}

/// `approvals warnings list [--department D]`: efficiency warnings, and the deadlines counted
/// provisionally through a year with no calendar (the bureau's other warning).
enum ApprovalWarningCommands {
    static let verbs: [String: SingleWindowCLI.Command] = ["list": { try ApprovalCommands.guarded(&$0, list) }]

    static func list(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let ws = try WorkspaceFactory.openExisting(path: context.databasePath)
        let warnings = try ApprovalQueries.warnings(ws.db, department: context.arguments.option("department").map(Agency.init))
        let provisional = try ApprovalQueries.provisionalLanes(ws.db)
        let s = context.strings
        if context.json {
            try context.console.json(ApprovalJSON.WarningsOut(warnings: warnings, provisional: provisional.map {
                ApprovalJSON.Provisional(caseID: $0.caseID, department: $0.agency.rawValue, due: $0.detail["due"] ?? "",
                                         year: $0.detail["provisional"] ?? "")
            }))
            return .success
        }
        if warnings.isEmpty { context.console.print(s[.apCliNoWarnings]) }
        for w in warnings {
            context.console.print(TextColumns.line([AgencyNames.name(Agency(w.department), db: ws.db, strings: s), w.period,
                                                    w.cases.joined(separator: " ")], widths: [14, 10, 50]))
        }
        for lane in provisional {
            context.console.print(s.format(.apCliProvisionalLane, lane.caseID, lane.agency.rawValue, lane.detail["due"] ?? "",
                                           lane.detail["provisional"] ?? ""))
        }
        return .success
    }
}
