import Foundation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// The headless review commands on a generated training database: the queue pages by cursor,
/// officers claim and decide through the same domain API as the pane.
@Suite struct ReviewCommandsTests {
    let fixture: TrainingFixture
    var db: String { fixture.directory.appendingPathComponent("training.db").path }

    init() throws { fixture = try TrainingFixture() }

    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let captured = CapturedConsole()
        let code = SingleWindowCLI.run(arguments: arguments + ["--db", db], environment: ["LANG": "en_US.UTF-8"],
                                       console: captured.console) { _ in .usage }
        return (code, captured.out, captured.err)
    }

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
        // A stale version is refused with the reload message.
        let stale = run(["review", "decide", id, "--action", "reject", "--reason", "x", "--lane-version", "1", "--as", "zhangmin"])
        #expect(stale.code == 3 && stale.err.contains("changed since you loaded it"))
        let ordered = run(["review", "decide", id, "--action", "order-inspection", "--instruction", "open 2 containers", "--as", "zhangmin"])
        #expect(ordered.code == 0 && ordered.out.contains("inspection_ordered"))
        #expect(run(["review", "decide", id, "--action", "fly", "--as", "zhangmin"]).code == 2)
        let shown = run(["review", "show", id, "--as", "zhangmin"])
        #expect(shown.out.contains("joint inspection at") && shown.out.contains("[customs] open 2 containers"))
    }
}
