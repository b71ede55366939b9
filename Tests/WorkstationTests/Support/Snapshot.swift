import Foundation
@testable import Presentation
import Testing
import TerminalUI

/// Screens as text, checked in under `Tests/WorkstationTests/Snapshots/`: `NAME.txt` holds what
/// the screen says, `NAME.styles.txt` the theme role of every stretch of every row, so a wrong
/// colour (an error field drawn as a plain one, a released lane in the pending colour) fails as
/// surely as a wrong word. Set `SNAPSHOT_RECORD=1` to (re)write both: a recording run fails on
/// purpose, so a recorded snapshot is never mistaken for a passing test — re-run without it and
/// read the diff in git.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" }

    /// The buffer's lines with a frame, so trailing spaces and the screen's size are visible.
    static func text(_ buffer: Buffer) -> String {
        let border = "+" + String(repeating: "-", count: buffer.width) + "+"
        return ([border] + buffer.lines().map { "|" + $0 + "|" } + [border]).joined(separator: "\n") + "\n"
    }

    /// Each row's style runs as `row: x+width role …`, the row's text left out (it is in the text
    /// snapshot). A row drawn in one style reads `row: 0+80 row`.
    static func styles(_ buffer: Buffer) -> String {
        (0..<buffer.height).map { y in
            let runs = buffer.styleRuns(row: y).map { "\($0.x)+\($0.width) \($0.style)" }
            return String(format: "%02d: ", y) + runs.joined(separator: " · ")
        }.joined(separator: "\n") + "\n"
    }

    static func assert(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        compare(text(buffer), file: name + ".txt", sourceLocation: sourceLocation)
        compare(styles(buffer), file: name + ".styles.txt", sourceLocation: sourceLocation)
    }

    private static func compare(_ actual: String, file fileName: String, sourceLocation: SourceLocation) {
        let name = fileName
        let file = directory.appendingPathComponent(fileName)
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name); run again without SNAPSHOT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name); record it with SNAPSHOT_RECORD=1 swift test --filter WorkstationTests",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("snapshot \(name) differs:\n\(diff(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    static func diff(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let l = i < e.count ? String(e[i]) : "∅", r = i < a.count ? String(a[i]) : "∅"
            if l != r { out.append("line \(i): expected \(l)\n        actual   \(r)") }
        }
        return out.joined(separator: "\n")
    }
}
