import Foundation
import Testing

/// Every officer's first vessel path: a container ship has no passengers and no dangerous goods,
/// and a new call no crew yet. Walking onto those empty documents at 80×24 once trapped in the grid
/// and left the terminal raw; here the border officer walks every document tab and back.
@Suite struct EmptyDocumentEndToEndTests {
    @Test(.enabled(if: TmuxSession.tmuxAvailable), arguments: ["en", "zh"])
    func emptyVesselDocumentsAt80x24(lang: String) throws {
        let dir = try Headless.scratch("empty-docs")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("w.db").path
        let created = try Headless.run(["init", "--db", db, "--training"])
        #expect(created.code == 0, "\(created.err)")
        let session = try TmuxSession(columns: 80, rows: 24, arguments: ["--db", db, "--as", "liuyang", "--lang", lang])
        defer { session.close() }
        try session.waitFor(text: lang == "en" ? "TRAINING" : "培训", timeout: 30)
        try session.send("F6")
        try session.waitFor(text: "CNSHA2026A00001")
        try session.send("Enter")
        try session.waitFor(text: "IMO")
        let passengers = lang == "en" ? "Passengers 0" : "旅客 0"
        // Tab through every document (particulars, crew, passengers, cargo, dangerous goods, stores,
        // health) and round again, reading the screen at each.
        var seenEmptyPassengers = false
        for _ in 0..<16 {
            try session.send("Tab")
            usleep(150_000)
            let screen = try session.screen()
            #expect(!screen.contains("[exit "), "the workstation ended:\n\(screen)")
            if screen.contains("[exit ") { return }
            if screen.contains(passengers) { seenEmptyPassengers = true }
        }
        #expect(seenEmptyPassengers, "never showed \(passengers)")
        for _ in 0..<8 { try session.send("BTab") }
        try session.send("Escape")
        try session.waitFor(text: "CNSHA2026A00001")
        let after = try session.screen()
        #expect(!after.contains("[exit "))
    }
}
