import TextWidth
/// Lays a form out: one column of fields below 120 columns, two from 120 up; scrolls to keep the
/// focused field in view; the last row is the message line showing the focused field's error.
public struct FormView: Sendable {
    /// The width from which fields go side by side.
    public static let twoColumnWidth = 120

    public init() {}

    /// One laid-out line: a section title or up to two fields.
    enum Line { case title(String), fields([Int]) }

    func lines(for state: FormState, columns: Int) -> [Line] {
        var result: [Line] = []
        var index = 0
        for section in state.sections {
            if !section.title.isEmpty { result.append(.title(section.title)) }
            var i = 0
            while i < section.fields.count {
                let n = min(columns, section.fields.count - i)
                result.append(.fields(Array(index + i ..< index + i + n)))
                i += n
            }
            index += section.fields.count
        }
        return result
    }

    public func render(into buffer: inout Buffer, area: Rect, state: FormState) {
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(area, style: .normal)
        let (body, messageRow) = area.height > 1 ? area.splitBottom(1) : (area, Rect(x: 0, y: 0, width: 0, height: 0))
        let columns = area.width >= Self.twoColumnWidth ? 2 : 1
        let columnWidth = (area.width - (columns - 1) * 2) / columns
        let fields = state.fields
        let labelWidth = min(fields.map { displayWidth($0.label) }.max() ?? 0, max(4, columnWidth / 3))
        let layout = lines(for: state, columns: columns)
        let focusLine = layout.firstIndex { if case .fields(let ids) = $0 { return ids.contains(state.focus) } else { return false } } ?? 0
        let top = max(0, focusLine - body.height + 1)
        for (row, line) in layout.dropFirst(top).prefix(body.height).enumerated() {
            let y = body.y + row
            switch line {
            case .title(let title):
                buffer.put(truncate("── " + title + " ", toWidth: body.width), x: body.x, y: y, style: Style(.title, []),
                           maxWidth: body.width)
            case .fields(let ids):
                for (c, id) in ids.enumerated() {
                    let x = body.x + c * (columnWidth + 2)
                    drawField(fields[id], focused: id == state.focus, into: &buffer,
                              area: Rect(x: x, y: y, width: columnWidth, height: 1), labelWidth: labelWidth)
                }
            }
        }
        if let error = state.focusedField?.error, messageRow.height > 0 {
            MessageLine(.error(error)).render(into: &buffer, area: messageRow)
        }
    }

    // label(labelWidth) * • ␠ [input] ▾ !
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
            buffer.put(note, x: x + 3, y: y, style: Style(.label), maxWidth: area.maxX - x - 3)
        }
    }
}
