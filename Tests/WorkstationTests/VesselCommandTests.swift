@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// `singlewindow vessels …` in process, on the training fixture's database file.
@Suite struct VesselCommandTests {
    struct Result { var code: Int32; var out: String; var err: String }

    let fixture: TrainingFixture

    init() throws {
        fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
    }

    var dbPath: String { fixture.directory.appendingPathComponent("training.db").path }

    func run(_ arguments: [String], as actor: String? = nil) -> Result {
        let captured = CapturedConsole()
        var args = arguments + ["--db", dbPath, "--lang", "en"]
        if let actor { args += ["--as", actor] }
        let code = SingleWindowCLI.run(arguments: args, environment: [:], console: captured.console) { _ in .usage }
        return Result(code: code, out: captured.out, err: captured.err)
    }

    @Test func listPagesByCursorAndFiltersByState() throws {
        let first = run(["vessels", "list", "--limit", "2"], as: "trainer")
        #expect(first.code == 0)
        #expect(first.out.contains("CNSHA2026A00001"))
        #expect(first.out.contains("more: --after CNSHA2026A00002"))
        let second = run(["vessels", "list", "--limit", "2", "--after", "CNSHA2026A00002", "--json"], as: "trainer")
        let page = try JSONSerialization.jsonObject(with: Data(second.out.utf8)) as! [String: Any]
        #expect((page["calls"] as! [[String: Any]]).map { $0["id"] as! String } == ["CNSHA2026A00003", "CNSHA2026D00001"])
        #expect(page["next"] == nil)
        let drafts = run(["vessels", "list", "--state", "draft"], as: "trainer")
        #expect(drafts.out.split(separator: "\n").count == 1)
        #expect(run(["vessels", "list", "--state", "sunk"], as: "trainer").code == 2)
        // A draft is the agent's until submitted: no officer lists or reads it.
        #expect(run(["vessels", "list", "--state", "draft"], as: "zhangmin").out.isEmpty)
        #expect(!run(["vessels", "list"], as: "zhangmin").out.contains("CNSHA2026D00001"))
        #expect(run(["vessels", "show", "CNSHA2026D00001"], as: "zhangmin").code == 3)
        #expect(run(["vessels", "list", "--state", "draft"], as: "chenjing").out.contains("CNSHA2026D00001"))
    }

    @Test func showGivesLanesAndTimes() throws {
        let r = run(["vessels", "show", "CNSHA2026A00001", "--json"], as: "zhangmin")
        #expect(r.code == 0)
        let detail = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        #expect((detail["lanes"] as! [[String: Any]]).map { $0["agency"] as! String } == ["customs", "inspection", "border", "maritime"])
        #expect(run(["vessels", "show", "NOPE"], as: "zhangmin").code == 3)
    }

    @Test func createImportRefusedThenImportedAndSubmitted() throws {
        let created = run(["vessels", "create", try fixture.arrivalFile().path, "--json"], as: "chenjing")
        #expect(created.code == 0, "\(created.err)")
        let call = try JSONSerialization.jsonObject(with: Data(created.out.utf8)) as! [String: Any]
        let id = call["id"] as! String
        #expect(id == "CNSHA2026A00004")

        let refused = run(["vessels", "import-crew", id, try fixture.brokenCrewFile().path], as: "chenjing")
        #expect(refused.code == 1)
        #expect(refused.err.contains("2 problems, nothing imported"))
        #expect(refused.err.contains("crew-broken.csv:3:4: Nationality:"))
        #expect(refused.err.contains("crew-broken.csv:4:5: Date of birth:"))
        #expect(try VesselCalls.call(fixture.workspace.db, id: id)?.declaration.crew.isEmpty == true)

        let imported = run(["vessels", "import-crew", id, TrainingFixture.crewFile.path], as: "chenjing")
        #expect(imported.code == 0)
        #expect(imported.out.contains("20"))
        let submitted = run(["vessels", "submit", id], as: "chenjing")
        #expect(submitted.code == 0, "\(submitted.err)")
        #expect(try VesselClearance.lanes(fixture.workspace.db, callID: id).count == 4)
        // An officer may not declare.
        #expect(run(["vessels", "submit", id], as: "zhangmin").code == 3)
    }

    @Test func departureGatePrintAndVerify() throws {
        for officer in ["zhangmin", "wangqiang", "liuyang", "zhoujun"] {
            #expect(run(["vessels", "decide", "CNSHA2026A00001", "release"], as: officer).code == 0)
        }
        let departure = run(["vessels", "create", "--from", "CNSHA2026A00001", "--voyage", "083W", "--crew", "no-change", "--json"],
                            as: "chenjing")
        #expect(departure.code == 0, "\(departure.err)")
        let id = (try JSONSerialization.jsonObject(with: Data(departure.out.utf8)) as! [String: Any])["id"] as! String
        #expect(run(["vessels", "submit", id], as: "chenjing").code == 0)

        let early = run(["vessels", "decide", id, "release"], as: "zhoujun")
        #expect(early.code == 1)
        #expect(early.err.contains("maritime cannot release a departure before customs, quarantine and border control"))

        let query = run(["vessels", "decide", id, "query", "--message", "Crew 4 passport?"], as: "liuyang")
        #expect(query.code == 0)
        #expect(run(["vessels", "decide", id, "answer", "--message", "Renewed"], as: "chenjing").code == 0)
        #expect(run(["vessels", "decide", id, "hold"], as: "liuyang").code == 1, "a hold needs a reason")
        for officer in ["zhangmin", "wangqiang", "liuyang"] {
            #expect(run(["vessels", "decide", id, "release"], as: officer).code == 0)
        }
        let last = run(["vessels", "decide", id, "release"], as: "zhoujun")
        #expect(last.out.contains("port clearance CNSHA2026000001 issued"))

        let file = fixture.directory.appendingPathComponent("pc.txt").path
        let printed = run(["vessels", "print", id, "--out", file, "--json"], as: "chenjing")
        #expect(printed.code == 0, "\(printed.err)")
        let info = try JSONSerialization.jsonObject(with: Data(printed.out.utf8)) as! [String: Any]
        let code = info["code"] as! String
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains(code))
        let reprint = run(["vessels", "print", id, "--out", file], as: "chenjing")
        #expect(reprint.out.contains("copy 2"))
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("copy 2 (reprint)"))

        #expect(run(["vessels", "verify", code]).code == 0)
        #expect(run(["vessels", "verify", code.lowercased().replacingOccurrences(of: "-", with: "")]).code == 0)
        let forged = run(["vessels", "verify", "0000-0000-0000-0000-0000"])
        #expect(forged.code == 1)
        #expect(forged.out.contains("unknown code"))
    }

    /// Issue 9, item 7: the same arrival (IMO, voyage, direction, port) twice is a domain
    /// refusal naming the call that has it (exit 1); another voyage is another call.
    @Test func theSameCallTwiceIsRefused() throws {
        // The sample arrival CNSHA2026A00001 is ZHONG HAI XIANG YUN voyage 082E at CNSHA.
        let again = run(["vessels", "create", try fixture.arrivalFile(voyage: "082E").path], as: "chenjing")
        #expect(again.code == 1)
        #expect(again.err.contains("already declared as call CNSHA2026A00001"), "\(again.err)")
        let json = run(["vessels", "create", try fixture.arrivalFile(voyage: "082E").path, "--json"], as: "chenjing")
        #expect(json.code == 1 && json.out.contains("CNSHA2026A00001"))
        let other = run(["vessels", "create", try fixture.arrivalFile(voyage: "090E").path], as: "chenjing")
        #expect(other.code == 0, "\(other.err)")
        let twice = run(["vessels", "create", try fixture.arrivalFile(voyage: "090E").path, "--lang", "zh"], as: "chenjing")
        #expect(twice.code == 1 && twice.err.contains("CNSHA2026A00004"), "\(twice.err)")
    }

    @Test func theSameDepartureTwiceIsRefused() throws {
        for officer in ["zhangmin", "wangqiang", "liuyang", "zhoujun"] {
            #expect(run(["vessels", "decide", "CNSHA2026A00001", "release"], as: officer).code == 0)
        }
        let first = run(["vessels", "create", "--from", "CNSHA2026A00001", "--voyage", "083W", "--json"], as: "chenjing")
        #expect(first.code == 0, "\(first.err)")
        let id = (try JSONSerialization.jsonObject(with: Data(first.out.utf8)) as! [String: Any])["id"] as! String
        let second = run(["vessels", "create", "--from", "CNSHA2026A00001", "--voyage", "083W"], as: "chenjing")
        #expect(second.code == 1 && second.err.contains("departure") && second.err.contains(id), "\(second.err)")
    }

    @Test func usageErrorsExitTwo() {
        #expect(run(["vessels", "sink", "X"], as: "chenjing").code == 2)
        #expect(run(["vessels", "decide", "CNSHA2026A00001", "torpedo"], as: "zhangmin").code == 2)
        #expect(run(["vessels", "list", "--bogus"], as: "zhangmin").code == 2)
        #expect(run(["vessels", "show"], as: "zhangmin").code == 2)
        #expect(run(["vessels", "create", "--from", "CNSHA2026A00001"], as: "chenjing").code == 2)
        let help = run(["vessels", "--help"])
        #expect(help.code == 0)
        #expect(help.out.contains("vessels decide CALL"))
    }
}

@Suite struct VesselErrorTextTests {
    @Test func aMissingFileIsSaidInTheUsersLanguage() {
        let error = VesselFileError.unreadable(path: "/nonexistent/crew.csv", detail: "The file doesn’t exist.")
        #expect(VesselErrorText.lines(error, Strings(.zh)) == ["文件不存在：/nonexistent/crew.csv"])
        #expect(VesselErrorText.lines(error, Strings(.en)) == ["No such file: /nonexistent/crew.csv"])
    }
}

/// `lanes assign | unassign` on a vessel call's lanes: a hand-over within an agency.
extension VesselCommandTests {
    @Test func aLaneAssignedToOneOfficerIsOnlyHis() throws {
        let assigned = run(["lanes", "assign", "vessel_call", "CNSHA2026A00001", "customs", "zhaolei", "--json"], as: "zhangmin")
        #expect(assigned.code == 0, "\(assigned.err)")
        let lane = try JSONSerialization.jsonObject(with: Data(assigned.out.utf8)) as! [String: Any]
        #expect(lane["assignedTo"] as? String == "zhaolei" && lane["agency"] as? String == "customs")
        let refused = run(["vessels", "decide", "CNSHA2026A00001", "release"], as: "zhangmin")
        #expect(refused.code == 1 && refused.err.contains("zhaolei"), "\(refused.err)")
        // Another agency's officer may not assign, nor may a lane go to another agency's officer.
        #expect(run(["lanes", "assign", "vessel_call", "CNSHA2026A00001", "customs", "zhangmin"], as: "liuyang").code == 1)
        let wrong = run(["lanes", "assign", "vessel_call", "CNSHA2026A00001", "customs", "liuyang"], as: "zhangmin")
        #expect(wrong.code == 1 && wrong.err.contains("liuyang is not an active officer of Customs"), "\(wrong.err)")
        let back = run(["lanes", "unassign", "vessel_call", "CNSHA2026A00001", "customs"], as: "zhaolei")
        #expect(back.code == 0 && back.out.contains("back with the whole agency"), "\(back.out)")
        #expect(run(["vessels", "decide", "CNSHA2026A00001", "release"], as: "zhangmin").code == 0)
        #expect(run(["lanes", "assign", "ship", "X", "customs", "zhaolei"], as: "zhangmin").code == 2)
        #expect(run(["lanes", "assign", "vessel_call", "CNSHA2026A00001"], as: "zhangmin").code == 2)
    }
}

/// A question waiting for the agent shows in the list, not only on the call's screen.
extension VesselCommandTests {
    @Test func anOpenQueryIsFlaggedInTheList() throws {
        let before = run(["vessels", "list", "--json"], as: "chenjing")
        let rows = { (text: String) throws -> [String: Int] in
            let page = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let calls = try #require(page["calls"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: calls.map { ($0["id"] as! String, $0["openQueries"] as! Int) })
        }
        #expect(try rows(before.out)["CNSHA2026A00001"] == 0)
        #expect(run(["vessels", "decide", "CNSHA2026A00001", "query", "--message", "passport?"], as: "liuyang").code == 0)
        #expect(run(["vessels", "decide", "CNSHA2026A00001", "query", "--message", "invoice?"], as: "zhangmin").code == 0)
        let after = run(["vessels", "list", "--json"], as: "chenjing")
        #expect(try rows(after.out)["CNSHA2026A00001"] == 2 && rows(after.out)["CNSHA2026A00002"] == 0)
        let text = run(["vessels", "list"], as: "chenjing").out
        #expect(text.split(separator: "\n").first { $0.contains("CNSHA2026A00001") }?.contains("query ×2") == true, "\(text)")
        let answered = run(["vessels", "decide", "CNSHA2026A00001", "answer", "--agency", "border", "--message", "attached"], as: "chenjing")
        #expect(answered.code == 0, "\(answered.err)")
        #expect(try rows(run(["vessels", "list", "--json"], as: "chenjing").out)["CNSHA2026A00001"] == 1)
    }
}

/// An officer's to-do: the calls whose lane of the officer's own agency waits for it.
extension VesselCommandTests {
    @Test func waitingForMyAgencyIsTheOfficersToDo() throws {
        let ids = { (who: String) in
            run(["vessels", "list", "--waiting"], as: who).out.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
                .filter { $0.hasPrefix("CNSHA") }
        }
        #expect(ids("zhangmin") == ["CNSHA2026A00001", "CNSHA2026A00002", "CNSHA2026A00003"])
        #expect(run(["vessels", "decide", "CNSHA2026A00001", "release"], as: "zhangmin").code == 0)
        #expect(ids("zhangmin") == ["CNSHA2026A00002", "CNSHA2026A00003"])
        // Border control still has all three to do; a held lane still waits.
        #expect(run(["vessels", "decide", "CNSHA2026A00002", "hold", "--message", "boarding at 10:00"], as: "liuyang").code == 0)
        #expect(ids("liuyang") == ["CNSHA2026A00001", "CNSHA2026A00002", "CNSHA2026A00003"])
        // A question put to the agent is the agent's turn, not the officer's.
        #expect(run(["vessels", "decide", "CNSHA2026A00003", "query", "--message", "crew list?"], as: "liuyang").code == 0)
        #expect(ids("liuyang") == ["CNSHA2026A00001", "CNSHA2026A00002"])
        #expect(run(["vessels", "list", "--waiting"], as: "chenjing").code == 2)
    }
}
