import TextWidth
/// Lays a form out and scrolls to keep the focused field in view; the last row is the message
/// line showing the focused field's error. The plain layout is one column of fields below 120
/// columns and two from 120 up. The dense layout (`slotWidth`) packs fields into slots of about
/// that width — two at 80 columns, three at 120 — in reading order, a long text taking two
/// slots (or the whole row when there are only two), as the paper declaration packs its boxes.
public struct FormView: Sendable {
    /// The width from which fields go side by side (plain layout).
    public static let twoColumnWidth = 120
    /// Labels in the dense layout are cut to this many cells (short labels fit it).
    public static let denseLabelWidth = 14

    /// The dense layout's slot width, or nil for the plain layout.
    public var slotWidth: Int?

    public init(slotWidth: Int? = nil) { self.slotWidth = slotWidth }

    /// A field placed on a line: its index in reading order, first slot and number of slots.
    struct Cell: Equatable { var index: Int, slot: Int, span: Int }

    /// One laid-out line: a section title or the fields side by side on it.
    enum Line { case title(String), fields([Cell]) }

    /// How many slots a row has at this width.
    public func slots(width: Int) -> Int {
        if let slotWidth { return max(1, (width + 2) / (slotWidth + 2)) }
        return width >= Self.twoColumnWidth ? 2 : 1
    }

    func slotWidth(width: Int, slots: Int) -> Int { (width - (slots - 1) * 2) / slots }

    func labelWidth(_ state: FormState, slotWidth: Int) -> Int {
        let widest = state.fields.map { displayWidth($0.label) }.max() ?? 0
        if self.slotWidth != nil { return min(widest, Self.denseLabelWidth) }
        return min(widest, max(4, slotWidth / 3))
    }

    /// Slots a field takes: one, or for a value longer than a slot's box two (all when fewer).
    func span(_ field: FormField, slots: Int, box: Int) -> Int {
        guard slotWidth != nil, slots > 1, field.width > box + 1 else { return 1 }
        return slots >= 3 ? 2 : slots
    }

    func lines(for state: FormState, width: Int) -> [Line] {
        let slots = slots(width: width)
        let box = slotWidth(width: width, slots: slots) - labelWidth(state, slotWidth: slotWidth(width: width, slots: slots)) - 5
        var result: [Line] = []
        var index = 0
        for section in state.sections {
            if !section.title.isEmpty { result.append(.title(section.title)) }
            var row: [Cell] = [], used = 0
            for field in section.fields {
                let n = span(field, slots: slots, box: box)
                if used + n > slots {
                    result.append(.fields(row))
                    row = []
                    used = 0
                }
                row.append(Cell(index: index, slot: used, span: n))
                used += n
                index += 1
            }
            if !row.isEmpty { result.append(.fields(row)) }
        }
        return result
    }

    /// Lines the whole form takes at this width (titles included): with the body's height,
    /// how many screens it fills.
    public func lineCount(for state: FormState, width: Int) -> Int { lines(for: state, width: width).count }

    public func render(into buffer: inout Buffer, area: Rect, state: FormState) {
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(area, style: .normal)
        let message = state.focusedField?.error.map { wrap($0, toWidth: max(1, area.width - 2)) } ?? []
        // A long problem wraps over up to three lines rather than being cut.
        let messageHeight = area.height > 4 ? min(3, max(1, message.count)) : (area.height > 1 ? 1 : 0)
        let (body, messageArea) = messageHeight > 0 ? area.splitBottom(messageHeight) : (area, Rect(x: 0, y: 0, width: 0, height: 0))
        let slots = slots(width: area.width)
        let columnWidth = slotWidth(width: area.width, slots: slots)
        let fields = state.fields
        let labelWidth = labelWidth(state, slotWidth: columnWidth)
        let layout = lines(for: state, width: area.width)
        let focusLine = layout.firstIndex { if case .fields(let cells) = $0 { return cells.contains { $0.index == state.focus } } else { return false } } ?? 0
        // Keep the focused field's section title in view when it fits.
        var top = max(0, focusLine - body.height + 1)
        if slotWidth != nil, focusLine > 0, focusLine - 1 < top, case .title = layout[focusLine - 1] { top = focusLine - 1 }
        for (row, line) in layout.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + row
            switch line {
            case .title(let title):
                buffer.put(truncate("── " + title + " ", toWidth: body.width), x: body.x, y: y, style: Style(.title, []),
                           maxWidth: body.width)
            case .fields(let cells):
                for cell in cells {
                    let x = body.x + cell.slot * (columnWidth + 2)
                    let width = cell.span * columnWidth + (cell.span - 1) * 2
                    drawField(fields[cell.index], focused: cell.index == state.focus, into: &buffer,
                              area: Rect(x: x, y: y, width: min(width, body.maxX - x), height: 1), labelWidth: labelWidth)
                }
            }
        }
        for (i, text) in message.prefix(messageArea.height).enumerated() {
            MessageLine(.error(text)).render(into: &buffer, area: messageArea.row(i))
        }
    }

    // label(labelWidth) * • ␠ [input] ▾ ! note
    private func drawField(_ field: FormField, focused: Bool, into buffer: inout Buffer, area: Rect, labelWidth: Int) {
        let y = area.y
        buffer.put(pad(truncate(field.label, toWidth: labelWidth, ellipsis: true), toWidth: labelWidth),
                   x: area.x, y: y, style: Style(.label), maxWidth: area.width)
        var x = area.x + labelWidth
        if field.isRequired { buffer.put("*", x: x, y: y, style: Style(.requiredMarker), maxWidth: area.maxX - x) }
        if field.isShared { buffer.put("•", x: x + 1, y: y, style: Style(.sharedMarker), maxWidth: area.maxX - x - 1) }
        x += 3
        let boxWidth = max(1, min(field.width, area.maxX - x - 2))
        guard x + boxWidth <= area.maxX else { return }
        let role: ThemeRole = focused ? .fieldFocused : (field.error != nil ? .fieldError : (field.isReadOnly ? .fieldReadOnly : .field))
        field.editor.render(into: &buffer, area: Rect(x: x, y: y, width: boxWidth, height: 1), style: Style(role),
                            focused: focused && !field.isReadOnly)
        x += boxWidth
        if field.hasLookup { buffer.put("▾", x: x, y: y, style: Style(.label), maxWidth: area.maxX - x) }
        if field.error != nil { buffer.put("!", x: x + 1, y: y, style: Style(.fieldError), maxWidth: area.maxX - x - 1) }
        if let note = field.note, !note.isEmpty, x + 3 < area.maxX {
            buffer.put(truncate(note, toWidth: area.maxX - x - 3, ellipsis: true), x: x + 3, y: y, style: Style(.label),
                       maxWidth: area.maxX - x - 3)
        }
    }
}
