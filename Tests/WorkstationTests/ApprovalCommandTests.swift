import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// `singlewindow approvals …` in-process on a training database: the window, the departments,
/// the tick, the decision and its code, the calendar — text and JSON.
@Suite struct ApprovalCommandTests {
    @Test func aStageFromApplicationToVerifiedDecision() throws {
        let f = try TrainingFixture()
        try f.loadApprovalSamples()
        var r = f.cli(["approvals", "register", "--investor", "913101153127416255", "--investor-name", "上海浦江实业有限公司",
                       "--name", "冷库", "--site", "芦潮港", "--district", "浦东新区", "--industry", "G5960", "--investment", "5000000",
                       "--land", "market", "--contact", "王经理", "--as", "liwei"])
        #expect(r.code == 0, "\(r.err)")
        let project = try #require(r.out.split(separator: " ").map(String.init).first { $0.hasPrefix("P2026-") })
        r = f.cli(["approvals", "apply", project + "/2", "--materials", "M01,M02,M07", "--as", "liwei"])
        #expect(r.code == 0, "\(r.err)")
        r = f.cli(["approvals", "check", project + "/2", "--as", "yangfan"])
        #expect(r.code == 1 && r.out.contains("M08") && r.out.contains("missing"))
        r = f.cli(["approvals", "accept", project + "/2", "--as", "yangfan"])
        #expect(r.code == 1 && r.err.contains("M08, M10"))
        r = f.cli(["approvals", "return", project + "/2", "--as", "yangfan", "--json"])
        #expect(r.code == 0 && r.out.contains("\"returned\""))
        #expect(f.cli(["approvals", "apply", project + "/2", "--materials", "M01,M02,M07,M08,M10", "--as", "liwei"]).code == 0)
        #expect(f.cli(["approvals", "accept", project + "/2", "--as", "liwei"]).code == 3)   // not the window
        #expect(f.cli(["approvals", "accept", project + "/2", "--as", "yangfan"]).code == 0)
        r = f.cli(["approvals", "decide", project + "/2", "reject", "--as", "fangyu"])
        #expect(r.code == 1 && r.err.contains("legal basis"))
        for who in ["fangyu", "jiangping"] { #expect(f.cli(["approvals", "decide", project + "/2", "approve", "--as", who]).code == 0) }
        r = f.cli(["approvals", "decide", project + "/2", "approve", "--as", "lujian"])
        #expect(r.code != 0)   // fire has no lane on this stage
        r = f.cli(["approvals", "decision", "issue", project + "/2", "--as", "yangfan"])
        #expect(r.code == 1 && r.err.contains("transport"))
        #expect(f.cli(["clock", "advance", "+40d", "--as", "trainer"]).code == 0)
        r = f.cli(["approvals", "tick", "--json"])
        #expect(r.code == 0 && r.out.contains("\"applied\""))
        r = f.cli(["approvals", "show", project, "--as", "yangfan"])
        #expect(r.out.contains("deemed approved (timeout)"))
        r = f.cli(["approvals", "decision", "issue", project + "/2", "--as", "yangfan"])
        #expect(r.code == 0, "\(r.err)")
        let out = f.directory.appendingPathComponent("decision.txt").path
        r = f.cli(["approvals", "decision", "print", project + "/2", "--out", out, "--as", "yangfan", "--json"])
        #expect(r.code == 0, "\(r.err)")
        let paper = try String(contentsOfFile: out, encoding: .utf8)
        let code = try #require(paper.split(separator: "\n").first { $0.hasPrefix("Verification code: ") }?.dropFirst(19))
        #expect(paper.contains("no opinion by the deadline: deemed to agree"))
        #expect(f.cli(["approvals", "verify", String(code)]).code == 0)
        #expect(f.cli(["approvals", "decision", "verify", "0000-0000-0000-0000-0000"]).code == 1)
        r = f.cli(["approvals", "decision", "print", project + "/2", "--as", "yangfan"], lang: "zh_CN.UTF-8")
        #expect(r.out.contains("综合审批决定书") && r.out.contains("逾期未提出意见，视为同意"))
    }

    @Test func calendarQuestionsAnswerHeadless() throws {
        let f = try TrainingFixture()
        try f.loadApprovalSamples()
        var r = f.cli(["approvals", "calendar", "show", "2026"])
        #expect(r.code == 0 && r.out.hasPrefix("2026: 248 working days"))
        r = f.cli(["approvals", "calendar", "due", "2026-02-13", "1", "--json"])
        #expect(r.out.contains("\"due\" : \"2026-02-14\""))
        r = f.cli(["approvals", "calendar", "show", "2027"])
        #expect(r.out.contains("provisional: the 2027 calendar is not loaded"))
        let file = f.directory.appendingPathComponent("calendar-2027.csv")
        try "# source: test\ndate,kind,name\n2027-01-01,holiday,元旦\n2027-02-20,workday,调休\n".write(to: file, atomically: true, encoding: .utf8)
        r = f.cli(["approvals", "calendar", "load", file.path, "--as", "yangfan"])
        #expect(r.code == 0 && r.out.contains("calendar 2027 loaded"), "\(r.err)")
        r = f.cli(["approvals", "calendar", "due", "2027-02-19", "1"])
        #expect(r.out.contains("due 2027-02-20"))
        #expect(f.cli(["approvals", "calendar", "load", file.path, "--as", "liwei"]).code == 3)
        #expect(f.cli(["approvals", "calendar", "due", "not-a-date", "1"]).code == 2)
    }

    @Test func theQueueIsKeysetPaged() throws {
        let f = try TrainingFixture()
        try f.loadApprovalSamples()
        let ws = f.workspace
        let window = try #require(try Operators.find(ws.db, "yangfan"))
        for i in 0..<5 {
            _ = try Lanes.open(ws.db, kind: .approvalStage, caseID: "PX-\(i)/3", agencies: [.fire], initialState: "pending",
                               at: ws.now(), by: window, deadline: ws.now().addingTimeInterval(Double(86_400 * (i + 10))),
                               detail: ["due": "2026-03-2\(i)"])
        }
        let first = f.cli(["approvals", "queue", "--department", "fire", "--limit", "3"])
        let next = try #require(first.out.split(separator: "\n").last?.split(separator: " ").last.map(String.init))
        let second = f.cli(["approvals", "queue", "--department", "fire", "--limit", "3", "--after", next])
        let all = (first.out + second.out).split(separator: "\n").filter { $0.hasPrefix("P") }
        #expect(all.count == 6 && Set(all).count == 6)
    }

    @Test func warningsListTheDepartmentAndItsLateCases() throws {
        let f = try TrainingFixture()
        try f.loadApprovalSamples()
        #expect(f.cli(["approvals", "warnings", "list"]).out.contains("no efficiency warnings"))
        #expect(f.cli(["clock", "advance", "+3d", "--as", "trainer"]).code == 0)
        #expect(f.cli(["approvals", "tick"]).code == 0)
        let r = f.cli(["approvals", "warnings", "list", "--json"])
        #expect(r.code == 0 && r.out.contains("\"warnings\""))
    }
}

/// An applicant reads only its own projects: those its enterprise invests in or it registered.
extension ApprovalCommandTests {
    @Test func anApplicantSeesOnlyItsOwnProjects() throws {
        let f = try TrainingFixture()
        try f.loadApprovalSamples()
        func ids(_ who: String) throws -> [String] {
            let r = f.cli(["approvals", "projects", "--json", "--as", who])
            #expect(r.code == 0, "\(r.err)")
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
            return rows.compactMap { ($0["project"] as? [String: Any])?["id"] as? String }
        }
        let all = try ids("yangfan"), reviewer = try ids("xuhong")
        #expect(!all.isEmpty && all == reviewer)
        // 吴磊 works for another brokerage: no project of his, and another's is refused by id.
        let none = try ids("wulei")
        #expect(none.isEmpty)
        let refused = f.cli(["approvals", "show", all[0], "--as", "wulei"])
        #expect(refused.code == 3, "\(refused.out)\(refused.err)")
        // One he registers himself is his to see.
        let r = f.cli(["approvals", "register", "--investor", "913101153129000089", "--investor-name", "上海洋山国际物流有限公司",
                       "--name", "堆场", "--site", "洋山", "--district", "浦东新区", "--industry", "G5960", "--investment", "1000000",
                       "--land", "market", "--contact", "吴经理", "--as", "wulei"])
        #expect(r.code == 0, "\(r.err)")
        let own = try ids("wulei")
        #expect(own.count == 1)
        #expect(f.cli(["approvals", "show", try #require(own.first), "--as", "wulei"]).code == 0)
    }
}
