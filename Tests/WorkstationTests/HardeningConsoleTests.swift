@testable import Commands
import Foundation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// Terminal escape sequences in data never reach the user's terminal from a command: shown
/// escaped in text output, `\u00XX` in JSON (the encoder escapes C0; DEL and C1 are done here).
@Suite struct HardeningConsoleTests {
    static let hostile = "\u{1B}]0;HACKED\u{7}\u{1B}[2J"

    @Test func textOutputEscapesControlsAndKeepsLayout() {
        let captured = CapturedConsole()
        captured.console.print("name: " + Self.hostile + "\n\tnext line 上海")
        captured.console.error("bad \u{9B}2J")
        #expect(captured.out == "name: \\u{1B}]0;HACKED\\u{7}\\u{1B}[2J\n\tnext line 上海\n")
        #expect(captured.err == "bad \\u{9B}2J\n")
        #expect(!captured.out.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func jsonOutputHasNoRawControls() throws {
        let captured = CapturedConsole()
        try captured.console.json(["remark": Self.hostile + "\u{9B}x\u{7F}"])
        #expect(!captured.out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        let decoded = try JSONSerialization.jsonObject(with: Data(captured.out.utf8)) as? [String: String]
        #expect(decoded?["remark"] == Self.hostile + "\u{9B}x\u{7F}")
    }

    @Test func anImportProblemQuotingHostileInputIsShownEscaped() throws {
        let fixture = try TrainingFixture()
        let db = fixture.directory.appendingPathComponent("training.db").path
        let file = fixture.directory.appendingPathComponent("evil.csv")
        // Every catalogue column, empty but the reference and a hostile direction the refusal quotes.
        let keys = FieldCatalogue.fields.map(\.key)
        let row = keys.map { $0 == "traderReference" ? "X-1" : $0 == "direction" ? Self.hostile : "" }
        try Data((keys.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n").utf8).write(to: file)
        let captured = CapturedConsole()
        _ = SingleWindowCLI.run(arguments: ["declarations", "import", file.path, "--db", db, "--as", "liwei", "--lang", "en"],
                                environment: [:], console: captured.console) { _ in .usage }
        #expect(!(captured.out + captured.err).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(captured.err.contains("\\u{1B}") || captured.out.contains("\\u{1B}"), "\(captured.err)")
        try? FileManager.default.removeItem(at: fixture.directory)
    }
}
