import Presentation
import SingleWindowKit
import TerminalUI
import TextWidth

/// The officer's entry grid for one joint table: every line, the officer's own agency's lines
/// selectable, a result key per sub-item, and the signature. What may be done comes from the
/// domain's table (published, the drawn officer, not yet signed); refusals are the domain's.
final class TableEntryScreen {
    let tableID: Int64
    private(set) var table: JointTable?
    private(set) var selected = 0
    private var top = 0

    init(tableID: Int64) { self.tableID = tableID }

    func reload(_ app: AppContext) {
        let first = table == nil
        do { table = try JointTables.find(app.db, id: tableID) } catch { app.show(error) }
        // Opened: on the officer's first line still to fill (else their first line).
        if first, let t = table, let own = ownAgency(app) {
            let mine = t.lines.indices.filter { t.lines[$0].agency == own }
            selected = mine.first { t.lines[$0].result == nil } ?? mine.first ?? 0
        }
        selected = min(selected, max(0, (table?.lines.count ?? 1) - 1))
    }

    /// The actor's own agency part of this table, when they may still fill it.
    func ownAgency(_ app: AppContext) -> String? {
        guard let t = table, t.drawState == .published else { return nil }
        return t.team.first { $0.officerID == app.actor.id && !$0.signed }?.agency
    }

    var selectedLine: JointTable.Line? { table.flatMap { $0.lines.indices.contains(selected) ? $0.lines[selected] : nil } }

    func canFillSelected(_ app: AppContext) -> Bool {
        guard let own = ownAgency(app), let line = selectedLine else { return false }
        return line.agency == own
    }

    func canSign(_ app: AppContext) -> Bool {
        guard let own = ownAgency(app), let t = table else { return false }
        return t.member(own)?.obstacle != nil || !t.lines.contains { $0.agency == own && $0.result == nil }
    }

    func handle(_ key: Key) -> Bool {
        guard let t = table, !t.lines.isEmpty else { return false }
        switch key {
        case .down: selected = min(t.lines.count - 1, selected + 1)
        case .up: selected = max(0, selected - 1)
        case .pageDown: selected = min(t.lines.count - 1, selected + 10)
        case .pageUp: selected = max(0, selected - 10)
        case .home: selected = 0
        case .end: selected = max(0, t.lines.count - 1)
        default: return false
        }
        return true
    }

    func fill(_ result: InspectionResult, _ app: AppContext) {
        guard let line = selectedLine else { return }
        do {
            try JointTables.fill(app.workspace, tableID: tableID, seq: line.seq, result: result, by: app.actor)
            reload(app)
            // On to the next of the officer's own lines.
            if let t = table, selected + 1 < t.lines.count, t.lines[selected + 1].agency == line.agency { selected += 1 }
        } catch { app.show(error) }
    }

    func obstacle(_ o: InspectionObstacle, _ app: AppContext) {
        guard let own = ownAgency(app) else { return }
        do {
            try JointTables.obstacle(app.workspace, tableID: tableID, agency: own, o, by: app.actor)
            reload(app)
        } catch { app.show(error) }
    }

    func sign(_ app: AppContext) {
        guard let own = ownAgency(app) else { return }
        do {
            let r = try JointTables.sign(app.workspace, tableID: tableID, agency: own, by: app.actor)
            let s = app.strings
            app.info(s.format(.enfSignedResult, tableID, EnforcementText.agency(own, app.db, s), EnforcementText.outcome(r.outcome, s),
                              r.enterpriseName, EnforcementText.className(r.classAfter, s)))
            reload(app)
        } catch { app.show(error) }
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        guard let t = table, area.height > 3 else { return }
        let e = t.enterprise
        buffer.put(truncate(s.format(.enfTableTitle, t.id) + " · " + e.name, toWidth: area.width - 2, ellipsis: true),
                   x: area.x + 1, y: area.y, style: Style(.label))
        let own = ownAgency(app)
        let sub = own != nil ? s[.enfEntryHint] : s.format(.enfTableHeader, e.name, e.legalRep, e.id, EnforcementText.district(e, s))
        buffer.put(truncate(sub, toWidth: area.width - 2, ellipsis: true), x: area.x + 1, y: area.y + 1, style: Style(.normal))
        let resultWidth = 12, agencyWidth = area.width >= 100 ? 14 : 10
        let itemWidth = area.width >= 100 ? 22 : 0
        let subWidth = max(8, area.width - 2 - agencyWidth - itemWidth - resultWidth - 3 - (itemWidth > 0 ? 1 : 0))
        var head = pad(s[.enfColAgency], toWidth: agencyWidth) + " "
        if itemWidth > 0 { head += pad(s[.enfColItem], toWidth: itemWidth) + " " }
        head += pad(s[.enfColSubItem], toWidth: subWidth) + " " + pad(s[.enfColResult], toWidth: resultWidth)
        buffer.put(head, x: area.x + 1, y: area.y + 2, style: Style(.header), maxWidth: area.width - 2)
        let visible = max(0, area.height - 3)
        // The selected line stays in view.
        if selected < top { top = selected }
        if visible > 0, selected >= top + visible { top = selected - visible + 1 }
        let first = top
        for (i, line) in t.lines.enumerated().dropFirst(first).prefix(visible) {
            var text = pad(EnforcementText.agency(line.agency, app.db, s), toWidth: agencyWidth) + " "
            if itemWidth > 0 { text += pad(EnforcementText.item(line.item, code: line.itemCode, s), toWidth: itemWidth) + " " }
            text += pad(EnforcementText.subItem(line.item, code: line.subCode, s), toWidth: subWidth) + " "
            text += pad(EnforcementText.result(line.result, s), toWidth: resultWidth)
            let role: ThemeRole = i == selected ? .rowSelected : (line.agency == own ? .row : .fieldReadOnly)
            buffer.put(text, x: area.x + 1, y: area.y + 3 + i - first, style: Style(role), maxWidth: area.width - 2)
        }
    }
}
