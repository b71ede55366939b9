import TextWidth
/// A decoded key press, independent of the terminal that produced it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    /// F1–F12.
    case function(Int)
    case enter, escape, tab, backTab
    case up, down, left, right, pageUp, pageDown, home, end
    case backspace, delete, insert
    /// The terminal changed size; the next draw uses the new size.
    case resize
    case alt(Character)
    /// Ctrl plus a letter, stored lower-case: `.ctrl("s")`.
    case ctrl(Character)

    /// The name shown in key bars and help: "F2", "Alt-1", "Ctrl-S", "Enter", "/".
    public var name: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .function(let n): return "F\(n)"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .resize: return "Resize"
        case .alt(let c): return "Alt-\(c.uppercased())"
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        }
    }

    public var description: String { name }

    /// The typed character when this key inserts text, else nil.
    public var printable: Character? {
        if case .char(let c) = self, displayWidth(c) > 0 { return c }
        return nil
    }
}
