import Foundation
import Testing

/// Scenario S2 on the real binary, two terminals on one database: broker 李伟 submits the ERP
/// shrimp declaration in his pane; at the officers' desk customs (张敏) and then inspection
/// (王强, by F9) each claim it and order an inspection; the two orders meet in one joint task
/// with one shared item; the broker books its appointment from the offered slots; the trainer
/// moves the clock to the appointment (no result before it); both record their results; customs
/// assesses duty (in CNY), the broker pays, both release — and the broker's
/// screen, refreshed from the other terminal's writes, shows the one release.
@Suite struct ReviewEndToEndTests {
    @Test(.enabled(if: TmuxSession.tmuxAvailable))
    func oneDeclarationOneInspectionOneRelease() throws {
        let dir = try Headless.scratch("review-e2e")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The ERP batch arrives as drafts (3 of its 40 rows are the sample's deliberate errors).
        let (db, imported) = try Headless.trainingDatabaseWithBatch(in: dir, name: "s2.db", submit: false)
        #expect(imported.out.contains("37 created"), "\(imported.out)\(imported.err)")

        // The broker finds the shrimp declaration by its contract number and submits it once.
        let broker = try TmuxSession(columns: 100, rows: 30, arguments: ["--db", db, "--as", "liwei", "--lang", "en"])
        defer { broker.close() }
        let number = try broker.submitShrimpDraft(until: "── Inspection & quarantine: received")

        // Customs: shrimp from a high-risk origin is routed red; 张敏 claims it and orders an inspection.
        let desk = try TmuxSession(columns: 100, rows: 30, arguments: ["--db", db, "--as", "zhangmin", "--lang", "en"])
        defer { desk.close() }
        // Escape alone, then the screen it leads to: a key sent hard on its heels would read as Alt-key.
        func back() throws {
            try desk.send("Escape")
            try desk.waitFor(text: "Review queue ·")
        }
        func openCase() throws {
            try desk.waitFor(text: "Review queue", timeout: 30)
            try desk.send("/")
            try desk.type(number)
            try desk.send("Enter")
            // Exactly one: the queue also holds the training cases ("11 declarations" is not it).
            try desk.waitFor("the queue narrowed to \(number)") {
                $0.contains(number) && $0.range(of: #"(?<![0-9])1 declaration(?!s)"#, options: .regularExpression) != nil
            }
            try desk.send("Enter")
            try desk.waitFor(text: "\(number) ·")
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
        try openCase()
        try desk.waitFor(text: "red")
        try order("open 2 cartons; check labels")

        // Inspection: 王强 at the same desk (F9), orders his own; "check labels" is asked by both.
        try back()
        try desk.send("F9")
        try desk.waitFor(text: "Switch operator")
        try desk.type("wangqiang")
        try desk.send("Enter")
        try desk.waitFor(text: "Now working as 王强")
        try openCase()
        try order("check labels; take samples for the lab")
        let joint = try desk.waitFor(text: "[Customs+Inspection & quarantine] check labels")
        #expect(joint.contains("[Customs] open 2 cartons"))
        #expect(joint.contains("[Inspection & quarantine] take samples for the lab"))

        // One joint task in the officers' list, waiting for its appointment.
        try back()
        try desk.send("j")
        let tasks = try desk.waitFor("the task list with the declaration") { $0.contains("Joint inspection tasks ·") && $0.contains(number) }
        #expect(tasks.components(separatedBy: number).count == 2, "one task for the declaration:\n\(tasks)")

        // The broker's status page followed the other terminal: one joint inspection to book.
        try broker.waitFor(text: "Joint inspection")
        try broker.send("b")
        try broker.waitFor(text: "09:00")
        try broker.send("Enter")
        // Booked: the status line names the day instead of "not booked yet" (whatever today's year).
        let appointmentPattern = "Joint inspection at 洋山深水港区四期堆场, [0-9]{4}-[0-9]{2}-[0-9]{2} 09:00"
        let booked = try broker.waitFor("the booked appointment") { Headless.firstMatch(appointmentPattern, in: $0) != nil }
        let appointment = try #require(Headless.firstMatch(appointmentPattern, in: booked))
        let day = try #require(Headless.firstMatch("[0-9]{4}-[0-9]{2}-[0-9]{2}", in: appointment))

        // Nobody records a result before the appointment: the desk is refused, naming the time.
        // (The list also holds the training cases' tasks: only those still due from this agency,
        // where this one, booked soonest, comes first.)
        try desk.send("m")
        try desk.waitFor(text: "mine still due")
        try desk.waitFor("the booking, seen from the other terminal") { screen in
            screen.split(separator: "\n").contains { $0.contains(number) && $0.contains("liwei") }
        }
        try desk.send("Enter")
        try desk.waitFor(text: "\(number) ·")
        // `t` is out of the bar before the appointment; pressing it says why at once.
        try desk.send("t")
        try desk.waitFor(text: "The inspection is booked for \(day) 09:00")
        try back()
        // The trainer moves the training clock to the appointment day (Ctrl-T; midday, whatever
        // the terminal's time zone), and 王强 takes the desk again.
        func switchTo(_ id: String, _ name: String) throws {
            try desk.send("F9")
            try desk.waitFor(text: "Switch operator")
            try desk.type(id)
            try desk.send("Enter")
            try desk.waitFor(text: "Now working as \(name)")
        }
        try switchTo("trainer", "培训讲师")
        try desk.send("C-t")
        try desk.waitFor(text: "Move the clock")
        try desk.type("\(day) 12:00")
        try desk.send("Enter")
        try desk.waitFor(text: "Clock moved to")
        try switchTo("wangqiang", "王强")
        try desk.waitFor(text: "Review queue", timeout: 30)
        try desk.send("j")

        // Each officer works the inspection from the task list: result, then release; customs
        // also assesses duty from the rate table.
        func fromTasks() throws {
            let list = try desk.waitFor(text: "Joint inspection tasks ·")
            // Still due from this agency: the training cases' done tasks drop out (`m` toggles,
            // and the list keeps it across F9).
            if !list.contains("mine still due") { try desk.send("m") }
            try desk.waitFor(text: "mine still due")
            try desk.waitFor("the booking, seen from the other terminal") { screen in
                screen.split(separator: "\n").contains { $0.contains(number) && $0.contains("liwei") }
            }
            try desk.send("Enter")
            try desk.waitFor(text: "\(number) ·")
        }
        func record(_ result: String) throws {
            try desk.send("t")
            try desk.waitFor(text: "Record the inspection result")
            try desk.type(result)
            try desk.send("Enter")
            try desk.waitFor(text: "\(number): inspected")
        }
        func release() throws {
            try desk.send("F10")
            try desk.waitFor(text: "Release declaration \(number)")
            try desk.send("y")
            try desk.waitFor(text: "\(number): released")
        }
        try fromTasks()
        try record("conforming: labels and samples as declared")
        try release()
        try back()
        try switchTo("zhangmin", "张敏")
        try desk.send("j")
        try fromTasks()
        try record("conforming: 2 cartons opened, labels correct")
        try desk.send("d")
        try desk.waitFor(text: "Assess duty")
        try desk.type("=")
        try desk.send("Enter")
        try desk.waitFor(text: "\(number): duties due")
        try desk.waitFor(text: "Duty: CNY ")

        // The broker pays; customs releases; the declaration is released once.
        try broker.waitFor(text: "── Customs: duties due")
        try broker.send("p")
        try broker.waitFor(text: "assessed by customs on \(number)?")
        try broker.send("y")
        try broker.waitFor(text: "\(number): duties paid")
        try desk.waitFor(text: "Customs: duties paid")
        try release()
        let done = try broker.waitFor(text: "RELEASED")
        #expect(done.components(separatedBy: "RELEASED").count == 2, "one release line:\n\(done)")
        // Headless agrees, by the customs number: one release, both results, the booked appointment.
        let shown = try Headless.run(["review", "show", number, "--db", db, "--as", "liwei", "--json"])
        #expect(shown.code == 0, "\(shown.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any])
        #expect(json["releasedAt"] is String)
        let lanes = try #require(json["lanes"] as? [[String: Any]])
        #expect(lanes.count == 2 && lanes.allSatisfy { $0["state"] as? String == "released" }, "\(lanes)")
        let task = try #require(json["jointInspection"] as? [String: String])
        #expect(task["appointment"]?.hasSuffix("09:00") == true && task["bookedBy"] == "liwei")
    }

    /// Two customs officers on two terminals, one queue: the second cannot claim what the first
    /// holds, and sees it claimed on his own screen without reloading by hand.
    @Test(.enabled(if: TmuxSession.tmuxAvailable))
    func twoOfficersNeverDecideTheSameLane() throws {
        let dir = try Headless.scratch("review-claim-e2e")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (db, imported) = try Headless.trainingDatabaseWithBatch(in: dir, name: "claim.db", submit: true)
        #expect(imported.out.contains("37 submitted"), "\(imported.out)\(imported.err)")

        let first = try TmuxSession(columns: 100, rows: 30, arguments: ["--db", db, "--as", "zhangmin", "--lang", "en"])
        defer { first.close() }
        let second = try TmuxSession(columns: 100, rows: 30, arguments: ["--db", db, "--as", "zhaolei", "--lang", "en"])
        defer { second.close() }
        for desk in [first, second] { try desk.waitFor(text: "Review queue", timeout: 30) }

        // Both open the oldest declaration needing action.
        let queue = try first.waitFor(text: "needs action")
        let number = try #require(Headless.firstMatch("2244[0-9]{14}", in: queue))
        for desk in [first, second] {
            try desk.send("Enter")
            try desk.waitFor(text: "\(number) · Customs")
        }
        try first.send("k")
        try first.waitFor(text: "Claimed \(number)")
        // The second screen follows the other terminal's claim...
        try second.waitFor(text: "· zhangmin")
        // ...and his own claim and decisions are refused, in words.
        try second.send("k")
        try second.waitFor(text: "Claimed by zhangmin")
        // Reject is out of his bar; pressing it says why at once, before any prompt.
        try second.send("x")
        try second.waitFor(text: "Claimed by zhangmin")
        #expect(!(try second.screen()).contains("Reject: reason"))
        let lane = try Headless.run(["review", "show", number, "--db", db, "--as", "zhangmin", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(lane.out.utf8)) as? [String: Any])
        let customs = try #require((json["lanes"] as? [[String: Any]])?.first { $0["agency"] as? String == "customs" })
        #expect(customs["state"] as? String != "rejected" && customs["claimedBy"] as? String == "zhangmin", "\(customs)")
    }
}
