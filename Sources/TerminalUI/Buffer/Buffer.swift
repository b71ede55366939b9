import TextWidth
/// A grid of cells that widgets draw into; the backend flushes it, tests read it back as text.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should blink (a focused text field), or nil to hide it.
    public var cursor: Point?

    public init(width: Int, height: Int, style: Style = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public init(size: Size) { self.init(width: size.width, height: size.height) }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position; out-of-range positions read as a blank.
    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x, y) else { return .blank() }
        return cells[y * width + x]
    }

    func contains(_ x: Int, _ y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Writes text from (x, y) clipped to the buffer and to `maxWidth` cells; returns the column after the text.
    /// A wide glyph that would cross the limit becomes a space; zero-width graphemes are dropped.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var col = x
        guard y >= 0, y < height else { return col }
        for ch in text {
            let w = displayWidth(ch)
            if w == 0 { continue }
            if col >= limit { break }
            if col + w > limit {
                // A wide glyph straddling the edge: show the part we own as blank rather than half a glyph.
                for c in col..<limit where c >= 0 { setCell(c, y, .blank(style)) }
                col = limit
                break
            }
            if col < 0 {
                for c in col..<(col + w) where c >= 0 { setCell(c, y, .blank(style)) }
            } else {
                setCell(col, y, Cell(symbol: String(ch), width: w, style: style))
            }
            col += w
        }
        return col
    }

    /// Paints every cell of `rect` (clipped) with `symbol` in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal, symbol: Character = " ") {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        let w = max(1, displayWidth(symbol))
        for yy in r.y..<r.maxY {
            var xx = r.x
            while xx + w <= r.maxX {
                setCell(xx, yy, Cell(symbol: String(symbol), width: w, style: style))
                xx += w
            }
            while xx < r.maxX { setCell(xx, yy, .blank(style)); xx += 1 }
        }
    }

    /// Changes the style of cells in `rect` without touching their text.
    public mutating func setStyle(_ rect: Rect, style: Style) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for yy in r.y..<r.maxY { for xx in r.x..<r.maxX { cells[yy * width + xx].style = style } }
    }

    /// Places one cell while keeping wide glyphs whole: a half that loses its partner becomes a blank.
    private mutating func setCell(_ x: Int, _ y: Int, _ cell: Cell) {
        guard contains(x, y) else { return }
        clearPartner(x, y)
        if cell.width == 2 {
            guard x + 1 < width else { cells[y * width + x] = .blank(cell.style); return }
            clearPartner(x + 1, y)
            cells[y * width + x] = cell
            cells[y * width + x + 1] = Cell(symbol: "", width: 0, style: cell.style)
        } else {
            cells[y * width + x] = cell
        }
    }

    private mutating func clearPartner(_ x: Int, _ y: Int) {
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation, x > 0 {
            cells[i - 1] = .blank(cells[i - 1].style)
        } else if old.width == 2, x + 1 < width {
            cells[i + 1] = .blank(cells[i + 1].style)
        }
        cells[i] = .blank(old.style)
    }

    /// One line of text per row, each wide glyph once; every line keeps its trailing spaces,
    /// so each has a display width of exactly `width`.
    public func lines() -> [String] {
        (0..<height).map { line($0) }
    }

    /// Like `lines()` but with trailing spaces removed, which reads better in test expectations.
    public func trimmedLines() -> [String] {
        lines().map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    /// The text of one row, trailing spaces kept.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for x in 0..<width where !cells[y * width + x].isContinuation { s += cells[y * width + x].symbol }
        return s
    }

    /// Consecutive cells of one row that share a style, with their text.
    public func styleRuns(row y: Int) -> [StyleRun] {
        guard y >= 0, y < height, width > 0 else { return [] }
        var runs: [StyleRun] = []
        for x in 0..<width {
            let cell = cells[y * width + x]
            if var last = runs.last, last.style == cell.style {
                last.text += cell.symbol
                last.width += 1
                runs[runs.count - 1] = last
            } else {
                runs.append(StyleRun(x: x, width: 1, text: cell.symbol, style: cell.style))
            }
        }
        return runs
    }

    /// The style of the first cell of `needle` on row y, or nil when the text is not there.
    public func style(of needle: String, row y: Int) -> Style? {
        guard let x = column(of: needle, row: y) else { return nil }
        return self[x, y].style
    }

    /// The cell column where `needle` starts on row y.
    public func column(of needle: String, row y: Int) -> Int? {
        let text = line(y)
        guard let range = text.firstRange(of: needle) else { return nil }
        return displayWidth(String(text[..<range.lowerBound]))
    }
}

/// A stretch of one row with a single style.
public struct StyleRun: Hashable, Sendable {
    public var x: Int
    public var width: Int
    public var text: String
    public var style: Style
}
