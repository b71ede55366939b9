import Foundation
@testable import Presentation
import Testing
@testable import Workstation
import TerminalUI

@Suite struct ThemeLocatorTests {
    static let themes = TrainingFixture.sampleData.deletingLastPathComponent().appendingPathComponent("Themes").path

    @Test func shippedThemesLoadByNameOrEnvironment() {
        for name in ["default", "high-contrast", "mono", "amber"] {
            let (_, problems) = ThemeLocator.load(name: name, environment: ["SINGLEWINDOW_THEMES": Self.themes])
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
        let (_, fromEnv) = ThemeLocator.load(name: nil, environment: ["SINGLEWINDOW_THEMES": Self.themes, "SINGLEWINDOW_THEME": "amber"])
        #expect(fromEnv.isEmpty)
    }

    @Test func unknownThemeFallsBackWithAMessage() {
        let (theme, problems) = ThemeLocator.load(name: "neon", environment: ["SINGLEWINDOW_THEMES": Self.themes])
        #expect(theme == Theme.builtinDefault)
        #expect(problems.first?.contains("theme neon not found") == true)
        #expect(problems.first?.contains("amber") == true, "names the available themes")
    }

    @Test func aBadThemeFileIsReportedWithFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# ok\ntitle 256=15/4\nsparkle 256=1/2\nrow 256=999/0\n".write(to: dir.appendingPathComponent("bad.theme"), atomically: true, encoding: .utf8)
        let (_, problems) = ThemeLocator.load(name: "bad", environment: ["SINGLEWINDOW_THEMES": dir.path])
        #expect(problems.count == 2)
        #expect(problems.contains { $0.hasPrefix("bad.theme:3:") })
        #expect(problems.contains { $0.hasPrefix("bad.theme:4:") })
    }
}
