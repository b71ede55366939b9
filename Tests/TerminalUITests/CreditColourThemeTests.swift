import Foundation
import Testing
@testable import TerminalUI

private let themesDirectory: String = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return url.appendingPathComponent("Themes").path
}()

/// Issue 11, item 6: the credit classes keep the source's colours in every colour theme —
/// good green, warning yellow, dishonest red, seriously dishonest black (bold white on black) —
/// and, without colour (the mono theme, NO_COLOR, a monochrome terminal), four different
/// attributes with seriously dishonest in reverse.
@Suite struct CreditColourThemeTests {
    enum Hue: Equatable { case green, yellow, red, white, black, other }

    /// The hue of an xterm-256 index (the 6×6×6 cube and the 16 system colours).
    static func hue256(_ i: Int) -> Hue {
        switch i {
        case 2, 10: return .green
        case 3, 11: return .yellow
        case 1, 9: return .red
        case 7, 15, 231, 255: return .white
        case 0, 16: return .black
        case 17...230:
            let c = i - 16, r = c / 36, g = (c / 6) % 6, b = c % 6
            if g > r && g > b { return .green }
            if r >= 4 && g >= 4 && b <= 1 { return .yellow }
            if r >= 4 && g <= 1 && b <= 1 { return .red }
            return .other
        default: return .other
        }
    }

    static func hue16(_ i: Int) -> Hue { hue256(i) }

    static let expected: [(ThemeRole, Hue)] = [
        (.creditGood, .green), (.creditWarning, .yellow), (.creditDishonest, .red), (.creditSeriouslyDishonest, .white),
    ]

    static func shipped() -> [Theme] {
        ThemeParser.available(in: themesDirectory).map { ThemeParser.load(named: $0, directory: themesDirectory).theme }
    }

    @Test func everyColourThemeDrawsTheClassesInTheSourcesColours() {
        let colourThemes = Self.shipped().filter { $0.name != "mono" }
        #expect(colourThemes.count >= 3)
        for theme in colourThemes + [Theme.builtinDefault] {
            for colours in [256, 16, 8] {
                let resolved = theme.resolve(colorCount: colours, noColor: false)
                for (role, hue) in Self.expected {
                    let style = resolved.styles[role]!
                    #expect(Self.hue256(style.fg) == hue, "\(theme.name) at \(colours) colours: \(role.rawValue) fg \(style.fg)")
                }
                // Black is white on black, in bold: the one class drawn on its own background.
                let black = resolved.styles[.creditSeriouslyDishonest]!
                #expect(Self.hue256(black.bg) == .black, "\(theme.name) at \(colours): black's background \(black.bg)")
                #expect(black.attributes.contains(.bold), "\(theme.name) at \(colours): black is bold")
            }
        }
    }

    @Test func withoutColourTheFourClassesDifferAndBlackIsReverse() {
        for theme in Self.shipped() + [Theme.builtinDefault] {
            for resolved in [theme.resolve(colorCount: 256, noColor: true), theme.resolve(colorCount: 2, noColor: false)] {
                let styles = Self.expected.map { resolved.styles[$0.0]! }
                #expect(styles.allSatisfy { $0.fg == -1 && $0.bg == -1 })
                #expect(Set(styles.map(\.attributes.rawValue)).count == 4, "\(theme.name): four classes, four looks")
                #expect(styles[3].attributes.contains(.reverse), "\(theme.name): black is reverse without colour")
                #expect(!styles[0].attributes.contains(.reverse) && !styles[1].attributes.contains(.reverse)
                        && !styles[2].attributes.contains(.reverse), "\(theme.name): only black is reverse")
            }
        }
        // The mono theme draws the same attributes on a colour terminal too.
        let mono = ThemeParser.load(named: "mono", directory: themesDirectory).theme.resolve(colorCount: 256, noColor: false)
        #expect(mono.styles[.creditSeriouslyDishonest]?.attributes.contains(.reverse) == true)
    }
}
