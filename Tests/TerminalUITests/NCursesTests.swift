import CNCursesW
import Foundation
import Testing
@testable import TerminalUI

/// Tests that touch process-wide state (locale, ncurses screens, environment) run one at a time.
@Suite(.serialized) struct NCursesTests {
    @Test func displayWidthMatchesGlibcUnderUTF8() {
        let saved = String(cString: setlocale(LC_ALL, nil))
        defer { setlocale(LC_ALL, saved) }
        #expect(setlocale(LC_ALL, "C.UTF-8") != nil)
        var samples: [UInt32] = Array(0x20...0x7E)                        // ASCII
        samples += Array(0xA0...0x17F)                                    // Latin-1, Latin Extended-A
        samples += Array(0x300...0x36F)                                   // combining diacritics
        samples += Array(0x2500...0x257F)                                 // box drawing
        samples += Array(0x1100...0x115F) + [0x1160, 0x11A8]              // Hangul Jamo
        samples += Array(0x3000...0x303E) + Array(0x3041...0x3096) + [0x3099, 0x309A] + Array(0x30A1...0x30FA) // CJK punctuation, kana
        samples += Array(0x4E00...0x4EFF) + Array(0x9F00...0x9FA5) + [0x3400, 0x4DB5, 0x20000, 0x2A6D6]   // ideographs
        samples += Array(0xAC00...0xAC40) + [0xD7A3]                      // Hangul syllables
        samples += Array(0xFF01...0xFF60) + Array(0xFFE0...0xFFE6) + Array(0xFF61...0xFF9F) // full/halfwidth forms
        samples += [0x200B, 0x200D, 0xFEFF, 0x2026, 0x00B7, 0x25B2, 0x25BC, 0x2588, 0x2591]
        var mismatches: [String] = []
        for v in samples {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let libc = Int(wcwidth(wchar_t(bitPattern: v)))
            if libc < 0 { continue }   // unassigned or control: glibc has no opinion
            if displayWidth(scalar) != libc { mismatches.append(String(format: "U+%04X ours=%d glibc=%d", v, displayWidth(scalar), libc)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func displayWidthDoesNotDependOnLocale() {
        let saved = String(cString: setlocale(LC_ALL, nil))
        defer { setlocale(LC_ALL, saved) }
        setlocale(LC_ALL, "C")
        #expect(wcwidth(0x4E2D) == -1, "the reason we do not use wcwidth")
        #expect(displayWidth("中文AB") == 6)
    }

    @Test func headlessNCursesDrawsWideCharacters() throws {
        let saved = String(cString: setlocale(LC_ALL, nil))
        setenv("LC_ALL", "C.UTF-8", 1)
        setenv("LINES", "6", 1)
        setenv("COLUMNS", "20", 1)
        defer {
            unsetenv("LINES"); unsetenv("COLUMNS"); unsetenv("LC_ALL")
            setlocale(LC_ALL, saved)
        }
        let backend = try NCursesBackend(options: .init(terminalType: "xterm-256color", outputPath: "/dev/null",
                                                         inputPath: "/dev/null", installSignalHandlers: false,
                                                         honourNoColor: false))
        defer { backend.shutdown() }
        #expect(backend.size == Size(width: 20, height: 6))
        #expect(backend.isUTF8)
        #expect(backend.colorCount == 256)
        var buffer = Buffer(size: backend.size)
        buffer.put("中文AB", x: 0, y: 0, style: Style(.rowSelected))
        buffer.put("┌─报关单─┐", x: 2, y: 2, style: Style(.border))
        buffer.put("é", x: 19, y: 5)
        buffer.put("宽", x: 19, y: 4)      // straddles the edge: becomes a space
        backend.draw(buffer)
        let lines = readScreen(width: 20, height: 6)
        #expect(lines[0] == "中文AB" + String(repeating: " ", count: 14))
        #expect(lines[2] == "  ┌─报关单─┐        ")
        #expect(lines[4] == String(repeating: " ", count: 20))
        #expect(lines[5].hasSuffix("é"))
        // The selected-row style reached the screen as a colour pair with bold.
        var cc = cchar_t()
        mvwin_wch(sw_stdscr(), 0, 0, &cc)
        var wch = [wchar_t](repeating: 0, count: 8)
        var attrs: attr_t = 0
        var pair: Int16 = 0
        getcchar(&cc, &wch, &attrs, &pair, nil)
        #expect(attrs & sw_a_bold() != 0)
        #expect(pair > 0)
        var fg: Int16 = 0, bg: Int16 = 0
        pair_content(pair, &fg, &bg)
        #expect(fg == 231 && bg == 25)
        // Resize and a second frame must not crash, even down to 1×1.
        resizeterm(1, 1)
        #expect(backend.size == Size(width: 1, height: 1))
        var tiny = Buffer(size: backend.size)
        TooSmallScreen(text: "too small").render(into: &tiny, area: tiny.area)
        backend.draw(tiny)
        backend.shutdown()
        backend.shutdown()   // idempotent
        #expect(backend.size == Size(width: 0, height: 0))
    }

    @Test func unknownTerminalIsRefusedNotFatal() {
        #expect(throws: TerminalError.self) {
            _ = try NCursesBackend(options: .init(terminalType: "no-such-terminal-xyz", outputPath: "/dev/null",
                                                  inputPath: "/dev/null", installSignalHandlers: false))
        }
    }

    /// The bar names F-keys by the terminal's terminfo: vt100 has PF1–PF4 (kf1–kf4); its kf5–kf10
    /// are numeric-keypad keys and it has no kf11/kf12, so F5–F12 go by their Esc fallback.
    @Test func functionKeysComeFromTerminfo() throws {
        setenv("LC_ALL", "C.UTF-8", 1)
        defer { unsetenv("LC_ALL") }
        for (term, expected) in [("vt100", FunctionKeys.vt100), ("xterm-256color", .all), ("screen", .all)] {
            let backend = try NCursesBackend(options: .init(terminalType: term, outputPath: "/dev/null",
                                                             inputPath: "/dev/null", installSignalHandlers: false))
            #expect(backend.functionKeys == expected, "\(term)")
            backend.shutdown()
        }
        #expect(NCursesBackend.isKeypadSequence("\u{1B}Ot"))
        #expect(!NCursesBackend.isKeypadSequence("\u{1B}OS"), "PF4 is F4")
        #expect(!NCursesBackend.isKeypadSequence("\u{1B}[20~"))
    }

    @Test func vt100WithoutColoursIsMonochrome() throws {
        setenv("LC_ALL", "C.UTF-8", 1)
        defer { unsetenv("LC_ALL") }
        let backend = try NCursesBackend(options: .init(terminalType: "vt100", outputPath: "/dev/null",
                                                         inputPath: "/dev/null", installSignalHandlers: false))
        defer { backend.shutdown() }
        #expect(backend.colorCount == 0)
        var buffer = Buffer(size: backend.size)
        buffer.put("中文 ok", x: 0, y: 0, style: Style(.rowSelected))
        backend.draw(buffer)
        #expect(readScreen(width: 7, height: 1) == ["中文 ok"])
    }

    /// Reads the current ncurses screen back, stepping by display width (both halves of a wide
    /// glyph read back as the same character).
    private func readScreen(width: Int, height: Int) -> [String] {
        (0..<height).map { y in
            var line = ""
            var x = 0
            while x < width {
                var cc = cchar_t()
                mvwin_wch(sw_stdscr(), Int32(y), Int32(x), &cc)
                var wch = [wchar_t](repeating: 0, count: 8)
                var attrs: attr_t = 0
                var pair: Int16 = 0
                getcchar(&cc, &wch, &attrs, &pair, nil)
                let scalars = wch.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
                let text = String(String.UnicodeScalarView(scalars))
                line += text.isEmpty ? " " : text
                x += max(1, displayWidth(text))
            }
            return line
        }
    }
}
