/// Where frames go and keys come from: ncurses in the program, memory in tests.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Colours the terminal offers (0 or 1 for none).
    var colorCount: Int { get }
    /// True when no more keys will ever come (a drained test script); the run loop then stops.
    var isClosed: Bool { get }
    /// Uses this theme for the following frames, resolved for the terminal's colours and NO_COLOR.
    func setTheme(_ theme: Theme)
    /// Shows a frame.
    func draw(_ buffer: Buffer)
    /// Waits up to `timeoutMilliseconds` (negative = forever) for a key; nil on timeout.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Gives the terminal back; safe to call more than once.
    func shutdown()
    /// A SIGHUP or SIGTERM that arrived (the connection dropped, or the system asked the program
    /// to end): the run loop stops so the program can save what was typed, then end by it.
    var terminationSignal: Int32? { get }
    /// The function keys this terminal can send; the others are reached by their Esc fallback
    /// (`FunctionKeyFallback`), and the key bar names them so.
    var functionKeys: FunctionKeys { get }
}

extension TerminalBackend {
    public var functionKeys: FunctionKeys { .all }
}

/// Why the terminal could not be used.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// stdin or stdout is not a terminal.
    case notATerminal
    /// ncurses could not start on this terminal type.
    case cannotOpen(String)
    /// The terminal type cannot address the cursor (e.g. `dumb`), so no screen can be drawn.
    case cannotAddressCursor(String)

    public var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal"
        case .cannotOpen(let term): return "cannot open terminal of type '\(term)'"
        case .cannotAddressCursor(let term):
            return "terminal type '\(term)' cannot move the cursor; use a full-screen terminal (e.g. TERM=xterm or vt100) or the headless commands"
        }
    }
}
