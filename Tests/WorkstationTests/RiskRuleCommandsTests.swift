@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// `review rules …` on a training database: the book listed and changed through the same domain
/// API as the pane; problems exit 1 in the user's language, refusals 3, bad usage 2.
@Suite struct RiskRuleCommandsTests {
    let fixture: TrainingFixture
    var db: String { fixture.databasePath }

    init() throws { fixture = try TrainingFixture() }

    func run(_ arguments: [String], lang: String = "en_US.UTF-8") -> (code: Int32, out: String, err: String) {
        fixture.cli(arguments, lang: lang)
    }

    func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func listShowsTheOfficersAgencyAndAllAddsSwitchedOff() throws {
        let customs = run(["review", "rules", "list", "--as", "zhangmin"])
        #expect(customs.code == 0 && customs.out.contains("C-HS-0306-ORIGIN") && !customs.out.contains("I-DEFAULT"))
        #expect(customs.out.contains("HS 0306 · from ECU,IND,VNM,THA"))
        let inspection = try json(run(["review", "rules", "list", "--as", "wangqiang", "--json"]).out)
        #expect(inspection.allSatisfy { $0["agency"] as? String == "inspection" } && inspection.count == 6)
        // Switched off: gone from the list, back with --all.
        let off = run(["review", "rules", "set", "C-HS-33", "--active", "no", "--note", "campaign over", "--as", "zhangmin"])
        #expect(off.code == 0 && off.out.contains("Saved C-HS-33 version 2"), "\(off.err)")
        #expect(!run(["review", "rules", "list", "--as", "zhangmin"]).out.contains("C-HS-33"))
        #expect(run(["review", "rules", "list", "--all", "--as", "zhangmin"]).out.contains("C-HS-33"))
        // The trainer sees both lanes unless --agency says which.
        let both = try json(run(["review", "rules", "list", "--as", "trainer", "--json"]).out)
        #expect(Set(both.compactMap { $0["agency"] as? String }) == ["customs", "inspection"])
        #expect(try json(run(["review", "rules", "list", "--agency", "inspection", "--as", "trainer", "--json"]).out).count == 6)
    }

    @Test func setKeepsWhatIsNotGivenAndHistoryShowsEveryVersion() throws {
        let set = run(["review", "rules", "set", "C-HS-0306-ORIGIN", "--origin", "IND,ECU", "--select-rate", "50",
                       "--note", "VNM and THA cleared", "--as", "zhangmin", "--json"])
        #expect(set.code == 0, "\(set.err)")
        let versions = try json(run(["review", "rules", "history", "C-HS-0306-ORIGIN", "--as", "zhangmin", "--json"]).out)
        #expect(versions.map { $0["version"] as? Int } == [1, 2])
        #expect(versions[1]["origins"] as? [String] == ["IND", "ECU"] && versions[1]["selectBasisPoints"] as? Int == 5000)
        #expect(versions[1]["outcome"] as? String == "red" && versions[1]["hsPrefixes"] as? [String] == ["0306"])
        #expect(versions[1]["changeNote"] as? String == "VNM and THA cleared" && versions[1]["changedBy"] as? String == "zhangmin")
        // An empty value clears a list.
        #expect(run(["review", "rules", "set", "C-HS-0306-ORIGIN", "--origin", "", "--note", "all origins", "--as", "zhangmin"]).code == 0)
        #expect(try RiskRules.latest(fixture.workspace.db, key: "C-HS-0306-ORIGIN")?.origins == [])
        let text = run(["review", "rules", "history", "C-HS-0306-ORIGIN", "--as", "zhangmin"])
        #expect(text.out.contains("v1") && text.out.contains("initial rule set") && text.out.contains("— all origins"))
        // A new key needs its agency (implied for an officer) and everything the domain requires.
        let new = run(["review", "rules", "set", "c-hs-9503", "--hs", "9503", "--outcome", "yellow", "--reason-en", "Toys: CCC mark",
                       "--reason-zh", "玩具：核查 CCC 标志", "--priority", "35", "--note", "toy recall", "--as", "zhangmin"])
        #expect(new.code == 0 && new.out.contains("Saved C-HS-9503 version 1"), "\(new.err)")
        #expect(try RiskRules.latest(fixture.workspace.db, key: "C-HS-9503")?.agency == .customs)
    }

    @Test func problemsExitOneInTheUsersLanguage() throws {
        let bad = run(["review", "rules", "set", "C-HS-33", "--outcome", "sampling_release", "--select-rate", "101",
                       "--reason-en", " ", "--note", "x", "--as", "zhangmin"])
        #expect(bad.code == 1)
        #expect(bad.err.contains("--outcome: sampling_release is not an outcome for the customs lane"))
        #expect(bad.err.contains("--select-rate: 10100 is not a rate between 0 and 10000 basis points"))
        #expect(bad.err.contains("--reason-en: is required"))
        let zh = run(["review", "rules", "set", "C-HS-33", "--priority", "high", "--as", "zhangmin"], lang: "zh_CN.UTF-8")
        #expect(zh.code == 1 && zh.err.contains("--priority: 不是整数：high") && zh.err.contains("--note: 必填"))
        // A value that cannot be read does not hide the others' problems.
        let both = run(["review", "rules", "set", "C-HS-33", "--outcome", "blue", "--select-rate", "1.234", "--note", "x", "--as", "zhangmin"])
        #expect(both.code == 1 && both.err.contains("--select-rate: has the wrong format: 1.234")
                && both.err.contains("--outcome: blue is not an outcome for the customs lane"))
        #expect(try RiskRules.history(fixture.workspace.db, key: "C-HS-33").count == 1)
        // Usage: an unknown verb, no key, --agency on an existing key.
        #expect(run(["review", "rules", "burn", "--as", "zhangmin"]).code == 2)
        #expect(run(["review", "rules", "set", "--note", "x", "--as", "zhangmin"]).code == 2)
        #expect(run(["review", "rules", "set", "C-HS-33", "--agency", "inspection", "--note", "x", "--as", "trainer"]).code == 2)
    }

    @Test func refusalsExitThree() throws {
        let inspection = run(["review", "rules", "set", "C-HS-33", "--outcome", "red", "--note", "x", "--as", "wangqiang"])
        #expect(inspection.code == 3 && inspection.err.contains("wangqiang may not change customs rules"))
        let zh = run(["review", "rules", "set", "C-HS-33", "--outcome", "red", "--note", "x", "--as", "wangqiang"], lang: "zh_CN.UTF-8")
        #expect(zh.code == 3 && zh.err.contains("wangqiang 无权修改customs规则"))
        #expect(run(["review", "rules", "list", "--as", "liwei"]).code == 3)
        #expect(run(["review", "rules", "history", "C-HS-33", "--as", "liwei"]).code == 3)
        #expect(try RiskRules.history(fixture.workspace.db, key: "C-HS-33").count == 1)
    }

    @Test func tryShowsAnEditsEffectWithoutWriting() throws {
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture, count: 8)
        let ws = fixture.workspace
        // A customs declaration routed green by C-DEFAULT.
        let d = try #require(submitted.first { d in
            (try? RiskAssessment.assessments(ws.db, declarationID: d.id).first { $0.verdict.agency == .customs }?.verdict.outcome) == "green"
        })
        let before = run(["review", "rules", "try", String(d.id), "--as", "zhangmin"])
        #expect(before.code == 0 && before.out.contains("customs: green by the current rules; routed green (same)"), "\(before.err)")
        #expect(!before.out.contains("inspection:"))
        let rule = try #require(try RiskRules.latest(ws.db, key: "C-DEFAULT"))
        #expect(run(["review", "rules", "set", "C-DEFAULT", "--outcome", "yellow", "--note", "everything checked this week",
                     "--as", "zhangmin"]).code == 0)
        let after = run(["review", "rules", "try", d.number ?? String(d.id), "--as", "zhangmin"])
        #expect(after.out.contains("customs: yellow by the current rules; routed green (changed)"))
        #expect(after.out.contains("← C-DEFAULT v\(rule.version + 1) yellow: \(rule.reasonEn)"))
        let lane = try #require(try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .customs))
        #expect(lane.detail["channel"] == "green")
        #expect(run(["review", "rules", "try", String(d.id), "--as", "liwei"]).code == 3)
    }
}
