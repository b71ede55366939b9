import TextWidth
/// A single-line text editor: the value, a cursor counted in graphemes, and an optional length limit.
public struct TextEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position in graphemes, 0...count.
    public private(set) var cursor: Int
    /// Maximum number of graphemes, or nil for no limit.
    public var maxLength: Int?

    public init(_ text: String = "", maxLength: Int? = nil) {
        var chars = Array(text)
        if let maxLength, chars.count > maxLength { chars = Array(chars.prefix(maxLength)) }
        self.characters = chars
        self.cursor = chars.count
        self.maxLength = maxLength
    }

    public var text: String {
        get { String(characters) }
        set { self = TextEditor(newValue, maxLength: maxLength) }
    }

    /// Display column of the cursor from the start of the value.
    public var cursorColumn: Int { displayWidth(String(characters[..<cursor])) }

    /// Applies an editing key; returns false for keys the editor does not use (Tab, Enter, F-keys…).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .ctrl("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeSubrange(cursor...)
        default:
            guard let c = key.printable else { return false }
            insert(c)
        }
        return true
    }

    /// Inserts one grapheme at the cursor unless the value is full.
    public mutating func insert(_ c: Character) {
        if let maxLength, characters.count >= maxLength { return }
        characters.insert(c, at: cursor)
        cursor += 1
    }

    /// First display column shown in a field `width` cells wide: scrolls just enough to keep the cursor in view.
    public func scrollOffset(width: Int) -> Int {
        max(0, cursorColumn - max(0, width - 1))
    }

    /// Draws the visible part of the value into one row and, if `focused`, puts the cursor there.
    /// An unfocused field shows the start of its value.
    public func render(into buffer: inout Buffer, area: Rect, style: Style, focused: Bool) {
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(area.row(0), style: style)
        let offset = focused ? scrollOffset(width: area.width) : 0
        var col = 0
        for ch in characters {
            let w = displayWidth(ch)
            defer { col += w }
            if col + w <= offset { continue }
            let x = area.x + col - offset
            if col < offset { continue } // the left half is scrolled away: leave blank
            if col - offset + w > area.width { break }
            buffer.put(String(ch), x: x, y: area.y, style: style)
        }
        if focused { buffer.cursor = Point(x: area.x + cursorColumn - offset, y: area.y) }
    }
}
