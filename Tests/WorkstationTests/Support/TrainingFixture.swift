import Foundation
@testable import Presentation
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// A training database on a temp file, loaded from the shipped sample data, with the clock
/// pinned so screens are the same on every run.
final class TrainingFixture {
    let directory: URL
    let workspace: Workspace
    let clock: SettableClock
    static let start = Timestamp.date("2026-03-02T01:30:00.000Z")!

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sw-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        clock = SettableClock(Self.start)
        workspace = try Workspace.open(path: directory.appendingPathComponent("training.db").path, createAs: .training, clock: clock)
        // The demo qualifications count their days from the pinned clock, so screens never drift.
        _ = try SampleData.load(into: workspace.db, kind: .training, from: Self.sampleData, asOf: Self.start)
    }

    static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-data")

    deinit { try? FileManager.default.removeItem(at: directory) }

    func app(as id: String = "trainer", language: Language = .en) throws -> AppContext {
        guard let actor = try Operators.find(workspace.db, id) else { throw DomainError.notFound(entity: "operator", id: id) }
        let app = AppContext(workspace: workspace, actor: actor, strings: Strings(language), databaseName: "training.db")
        app.timeZone = TimeZone(identifier: "UTC")!
        return app
    }

    /// A shell at `size`, laid out and ready for keys.
    func shell(as id: String = "trainer", language: Language = .en, size: Size = Size(width: 80, height: 24)) throws -> Shell {
        let shell = Shell(app: try app(as: id, language: language), panes: PaneSet.make())
        shell.resize(to: size)
        return shell
    }
}

extension Shell {
    func screen(_ size: Size? = nil) -> Buffer {
        var buffer = Buffer(size: size ?? self.size)
        render(into: &buffer)
        return buffer
    }

    func press(_ keys: Key...) {
        for key in keys { _ = handle(key) }
    }

    /// Types text one character at a time, as a user would.
    func type(_ text: String) {
        for c in text { _ = handle(.char(c)) }
    }
}
