import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The broker's list names every lane state as the review screen and status page do (one
/// table, `LaneStateTable`): the seeded training cases hold every state, and a state the list's
/// own short table lacked showed as its stored code ("duties_…", "under_r…").
@Suite struct DeclarationListLaneNamesTests {
    @Test(arguments: [Language.en, .zh])
    func everyLaneStateIsNamed(language: Language) throws {
        let fixture = try TrainingFixture()
        try DomainAreas.loadTrainingSamples(into: fixture.workspace, from: TrainingFixture.sampleData)
        let states = try fixture.workspace.db.query("SELECT DISTINCT state FROM lane WHERE case_kind = 'declaration'").compactMap { $0.string("state") }
        #expect(states.count >= 8, "the seed holds the lane states: \(states)")
        let shell = try fixture.shell(as: "liwei", language: language, size: Size(width: 120, height: 40))
        shell.press(.function(5))
        let text = shell.screen().trimmedLines().joined(separator: "\n")
        #expect(!text.contains("_"), "\(text)")
        let strings = Strings(language)
        // The lane columns are 8 wide: a longer English name shows its first 7 and "…".
        let shown = states.filter { text.contains(String(LaneStateTable.name(.declaration, $0, strings).prefix(7))) }
        #expect(shown.count >= 6, "named states on the first screen: \(shown) of \(states)\n\(text)")
    }
}
