import Foundation

/// A year's holiday notice as an administrator writes it (`sample-data/approvals/README.md`):
/// `date,kind,name` rows, kind `holiday` or `workday` (a weekend day worked), one year per
/// file; `#` lines are comments and `# source: …` names the notice.
public enum CalendarFile {
    public static func parse(_ text: String) throws -> CalendarYear {
        var holidays = Set<WorkDay>(), makeUp = Set<WorkDay>(), source = "", year: Int?
        var problems: [Problem] = []
        for (index, raw) in text.split(whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let at = "line \(index + 1)"
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if body.lowercased().hasPrefix("source:") { source = body.dropFirst(7).trimmingCharacters(in: .whitespaces) }
                continue
            }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.first == "date" { continue }
            guard fields.count >= 2, let day = WorkDay(fields[0]) else {
                problems.append(Problem(at, "approval.calendar.badDate", [fields.first ?? ""])); continue
            }
            if let y = year, y != day.year { problems.append(Problem(at, "approval.calendar.mixedYears", [String(y), fields[0]])); continue }
            year = day.year
            switch fields[1] {
            case "holiday": holidays.insert(day)
            case "workday":
                guard day.isWeekend else { problems.append(Problem(at, "approval.calendar.workdayNotWeekend", [fields[0]])); continue }
                makeUp.insert(day)
            default: problems.append(Problem(at, "approval.calendar.badKind", [fields[1]]))
            }
        }
        guard let year else { problems.append(Problem("file", "approval.calendar.empty")); throw DomainError.invalid(problems) }
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        return CalendarYear(year: year, holidays: holidays, makeUpDays: makeUp, source: source)
    }
}
