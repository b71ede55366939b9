import Foundation
import Testing

/// Case 6 on the real binary: the market regulator 郭静 draws the Shanghai (310000) district's
/// enterprises at 100% and publishes the draw; the market officer drawn for 上海海鲜进出口有限公司
/// fills its table with one problem needing correction and signs; the enterprise turns warning
/// (yellow) on 郭静's class board and in customs officer 张敏's review queue, whose rows for its
/// declarations carry the class by trigger.
@Suite struct EnforcementEndToEndTests {
    static let trader = "91310000132149237G"
    static let traderName = "上海海鲜进出口有限公司"

    static func json(_ run: Headless.Run) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(run.out.utf8))
    }

    @Test(.enabled(if: TmuxSession.tmuxAvailable))
    func drawFillOneTableAndTheClassReachesTheBoardAndTheQueue() throws {
        let dir = try Headless.scratch("enforcement-e2e")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (db, imported) = try Headless.trainingDatabaseWithBatch(in: dir, name: "c6.db", submit: true)
        #expect(imported.out.contains("37 submitted"), "\(imported.out)\(imported.err)")

        // The regulator's draw screen: the trader's administrative district, 310000 (its credit code's
        // registration authority; the register holds customs district 2200), chosen from F4's list by
        // typing its code; ratio up to 100%, draw, publish.
        let regulator = try TmuxSession(columns: 100, rows: 30, arguments: ["--db", db, "--as", "guojing", "--lang", "en"])
        defer { regulator.close() }
        try regulator.waitFor(text: "Declarations")
        try regulator.press("F8", until: "Enterprise register by credit class")
        try regulator.send("v")
        try regulator.waitFor(text: "Double-random draws")
        try regulator.send("F4")
        try regulator.waitFor(text: "Administrative districts in the register")
        try regulator.waitFor(text: "Binhai New Area · 12 registered")
        try regulator.type("310000")
        try regulator.waitFor(text: "Shanghai · 1 registered")
        try regulator.send("Enter")
        try regulator.waitFor(text: "district Shanghai 310000")
        for _ in 0..<18 { try regulator.send("+") }
        try regulator.waitFor(text: "Ratio 100%")
        try regulator.send("r")
        try regulator.waitFor(text: "#2 drawn")
        try regulator.send("p")
        try regulator.waitFor(text: "Draw 2 published")

        // Which table is the trader's, and who was drawn for its market lines.
        let draw = try #require(try Self.json(try Headless.run(["enforcement", "draw", "show", "2", "--json", "--db", db, "--as", "guojing"])) as? [String: Any])
        let tables = try #require(draw["tables"] as? [[String: Any]])
        let tableID = try #require(tables.first { $0["enterprise"] as? String == Self.trader }?["table"] as? Int)
        let table = try #require(try Self.json(try Headless.run(["enforcement", "table", "show", String(tableID), "--json", "--db", db, "--as", "guojing"])) as? [String: Any])
        let team = try #require(table["team"] as? [[String: Any]])
        let officer = try #require(team.first { $0["agency"] as? String == "market" }?["officerID"] as? String)
        let lines = try #require(table["lines"] as? [[String: Any]])
        let ownLines = lines.filter { $0["agency"] as? String == "market" }.count
        let mine = try #require(try Self.json(try Headless.run(["enforcement", "table", "mine", "--json", "--db", db, "--as", officer])) as? [[String: String]])
        let position = try #require(mine.firstIndex { $0["table"] == String(tableID) })

        // The officer: their tables (third screen for a regulator), the trader's table, one problem, the rest compliant, sign.
        let field = try TmuxSession(columns: 100, rows: 30, arguments: ["--db", db, "--as", officer, "--lang", "en"])
        defer { field.close() }
        try field.waitFor(text: "Declarations")
        try field.press("F8", until: "Enterprise register by credit class")
        try field.send("v")
        try field.waitFor(text: "Double-random draws")
        try field.send("v")
        try field.waitFor(text: "My inspection tables")
        for _ in 0..<position { try field.send("Down") }
        try field.send("Enter")
        try field.waitFor(text: "Joint inspection table \(tableID) · \(Self.traderName)")
        try field.send("2")
        try field.waitFor(text: "needs correction")
        for _ in 1..<ownLines { try field.send("1") }
        try field.waitFor(text: "s Sign")
        try field.send("s")
        try field.waitFor(text: "correction needed; \(Self.traderName) is warning")

        // The regulator's board: the trader among the warning class.
        try regulator.send("v")
        try regulator.waitFor(text: "My inspection tables")
        try regulator.send("v")
        try regulator.waitFor(text: "Published results")
        try regulator.send("v")
        try regulator.waitFor(text: "Enterprise register by credit class · all classes")
        try regulator.send("c")
        try regulator.waitFor(text: "Enterprise register by credit class · good")
        try regulator.send("c")
        let board = try regulator.waitFor(text: "Enterprise register by credit class · warning")
        #expect(board.contains(Self.traderName))

        // Customs: the trader's declarations in 张敏's queue now carry the warning class.
        let customs = try TmuxSession(columns: 120, rows: 30, arguments: ["--db", db, "--as", "zhangmin", "--lang", "en"])
        defer { customs.close() }
        let queue = try customs.waitFor("the trader's rows with its new class") { screen in
            screen.split(separator: "\n").contains { $0.contains(Self.traderName) && $0.contains("warning") }
        }
        #expect(!queue.split(separator: "\n").contains { $0.contains(Self.traderName) && $0.contains("good") })
    }
}
