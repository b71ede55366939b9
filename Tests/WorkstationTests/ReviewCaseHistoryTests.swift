import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The review screen of an amended declaration: the trader's record under its credit class,
/// the changes since the previous revision before the risk reasons, the trader's last
/// declarations at the end (it scrolls).
@Suite struct ReviewCaseHistoryTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// Customs returns the first submitted declaration; the broker amends the marks and line 1's
    /// model and resubmits it as revision 2. Another of the batch gets an inspection ordered.
    static func amended(_ fixture: TrainingFixture) throws -> Declaration {
        let ws = fixture.workspace
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture)
        let customs = try fixture.operatorNamed("zhangmin"), broker = try fixture.operatorNamed("liwei")
        let d = try #require(submitted.first)
        let lane = try #require(try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .customs))
        let claimed = try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: customs)
        fixture.clock.advance(by: 60)
        _ = try Review.decide(ws, declarationID: d.id, expectedVersion: claimed.version,
                              decision: .returnForCorrection(reason: "model incomplete"), by: customs)
        var amended = try Declarations.amend(ws, id: d.id, expectedVersion: try Declarations.load(ws, id: d.id, by: broker).version,
                                             by: broker)
        amended["marks"] = "N/M REV"
        amended.goods[0]["goodsModel"] = amended.goods[0]["goodsModel"] + "|无中文标签"
        fixture.clock.advance(by: 600)
        let resubmitted = try Declarations.submit(ws, amended, by: broker)
        // Sampling draws come from a random seed per routing: pinned so the screens are the same on every run.
        try ws.db.write {
            try ws.db.run("UPDATE risk_assessment SET seed = 20260302, sampling_draw = 4242 WHERE sampling_draw IS NOT NULL")
        }
        return resubmitted
    }

    static func screen(_ fixture: TrainingFixture, _ d: Declaration, language: Language, size: Size) throws -> Shell {
        let shell = try fixture.shell(as: "zhangmin", language: language, size: size)
        ReviewQueuePaneSupport.queue(shell).open(d.id, shell.app)
        return shell
    }

    @Test func theAmendmentAndTheTradersRecordAreOnTheFirstScreen() throws {
        let fixture = try TrainingFixture()
        let d = try Self.amended(fixture)
        #expect(d.revision == 2)
        let text = ReviewQueuePaneSupport.text(try Self.screen(fixture, d, language: .en, size: Size(width: 80, height: 24)))
        #expect(text.contains("Amended: changes since revision 1 (now revision 2)"))
        #expect(text.contains("Marks: N/M → N/M REV") || text.contains(": N/M → N/M REV"))
        #expect(text.contains("Goods line 1:"))
        #expect(text.contains("12 months:"))
        let zh = ReviewQueuePaneSupport.text(try Self.screen(fixture, d, language: .zh, size: Size(width: 80, height: 24)))
        #expect(zh.contains("修改申报：与第1版相比（现为第2版）"))
        #expect(zh.contains("商品第1项："))
    }

    @Test(arguments: [Language.en, .zh], sizes)
    func amendedSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        let d = try Self.amended(fixture)
        let shell = try Self.screen(fixture, d, language: language, size: size)
        Snapshot.assert(shell.screen(), named: "review-amended-\(language.rawValue)-\(size.width)x\(size.height)")
    }
}
