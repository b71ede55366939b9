@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 9, item 6: the broker (and the trader) sees each agency's state, what is asked of them
/// and the outcome — never why the declaration was selected (channel, rules, sampling seed) nor
/// which officer decided. The officers' `review show` keeps all of it.
@Suite struct DeclarantPrivacyTests {
    /// A declaration the rules routed by a named rule, taken through claims, an inspection order,
    /// the broker's booking, the result and the customs release.
    static func worked(_ fixture: TrainingFixture) throws -> (Declaration, ruleKeys: [String], secrets: [String]) {
        let ws = fixture.workspace
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture, count: 8)
        let customs = try fixture.operatorNamed("zhangmin")
        let inspection = try fixture.operatorNamed("wangqiang")
        let broker = try fixture.operatorNamed("liwei")
        let d = try #require(try submitted.first { d in
            let lane = try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .customs)
            return !(lane?.detail["rules"] ?? "").isEmpty && lane?.state == ReviewState.received.rawValue
        })
        var lane = try #require(try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .customs))
        let rules = (lane.detail["rules"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let keys = rules.compactMap { $0.split(separator: " ").first.map(String.init) }
        let channel = try #require(lane.detail["channel"])
        let seeds = try ws.db.query("SELECT seed FROM risk_assessment WHERE declaration_id = ?", [d.id])
            .compactMap { $0.int64("seed") }.map { String(UInt64(bitPattern: $0)) }

        lane = try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: customs)
        let ordered = try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version,
                                        decision: .orderInspection(InspectionInstruction("open 2 containers")), by: customs)
        let joint = try #require(ordered.jointInspection)
        let slots = try InspectionSlots.offer(ws, place: joint.place, day: "2026-03-03", starts: ["10:00"], capacity: 2, by: customs)
        _ = try InspectionSlots.book(ws, declarationID: d.id, slotID: try #require(slots.first?.id), by: broker)
        // The result is recorded at the booked time (10:00 China time), not before it.
        let slotStart = try #require(ISO8601DateFormatter().date(from: "2026-03-03T02:00:00Z"))
        fixture.clock.advance(by: max(0, slotStart.timeIntervalSince(ws.now())))
        lane = try Review.decide(ws, declarationID: d.id, expectedVersion: ordered.lane.version,
                                 decision: .recordResult("no discrepancy"), by: customs).lane
        if case .dutiable = try DutyRates.liability(ws.db, d) {
            // Dutiable: assessed from the rate table and paid by the broker before the release.
            lane = try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version,
                                     decision: .assessDuty(amount: nil, currency: nil), by: customs).lane
            lane = try Review.pay(ws, declarationID: d.id, by: broker).lane
        }
        lane = try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version, decision: .release, by: customs).lane
        #expect(lane.state == ReviewState.released.rawValue)
        if let other = try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .inspection) {
            _ = try Review.claim(ws, declarationID: d.id, expectedVersion: other.version, by: inspection)
        }
        let english = Strings(.en), chinese = Strings(.zh)
        var outcomes = [channel]
        if let mode = try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .inspection)?.detail["release_mode"] {
            outcomes.append(mode)
        }
        let secrets = keys + seeds.filter { $0.count > 3 } + [
            "zhangmin", "wangqiang", customs.name, inspection.name, customs.nameEn, inspection.nameEn,
            "\"channel\"", "\"rules\"", "release_mode", "sampled", "seed", "risk:", "风险判定", "通道",
        ] + outcomes.flatMap { [$0, ReviewText.channel($0, english), ReviewText.channel($0, chinese)] }
        return (d, keys, secrets.filter { !$0.isEmpty })
    }

    /// `secret` as a word of `text` ("red" is a leak, "ordered" is not).
    static func leaks(_ text: String, _ secret: String) -> Bool {
        text.range(of: "(?<![A-Za-z])" + NSRegularExpression.escapedPattern(for: secret) + "(?![A-Za-z])",
                   options: .regularExpression) != nil
    }

    @Test func theBrokersStatusPageAndShowLeaveOutTheSelection() throws {
        let fixture = try TrainingFixture()
        let (d, keys, secrets) = try Self.worked(fixture)
        #expect(!keys.isEmpty)
        let broker = try fixture.operatorNamed("liwei")
        let detail = try DeclarationQueries.show(fixture.workspace, id: d.id, by: broker)
        for language in [Language.en, .zh] {
            let editor = DeclarationEditor(detail.declaration, editable: false, language: language, detail: detail)
            let screen = DeclarationStatusView.lines(editor, app: try fixture.app(as: "liwei", language: language))
                .map(\.text).joined(separator: "\n")
            #expect(screen.contains("open 2 containers"))
            for secret in secrets { #expect(!Self.leaks(screen, secret), "\(language) status page shows \(secret):\n\(screen)") }
        }
        let english = DeclarationStatusView.lines(DeclarationEditor(detail.declaration, editable: false, language: .en, detail: detail),
                                                  app: try fixture.app(as: "liwei")).map(\.text).joined(separator: "\n")
        #expect(english.contains("Customs"), "the agency is named where the officer was:\n\(english)")

        var runs = [["declarations", "show", String(d.id), "--as", "liwei", "--json"],
                    ["declarations", "show", String(d.id), "--as", "liwei"]]
        // The declaration's trader, when the training data has an operator for it.
        if let trader = try fixture.workspace.db.scalar("SELECT id FROM operator WHERE role = 'trader' AND enterprise_id = ?",
                                                        [d.traderID]).string {
            runs.append(["declarations", "show", String(d.id), "--as", trader, "--json"])
        }
        for args in runs {
            let r = fixture.cli(args)
            #expect(r.code == 0, "\(args): \(r.err)")
            #expect(r.out.contains("released"))
            for secret in secrets { #expect(!Self.leaks(r.out, secret), "\(args) shows \(secret):\n\(r.out)") }
        }
    }

    @Test func officersStillSeeTheRulesAndWhoDecided() throws {
        let fixture = try TrainingFixture()
        let (d, keys, _) = try Self.worked(fixture)
        let shown = fixture.cli(["review", "show", String(d.id), "--as", "zhangmin"])
        #expect(shown.code == 0)
        for key in keys { #expect(shown.out.contains(key), "\(shown.out)") }
        let json = fixture.cli(["review", "show", String(d.id), "--as", "zhangmin", "--json"])
        #expect(json.out.contains("zhangmin") && json.out.contains("\"channel\""), "\(json.out)")
    }

    /// What the broker is asked to do is said on the lane: book an ordered inspection.
    @Test func theLaneSaysWhatIsAskedOfTheBroker() throws {
        let fixture = try TrainingFixture()
        let (d, _) = try #require(try InspectionBookingTests.inspected(fixture, count: 1).first)
        let detail = try DeclarationQueries.show(fixture.workspace, id: d.id, by: try fixture.operatorNamed("liwei"))
        let editor = DeclarationEditor(detail.declaration, editable: false, language: .en, detail: detail)
        let screen = DeclarationStatusView.lines(editor, app: try fixture.app(as: "liwei")).map(\.text).joined(separator: "\n")
        #expect(screen.contains("asked of you: book the inspection (b)"), "\(screen)")
    }
}
