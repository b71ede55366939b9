import Foundation
import TextWidth

/// A new training database offers inspection slots (`sample-data/review/inspection-slots.csv`)
/// at the sample declarations' places on the working days after the workspace clock, so a demo
/// can book a joint inspection without an officer offering slots first. Offered in the trainer's
/// name; offering the same slot again keeps it as it is.
public enum InspectionSlotSamples {
    public static let file = "review/inspection-slots.csv"

    @discardableResult
    public static func load(into ws: Workspace, from sampleData: URL) throws -> [InspectionSlot] {
        let url = sampleData.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path),
              let trainer = try Operators.list(ws.db, role: .trainer, limit: 1).first else { return [] }
        let records = try CSVReader.parse(data: try Data(contentsOf: url))
        guard let header = records.first?.fields.map({ $0.trimmed }) else { return [] }
        func column(_ name: String) throws -> Int {
            guard let i = header.firstIndex(of: name) else {
                throw DomainError.invalid([Problem("\(file): \(name)", "problem.required")])
            }
            return i
        }
        let (place, starts, capacity, days) = (try column("place"), try column("starts"), try column("capacity"),
                                               try column("working_days"))
        var offered: [InspectionSlot] = []
        for record in records.dropFirst() where record.fields.count == header.count {
            let f = record.fields
            guard let cap = Int(f[capacity].trimmed) else {
                throw DomainError.invalid([Problem("\(file):\(record.line) capacity", "problem.notInteger", [f[capacity]])])
            }
            guard let n = Int(f[days].trimmed) else {
                throw DomainError.invalid([Problem("\(file):\(record.line) working_days", "problem.notInteger", [f[days]])])
            }
            let times = f[starts].split(whereSeparator: { $0 == " " }).map(String.init)
            for day in workingDays(after: ws.now(), count: n) {
                offered += try InspectionSlots.offer(ws, place: f[place].trimmed, day: day, starts: times, capacity: cap,
                                                     by: trainer)
            }
        }
        return offered
    }

    /// The next `count` days after `date`'s day that are Monday to Friday, in China (UTC+8).
    public static func workingDays(after date: Date, count: Int) -> [String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        var days: [String] = []
        var day = calendar.startOfDay(for: date)
        while days.count < count {
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { break }
            day = next
            let weekday = calendar.component(.weekday, from: day) // 1 = Sunday, 7 = Saturday
            if weekday != 1 && weekday != 7 {
                let c = calendar.dateComponents([.year, .month, .day], from: day)
                days.append(String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0))
            }
        }
        return days
    }
}
