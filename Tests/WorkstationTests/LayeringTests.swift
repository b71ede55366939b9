import Foundation
import Testing

/// The two faces sit on the domain and never on each other: the import lines of each target's
/// sources, read as text.
@Suite struct LayeringTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    func imports(_ target: String) throws -> [(file: String, module: String)] {
        let root = Self.sources.appendingPathComponent(target)
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return try files.flatMap { file in
            try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").compactMap { line in
                let words = line.split(separator: " ")
                guard let i = words.firstIndex(of: "import"), i + 1 < words.count, words[..<i].allSatisfy({ $0.hasPrefix("@") }) else { return nil }
                return (file, String(words[i + 1]))
            }
        }
    }

    @Test(arguments: [
        ("Commands", ["Workstation", "CNCursesW", "CSQLite"]),
        ("Workstation", ["Commands", "CNCursesW", "CSQLite"]),
        ("Presentation", ["Commands", "Workstation", "TerminalUI", "CNCursesW", "CSQLite"]),
    ])
    func aTargetImportsNothingBesideOrAbove(target: String, forbidden: [String]) throws {
        let found = try imports(target)
        #expect(found.count > 10, "no sources read for \(target)")
        for (file, module) in found where forbidden.contains(module) {
            Issue.record("\(target)/\(file) imports \(module)")
        }
    }
}
