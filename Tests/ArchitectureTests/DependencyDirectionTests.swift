import Foundation
import Testing

/// Arrows point down only (Sources/README.md). Reads every `Sources/**/*.swift` file's import
/// lines and `Package.swift`'s target dependencies, and fails on an arrow pointing up or sideways.
/// Project modules are the directories under `Sources/`; anything else (Foundation, Glibc…) is
/// the system's and allowed, except where a rule below names it.
@Suite("Dependency direction")
struct DependencyDirectionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let sources = root.appendingPathComponent("Sources")

    /// The project modules each lower target may use; every other project module is refused.
    static let allowedProjectModules: [String: Set<String>] = [
        "CSQLite": [],
        "CNCursesW": [],
        "TextWidth": [],
        "Store": ["CSQLite"],
        "TerminalUI": ["CNCursesW", "TextWidth"],
        "SingleWindowKit": ["Store", "TextWidth"],
        "Presentation": ["SingleWindowKit", "Store", "TextWidth"],
    ]
    /// Store knows nothing but SQLite and Foundation.
    static let storeImports: Set<String> = ["CSQLite", "Foundation", "Glibc"]
    static let executables: Set<String> = ["singlewindow", "swbench"]

    struct Import: CustomStringConvertible {
        let file: String   // relative to Sources/
        let module: String
        var target: String { String(file.prefix { $0 != "/" }) }
        var description: String { "\(file): import \(module)" }
    }

    static var projectModules: Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []
        return Set(names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: sources.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        })
    }

    static func swiftFiles(under directory: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
    }

    /// `import X`, `@testable import X`, `@_exported import X`, `import struct X.Y` — also inside `#if`.
    static let imports: [Import] = swiftFiles(under: sources).flatMap { file -> [Import] in
        guard let text = try? String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
            guard words.count >= 2, words[0] == "import" else { return nil }
            let path = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"].contains(words[1]) && words.count >= 3
                ? words[2] : words[1]
            return Import(file: file, module: String(path.prefix { $0 != "." }))
        }
    }

    /// Each target's declared dependencies in Package.swift (`.target(name: "X", dependencies: [...]`).
    static var packageDependencies: [String: [String]] {
        guard let text = try? String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8),
              let pattern = try? NSRegularExpression(pattern: #"\.(?:target|executableTarget)\(\s*name:\s*"(\w+)"\s*,\s*dependencies:\s*\[([^\]]*)\]"#)
        else { return [:] }
        var result: [String: [String]] = [:]
        let ns = text as NSString
        for match in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let names = ns.substring(with: match.range(at: 2)).split(separator: ",")
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \n\"")) }.filter { !$0.isEmpty }
            result[ns.substring(with: match.range(at: 1))] = names
        }
        return result
    }

    @Test func theSourcesAndThePackageAreFound() {
        #expect(Self.projectModules.isSuperset(of: ["Store", "SingleWindowKit", "TerminalUI", "CSQLite", "CNCursesW", "TextWidth"]))
        #expect(Self.imports.count > 100)
        #expect(Self.packageDependencies["Store"] != nil && Self.packageDependencies["SingleWindowKit"] != nil)
    }

    @Test func storeImportsOnlySQLiteAndFoundation() {
        let wrong = Self.imports.filter { $0.target == "Store" && !Self.storeImports.contains($0.module) }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func lowerTargetsImportOnlyWhatIsBelowThem() {
        let project = Self.projectModules
        let wrong = Self.imports.filter { i in
            guard let allowed = Self.allowedProjectModules[i.target] else { return false }
            return project.contains(i.module) && !allowed.contains(i.module)
        }
        #expect(wrong.isEmpty, "\(wrong)")
        for (target, allowed) in Self.allowedProjectModules {
            let declared = Set(Self.packageDependencies[target] ?? [])
            #expect(declared.isSubset(of: allowed), "Package.swift: \(target) depends on \(declared.subtracting(allowed).sorted())")
        }
    }

    @Test func onlyTheStoreImportsSQLite() {
        let wrong = Self.imports.filter { $0.module == "CSQLite" && $0.target != "Store" }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func onlyTheNCursesBackendImportsNCurses() {
        let wrong = Self.imports.filter { $0.module == "CNCursesW" && $0.file != "TerminalUI/Backend/NCursesBackend.swift" }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test func nothingImportsAnExecutable() {
        let wrong = Self.imports.filter { Self.executables.contains($0.module) }
        #expect(wrong.isEmpty, "\(wrong)")
        let declared = Self.packageDependencies.filter { !Set($0.value).isDisjoint(with: Self.executables) }
        #expect(declared.isEmpty, "\(declared.keys.sorted())")
    }

    /// The headless commands and the TUI are two faces of one domain: the target named `CLI` or
    /// `Commands`, or holding such a directory, must not import or depend on the target holding
    /// the `Panes` directory.
    ///
    /// While both still sit in one target (Workstation, before the split), a CLI file could
    /// name a pane type without any import, which only the split can rule out; the test then
    /// has nothing to check and says so.
    @Test func theCommandsNeverReachThePanes() throws {
        /// Targets named like one of `names` or holding a directory so named.
        func targets(_ names: Set<String>) -> Set<String> {
            Set(Self.swiftFiles(under: Self.sources).compactMap { file -> String? in
                let parts = file.split(separator: "/").map(String.init)
                return !names.isDisjoint(with: parts.dropLast()) ? parts[0] : nil
            })
        }
        let cli = targets(["CLI", "Commands"]), panes = targets(["Panes"])
        try #require(!cli.isEmpty && !panes.isEmpty, "no CLI or Panes directory under Sources")
        for commandTarget in cli {
            let paneTargets = panes.subtracting([commandTarget])
            guard !paneTargets.isEmpty else {
                // Shared target: nothing to check until the split (see above).
                continue
            }
            let wrong = Self.imports.filter { $0.target == commandTarget && paneTargets.contains($0.module) }
            #expect(wrong.isEmpty, "\(wrong)")
            let declared = Set(Self.packageDependencies[commandTarget] ?? []).intersection(paneTargets)
            #expect(declared.isEmpty, "Package.swift: \(commandTarget) depends on \(declared.sorted())")
        }
    }
}
