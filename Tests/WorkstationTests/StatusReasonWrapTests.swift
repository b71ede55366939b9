import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, item 6: the officer's return reason on the broker's status page is wrapped, not
/// cut at the edge — at 80 columns, in English and in Chinese (wrapped by display width).
@Suite struct StatusReasonWrapTests {
    static let english = "the invoice value on line 2 does not match the contract; attach the corrected commercial invoice and the packing list"
    static let chinese = "第2项商品发票金额与合同不符，请上传更正后的商业发票及装箱单，并核对原产地证书编号后重新申报"

    /// The broker's status page of a declaration customs returned with `reason`.
    private func returned(_ reason: String, language: Language) throws -> (DeclarationEditor, AppContext) {
        let fixture = try TrainingFixture()
        let d = try #require(try ReviewQueuePaneSupport.submitSome(fixture, count: 1).first)
        let ws = fixture.workspace
        let customs = try fixture.operatorNamed("zhangmin")
        let lane = try #require(try Lanes.lane(ws.db, kind: .declaration, caseID: String(d.id), agency: .customs))
        let claimed = try Review.claim(ws, declarationID: d.id, expectedVersion: lane.version, by: customs)
        _ = try Review.decide(ws, declarationID: d.id, expectedVersion: claimed.version,
                              decision: .returnForCorrection(reason: reason), by: customs)
        let detail = try DeclarationQueries.show(ws, id: d.id, by: try fixture.operatorNamed("liwei"))
        let app = try fixture.app(as: "liwei", language: language)
        return (DeclarationEditor(detail.declaration, editable: false, language: language, detail: detail), app)
    }

    @Test(arguments: [(Language.en, english), (Language.zh, chinese)])
    func theReturnReasonIsWrappedWholeAt80Columns(language: Language, reason: String) throws {
        let (editor, app) = try returned(reason, language: language)
        let area = Rect(x: 0, y: 0, width: 80, height: 60)
        let lines = DeclarationStatusView.lines(editor, app: app, width: DeclarationStatusView.textWidth(area))
        #expect(lines.allSatisfy { displayWidth($0.text) <= 79 }, "no line is wider than the page")
        // Every word of the reason is on the page, in order, once the wrapped lines are joined.
        let joined = lines.map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: language == .zh ? "" : " ")
        #expect(joined.contains(reason), "the reason reads whole: \(joined)")
        // And as drawn: no ellipsis on any line of the reason.
        var buffer = Buffer(width: 80, height: 60)
        DeclarationStatusView.render(editor, into: &buffer, area: area, app: app)
        let drawn = buffer.lines().joined(separator: "\n")
        #expect(!drawn.contains("…"), "nothing cut:\n\(drawn)")
        let start = try #require(lines.firstIndex { $0.text.contains(reason.prefix(6)) })
        #expect(lines[start + 1].text.hasPrefix("    "), "the continuation hangs under the entry")
    }

    @Test func aShortLineIsLeftAloneAndALongOneHangs() {
        let short = DeclarationStatusView.Line(text: "  2026-03-02 09:00  customs  returned", role: .normal)
        #expect(DeclarationStatusView.wrapped(short, toWidth: 79).map(\.text) == [short.text])
        let long = DeclarationStatusView.Line(text: "  " + String(repeating: "报关单", count: 30), role: .normal)
        let parts = DeclarationStatusView.wrapped(long, toWidth: 40).map(\.text)
        #expect(parts.count == 5) // 19 characters, then 18 a line under the hang
        #expect(parts.allSatisfy { displayWidth($0) <= 40 })
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
        #expect(parts.map { $0.trimmingCharacters(in: .whitespaces) }.joined() == String(repeating: "报关单", count: 30))
    }
}
