import Presentation
import SingleWindowKit
import TerminalUI

/// The broker's choice of an inspection appointment (查验电子预约): the joint inspection's place,
/// then the slots offered there with room, in time order (day, start, free places). Up/Down
/// choose, Enter books, Esc cancels. With nothing offered it says so: officers offer the times.
struct InspectionSlotPicker: Equatable {
    var declarationID: Int64
    var number: String
    var place: String
    var slots: [InspectionSlot]
    /// The slot booked now, if any (choosing another moves the booking).
    var current: InspectionSlot?
    var selected = 0

    enum Outcome: Equatable {
        case open
        case cancelled
        case chosen(InspectionSlot)
    }

    /// The slots with room at the inspection's place from today (the workspace clock, the
    /// operator's time zone) on.
    static func load(_ app: AppContext, declaration d: Declaration, joint: JointInspection) throws -> InspectionSlotPicker {
        let slots = try upcoming(app, place: joint.place)
        let current = try joint.slotID.flatMap { try InspectionSlots.slot(app.db, id: $0) }
        return InspectionSlotPicker(declarationID: d.id, number: d.number ?? String(d.id), place: joint.place, slots: slots,
                                    current: current)
    }

    func keyMap(_ s: Strings) -> KeyMap<PaneAction> {
        var map = KeyMap<PaneAction>()
        if !slots.isEmpty { map.add(KeyBinding(.enter, label: s[.keyBookSlot], help: s[.keyBookSlot], action: .overlayEnter)) }
        map.add(KeyBinding(.escape, label: s[.keyCancel], help: s[.keyCancel], action: .overlayEscape))
        return map
    }

    mutating func handle(_ key: Key) -> Outcome {
        if let moved = ListNavigation.move(selected, by: key, count: slots.count) {
            selected = moved
            return .open
        }
        switch key {
        case .enter: return slots.indices.contains(selected) ? .chosen(slots[selected]) : .open
        case .escape: return .cancelled
        default: break
        }
        return .open
    }

    /// The same place re-read after a refusal (a slot taken meanwhile drops out), near the same row.
    /// Slots with room from now on: today's earlier times are gone ("YYYY-MM-DD HH:MM" in the
    /// operator's time zone, as slots are offered).
    static func upcoming(_ app: AppContext, place: String) throws -> [InspectionSlot] {
        let now = app.display(app.workspace.now())
        return try InspectionSlots.available(app.db, place: place, fromDay: String(now.prefix(10)))
            .filter { "\($0.day) \($0.start)" > now }
    }

    mutating func reload(_ app: AppContext) throws {
        slots = try Self.upcoming(app, place: place)
        selected = min(selected, max(0, slots.count - 1))
    }

    static let dayWidth = 12, startWidth = 7

    /// The text inside the frame: the place, the booking now, then the column header and one row
    /// per slot (columns by display width, so Chinese headings line up), or the plain notice.
    func header(_ s: Strings) -> [String] {
        var lines = [s.format(.bookPlace, place)]
        if let current { lines.append(s.format(.bookCurrent, current.day, current.start)) }
        lines.append("")
        if slots.isEmpty {
            lines += [s[.bookNoSlots], s[.bookNoSlotsHint]]
        } else {
            lines.append(pad(s[.bookColDay], toWidth: Self.dayWidth) + pad(s[.bookColStart], toWidth: Self.startWidth)
                         + s[.bookColFree])
        }
        return lines
    }

    func row(_ slot: InspectionSlot, _ s: Strings) -> String {
        let free = String(max(0, slot.capacity - slot.booked))
        return pad(slot.day, toWidth: Self.dayWidth) + pad(slot.start, toWidth: Self.startWidth)
            + pad(free, toWidth: displayWidth(s[.bookColFree]), align: .right)
    }

    func render(into buffer: inout Buffer, area: Rect, app: AppContext) {
        let s = app.strings
        let head = header(s)
        let rows = slots.map { row($0, s) }
        let widest = (head + rows).map(displayWidth).max() ?? 0
        let width = min(area.width, max(44, widest + 4))
        let height = min(area.height, head.count + rows.count + 2)
        let box = area.centered(width: width, height: height)
        buffer.fill(box, style: Style(.dialog))
        let inner = buffer.drawBox(box, title: s.format(.bookTitle, number))
        guard !inner.isEmpty else { return }
        for (i, line) in head.prefix(inner.height).enumerated() {
            buffer.put(truncate(line, toWidth: inner.width, ellipsis: true), x: inner.x, y: inner.y + i,
                       style: Style(.dialog), maxWidth: inner.width)
        }
        let listHeight = inner.height - head.count
        guard listHeight > 0 else { return }
        let top = max(0, selected - listHeight + 1)
        for (line, i) in (top..<min(rows.count, top + listHeight)).enumerated() {
            let role: ThemeRole = i == selected ? .rowSelected : .dialog
            let y = inner.y + head.count + line
            buffer.fill(inner.row(head.count + line), style: Style(role))
            buffer.put(truncate(rows[i], toWidth: inner.width, ellipsis: true), x: inner.x, y: y, style: Style(role), maxWidth: inner.width)
        }
    }
}
