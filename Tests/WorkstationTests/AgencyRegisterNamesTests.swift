@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
import TerminalUI
@testable import Workstation

/// Agency names come from the register: a department added only as a row of the `agency`
/// table is shown by its name in either language, on a screen and in a command's text.
@Suite struct AgencyRegisterNamesTests {
    static let heritage = Agency("zz_heritage")

    func fixtureWithHeritage() throws -> TrainingFixture {
        let fixture = try TrainingFixture()
        try fixture.workspace.db.run("INSERT INTO agency (code, name_zh, name_en, kind) VALUES (?, ?, ?, ?)",
                                     [Self.heritage.rawValue, "文物保护", "Heritage protection", "approval_department"])
        return fixture
    }

    @Test(arguments: [(Language.en, "Heritage protection"), (Language.zh, "文物保护")])
    func screenShowsTheRegisterName(language: Language, name: String) throws {
        let fixture = try fixtureWithHeritage()
        let reviewer = Operator(id: "zz1", name: "Reviewer", role: .departmentReviewer, agency: Self.heritage)
        let shell = Shell(app: try fixture.app(language: language), panes: PaneSet.make())
        shell.app.actor = reviewer
        shell.resize(to: Size(width: 100, height: 24))
        let lines = shell.screen().trimmedLines()
        #expect(lines.contains { $0.contains(name) }, "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains(Self.heritage.rawValue) })
        #expect(shell.app.agencyName(.customs) == (language == .zh ? "海关" : "Customs"))
        #expect(shell.app.agencyName(Agency("zz_unknown")) == "zz_unknown")
    }
}
