import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The S1 batch imported as 李伟 and its first drafts submitted, so both officers' queues hold
/// routed declarations; and a handle on the queue pane behind the shell.
enum ReviewQueuePaneSupport {
    /// Submits up to `count` of the imported drafts (those that pass the checks), oldest first.
    @discardableResult
    static func submitSome(_ fixture: TrainingFixture, count: Int = 8) throws -> [Declaration] {
        try DeclarationTestSupport.importBatch(fixture)
        let ws = fixture.workspace
        try switchOffRandomFloors(fixture)
        let broker = try #require(try Operators.find(ws.db, "liwei"))
        let ids = try ws.db.query("SELECT id FROM declaration WHERE status = 'draft' ORDER BY id LIMIT 40").compactMap { $0.int64("id") }
        var done: [Declaration] = []
        for id in ids where done.count < count {
            // Minutes apart, so the queue's order (waiting since) is the submission order.
            fixture.clock.advance(by: 60)
            if let submitted = try? Declarations.submit(ws, try Declarations.load(ws, id: id, by: broker), by: broker) {
                done.append(submitted)
            }
        }
        return done
    }

    /// The customs random floors draw a share of declarations into red or yellow at random; the
    /// screens must be the same on every run, so (as an officer would) they get an inactive version.
    static func switchOffRandomFloors(_ fixture: TrainingFixture) throws {
        let officer = try #require(try Operators.find(fixture.workspace.db, "zhangmin"))
        for key in ["C-RANDOM-RED", "C-RANDOM-YELLOW"] {
            guard var rule = try RiskRules.history(fixture.workspace.db, key: key).last else { continue }
            rule.active = false
            try RiskRules.save(fixture.workspace, rule, note: "switched off for fixed test screens", by: officer)
        }
    }

    static func queue(_ shell: Shell) -> ReviewQueuePane { (shell.panes[.declarations] as! DeclarationsTabPane).queue }

    static func text(_ shell: Shell) -> String { shell.screen().lines().joined(separator: "\n") }
}
