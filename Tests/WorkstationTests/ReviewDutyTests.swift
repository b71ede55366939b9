@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Duty on the officers' screen, the broker's status page and headless: CNY amounts, duty-free
/// shown as such, the guarantee key `g` and `--action guarantee`, and the refusals in both languages.
@Suite struct ReviewDutyTests {
    let fixture: TrainingFixture

    init() throws { fixture = try TrainingFixture() }

    /// The yellow cosmetics declaration (no inspection needed), customs lane.
    func cosmetics() throws -> Declaration {
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture)
        return try #require(submitted.first { d in
            d.goods.first?.hsCode.hasPrefix("33") == true
                && (try? Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(d.id), agency: .customs))?.detail["channel"] == "yellow"
        })
    }

    func open(_ d: Declaration, as id: String = "zhangmin", language: Language = .en) throws -> Shell {
        let shell = try fixture.shell(as: id, language: language, size: Size(width: 120, height: 40))
        ReviewQueuePaneSupport.queue(shell).open(d.id, shell.app)
        return shell
    }

    @Test func releaseIsRefusedUnpaidThenAllowedUnderAGuaranteeTypedOnTheScreen() throws {
        let d = try cosmetics()
        let shell = try open(d)
        var text = ReviewQueuePaneSupport.text(shell)
        #expect(text.contains("Duty: dutiable (levy nature \(d["levyNature"])), not assessed yet"), "\(text)")
        // Before the claim the bar offers the claim; the decisions follow it.
        #expect(text.contains("k Claim") && !text.contains("g Guarantee"))
        shell.press(.char("k"))
        text = ReviewQueuePaneSupport.text(shell)
        #expect(text.contains("g Guarantee") && !text.contains("F10 Release"), "\(text)")
        // Release is not available unpaid: pressing it says why at once, before any confirmation.
        shell.press(.function(10))
        text = ReviewQueuePaneSupport.text(shell)
        #expect(text.contains("Dutiable: assess the duty (d) and wait for payment, or record a guarantee (g), before release"), "\(text)")
        // A malformed line is refused on the screen, before the domain.
        shell.press(.char("g")); shell.type("G2026-0007 50000"); shell.press(.enter)
        #expect(ReviewQueuePaneSupport.text(shell).contains("Type number, amount and date"))
        shell.press(.char("g"))
        #expect(ReviewQueuePaneSupport.text(shell).contains("Record a guarantee (担保)"))
        shell.type("G2026-0007 50000 2026-03-31")
        shell.press(.enter)
        text = ReviewQueuePaneSupport.text(shell)
        #expect(text.contains("Guarantee G2026-0007: CNY 50000.00, valid until 2026-03-31"), "\(text)")
        shell.press(.function(10), .char("y"))
        let lane = try #require(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(d.id), agency: .customs))
        #expect(lane.state == "released" && lane.detail["guarantee_no"] == "G2026-0007")

        // The broker sees the guarantee on the status page.
        let broker = try fixture.operatorNamed("liwei")
        let detail = try DeclarationQueries.show(fixture.workspace, id: d.id, by: broker)
        let editor = DeclarationEditor(detail.declaration, editable: false, language: .zh, detail: detail)
        let status = DeclarationStatusView.lines(editor, app: try fixture.app(as: "liwei", language: .zh)).map(\.text).joined(separator: "\n")
        #expect(status.contains("担保 G2026-0007，人民币 50000.00，有效期至 2026-03-31"), "\(status)")
    }

    @Test func aDutyFreeLevyNatureIsShownAsSuchEverywhere() throws {
        let d = try cosmetics()
        let levy = d["levyNature"]
        // Which levy natures charge is data: the table says this one no longer does.
        try fixture.workspace.db.write {
            try fixture.workspace.db.run("""
                UPDATE code_entry SET extra = json_set(extra, '$.charges_duty', '0') WHERE code_table = 'levy_nature' AND code = ?
                """, [levy])
        }
        let shell = try open(d, language: .zh)
        #expect(ReviewQueuePaneSupport.text(shell).contains("免税：征免性质 \(levy) 不征关税，放行无需缴税"))
        shell.press(.char("k"))
        // Nothing to assess: `d` is out of the bar, and pressing it says why at once.
        shell.press(.char("d"))
        #expect(ReviewQueuePaneSupport.text(shell).contains("免税（征免性质 \(levy)）：无需核定税费或担保"))
        shell.press(.function(10), .char("y"))
        #expect(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(d.id), agency: .customs)?.state == "released")

        let shown = fixture.cli(["review", "show", String(d.id), "--as", "zhangmin"])
        #expect(shown.out.contains("duty-free: levy nature \(levy) charges no duty"), "\(shown.out)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(fixture.cli(["review", "show", String(d.id), "--as", "zhangmin", "--json"]).out.utf8)) as? [String: Any])
        #expect(json["duty"] as? String == "duty-free" && json["dutyFreeLevyNature"] as? String == levy)

        let broker = try fixture.operatorNamed("liwei")
        let detail = try DeclarationQueries.show(fixture.workspace, id: d.id, by: broker)
        let editor = DeclarationEditor(detail.declaration, editable: false, language: .en, detail: detail)
        let status = DeclarationStatusView.lines(editor, app: try fixture.app(as: "liwei")).map(\.text).joined(separator: "\n")
        #expect(status.contains("duty-free: levy nature \(levy)"), "\(status)")
    }

    /// Headless commands open the file with the real clock plus the training offset in `meta`:
    /// the offset is set so they read the fixture's time.
    func pinHeadlessClock() throws {
        let db = fixture.workspace.db
        try db.write { try Meta.set(db, Meta.clockOffsetSeconds, String(fixture.clock.now().timeIntervalSince(Date()))) }
    }

    @Test func headlessGuaranteeThenRelease() throws {
        let d = try cosmetics()
        try pinHeadlessClock()
        let id = String(d.id)
        #expect(fixture.cli(["review", "claim", id, "--as", "zhangmin"]).code == 0)
        let refused = fixture.cli(["review", "decide", id, "--action", "release", "--as", "zhangmin"])
        #expect(refused.code != 0 && refused.err.contains("is dutiable"), "\(refused.err)")
        let missing = fixture.cli(["review", "decide", id, "--action", "guarantee", "--number", "G1", "--amount", "100", "--as", "zhangmin"])
        #expect(missing.code == 2 && missing.err.contains("--until"))
        // 2026-03-02 by the fixture's clock: valid until yesterday is refused.
        let expired = fixture.cli(["review", "decide", id, "--action", "guarantee", "--number", "G1", "--amount", "100",
                                   "--until", "2026-03-01", "--as", "zhangmin"])
        #expect(expired.code != 0 && expired.err.contains("expired (valid until 2026-03-01)"), "\(expired.err)")
        let recorded = fixture.cli(["review", "decide", id, "--action", "guarantee", "--number", "G2026-0009", "--amount", "12000.5",
                                    "--until", "2026-03-02", "--as", "zhangmin"])
        #expect(recorded.code == 0 && recorded.out.contains("under_review"), "\(recorded.err)")
        #expect(fixture.cli(["review", "show", id, "--as", "zhangmin"]).out.contains("guarantee G2026-0009 CNY 12000.50 until 2026-03-02"))
        let released = fixture.cli(["review", "decide", id, "--action", "release", "--as", "zhangmin"])
        #expect(released.code == 0 && released.out.contains("released"), "\(released.err)")
        let audit = try AuditLog.entries(fixture.workspace.db, entity: "lane",
                                         entityID: String(try #require(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: id, agency: .customs)).id))
        #expect(audit.contains { $0.action == "lane.guarantee" && $0.operatorID == "zhangmin" })
    }

    @Test func aResultBeforeTheAppointmentIsRefusedNamingItInBothLanguages() throws {
        let tasks = try JointTaskSupport.make(fixture)
        // The second declaration is booked for 2026-03-03 10:30; the clock reads 2026-03-02.
        let d = try #require(tasks.declarations.dropFirst().first)
        for language in [Language.en, .zh] {
            let shell = try open(d, language: language)
            // Before the appointment `t` is out of the bar; pressing it says why at once.
            shell.press(.char("t"))
            let text = ReviewQueuePaneSupport.text(shell)
            #expect(text.contains(language == .en ? "The inspection is booked for 2026-03-03 10:30: a result cannot be recorded before then"
                                                  : "查验预约时间为 2026-03-03 10:30：此前不能录入查验结果"), "\(text)")
        }
        try pinHeadlessClock()
        let cli = fixture.cli(["review", "decide", String(d.id), "--action", "record-result", "--result", "ok", "--as", "zhangmin"])
        #expect(cli.code != 0 && cli.err.contains("booked for 2026-03-03 10:30"), "\(cli.err)")
    }
}
