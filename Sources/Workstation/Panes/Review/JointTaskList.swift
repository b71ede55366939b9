import Foundation
import SingleWindowKit
import TerminalUI

/// An officer's joint inspection tasks (查验电子预约), keyset-paged through `JointTasks` in
/// appointment order: booked ones by slot time, then those not booked yet. Enter opens the
/// declaration's review screen (the tab hands it to the queue pane); `o` offers slots.
final class JointTaskList: Pane {
    var table: PagedTable<JointTaskRow, JointTaskCursor>?
    var booking: JointTaskBooking = .all
    var dueOnly = false
    var total = 0
    static let countCap = 10_000
    var dialog: JointTaskOfferDialog?
    var area = Rect(x: 0, y: 0, width: 0, height: 0)
    var builtFor: String?
    /// Set by the tab: open this declaration's review screen.
    var openDeclaration: ((Int64, AppContext) -> Void)?

    var capturesKeys: Bool { dialog != nil }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        if dialog != nil { return KeyMap() }
        let s = app.strings
        guard ReviewText.agency(app.actor) != nil else { return KeyMap() }
        return KeyMap([
            KeyBinding(.char("v"), label: s[.jKeyView], help: s[.jHelpView], action: PaneAction("taskView")),
            KeyBinding(.char("m"), label: s[.jKeyDue], help: s[.jHelpDue], action: PaneAction("taskDue")),
            KeyBinding(.char("o"), label: s[.jKeyOffer], help: s[.jHelpOffer], action: PaneAction("taskOffer")),
        ])
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        switch action.id {
        case "taskView":
            let all = JointTaskBooking.allCases
            booking = all[((all.firstIndex(of: booking) ?? 0) + 1) % all.count]
        case "taskDue":
            dueOnly.toggle()
        case "taskOffer":
            dialog = JointTaskOfferDialog.make(app, place: table?.selectedItem?.place ?? "")
            return
        default: return
        }
        reloadFromTop(app)
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if dialog != nil { handleDialog(key, app); return true }
        // No typed search here: the list is short-lived work, filtered by its keys.
        guard key != .char("/"), var current = table else { return false }
        do {
            let request = try current.handle(key)
            table = current
            if case let .activate(i) = request, current.pager.items.indices.contains(i) {
                openDeclaration?(current.pager.items[i].declarationID, app)
            }
            return request != .ignored
        } catch {
            fail(error, app)
            return true
        }
    }

    func activate(_ app: AppContext) {
        if builtFor != app.actor.id {
            dialog = nil
            table = nil
            booking = .all; dueOnly = false
            if !area.isEmpty { layout(area, app) }
        }
    }

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        builtFor = app.actor.id
        guard ReviewText.agency(app.actor) != nil else { table = nil; return }
        table = makeTable(app, width: area.width)
        reloadFromTop(app)
    }

    /// On the first page a task booked meanwhile may now sort before the top row: re-read from
    /// the start there; further down, keep the page where it is.
    func refresh(_ app: AppContext) {
        do {
            if var current = table, !current.pager.hasPrevious {
                let keep = current.state.selected
                try current.pager.first()
                current.show(landing: .keep)
                current.state.selected = min(keep, max(0, current.pager.items.count - 1))
                table = current
            } else {
                try table?.reload()
            }
            total = try count(app)
        } catch { fail(error, app) }
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        guard let agency = ReviewText.agency(app.actor) else {
            buffer.put(s[.qNotOfficer], x: area.x + 1, y: area.y, style: Style(.label), maxWidth: area.width - 2)
            return
        }
        let title = s.format(.jTitle, app.agencyName(agency))
        let counted = total >= Self.countCap ? s.format(.jCountCapped, ReviewQueuePane.grouped(Self.countCap))
            : s.format(.jCount, ReviewQueuePane.grouped(total))
        buffer.put(title, x: area.x + 1, y: area.y, style: Style(.title), maxWidth: area.width - 2)
        let countX = area.maxX - 1 - displayWidth(counted)
        if countX > area.x + 1 + displayWidth(title) { buffer.put(counted, x: countX, y: area.y, style: Style(.label)) }
        let view = [JointTaskBooking.all: s[.jViewAll], .booked: s[.jViewBooked], .unbooked: s[.jViewUnbooked]][booking] ?? ""
        buffer.put(s.format(.jFilterLine, view, dueOnly ? s[.jDueMine] : s[.jDueAny]), x: area.x + 1, y: area.y + 1,
                   style: Style(.label), maxWidth: area.width - 2)
        table?.render(into: &buffer, area: tableArea(area), emptyText: s[.jEmpty])
        dialog?.render(into: &buffer, area: area)
    }

    // MARK: - List

    func filter() -> JointTaskFilter { JointTaskFilter(booking: booking, due: dueOnly) }

    func count(_ app: AppContext) throws -> Int {
        guard ReviewText.agency(app.actor) != nil else { return 0 }
        return try JointTasks.count(app.workspace, filter: filter(), cap: Self.countCap, by: app.actor)
    }

    func tableArea(_ area: Rect) -> Rect { Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2)) }

    func reloadFromTop(_ app: AppContext) {
        guard var current = table else { return }
        do {
            try current.start(visibleRows: TableView.visibleRowCount(area: tableArea(area), state: current.state))
            table = current
            total = try count(app)
        } catch {
            table = current
            fail(error, app)
        }
    }

    func makeTable(_ app: AppContext, width: Int) -> PagedTable<JointTaskRow, JointTaskCursor> {
        let ws = app.workspace
        let page = { [unowned self, app] (position: JointTaskPosition, limit: Int) throws -> [JointTaskRow] in
            try JointTasks.page(ws, filter: self.filter(), position: position, limit: limit, by: app.actor).rows
        }
        let pager = KeysetPager<JointTaskRow, JointTaskCursor>(
            fetchAfter: { cursor, limit in try page(cursor.map { .after($0) } ?? .first, limit) },
            fetchBefore: { cursor, limit in try page(cursor.map { .before($0) } ?? .last, limit) },
            cursorOf: { $0.cursor })
        let wide = width >= 110
        return PagedTable(pager: pager, columns: JointTaskColumns.columns(app.strings, wide: wide),
                          row: { JointTaskColumns.cells($0, app, wide: wide) },
                          roles: { JointTaskColumns.roles($0, wide: wide) })
    }

    func fail(_ error: any Error, _ app: AppContext) {
        if let line = ReviewErrorText.line(error, app) { app.error(line) } else { app.show(error) }
    }

    // MARK: - Offering slots

    func handleDialog(_ key: Key, _ app: AppContext) {
        guard var current = dialog else { return }
        switch current.handle(key) {
        case .cancelled: dialog = nil
        case .confirmed:
            dialog = current
            offer(current, app)
        default: dialog = current
        }
    }

    /// The domain checks the place, day and times; a refusal keeps the dialog open to correct.
    func offer(_ form: JointTaskOfferDialog, _ app: AppContext) {
        let s = app.strings
        guard let capacity = Int(form.value("capacity").trimmed), (1...1000).contains(capacity) else {
            return app.error(s[.jOfferBadCapacity])
        }
        let place = form.value("place").trimmed
        let day = form.value("day").trimmed
        let starts = form.value("times").split(whereSeparator: { $0 == "," || $0 == " " || $0 == "，" }).map(String.init)
        do {
            let offered = try InspectionSlots.offer(app.workspace, place: place, day: day, starts: starts, capacity: capacity,
                                                    by: app.actor)
            dialog = nil
            app.info(s.format(.jOffered, offered.count, place, day))
        } catch {
            fail(error, app)
        }
    }
}
