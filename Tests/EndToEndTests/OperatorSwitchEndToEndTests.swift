import Foundation
import Testing

/// Issue 11, item 1, on the real binary: scenario S2 played on one terminal by F9 alone. The
/// declaration stays open across every switch, each officer on their own agency's lane, and the
/// broker's status page is read afresh after the officers' orders (`b Book inspection` offered).
@Suite struct OperatorSwitchEndToEndTests {
    @Test(.enabled(if: TmuxSession.tmuxAvailable))
    func s2ByF9OnOneTerminal() throws {
        let dir = try Headless.scratch("switch-e2e")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (db, imported) = try Headless.trainingDatabaseWithBatch(in: dir, name: "s2.db", submit: false)
        #expect(imported.out.contains("37 created"), "\(imported.out)\(imported.err)")

        let desk = try TmuxSession(columns: 100, rows: 30, arguments: ["--db", db, "--as", "liwei", "--lang", "en"])
        defer { desk.close() }
        let number = try desk.submitShrimpDraft(until: "── Customs: received")

        func switchTo(_ id: String, _ name: String) throws {
            try desk.press("F9", until: "Switch operator")
            try desk.type(id)
            try desk.send("Enter")
            try desk.waitFor(text: "Now working as \(name)")
        }
        func order(_ instruction: String) throws {
            try desk.send("k")
            try desk.waitFor(text: "Claimed \(number)")
            try desk.send("i")
            try desk.waitFor(text: "what to check")
            try desk.type(instruction)
            try desk.send("Enter")
            try desk.waitFor(text: "\(number): inspection ordered")
        }
        // Each officer lands on the same declaration, on the own agency's lane.
        try switchTo("zhangmin", "张敏")
        try desk.waitFor(text: "\(number) · Customs · received")
        try order("open 2 cartons; check labels")
        try switchTo("wangqiang", "王强")
        try desk.waitFor(text: "\(number) · Inspection & quarantine")
        try order("check labels; take samples for the lab")

        // Back to the broker: the page is current, not "Customs: received".
        try switchTo("liwei", "李伟")
        let page = try desk.waitFor(text: "── Customs: inspection ordered")
        #expect(!page.contains("Customs: received"), "\(page)")
        #expect(page.contains("b Book inspection"), "\(page)")
        // And 张敏 again: customs' lane, already hers (no "k Claim" of the inspection lane).
        try switchTo("zhangmin", "张敏")
        let desk2 = try desk.waitFor(text: "\(number) · Customs · inspection ordered")
        #expect(!desk2.contains("k Claim"), "\(desk2)")
    }
}
