import Foundation
@testable import Presentation
import Testing
import TerminalUI

/// Screens as text, checked in under `Tests/WorkstationTests/Snapshots/`. Set
/// `SNAPSHOT_RECORD=1` to (re)write them: a recording run fails on purpose, so a recorded
/// snapshot is never mistaken for a passing test — re-run without it and read the diff in git.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" }

    /// The buffer's lines with a frame, so trailing spaces and the screen's size are visible.
    static func text(_ buffer: Buffer) -> String {
        let border = "+" + String(repeating: "-", count: buffer.width) + "+"
        return ([border] + buffer.lines().map { "|" + $0 + "|" } + [border]).joined(separator: "\n") + "\n"
    }

    static func assert(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = text(buffer)
        let file = directory.appendingPathComponent(name + ".txt")
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded snapshot \(name); run again without SNAPSHOT_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with SNAPSHOT_RECORD=1 swift test --filter WorkstationTests",
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
