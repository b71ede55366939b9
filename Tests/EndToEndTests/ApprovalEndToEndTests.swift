import Foundation
import Testing

/// Scenario S4 on the real binary and a training database: three factory projects reach stage 3
/// (set up headless); the window accepts the last one in the pane; planning and construction
/// approve; the trainer moves the clock across the Dragon Boat holiday; the fire department is
/// deemed to agree on all three — its third lateness this month raises an efficiency warning;
/// the window issues the decision and prints it to a file, and its code verifies headless.
@Suite struct ApprovalEndToEndTests {
    @Test(.enabled(if: TmuxSession.tmuxAvailable))
    func deemedApprovalAtStageThree() throws {
        let dir = try Headless.scratch("approval-e2e")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s4.db").path
        @discardableResult
        func cli(_ args: [String], as who: String, expect code: Int32 = 0) throws -> String {
            let r = try Headless.run(["approvals"] + args + ["--db", db, "--as", who, "--lang", "en"])
            #expect(r.code == code, "approvals \(args.joined(separator: " ")) as \(who): \(r.err)")
            return r.out
        }
        #expect(try Headless.run(["init", "--db", db, "--training"]).code == 0)
        // A Monday in June 2026; the fire lane's 15 working days end on Tuesday 23 June.
        #expect(try Headless.run(["clock", "set", "2026-06-01 09:00", "--db", db, "--as", "trainer"]).code == 0)

        var cases: [String] = []
        for (i, name) in ["电机装配厂房", "精密铸造车间", "新材料中试基地"].enumerated() {
            let out = try cli(["register", "--investor", "913101153127416255", "--investor-name", "上海浦江实业有限公司",
                               "--name", name, "--site", "临港 \(i + 1) 号地块", "--district", "浦东新区", "--industry", "C3811",
                               "--investment", "80000000", "--land", "market", "--contact", "王经理"], as: "liwei")
            let project = try #require(Headless.firstMatch("P[0-9]{4}-[0-9]{4}", in: out))
            try cli(["apply", project + "/2", "--materials", "M01,M02,M07,M08,M10"], as: "liwei")
            try cli(["accept", project + "/2"], as: "yangfan")
            for reviewer in ["fangyu", "jiangping", "shenhui"] { try cli(["decide", project + "/2", "approve"], as: reviewer) }
            try cli(["decision", "issue", project + "/2"], as: "yangfan")
            try cli(["apply", project + "/3", "--materials", "M05,M12,M13,M14,M17"], as: "liwei")
            if i < 2 { try cli(["accept", project + "/3"], as: "yangfan") }
            cases.append(project + "/3")
        }
        let last = cases[2], lastProject = String(last.dropLast(2))

        // 杨帆 accepts the third at the window, in the pane.
        let window = try TmuxSession(columns: 120, rows: 30, arguments: ["--db", db, "--as", "yangfan", "--lang", "en"])
        defer { window.close() }
        try window.waitFor(text: "TRAINING", timeout: 30)
        try window.send("F7")
        try window.waitFor(text: "Investment projects by number")
        try window.send("/")
        try window.type(lastProject)
        try window.send("Enter")
        try window.send("Enter")
        try window.waitFor(text: "新材料中试基地")
        try window.waitFor(text: "at the window")
        try window.press("a", until: "accepted; departments reviewing")

        // Two departments approve; fire says nothing.
        for c in cases {
            try cli(["decide", c, "approve"], as: "xuhong")
            try cli(["decide", c, "approve"], as: "taoran")
        }
        #expect(try cli(["warnings", "list"], as: "yangfan").contains("no efficiency warnings"))

        // The trainer moves the clock past the due date, across 19–21 June; the tick deems.
        #expect(try Headless.run(["clock", "set", "2026-06-24 00:00", "--db", db, "--as", "trainer"]).code == 0)
        // The window's own workstation ticks too once it sees the clock move; whichever runs
        // first applies the three lanes, once: a second tick moves nothing.
        let ticked = try cli(["tick"], as: "yangfan")
        #expect(ticked.contains("lanes moved"), "\(ticked)")
        #expect(try cli(["tick"], as: "yangfan").contains("0 lanes moved"))
        let warnings = try cli(["warnings", "list"], as: "yangfan")
        #expect(warnings.contains("2026-06") && warnings.contains(last), "\(warnings)")

        // The pane follows; the window seals and prints the decision.
        try window.waitFor(text: "deemed approved (timeout)")
        try window.press("F10", until: "issued for \(last)")
        try window.send("p")
        try window.waitFor(text: "Print to file")
        let path = dir.appendingPathComponent("d.txt").path
        try window.send("C-u")
        try window.type(path)
        try window.send("Enter")
        let printed = try window.waitFor(text: "printed to")
        let code = try #require(Headless.firstMatch("code [0-9A-F]{4}(-[0-9A-F]{4}){4}", in: printed)).dropFirst(5)
        let paper = try String(contentsOfFile: path, encoding: .utf8)
        #expect(paper.contains("deemed to agree") && paper.contains(code))
        #expect(try cli(["verify", String(code)], as: "yangfan").hasPrefix("valid"))
        #expect(try Headless.run(["approvals", "verify", "0000-0000-0000-0000-0000", "--db", db]).code == 1)
    }
}
