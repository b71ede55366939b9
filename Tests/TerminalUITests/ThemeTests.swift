import Foundation
import Testing
@testable import TerminalUI

private let themesDirectory: String = {
    // Tests/TerminalUITests/ThemeTests.swift → repository root → Themes
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return url.appendingPathComponent("Themes").path
}()

@Suite struct ThemeTests {
    @Test func everyShippedThemeLoadsWithoutProblems() {
        let names = ThemeParser.available(in: themesDirectory)
        #expect(Set(["default", "high-contrast", "mono", "amber"]).isSubset(of: Set(names)))
        for name in names {
            let (theme, problems) = ThemeParser.load(named: name, directory: themesDirectory)
            #expect(problems.isEmpty, "\(name): \(problems)")
            #expect(theme.name == name)
            #expect(!theme.description.isEmpty)
            let source = (try? String(contentsOfFile: themesDirectory + "/" + name + ".theme", encoding: .utf8)) ?? ""
            for role in ThemeRole.allCases {
                #expect(source.contains("\n" + role.rawValue + " "), "\(name) sets \(role.rawValue)")
            }
        }
    }

    @Test func builtinDefaultIsTheShippedDefault() throws {
        let file = try String(contentsOfFile: themesDirectory + "/default.theme", encoding: .utf8)
        #expect(file.trimmingCharacters(in: .newlines) == Theme.builtinDefaultSource.trimmingCharacters(in: .newlines))
        #expect(Theme.builtinDefault.roles.count == ThemeRole.allCases.count)
    }

    @Test func problemsCarryFileAndLineAndFallBack() {
        let text = """
        # broken on purpose
        name: broken
        rowz          256=1/2
        row-selected  256=300/25  16=white/blue
        title         256=231/24  attrs=bold+blink
        tab           256=1/2  colour=3
        header        256=bright-white/black  16=16/0
        label         256=9/default   mono=underline
        frobnicate: yes
        """
        let (theme, problems) = ThemeParser.parse(text, fileName: "broken.theme")
        #expect(problems.map(\.line) == [3, 4, 5, 6, 7, 9])
        #expect(problems[0].description == "broken.theme:3: unknown role 'rowz'")
        #expect(problems[1].message.contains("bad colour '300'"))
        #expect(problems[2].message.contains("bad attribute 'blink'"))
        #expect(problems[3].message.contains("unknown key 'colour'"))
        #expect(problems[4].message.contains("bad colour '16'"))
        let builtin = Theme.builtinDefault
        #expect(theme.appearance(.rowSelected) == builtin.appearance(.rowSelected))
        #expect(theme.appearance(.title) == builtin.appearance(.title))
        #expect(theme.appearance(.label).color256 == ColorPair(fg: .index(9), bg: .default))
        #expect(theme.appearance(.label).mono == .underline)
        #expect(theme.appearance(.label).color16 == builtin.appearance(.label).color16, "missing fields keep the default")
    }

    @Test func missingFileGivesDefaultAndAProblem() {
        let (theme, problems) = ThemeParser.load(named: "nope", directory: "/nonexistent")
        #expect(theme == Theme.builtinDefault)
        #expect(problems.count == 1 && problems[0].fileName == "nope.theme")
        #expect(ThemeParser.load(named: "default", directory: "/nonexistent").problems.isEmpty)
    }

    @Test func resolutionByCapability() {
        let theme = Theme.builtinDefault
        let r256 = theme.resolve(colorCount: 256, noColor: false)
        #expect(r256.styles[.rowSelected] == ResolvedStyle(fg: 231, bg: 25, attributes: .bold))
        let r16 = theme.resolve(colorCount: 16, noColor: false)
        #expect(r16.styles[.rowSelected] == ResolvedStyle(fg: 15, bg: 4, attributes: .bold))
        let r8 = theme.resolve(colorCount: 8, noColor: false)
        #expect(r8.styles[.requiredMarker] == ResolvedStyle(fg: 1, bg: -1, attributes: .bold), "bright red → red + bold")
        let mono = theme.resolve(colorCount: 256, noColor: true)
        #expect(mono.isMonochrome)
        #expect(mono.styles[.rowSelected] == ResolvedStyle(fg: -1, bg: -1, attributes: .reverse))
        #expect(mono.styles.values.allSatisfy { $0.fg == -1 && $0.bg == -1 })
        #expect(theme.resolve(colorCount: 0, noColor: false).isMonochrome)
        #expect(mono.resolve(Style(.row, .underline)).attributes == .underline, "widget attributes add to the role's")
    }
}
