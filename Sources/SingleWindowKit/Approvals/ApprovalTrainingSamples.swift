import Foundation
import Store

/// What a new training database gets: the catalogue, the 2026 calendar, and projects.
enum ApprovalTrainingSamples {
    static func load(into ws: Workspace, from sampleData: URL) throws {
        let dir = sampleData.appendingPathComponent("approvals")
        guard FileManager.default.fileExists(atPath: dir.appendingPathComponent("items.csv").path) else { return }
        try ApprovalCatalogue.importFiles(ws.db, from: dir)
        let calendarText = try String(contentsOf: dir.appendingPathComponent("calendar-2026.csv"), encoding: .utf8)
        try ApprovalCalendar.store(ws, try CalendarFile.parse(calendarText), by: .system)
    }
}
