import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The enforcement tab: the class board (counts by colour, the enterprises of a class), an
/// enterprise's credit profile, the draw screen, an officer's tables and the entry grid, and the
/// published results. `v` moves between the screens a role has; Enter opens, Esc goes back.
final class EnterpriseCreditPane: Pane {
    enum Action: String, PaneActionKind {
        case search, nextView, nextClass, open, back, ratioUp, ratioDown, nextDistrict, districts, run, publish, sign
        case compliant, correction, violation, notApplicable, unreachable, refused, addRecord, writeTable
    }

    private(set) var view: EnforcementView?
    private var stack: [EnforcementView] = []
    /// The class board's list (its `/` search filters by name or credit code).
    private(set) var list: ListSkeleton<Enterprise, EnterpriseCursor>?
    private(set) var boardClass: CreditClass?
    private var counts: [CreditClass: Int] = [:]
    private var draws: ListSkeleton<Draw, Int64>?
    private var tables: ListSkeleton<TableRow, Int64>?
    private var results: ListSkeleton<JointResult, Int64>?
    private var profile: [CreditProfilePage.Line] = []
    private var profileScroll = ScrollState()
    private(set) var entry: TableEntryScreen?
    /// The record being entered over the profile, if any.
    private(set) var recordDialog: CreditRecordDialog?
    /// The draw screen's settings: this year, the ratio stepped by +/-, focus targets all.
    private(set) var ratioBasisPoints = 1_000
    /// The draw screen's administrative district: "" for every district, `d` steps through those
    /// in the register, F4 lists them with their counts.
    private(set) var district = ""
    /// The open F4 list of districts, if any.
    private(set) var districtLookup: LookupState?
    /// Its whole list, which typing filters (backspace widens it again).
    private var districtItems: [LookupItem] = []
    private var preview: DrawPreview?
    private var area = Rect(x: 0, y: 0, width: 0, height: 0)

    private func mayDraw(_ app: AppContext) -> Bool { [.trainer, .marketRegulator].contains(app.actor.role) }

    // MARK: - Screens

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        if view == nil { show(EnforcementView.cycle(for: app.actor.role)[0], app) } else { reloadCurrent(app, fromTop: true) }
    }

    func activate(_ app: AppContext) {
        // Another operator (training switch) may see other screens.
        if let v = view, v.isTopLevel, !EnforcementView.cycle(for: app.actor.role).contains(v) {
            stack = []
            show(EnforcementView.cycle(for: app.actor.role)[0], app)
        }
    }

    func refresh(_ app: AppContext) { reloadCurrent(app, fromTop: false) }

    private func show(_ v: EnforcementView, _ app: AppContext) {
        view = v
        switch v {
        case .board:
            if list == nil { list = EnforcementLists.board(app) { [unowned self] in self.boardClass } }
            counts = (try? Classifications.counts(app.db)) ?? [:]
            list?.start(area: area)
        case .draws:
            draws = EnforcementLists.draws(app)
            updatePreview(app)
            draws?.start(area: area)
        case .tables:
            tables = EnforcementLists.tables(app, drawID: nil)
            tables?.start(area: area)
        case let .drawTables(id):
            tables = EnforcementLists.tables(app, drawID: id)
            tables?.start(area: area)
        case .results:
            results = EnforcementLists.results(app)
            results?.start(area: area)
        case let .profile(id):
            profileScroll.reset()
            do { profile = try CreditProfilePage.lines(app, enterpriseID: id) } catch { app.show(error) }
        case let .table(id):
            entry = TableEntryScreen(tableID: id)
            entry?.reload(app)
        }
    }

    private func reloadCurrent(_ app: AppContext, fromTop: Bool) {
        switch view {
        case .board?:
            counts = (try? Classifications.counts(app.db)) ?? [:]
            if fromTop { list?.start(area: area) } else { list?.reload() }
        case .draws?:
            updatePreview(app)
            if fromTop { draws?.start(area: area) } else { draws?.reload() }
        case .tables?, .drawTables?: if fromTop { tables?.start(area: area) } else { tables?.reload() }
        case .results?: if fromTop { results?.start(area: area) } else { results?.reload() }
        case let .profile(id)?: profile = (try? CreditProfilePage.lines(app, enterpriseID: id)) ?? profile
        case .table?: entry?.reload(app)
        case nil: break
        }
    }

    private func open(_ v: EnforcementView, _ app: AppContext) {
        if let current = view { stack.append(current) }
        show(v, app)
    }

    private func back(_ app: AppContext) {
        guard let previous = stack.popLast() else { return }
        view = previous
        reloadCurrent(app, fromTop: false)
    }

    private func updatePreview(_ app: AppContext) {
        guard mayDraw(app) else { preview = nil; return }
        let year = year(app)
        preview = try? Draws.preview(app.workspace, DrawParameters(scope: DrawScope(year: year, district: district),
                                                                   ratioBasisPoints: ratioBasisPoints), by: app.actor)
    }

    // MARK: - Keys

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        func key(_ k: Key, _ label: ES, _ a: Action, bar: Bool = true) -> KeyBinding<PaneAction> {
            KeyBinding([k], label: s[label], help: s[label], action: PaneAction(a), showInBar: bar)
        }
        var keys: [KeyBinding<PaneAction>] = []
        let cycle = EnforcementView.cycle(for: app.actor.role)
        if recordDialog != nil || districtLookup != nil { return KeyMap() } // the form or the list has the keyboard
        switch view {
        case .board?:
            if list?.isSearching == true { return KeyMap() }
            if list?.selectedItem != nil { keys.append(key(.enter, .enfKeyOpen, .open)) }
            keys.append(key(.char("c"), .enfKeyClass, .nextClass))
            keys.append(KeyBinding(.char("/"), label: s[.keySearch], help: s[.keySearch], action: PaneAction(Action.search)))
        case .draws?:
            if draws?.selectedItem != nil { keys.append(key(.enter, .enfKeyOpen, .open)) }
            if mayDraw(app) {
                keys.append(KeyBinding([.char("+"), .char("=")], label: s[.enfKeyRatio] + "+", help: s[.enfKeyRatio], action: PaneAction(Action.ratioUp)))
                keys.append(KeyBinding([.char("-")], label: s[.enfKeyRatio] + "-", help: s[.enfKeyRatio], action: PaneAction(Action.ratioDown)))
                // F4 (every district with its count) takes the bar's place; `d` steps without a list, in F1 help.
                keys.append(key(.char("d"), .enfKeyDistrict, .nextDistrict, bar: false))
                keys.append(key(.function(4), .enfKeyDistricts, .districts))
                keys.append(key(.char("r"), .enfKeyRun, .run))
                if draws?.selectedItem?.state == .drawn { keys.append(key(.char("p"), .enfKeyPublish, .publish)) }
            }
        case .tables?, .drawTables?:
            if tables?.selectedItem != nil { keys.append(key(.enter, .enfKeyOpen, .open)) }
        case .profile?:
            if mayFile(app) { keys.append(key(.char("a"), .enfKeyAddRecord, .addRecord)) }
        case .results?:
            break
        case .table?:
            if let e = entry {
                // Sign first: the bar is narrow and the signature is the step that finishes the part.
                if e.canSign(app) { keys.append(key(.char("s"), .enfKeySign, .sign)) }
                if e.table != nil { keys.append(key(.char("w"), .enfKeyWrite, .writeTable, bar: e.ownAgency(app) == nil)) }
                if e.canFillSelected(app) {
                    keys.append(KeyBinding([.char("1")], label: s[.enfResCompliant], help: s[.enfResCompliant], action: PaneAction(Action.compliant)))
                    keys.append(KeyBinding([.char("2")], label: s[.enfResCorrection], help: s[.enfResCorrection], action: PaneAction(Action.correction)))
                    keys.append(KeyBinding([.char("3")], label: s[.enfResViolation], help: s[.enfResViolation], action: PaneAction(Action.violation)))
                    keys.append(KeyBinding([.char("4")], label: s[.enfResNA], help: s[.enfResNA], action: PaneAction(Action.notApplicable)))
                }
                if e.ownAgency(app) != nil {
                    // In F1 help; the bar keeps the result keys.
                    keys.append(KeyBinding([.char("u")], label: s[.enfOutUnreachable], help: s[.enfKeyObstacle] + ": " + s[.enfOutUnreachable],
                                           action: PaneAction(Action.unreachable), showInBar: false))
                    keys.append(KeyBinding([.char("x")], label: s[.enfOutRefused], help: s[.enfKeyObstacle] + ": " + s[.enfOutRefused],
                                           action: PaneAction(Action.refused), showInBar: false))
                }
            }
        case nil:
            break
        }
        if view?.isTopLevel == true, cycle.count > 1 { keys.append(key(.char("v"), .enfKeyView, .nextView)) }
        if !stack.isEmpty { keys.append(key(.escape, .enfKeyBack, .back)) }
        return KeyMap(keys)
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        guard let a = action.as(Action.self) else { return }
        switch a {
        case .search: list?.beginSearch()
        case .nextView:
            let cycle = EnforcementView.cycle(for: app.actor.role)
            let i = view.flatMap { cycle.firstIndex(of: $0) } ?? -1
            stack = []
            show(cycle[(i + 1) % cycle.count], app)
        case .nextClass:
            let all: [CreditClass?] = [nil] + CreditClass.allCases
            let i = all.firstIndex(of: boardClass) ?? 0
            boardClass = all[(i + 1) % all.count]
            list?.reloadFromTop()
        case .open: openSelected(app)
        case .back: back(app)
        case .ratioUp: ratioBasisPoints = min(10_000, ratioBasisPoints + 500); updatePreview(app)
        case .ratioDown: ratioBasisPoints = max(500, ratioBasisPoints - 500); updatePreview(app)
        case .nextDistrict:
            // The next district in the register after this one (a keyed look-up, not a list in memory).
            district = (try? Draws.district(after: district, app.db)) ?? ""
            updatePreview(app)
        case .districts: openDistricts(app)
        case .run:
            do {
                let year = year(app)
                let d = try Draws.run(app.workspace, DrawParameters(scope: DrawScope(year: year, district: district),
                                                                    ratioBasisPoints: ratioBasisPoints), by: app.actor)
                app.info(app.strings.format(.enfDrawLine, d.id, EnforcementText.drawState(d.state, app.strings), d.drawn, d.candidates, String(d.seed)))
                draws?.start(area: area)
            } catch { app.show(error) }
        case .publish:
            guard let d = draws?.selectedItem else { return }
            do {
                let p = try Draws.publish(app.workspace, id: d.id, by: app.actor)
                app.info(app.strings.format(.enfPublished, p.id, String(p.seed)))
                draws?.reload()
            } catch { app.show(error) }
        case .sign: entry?.sign(app)
        case .compliant: entry?.fill(.compliant, app)
        case .correction: entry?.fill(.needsCorrection, app)
        case .violation: entry?.fill(.violation, app)
        case .notApplicable: entry?.fill(.notApplicable, app)
        case .unreachable: entry?.obstacle(.unreachable, app)
        case .refused: entry?.obstacle(.refused, app)
        case .addRecord:
            if case let .profile(id)? = view { recordDialog = CreditRecordDialog.make(app, enterpriseID: id) }
        case .writeTable:
            guard let t = entry?.table else { return }
            // Into the working directory, as the vessels pane writes a clearance.
            let path = FileManager.default.currentDirectoryPath + "/joint-table-\(t.id).txt"
            do {
                let written = try JointTableOutput.write(JointTableOutput.text(t, db: app.db, app.strings), to: path)
                app.info(app.strings.format(.enfPrinted, t.id, written))
            } catch { app.show(error) }
        }
    }

    /// F4: every administrative district in the register with its enterprises, "all" first; the
    /// current scope is selected. Typing filters by code or name.
    private func openDistricts(_ app: AppContext) {
        let s = app.strings
        do {
            let items = [LookupItem(code: "*", name: s[.enfAllDistricts])] + (try Draws.districts(app.db)).map {
                LookupItem(code: $0.code, name: s.format(.enfDistrictEnterprises, AdministrativeDistrict.name($0.code, s.language), $0.enterprises))
            }
            var state = LookupState(title: s[.enfDistrictsTitle], items: items)
            state.selected = items.firstIndex { $0.code == (district.isEmpty ? "*" : district) } ?? 0
            districtLookup = state
            districtItems = items
        } catch { app.show(error) }
    }

    private func handleDistricts(_ key: Key, _ app: AppContext) {
        guard var open = districtLookup else { return }
        switch open.handle(key) {
        case let .chosen(item):
            district = item.code == "*" ? "" : item.code
            districtLookup = nil
            updatePreview(app)
        case .cancelled: districtLookup = nil
        case let .queryChanged(text):
            open.setItems(LookupState.filter(districtItems, query: text))
            districtLookup = open
        case .none: districtLookup = open
        }
    }

    private func openSelected(_ app: AppContext) {
        switch view {
        case .board?: if let e = list?.selectedItem { open(.profile(e.id), app) }
        case .draws?: if let d = draws?.selectedItem { open(.drawTables(d.id), app) }
        case .tables?, .drawTables?: if let t = tables?.selectedItem { open(.table(t.id), app) }
        default: break
        }
    }

    private func mayFile(_ app: AppContext) -> Bool { [.trainer, .marketRegulator, .enforcementOfficer].contains(app.actor.role) }

    /// Files the record typed in the dialog; true when filed (the dialog closes).
    @discardableResult
    private func fileRecord(_ app: AppContext) -> Bool {
        guard let dialog = recordDialog else { return true }
        do {
            let record = try dialog.record()
            let c = try CreditRecords.add(app.workspace, record, by: app.actor)
            let s = app.strings
            app.info(s.format(.enfRecorded, record.caseNumber, record.enterpriseID, EnforcementText.className(c.creditClass, s),
                              EnforcementText.rule(c.rule, s)))
            recordDialog = nil
            reloadCurrent(app, fromTop: false)
            return true
        } catch {
            app.show(error)
            return false
        }
    }

    func unsavedWork(_ app: AppContext) -> UnsavedWork? {
        guard let d = recordDialog, d.hasTyping else { return nil }
        return UnsavedWork(title: app.strings.format(.enfUnsavedRecord, d.enterpriseID), details: d.value("case"))
    }

    func saveUnsaved(_ app: AppContext) -> Bool { fileRecord(app) }

    func discardUnsaved(_ app: AppContext) { recordDialog = nil }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if districtLookup != nil { handleDistricts(key, app); return true }
        if recordDialog != nil {
            switch recordDialog?.handle(key) {
            case .cancelled?: recordDialog = nil
            case .confirmed?: fileRecord(app)
            default: break
            }
            return true
        }
        func listKey<I, C>(_ l: ListSkeleton<I, C>?) -> Bool {
            switch l?.handle(key) ?? .ignored {
            case .ignored: return false
            case .used: return true
            case .open: openSelected(app); return true
            }
        }
        switch view {
        case .board?: return listKey(list)
        case .draws?: return listKey(draws)
        case .tables?, .drawTables?: return listKey(tables)
        case .results?: return listKey(results)
        case .profile?: return profileScroll.handle(key, limit: max(0, profile.count - (area.height - 1)))
        case .table?: return entry?.handle(key) ?? false
        case nil: return false
        }
    }

    // MARK: - Drawing

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        switch view {
        case .board?:
            list?.renderTitle(s[.enfBoardTitle] + " · " + (boardClass.map { EnforcementText.className($0, s) } ?? s[.enfAllClasses]),
                              into: &buffer, area: area)
            renderCounts(into: &buffer, area: area, s)
            list?.renderTable(into: &buffer, area: area, emptyText: s[.enfNoEnterprises])
        case .draws?:
            draws?.renderTitle(s[.enfDrawTitle], into: &buffer, area: area)
            if let p = preview {
                let settings = s.format(.enfRatioLabel, EnforcementText.percent(ratioBasisPoints), drawYearText(app),
                                        district.isEmpty ? s[.enfAllDistricts] : EnforcementText.district(code: district, s))
                let counts = s.format(.enfDrawPreview, p.routineDrawn, p.routineCandidates, p.focusDrawn, p.focusCandidates, p.total)
                buffer.put(settings, x: area.x + 1, y: area.y + 1, style: Style(.label), maxWidth: area.width - 2)
                buffer.put(counts, x: area.x + 1, y: area.y + 2, style: Style(.normal), maxWidth: area.width - 2)
            }
            draws?.renderTable(into: &buffer, area: area, emptyText: s[.enfNoDraws])
            if let lookup = districtLookup { LookupPopup().render(into: &buffer, area: area, state: lookup) }
        case .tables?:
            tables?.renderTitle(s[.enfMyTables], into: &buffer, area: area)
            tables?.renderTable(into: &buffer, area: area, emptyText: s[.enfNoTables])
        case let .drawTables(id)?:
            tables?.renderTitle(s[.enfDrawTitle] + " #\(id)", into: &buffer, area: area)
            tables?.renderTable(into: &buffer, area: area, emptyText: s[.enfNoTables])
        case .results?:
            results?.renderTitle(s[.enfResultsTitle], into: &buffer, area: area)
            results?.renderTable(into: &buffer, area: area, emptyText: s[.enfNoResults])
        case let .profile(id)?:
            CreditProfilePage.render(profile, title: s.format(.enfProfileTitle, id), scroll: profileScroll, into: &buffer, area: area)
            recordDialog?.render(into: &buffer, area: area, s)
        case .table?:
            entry?.render(into: &buffer, area: area, app)
        case nil:
            break
        }
    }

    private func drawYearText(_ app: AppContext) -> String { String(year(app)) }

    /// The draw screen's year: the workspace clock's, in the workstation's zone.
    private func year(_ app: AppContext) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = app.timeZone
        return calendar.component(.year, from: app.now())
    }

    /// The counts by class, each in its class's colour.
    private func renderCounts(into buffer: inout Buffer, area: Rect, _ s: Strings) {
        var x = area.x + 1
        for c in CreditClass.allCases {
            let text = "\(EnforcementText.className(c, s)) \(counts[c] ?? 0)"
            // `put` answers the column after the text.
            x = buffer.put(text, x: x, y: area.y + 1, style: Style(EnforcementLists.classRole(c.rawValue)),
                           maxWidth: max(0, area.maxX - 1 - x)) + 2
            if x >= area.maxX - 1 { break }
        }
    }
}
