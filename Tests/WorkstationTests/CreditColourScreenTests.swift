import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, item 6: every place a credit class is drawn — the class board's counts and list,
/// the published results, the profile — uses the class's theme role, so the terminal shows the
/// source's green, yellow, red and black (bold white on black); without colour, black is reverse.
/// The snapshots hold the colours a memory terminal resolves, not only the role names.
@Suite struct CreditColourScreenTests {
    /// Each row's runs as the terminal draws them: `x+width fg/bg attributes`.
    static func resolved(_ buffer: Buffer, _ backend: MemoryBackend, rows: Range<Int>) -> String {
        rows.map { y in
            let runs = buffer.styleRuns(row: y).map { run -> String in
                let r = backend.theme.resolve(run.style)
                let attrs = TextAttributes.named.filter { r.attributes.contains($0.1) }.map(\.0).joined(separator: "+")
                return "\(run.x)+\(run.width) \(r.fg)/\(r.bg)" + (attrs.isEmpty ? "" : " " + attrs)
            }
            return String(format: "%02d: ", y) + runs.joined(separator: " · ")
        }.joined(separator: "\n") + "\n"
    }

    static func compare(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = Snapshot.directory.appendingPathComponent(name + ".colours.txt")
        if Snapshot.recording {
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); run again without SNAPSHOT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        #expect(expected == actual, "colours of \(name):\n\(Snapshot.diff(expected, actual))", sourceLocation: sourceLocation)
    }

    /// The board filtered to one class (`c` pressed `presses` times), the counts line and first row.
    static func board(_ fixture: TrainingFixture, classPresses: Int) throws -> Buffer {
        let shell = try fixture.shell(as: "guojing", language: .en, size: Size(width: 80, height: 24))
        shell.press(.function(8))
        for _ in 0..<classPresses { shell.press(.char("c")) }
        shell.press(.down) // off the first row where there is a second: its class cell keeps the class's colour
        return shell.screen()
    }

    @Test(arguments: [("256", 256), ("16", 16), ("mono", 2)])
    func theBoardDrawsEachClassInItsColour(label: String, colours: Int) throws {
        let fixture = try TrainingFixture()
        let backend = MemoryBackend(colorCount: colours)
        backend.setTheme(Theme.builtinDefault)
        var text = ""
        for presses in 1...4 {
            let screen = try Self.board(fixture, classPresses: presses)
            text += Self.resolved(screen, backend, rows: (presses == 1 ? 2 : 4)..<5)
        }
        Self.compare(text, named: "enforcement-board-\(label)")
        // What the snapshot says, in words: the counts line draws black as white on black in
        // bold, or reverse without colour.
        let screen = try Self.board(fixture, classPresses: 4)
        let cell = try #require(screen.styleRuns(row: 2).first { $0.style.role == .creditSeriouslyDishonest })
        #expect(cell.text.hasPrefix(EnforcementText.className(.seriouslyDishonest, Strings(.en))))
        let black = backend.theme.resolve(cell.style)
        if colours >= 8 {
            #expect(black.bg == 16 || black.bg == 0)
            #expect(black.fg == 231 || black.fg == 15 || black.fg == 7)
            #expect(black.attributes.contains(.bold))
        } else {
            #expect(black.attributes == .reverse)
        }
    }

    @Test func theClassColumnHoldsTheLongestNameWhole() throws {
        for language in [Language.en, .zh] {
            let fixture = try TrainingFixture()
            let shell = try fixture.shell(as: "guojing", language: language, size: Size(width: 80, height: 24))
            shell.press(.function(8))
            for _ in 0..<4 { shell.press(.char("c")) }
            let name = EnforcementText.className(.seriouslyDishonest, Strings(language))
            let row = shell.screen().lines()[4]
            #expect(row.contains(name), "\(language): \(row)")
            #expect(!row.contains("…"))
        }
    }
}
