import Foundation
import CNCursesW
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw. The only file that talks to ncurses.
///
/// Input runs in raw mode, not cbreak: Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q arrive as ordinary keys
/// (`.ctrl("c")` …) instead of killing or freezing the program, so a half-typed form is never lost to
/// a stray keystroke. The application must therefore bind a way out (e.g. F10/Ctrl-Q with a confirm).
/// SIGINT/SIGQUIT sent from outside restore the terminal and end the process at once; SIGHUP and
/// SIGTERM are only noted (`terminationSignal`), so the program can save typed work first and then
/// end by the signal (`endBySignal`).
public final class NCursesBackend: TerminalBackend {
    /// How to open the terminal; the defaults are the interactive program's.
    public struct Options: Sendable {
        /// TERM to use instead of the environment's.
        public var terminalType: String?
        /// Write the screen to this file instead of stdout (tests use /dev/null).
        public var outputPath: String?
        /// Read keys from this file instead of stdin.
        public var inputPath: String?
        /// Install the SIGINT/SIGQUIT handlers that restore the terminal, and the SIGHUP/SIGTERM ones
        /// that note the signal for the run loop.
        public var installSignalHandlers: Bool
        /// Honour NO_COLOR; tests may switch it off.
        public var honourNoColor: Bool
        /// Draw through C.UTF-8 when the user's locale has no UTF-8 (LANG=C with Chinese text);
        /// see `switchToUTF8()`.
        public var preferUTF8: Bool

        public init(terminalType: String? = nil, outputPath: String? = nil, inputPath: String? = nil,
                    installSignalHandlers: Bool = true, honourNoColor: Bool = true, preferUTF8: Bool = false) {
            self.terminalType = terminalType
            self.outputPath = outputPath
            self.inputPath = inputPath
            self.installSignalHandlers = installSignalHandlers
            self.honourNoColor = honourNoColor
            self.preferUTF8 = preferUTF8
        }
    }

    /// Milliseconds ncurses waits after Esc for the rest of an escape sequence; also the Alt-key window.
    public static let escapeDelay: Int32 = 25
    /// The Alt-key window on a terminal that lacks some F-keys: long enough to type Esc then a
    /// digit by hand (the F-key fallback, `FunctionKeyFallback`); Esc alone answers this late.
    public static let fallbackEscapeDelay: Int32 = 300

    /// The function keys the terminal's terminfo entry defines (read once, at start).
    public private(set) var functionKeys: FunctionKeys = .all

    public private(set) var colorCount: Int
    /// False when the locale's codeset is not UTF-8: non-ASCII is then drawn as ASCII stand-ins or "?".
    public let isUTF8: Bool
    public let noColor: Bool
    public var isClosed: Bool { false }

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var outputFile: UnsafeMutablePointer<FILE>?
    private var inputFile: UnsafeMutablePointer<FILE>?
    private var resolved: ResolvedTheme
    private var pairs: [Int: Int32] = [:]
    private var hasDefaultColors = false
    private var active = false

    /// The user's locale; when it names a UTF-8 locale this machine lacks (LANG=zh_CN.UTF-8 on a
    /// minimal server), glibc falls back to "C" and every CJK glyph would become "?": keep
    /// UTF-8 through C.UTF-8 instead, which glibc always has.
    static func setLocale() {
        if setlocale(LC_ALL, "") != nil { return }
        let env = ProcessInfo.processInfo.environment
        let requested = [env["LC_ALL"], env["LC_CTYPE"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let wantsUTF8 = requested.lowercased().replacingOccurrences(of: "-", with: "").contains("utf8")
        if setlocale(LC_CTYPE, "") == nil || wantsUTF8 {
            _ = setlocale(LC_CTYPE, wantsUTF8 ? "C.UTF-8" : "C")
        }
    }

    /// What `switchToUTF8` found.
    public enum UTF8Locale: Equatable, Sendable {
        /// The user's locale is UTF-8 already.
        case native
        /// It was not (LANG=C, a Latin-1 locale); characters are now encoded through C.UTF-8.
        case switched(from: String)
        /// It was not, and this machine has no UTF-8 locale to switch to.
        case unavailable(requested: String)
    }

    /// Sets the user's locale and, when its codeset is not UTF-8, switches the character type to
    /// C.UTF-8 — the same way out `setLocale` takes for a UTF-8 locale this machine lacks — for
    /// text that cannot be drawn otherwise (Chinese under LANG=C would be all "?").
    @discardableResult
    public static func switchToUTF8() -> UTF8Locale {
        setLocale()
        if codesetIsUTF8 { return .native }
        let env = ProcessInfo.processInfo.environment
        let requested = [env["LC_ALL"], env["LC_CTYPE"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? "C"
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            if codesetIsUTF8 { return .switched(from: requested) }
        }
        setLocale()
        return .unavailable(requested: requested)
    }

    static var codesetIsUTF8: Bool { String(cString: sw_codeset()).uppercased().filter { $0 != "-" } == "UTF8" }

    /// True when stdin and stdout are both terminals.
    public static var hasTerminal: Bool { isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 }

    /// Throws `.notATerminal` when the program is not attached to a terminal, so it can refuse politely.
    public static func requireTerminal() throws {
        if !hasTerminal { throw TerminalError.notATerminal }
    }

    /// Sets the locale, opens the terminal and switches to raw, no-echo, keypad mode.
    public init(options: Options = Options(), theme: Theme = .builtinDefault) throws {
        if options.preferUTF8 { Self.switchToUTF8() } else { Self.setLocale() }
        isUTF8 = Self.codesetIsUTF8
        let env = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
        noColor = options.honourNoColor && !env.isEmpty

        outputFile = options.outputPath.map { fopen($0, "w") } ?? sw_stdout()
        inputFile = options.inputPath.map { fopen($0, "r") } ?? sw_stdin()
        let term = options.terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "unknown"
        guard outputFile != nil, inputFile != nil, let scr = newterm(term, outputFile, inputFile) else {
            Self.close(options, outputFile, inputFile)
            throw TerminalError.cannotOpen(term)
        }
        set_term(scr)
        guard sw_can_address_cursor() != 0 else {
            endwin()
            delscreen(scr)
            Self.close(options, outputFile, inputFile)
            throw TerminalError.cannotAddressCursor(term)
        }
        screen = scr
        window = sw_stdscr()
        active = true
        if options.installSignalHandlers {
            sw_install_signal_handlers()
            sw_install_crash_handlers()
            Self.installAtExitOnce()
        }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        // Home/End arrive in the other family's encoding when TERM and the real terminal
        // disagree (xterm's ESC[H / ESC[F, or ESC[1~ / ESC[4~ from tmux/screen): accept both.
        for (sequence, key) in [("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[H", KEY_HOME),
                                ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END)] {
            define_key(sequence, key)
        }
        set_escdelay(Self.escapeDelay)
        functionKeys = Self.terminfoFunctionKeys()
        curs_set(0)
        colorCount = 0
        if has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
            colorCount = Int(sw_colors())
        }
        resolved = theme.resolve(colorCount: colorCount, noColor: noColor)
        self.ownsOutput = options.outputPath != nil
        self.ownsInput = options.inputPath != nil
    }

    private var ownsOutput = false
    private var ownsInput = false

    deinit { shutdown() }

    private static func close(_ options: Options, _ out: UnsafeMutablePointer<FILE>?, _ inp: UnsafeMutablePointer<FILE>?) {
        if options.outputPath != nil, let out { fclose(out) }
        if options.inputPath != nil, let inp { fclose(inp) }
    }

    nonisolated(unsafe) private static var atExitInstalled = false

    private static func installAtExitOnce() {
        if atExitInstalled { return }
        atExitInstalled = true
        _ = sw_install_atexit()
    }

    public var size: Size {
        guard active, let window else { return Size(width: 0, height: 0) }
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public func setTheme(_ theme: Theme) {
        resolved = theme.resolve(colorCount: colorCount, noColor: noColor)
    }

    public func draw(_ buffer: Buffer) {
        guard active, let window else { return }
        let size = self.size
        werase(window)
        for y in 0..<min(buffer.height, size.height) {
            for x in 0..<min(buffer.width, size.width) {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if cell.width == 2 && x + 1 >= size.width { continue }
                put(cell, x: x, y: y)
            }
        }
        if let c = buffer.cursor, c.x >= 0, c.y >= 0, c.x < size.width, c.y < size.height {
            curs_set(1)
            wmove(window, Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        let style = resolved.resolve(cell.style)
        var attrs = sw_a_normal()
        if style.attributes.contains(.bold) { attrs |= sw_a_bold() }
        if style.attributes.contains(.reverse) { attrs |= sw_a_reverse() }
        if style.attributes.contains(.underline) { attrs |= sw_a_underline() }
        if style.attributes.contains(.dim) { attrs |= sw_a_dim() }
        var pair = colorPair(fg: style.fg, bg: style.bg)
        if isUTF8 {
            addSymbol(cell.symbol, x: x, y: y, attrs: attrs, pair: &pair)
        } else {
            // One ASCII stand-in per cell, so a wide glyph still covers both of its columns.
            for (i, ch) in Self.asciiStandIn(cell.symbol, width: cell.width).enumerated() {
                addSymbol(String(ch), x: x + i, y: y, attrs: attrs, pair: &pair)
            }
        }
    }

    private func addSymbol(_ symbol: String, x: Int, y: Int, attrs: attr_t, pair: inout Int32) {
        // A cchar_t holds one spacing character plus a few combining marks.
        var wide: [wchar_t] = symbol.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if wide.isEmpty { wide = [wchar_t(32)] }
        wide.append(0)
        var cc = cchar_t()
        _ = setcchar(&cc, wide, attrs, Int16(clamping: pair), &pair)
        mvwadd_wch(window, Int32(y), Int32(x), &cc)
    }

    // A non-UTF-8 terminal would show multibyte garbage; keep frames recognisable and columns aligned.
    static func asciiStandIn(_ symbol: String, width: Int) -> String {
        if symbol.unicodeScalars.allSatisfy({ $0.isASCII }) { return symbol }
        switch symbol {
        case "─", "━", "═": return "-"
        case "│", "┃", "║": return "|"
        case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼": return "+"
        case "▲": return "^"
        case "▼", "▾": return "v"
        case "█": return "#"
        case "░": return "."
        case "…": return "~"
        case "·", "•": return "*"
        default: return String(repeating: "?", count: max(1, width))
        }
    }

    private func colorPair(fg: Int, bg: Int) -> Int32 {
        guard colorCount > 0, !(fg < 0 && bg < 0 && hasDefaultColors) else { return 0 }
        // Without use_default_colors, -1 is not a valid colour: fall back to white on black.
        let f = fg < 0 && !hasDefaultColors ? 7 : fg
        let b = bg < 0 && !hasDefaultColors ? 0 : bg
        let key = (f + 1) * 1024 + (b + 1)
        if let p = pairs[key] { return p }
        let p = max(0, alloc_pair(Int32(f), Int32(b)))
        pairs[key] = p
        return p
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard active, let window else { return nil }
        wtimeout(window, Int32(timeoutMilliseconds))
        var wch: wint_t = 0
        let rc = wget_wch(window, &wch)
        if rc == KEY_CODE_YES { return Self.key(forCode: Int32(bitPattern: wch)) }
        guard rc == OK else { return nil }
        if wch == 27 {
            // Esc followed at once by a character is how terminals send Alt-<char>; Esc then a
            // digit is also the F-key fallback (`FunctionKeyFallback`), given longer where F-keys lack.
            wtimeout(window, functionKeys.missing.isEmpty ? Self.escapeDelay : Self.fallbackEscapeDelay)
            var next: wint_t = 0
            let rc2 = wget_wch(window, &next)
            if rc2 == OK, next >= 32, next != 127, let scalar = Unicode.Scalar(next) { return .alt(Character(scalar)) }
            if rc2 == KEY_CODE_YES { ungetch(Int32(bitPattern: next)) } else if rc2 == OK { unget_wch(wchar_t(bitPattern: next)) }
            return .escape
        }
        return Self.key(forCharacter: wch)
    }

    /// F1–F12 as the terminal's terminfo entry has them. A kfN that is an application-keypad
    /// sequence (ESC O p…y: vt100's kf5–kf10 are its numeric keypad) is no F-key a user finds.
    static func terminfoFunctionKeys() -> FunctionKeys {
        var missing = Set<Int>()
        for n in 1...12 {
            guard let string = sw_terminfo_string("kf\(n)") else { missing.insert(n); continue }
            if isKeypadSequence(String(cString: string)) { missing.insert(n) }
        }
        return FunctionKeys(missing: missing)
    }

    static func isKeypadSequence(_ sequence: String) -> Bool {
        let scalars = Array(sequence.unicodeScalars)
        guard scalars.count == 3, scalars[0] == "\u{1B}", scalars[1] == "O" else { return false }
        return ("l"..."y").contains(scalars[2])
    }

    static func key(forCharacter wch: wint_t) -> Key? {
        switch wch {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(wch) + 96)))
        case 0..<32: return nil
        default: return Unicode.Scalar(wch).map { .char(Character($0)) }
        }
    }

    static func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case sw_key_f(1)...sw_key_f(12): return .function(Int(code - sw_key_f(0)))
        // Shifted F-keys (F13–F24 on xterm) are read as their unshifted key rather than dropped.
        case sw_key_f(13)...sw_key_f(24): return .function(Int(code - sw_key_f(12)))
        default: return nil
        }
    }

    public var terminationSignal: Int32? {
        let sig = sw_pending_signal()
        return sig == 0 ? nil : sig
    }

    /// After the program saved and shut the terminal down: ends the process by `signal`, so the
    /// parent sees the usual status (129 for SIGHUP, 143 for SIGTERM).
    public static func endBySignal(_ signal: Int32) -> Never {
        sw_die_by_signal(signal)
        exit(128 + signal)
    }

    public func shutdown() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        window = nil
        if ownsOutput, let outputFile { fclose(outputFile) }
        if ownsInput, let inputFile { fclose(inputFile) }
        outputFile = nil
        inputFile = nil
    }
}
