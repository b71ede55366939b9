/// One terminal cell. A wide glyph sits in its left cell (width 2); the right cell is a continuation.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown here; empty for a continuation cell.
    public var symbol: String
    /// 1 or 2 for a glyph, 0 for the right half of a wide glyph.
    public var width: Int
    public var style: Style

    public init(symbol: String = " ", width: Int = 1, style: Style = .normal) {
        self.symbol = symbol
        self.width = width
        self.style = style
    }

    /// A blank cell in the given style.
    public static func blank(_ style: Style = .normal) -> Cell { Cell(symbol: " ", width: 1, style: style) }

    public var isContinuation: Bool { width == 0 }
}
