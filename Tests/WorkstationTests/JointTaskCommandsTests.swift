@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// `singlewindow review tasks`: the joint inspections by appointment, paged by cursor.
@Suite struct JointTaskCommandsTests {
    let fixture: TrainingFixture

    init() throws { fixture = try TrainingFixture() }

    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) { fixture.cli(arguments) }

    func items(_ arguments: [String]) throws -> (items: [[String: Any]], object: [String: Any]) {
        let out = run(["review", "tasks", "--json"] + arguments)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.out.utf8)) as? [String: Any], "\(out.err)")
        return (try #require(object["items"] as? [[String: Any]]), object)
    }

    @Test func tasksByAppointmentFilteredAndPaged() throws {
        let tasks = try JointTaskSupport.make(fixture)
        let d = tasks.declarations.map(\.id)
        try #require(d.count == 3)
        let ids = { (list: [[String: Any]]) in list.compactMap { ($0["declarationID"] as? Int).map(Int64.init) } }

        // Booked first by appointment (3 March 10:30, 4 March 14:00), then the unbooked one.
        let all = try items(["--as", "zhangmin"])
        #expect(ids(all.items) == [d[1], d[0], d[2]])
        #expect(all.items[0]["day"] as? String == "2026-03-03" && all.items[0]["start"] as? String == "10:30")
        #expect(all.items[1]["results"] as? [String: String] == ["customs": "labels corrected on site"])
        #expect(all.items[1]["due"] as? [String] == ["inspection"] && all.items[2]["bookedBy"] == nil)

        #expect(ids(try items(["--view", "unbooked", "--as", "zhangmin"]).items) == [d[2]])
        #expect(ids(try items(["--mine", "--as", "zhangmin"]).items) == [d[1], d[2]])
        #expect(ids(try items(["--mine", "--as", "wangqiang"]).items) == [d[0]])
        #expect(ids(try items(["--day", "2026-03-04", "--as", "trainer"]).items) == [d[0]])

        // One a page: forward by `next`, back by `previous`.
        let first = try items(["--limit", "1", "--as", "zhangmin"])
        let next = try #require(first.object["next"] as? String)
        let second = try items(["--limit", "1", "--after", next, "--as", "zhangmin"])
        #expect(ids(second.items) == [d[0]])
        let back = try items(["--limit", "1", "--before", try #require(second.object["previous"] as? String), "--as", "zhangmin"])
        #expect(ids(back.items) == [d[1]])

        // Text: one line a task, with where to go next.
        let text = run(["review", "tasks", "--limit", "2", "--as", "zhangmin"])
        #expect(text.code == 0 && text.out.contains("2026-03-03 10:30") && text.out.contains("customs done, inspection due"))
        #expect(text.out.contains("next: --after b:2026-03-04T14:00,"))

        // A broker is refused; a bad day or cursor is a usage error.
        #expect(run(["review", "tasks", "--as", "liwei"]).code == 3)
        #expect(run(["review", "tasks", "--agency", "inspection", "--as", "zhangmin"]).code == 3)
        #expect(run(["review", "tasks", "--day", "3 March", "--as", "zhangmin"]).code == 2)
        #expect(run(["review", "tasks", "--after", "nonsense", "--as", "zhangmin"]).code == 2)
    }
}
