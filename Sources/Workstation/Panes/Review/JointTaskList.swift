import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// An officer's joint inspection tasks (查验电子预约), keyset-paged through `JointTasks` in
/// appointment order: booked ones by slot time, then those not booked yet. Enter opens the
/// declaration's review screen (the tab hands it to the queue pane); `o` offers slots.
final class JointTaskList: Pane {
    var list: ListSkeleton<JointTaskRow, JointTaskCursor>?
    var booking: JointTaskBooking = .all
    var dueOnly = false
    var dialog: JointTaskOfferDialog?
    var area = Rect(x: 0, y: 0, width: 0, height: 0)
    var builtFor: String?
    /// Set by the tab: open this declaration's review screen.
    var openDeclaration: ((Int64, AppContext) -> Void)?

    var capturesKeys: Bool { dialog != nil }

    enum Action: String, PaneActionKind { case view, due, offer }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        if dialog != nil { return KeyMap() }
        let s = app.strings
        guard ReviewText.agency(app.actor) != nil else { return KeyMap() }
        return KeyMap([
            KeyBinding(.char("v"), label: s[.jKeyView], help: s[.jHelpView], action: PaneAction(Action.view)),
            KeyBinding(.char("m"), label: s[.jKeyDue], help: s[.jHelpDue], action: PaneAction(Action.due)),
            KeyBinding(.char("o"), label: s[.jKeyOffer], help: s[.jHelpOffer], action: PaneAction(Action.offer)),
        ])
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        switch action.as(Action.self) {
        case .view:
            let all = JointTaskBooking.allCases
            booking = all[((all.firstIndex(of: booking) ?? 0) + 1) % all.count]
        case .due:
            dueOnly.toggle()
        case .offer:
            dialog = JointTaskOfferDialog.make(app, place: list?.selectedItem?.place ?? "")
            return
        case nil: return
        }
        list?.reloadFromTop()
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if dialog != nil { handleDialog(key, app); return true }
        switch list?.handle(key) ?? .ignored {
        case .ignored: return false
        case .used: return true
        case let .open(row):
            openDeclaration?(row.declarationID, app)
            return true
        }
    }

    func activate(_ app: AppContext) {
        if builtFor != app.actor.id {
            dialog = nil
            list = nil
            booking = .all; dueOnly = false
            if !area.isEmpty { layout(area, app) }
        }
    }

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        builtFor = app.actor.id
        guard ReviewText.agency(app.actor) != nil else { list = nil; return }
        let current = makeList(app, width: area.width)
        list = current
        current.start(area: area)
    }

    func refresh(_ app: AppContext) { list?.reload() }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        defer { dialog?.render(into: &buffer, area: area) }
        let s = app.strings
        guard let agency = ReviewText.agency(app.actor) else {
            buffer.put(s[.qNotOfficer], x: area.x + 1, y: area.y, style: Style(.label), maxWidth: area.width - 2)
            return
        }
        guard let list else { return }
        let counted = list.isCountCapped ? s.format(.jCountCapped, ReviewQueuePane.grouped(list.countCap))
            : s.format(.jCount, ReviewQueuePane.grouped(list.total))
        list.renderTitle(s.format(.jTitle, app.agencyName(agency)), style: .title, count: counted, into: &buffer, area: area)
        let view = [JointTaskBooking.all: s[.jViewAll], .booked: s[.jViewBooked], .unbooked: s[.jViewUnbooked]][booking] ?? ""
        buffer.put(s.format(.jFilterLine, view, dueOnly ? s[.jDueMine] : s[.jDueAny]), x: area.x + 1, y: area.y + 1,
                   style: Style(.label), maxWidth: area.width - 2)
        list.renderTable(into: &buffer, area: area, emptyText: s[.jEmpty])
    }

    // MARK: - List

    func filter() -> JointTaskFilter { JointTaskFilter(booking: booking, due: dueOnly) }

    /// No typed search here: the list is short-lived work, filtered by its keys. On the first
    /// page a reload re-reads from the start (a task booked meanwhile may now sort before the top row).
    func makeList(_ app: AppContext, width: Int) -> ListSkeleton<JointTaskRow, JointTaskCursor> {
        let ws = app.workspace
        let wide = width >= 110
        return ListSkeleton(
            columns: JointTaskColumns.columns(app.strings, wide: wide), row: { JointTaskColumns.cells($0, app, wide: wide) },
            roles: { JointTaskColumns.roles($0, wide: wide) }, cursorOf: { $0.cursor }, searchable: false, headerLines: 2,
            count: { [unowned self, app] _, cap in try JointTasks.count(ws, filter: filter(), cap: cap, by: app.actor) },
            rereadsFirstPage: true,
            report: { [unowned self, app] in fail($0, app) },
            fetch: { [unowned self, app] _, page, limit in
                let position: JointTaskPosition
                switch page {
                case let .after(cursor): position = cursor.map { .after($0) } ?? .first
                case let .before(cursor): position = cursor.map { .before($0) } ?? .last
                }
                return try JointTasks.page(ws, filter: filter(), position: position, limit: limit, by: app.actor).rows
            })
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
