@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// The headless review commands on a generated training database: the queue pages by cursor,
/// officers claim and decide through the same domain API as the pane.
@Suite struct ReviewCommandsTests {
    let fixture: TrainingFixture

    init() throws { fixture = try TrainingFixture() }

    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) { fixture.cli(arguments) }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func generateThenPageClaimAndDecide() throws {
        let generated = run(["generate", "--declarations", "300", "--seed", "7", "--as", "trainer"])
        #expect(generated.code == 0 && generated.out.contains("generated 300 declarations"), "\(generated.err)")

        let first = try json(run(["review", "queue", "--limit", "10", "--as", "zhangmin", "--json"]).out)
        let items = try #require(first["items"] as? [[String: Any]])
        #expect(items.count == 10 && first["previous"] == nil)
        let next = try #require(first["next"] as? String)
        let second = try json(run(["review", "queue", "--limit", "10", "--after", next, "--as", "zhangmin", "--json"]).out)
        let secondItems = try #require(second["items"] as? [[String: Any]])
        let back = try json(run(["review", "queue", "--limit", "10", "--before", try #require(second["previous"] as? String),
                                 "--as", "zhangmin", "--json"]).out)
        let ids = { (list: [[String: Any]]) in list.compactMap { $0["laneID"] as? Int } }
        let backItems = try #require(back["items"] as? [[String: Any]])
        #expect(Set(ids(items)).isDisjoint(with: ids(secondItems)) && ids(backItems) == ids(items))

        // An officer of the other agency is refused the customs queue.
        #expect(run(["review", "queue", "--agency", "customs", "--as", "wangqiang"]).code == 3)

        // Claim a received customs lane, then a second officer cannot decide on it.
        let received = try json(run(["review", "queue", "--state", "received", "--limit", "1", "--as", "zhangmin", "--json"]).out)
        let id = String(try #require((received["items"] as? [[String: Any]])?.first?["declarationID"] as? Int))
        #expect(run(["review", "claim", id, "--as", "zhangmin"]).out.contains("under_review"))
        let refused = run(["review", "decide", id, "--action", "reject", "--reason", "x", "--as", "zhaolei"])
        #expect(refused.code == 3 && refused.err.contains("claimed by zhangmin"))
        // In Chinese the same refusals read as the review screen words them, exit codes unchanged.
        let zh = run(["review", "decide", id, "--action", "reject", "--reason", "x", "--as", "zhaolei", "--lang", "zh"])
        #expect(zh.code == 3 && zh.err.contains("已由 zhangmin 认领") && !zh.err.contains("claimed"), "\(zh.err)")
        let wrong = run(["review", "decide", id, "--action", "reject", "--reason", "x", "--as", "wangqiang", "--lang", "zh"])
        #expect(wrong.code == 3 && wrong.err.contains("请先认领（k）再作决定"), "\(wrong.err)")
        // A stale version is refused with the reload message.
        let stale = run(["review", "decide", id, "--action", "reject", "--reason", "x", "--lane-version", "1", "--as", "zhangmin"])
        #expect(stale.code == 3 && stale.err.contains("changed since you loaded it"))
        let ordered = run(["review", "decide", id, "--action", "order-inspection", "--instruction", "open 2 containers", "--as", "zhangmin"])
        #expect(ordered.code == 0 && ordered.out.contains("inspection_ordered"))
        #expect(run(["review", "decide", id, "--action", "fly", "--as", "zhangmin"]).code == 2)
        let shown = run(["review", "show", id, "--as", "zhangmin"])
        #expect(shown.out.contains("joint inspection at") && shown.out.contains("[customs] open 2 containers"))
    }

    /// The queue's filters are checked as the pane's form checks them: a wrong value is a usage
    /// error naming the option, never a silently empty page.
    @Test func queueFiltersRefuseWhatCannotMatch() throws {
        _ = run(["generate", "--declarations", "40", "--seed", "3", "--as", "trainer"])
        for (args, needle) in [(["--chapter", "3"], "--chapter"), (["--chapter", "98"], "--chapter"),
                               (["--credit", "excellent"], "--credit"), (["--trader", "91310000132149237X"], "not a valid USCC"),
                               (["--from", "2026-02-30"], "--from"), (["--from", "2026-03-02", "--until", "2026-03-01"], "before --from")] {
            let r = run(["review", "queue", "--as", "zhangmin"] + args)
            #expect(r.code == 2 && r.err.contains(needle), "\(args): \(r.err)")
        }
        let all = try json(run(["review", "queue", "--limit", "100", "--as", "zhangmin", "--json"]).out)
        let rows = try #require(all["items"] as? [[String: Any]])
        let name = try #require(rows.first?["traderName"] as? String)
        let byName = try json(run(["review", "queue", "--limit", "100", "--trader-name", String(name.prefix(4)), "--as", "zhangmin", "--json"]).out)
        let named = try #require(byName["items"] as? [[String: Any]])
        #expect(!named.isEmpty && named.allSatisfy { ($0["traderName"] as? String)?.hasPrefix(String(name.prefix(4))) == true })
        #expect(named.count == rows.filter { ($0["traderName"] as? String)?.hasPrefix(String(name.prefix(4))) == true }.count)
        let credit = try #require(rows.first?["creditClass"] as? String)
        let byCredit = try json(run(["review", "queue", "--limit", "100", "--credit", credit, "--as", "zhangmin", "--json"]).out)
        #expect(((byCredit["items"] as? [[String: Any]]) ?? []).count == rows.filter { $0["creditClass"] as? String == credit }.count)
    }

    @Test func tasksTakeTheBookingSwitches() throws {
        #expect(run(["review", "tasks", "--booked", "--unbooked", "--as", "zhangmin"]).code == 2)
        #expect(run(["review", "tasks", "--booked", "--due", "--as", "zhangmin"]).code == 0)
    }

    /// `review show ID --projection`: the declaration as the officer's agency received it, as
    /// the review screen's `p` page shows it; each agency its own codes.
    @Test func showTheProjection() throws {
        _ = run(["generate", "--declarations", "30", "--seed", "5", "--as", "trainer"])
        let page = try json(run(["review", "queue", "--view", "done", "--limit", "1", "--as", "wangqiang", "--json"]).out)
        let id = String(try #require((page["items"] as? [[String: Any]])?.first?["declarationID"] as? Int))
        let inspection = try json(run(["review", "show", id, "--projection", "--as", "wangqiang", "--json"]).out)
        #expect(inspection["agency"] as? String == "inspection")
        let header = try #require(inspection["header"] as? [String: String])
        #expect(header["traderName"] != nil && header["customsDistrict"] == nil, "customs-only items stay with customs: \(header)")
        let customs = try json(run(["review", "show", id, "--projection", "--agency", "customs", "--as", "trainer", "--json"]).out)
        #expect((customs["header"] as? [String: String])?["customsDistrict"] != nil)
        let text = run(["review", "show", id, "--projection", "--as", "zhangmin"])
        #expect(text.code == 0 && text.out.contains("as received by customs") && text.out.contains("goods line 1"))
        #expect(run(["review", "show", id, "--projection", "--as", "trainer"]).code == 2)
    }
}
