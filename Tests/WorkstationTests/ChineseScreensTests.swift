import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, item 5: the Chinese screens say everything in Chinese. Each coded word the issue
/// found ("both", `declaration.import … draft import both`, "2 min", "customs (pending)",
/// "green: C-DEFAULT v1") is named; then every declarations, review and vessels screen reachable
/// here is rendered in zh and scanned for an English word that is not a code, number, identifier,
/// unit or key name.
@Suite struct ChineseScreensTests {
    static func text(_ shell: Shell) -> String { shell.screen(Size(width: 100, height: 30)).lines().joined(separator: "\n") }

    /// ASCII words a Chinese screen may show: key names, units and currencies, file and database
    /// names, operator ids; anything with a digit (numbers, rule versions, dates, identifiers) and
    /// anything in capitals (codes: HS, IMO, C-DEFAULT) passes by its form.
    static let allowed: Set<String> = ["Enter", "Esc", "Tab", "PgDn", "PgUp", "Ins", "Del", "Ctrl-Q", "Ctrl-C", "Ctrl-D",
                                       "Ctrl-S", "Ctrl-R", "Ctrl-X", "Ctrl-T", "Ctrl-N", "Ctrl-W", "Ctrl-G", "Home", "End", "kg", "training.db"]

    /// `data`: words the user typed (a ship's English type, a berth's name) — theirs, not the screen's.
    static func englishWords(_ screen: String, operators: Set<String>, data: Set<String> = []) -> [String] {
        // A scope code shown with its name beside it (the form, the projection) is a code, named.
        var screen = screen.replacingOccurrences(of: "(both|customs|inspection)[ ▾]*(报关报检|只报关|只报检)", with: "$2",
                                                 options: .regularExpression)
        // A look-up box's code with the name the box draws after its ▾ ("arrival ▾ 进口岸").
        screen = screen.replacingOccurrences(of: "\\b[a-z_]+ *▾ +(?=\\p{Han})", with: "", options: .regularExpression)
        // An outcome code with its catalogue name beside it (the rule form's hint, "red 红色").
        for code in Channel.allCases.map(\.rawValue) + ReleaseMode.allCases.map(\.rawValue) {
            screen = screen.replacingOccurrences(of: "\(code) \(ReviewText.channel(code, Strings(.zh)))", with: "")
        }
        let words = screen.split { !($0.isASCII && ($0.isLetter || $0.isNumber || "-_./@=:".contains($0))) }.map(String.init)
        // Keys joined by a slash ("Ctrl-Q/Ctrl-C", "Enter/Esc") are each a key name.
        return words.flatMap { $0.split(separator: "/").map(String.init) }.filter { word in
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".:=-/"))
            // Ctrl and Shift chords are key names.
            if bare.wholeMatch(of: /(Ctrl|Shift|Alt)-[A-Za-z]+/) != nil { return false }
            guard bare.contains(where: \.isLetter) else { return false }
            if bare.contains(where: \.isNumber) || bare == bare.uppercased() { return false }
            // A single letter is a key on the bar ("k 认领").
            if bare.count == 1 || allowed.contains(bare) || operators.contains(bare) || bare.split(separator: "-").allSatisfy({ data.contains(String($0)) }) { return false }
            if bare.hasSuffix(".csv") || bare.hasSuffix(".json") || bare.hasSuffix(".db") { return false }
            return true
        }
    }

    static func expectChinese(_ shell: Shell, _ what: String, operators: Set<String>, data: Set<String> = [],
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let screen = text(shell)
        let found = englishWords(screen, operators: operators, data: data)
        #expect(found.isEmpty, "\(what): English words \(found) on\n\(screen)", sourceLocation: sourceLocation)
    }

    static func operatorIDs(_ fixture: TrainingFixture) throws -> Set<String> {
        Set(try Operators.list(fixture.workspace.db, limit: 500).map(\.id))
    }

    @Test func declarationScreensSayItInChinese() throws {
        let fixture = try TrainingFixture()
        let submitted = try #require(try ReviewQueuePaneSupport.submitSome(fixture, count: 2).first)
        let operators = try Self.operatorIDs(fixture)
        let shell = try fixture.shell(as: "liwei", language: .zh, size: Size(width: 100, height: 30))
        Self.expectChinese(shell, "the list", operators: operators)

        // A draft's header: 申报类别 names its code.
        let draft = try #require(try fixture.workspace.db.queryOne("SELECT id FROM declaration WHERE status = 'draft' ORDER BY id LIMIT 1")?.int64("id"))
        DeclarationTestSupport.pane(shell).open(id: draft, shell.app)
        let header = Self.text(shell)
        let scopeLine = try #require(header.split(separator: "\n").first { $0.contains("申报类别") })
        #expect(scopeLine.contains("报关报检") || scopeLine.contains("只报关") || scopeLine.contains("只报检"), "\(scopeLine)")
        Self.expectChinese(shell, "a draft's header", operators: operators)
        for page in ["goods", "containers", "documents", "status"] {
            shell.press(.pageDown)
            Self.expectChinese(shell, "a draft's \(page)", operators: operators)
        }
        shell.press(.escape)

        // A submitted declaration's status page: history and lane events named.
        InspectionBookingTests.openStatus(shell, submitted)
        let status = Self.text(shell)
        #expect(!status.contains("declaration.") && !status.contains(" both"), "\(status)")
        #expect(status.contains("导入") && status.contains("申报"), "\(status)")
        Self.expectChinese(shell, "the status page", operators: operators)

        // The trainer sees the routing's messages: the channel named, the rule key kept.
        let trainer = try fixture.shell(as: "trainer", language: .zh, size: Size(width: 100, height: 30))
        DeclarationTestSupport.pane(trainer).open(id: submitted.id, trainer.app)
        let routed = Self.text(trainer)
        #expect(!routed.contains("green:") && !routed.contains("red:"), "\(routed)")
        Self.expectChinese(trainer, "the trainer's status page", operators: operators)
    }

    @Test func reviewScreensSayItInChinese() throws {
        let fixture = try TrainingFixture()
        try ReviewQueuePaneSupport.submitSome(fixture, count: 2)
        let operators = try Self.operatorIDs(fixture)
        for officer in ["zhangmin", "wangqiang"] {
            let shell = try fixture.shell(as: officer, language: .zh, size: Size(width: 100, height: 30))
            Self.expectChinese(shell, "\(officer)'s queue", operators: operators)
            shell.press(.enter)
            Self.expectChinese(shell, "\(officer)'s review screen", operators: operators)
            shell.press(.char("p"))
            Self.expectChinese(shell, "\(officer)'s projection", operators: operators)
        }
    }

    @Test func vesselScreensSayItInChinese() throws {
        let fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        let operators = try Self.operatorIDs(fixture)
        let shell = try fixture.shell(as: "trainer", language: .zh, size: Size(width: 100, height: 30))
        shell.press(.function(6))
        Self.expectChinese(shell, "the calls", operators: operators)
        let pane = shell.panes[.vessels] as! VesselsPane
        let count = pane.list?.items.count ?? 0
        for i in 0..<count {
            shell.press(.enter)
            let call = String(describing: pane.screen.map { $0.detail.call } as Any)
            let data = Set(call.split { !($0.isASCII && $0.isLetter) }.map(String.init))
            let screen = Self.text(shell)
            #expect(!screen.contains(" min") && !screen.contains(" h "), "call \(i): \(screen)")
            Self.expectChinese(shell, "call \(i)", operators: operators, data: data)
            shell.press(.escape, .down)
        }
    }

    @Test func theMaritimeGateNamesAgenciesAndStates() {
        let text = VesselErrorText.lane(.gateClosed(LaneRef(kind: .vesselCall, caseID: "A1", agency: .maritime, laneID: 1),
                                                     openLanes: [.init(agency: .customs, state: "pending")]), Strings(.zh))
        #expect(!text.contains("customs") && !text.contains("pending"), "\(text)")
        #expect(text.contains("海关"), "\(text)")
    }

    @Test func durationsInBothLanguages() {
        #expect(DurationText.format(120, Strings(.zh)) == "2 分钟")
        #expect(DurationText.format(9000, Strings(.zh)) == "2.5 小时")
        #expect(DurationText.format(120, Strings(.en)) == ClearanceTimes.format(120))
        #expect(DurationText.format(9000, Strings(.en)) == ClearanceTimes.format(9000))
    }
}
