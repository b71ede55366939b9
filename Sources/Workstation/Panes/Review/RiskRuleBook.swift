import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The officer's rule book (`R` from the review queue): the agency's risk rules, the latest
/// version of each, switched-off ones included. Enter shows a rule with its full reasons and its
/// versions; `e` edits it and `n` adds one (a form; every save is a new version with a note,
/// through `RiskRules.save`); `a` switches it off or on again, asking why. The book is small, so
/// it is read whole: no paging.
final class RiskRuleBook: Pane {
    /// One rule in full, with its versions, newest first.
    struct Detail {
        var rule: RiskRule
        var history: [RiskRule]
        var scroll = ScrollState()
    }

    var rules: [RiskRule] = []
    var table = TableState()
    var detail: Detail?
    var form: RiskRuleForm?
    /// The note asked for when switching `rule` off or on.
    var toggle: (dialog: ReasonDialog, rule: RiskRule)?
    var area = Rect(x: 0, y: 0, width: 0, height: 0)
    var builtFor: String?

    /// The book uses every key itself (typing, or Esc back to the list): the tab adds none.
    var capturesKeys: Bool { form != nil || toggle != nil || detail != nil }

    var selectedRule: RiskRule? { detail?.rule ?? (rules.indices.contains(table.selected) ? rules[table.selected] : nil) }

    enum Action: String, PaneActionKind { case open, list, edit, new, toggle }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        guard form == nil, toggle == nil, ReviewText.agency(app.actor) != nil else { return KeyMap() }
        let s = app.strings
        var map = KeyMap<PaneAction>()
        if detail != nil {
            map.add(KeyBinding(.escape, label: s[.rbKeyList], help: s[.rbHelpList], action: PaneAction(Action.list)))
        } else if !rules.isEmpty {
            map.add(KeyBinding(.enter, label: s[.rbKeyOpen], help: s[.rbHelpOpen], action: PaneAction(Action.open)))
        }
        if selectedRule != nil {
            map.add(KeyBinding(.char("e"), label: s[.rbKeyEdit], help: s[.rbHelpEdit], action: PaneAction(Action.edit)))
        }
        if detail == nil {
            map.add(KeyBinding(.char("n"), label: s[.rbKeyNew], help: s[.rbHelpNew], action: PaneAction(Action.new)))
        }
        if selectedRule != nil {
            map.add(KeyBinding(.char("a"), label: s[.rbKeyToggle], help: s[.rbHelpToggle], action: PaneAction(Action.toggle)))
        }
        return map
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        guard let agency = ReviewText.agency(app.actor) else { return }
        let s = app.strings
        switch action.as(Action.self) {
        case .open: if let rule = selectedRule { open(rule, app) }
        case .list: detail = nil
        case .edit: if let rule = selectedRule { form = RiskRuleForm.make(s, agency: agency, editing: rule) }
        case .new: form = RiskRuleForm.make(s, agency: agency, editing: nil)
        case .toggle:
            guard let rule = selectedRule else { return }
            let title = s.format(rule.active ? .rbToggleOff : .rbToggleOn, rule.key)
            toggle = (ReasonDialog(title: title, message: [s[.rbTogglePrompt]], requiredMessage: s[.rbNoteRequired], maxLength: 500), rule)
        case nil: break
        }
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if var current = form {
            switch current.handle(key) {
            case .cancelled:
                // Esc on a typed-into form: the shell asks save / discard / stay.
                if current.changedLabels.isEmpty { form = nil } else { form = current; app.askToCloseForm() }
            case .confirmed: form = current; save(app)
            default: form = current
            }
            return true
        }
        if var current = toggle {
            switch current.dialog.handle(key) {
            case .cancelled: toggle = nil
            case let .reason(note):
                toggle = nil
                var rule = current.rule
                rule.active.toggle()
                do { saved(try RiskRules.save(app.workspace, rule, note: note, by: app.actor), app) } catch { fail(error, app) }
            default: toggle = current
            }
            return true
        }
        if var shown = detail {
            guard shown.scroll.handle(key) else { return false }
            detail = shown
            return true
        }
        guard key != .char("/") else { return false }
        let request = table.handle(key)
        if case let .activate(i) = request, rules.indices.contains(i) { open(rules[i], app) }
        return request != .ignored
    }

    func activate(_ app: AppContext) {
        if builtFor != app.actor.id, !area.isEmpty { layout(area, app) }
    }

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        if builtFor != app.actor.id {
            builtFor = app.actor.id
            detail = nil; form = nil; toggle = nil
            table = TableState()
        }
        reload(app)
    }

    /// Another terminal may have saved a version: re-read the list and the rule shown.
    func refresh(_ app: AppContext) { reload(app) }

    func reload(_ app: AppContext, select key: String? = nil) {
        guard let agency = ReviewText.agency(app.actor) else { rules = []; return }
        do {
            let keep = key ?? selectedRule?.key
            rules = try RiskRules.all(app.workspace.db, agency: agency)
            let wide = area.width >= 110
            table.setPage(rules.map { RiskRuleText.cells($0, app.strings, wide: wide) }, canPageBack: false, canPageForward: false,
                          landing: .keep, cellRoles: rules.map { RiskRuleText.roles($0, wide: wide) })
            if let keep, let i = rules.firstIndex(where: { $0.key == keep }) { table.selected = i }
            if let shown = detail, let latest = rules.first(where: { $0.key == shown.rule.key }) {
                detail = Detail(rule: latest, history: try RiskRules.history(app.workspace.db, key: latest.key).reversed(),
                                scroll: shown.scroll)
            }
        } catch { fail(error, app) }
    }

    func open(_ rule: RiskRule, _ app: AppContext) {
        do {
            detail = Detail(rule: rule, history: try RiskRules.history(app.workspace.db, key: rule.key).reversed())
        } catch { fail(error, app) }
    }

    // MARK: - Saving

    /// A rule form typed into: the version it would make, and the fields typed.
    func unsavedWork(_ app: AppContext) -> UnsavedWork? {
        guard let current = form, !current.changedLabels.isEmpty else { return nil }
        let s = app.strings
        let labels = current.changedLabels
        let named = labels.prefix(3).joined(separator: ", ")
        let title = current.base.map { s.format(.rbFormEdit, $0.key, $0.version + 1) } ?? s.format(.rbFormNew, app.agencyName(current.agency))
        return UnsavedWork(title: title, details: labels.count > 3 ? s.format(.unsavedMore, named, labels.count - 3) : named)
    }

    /// Saves as Enter on the last field does; a problem (the note is required) keeps the form.
    func saveUnsaved(_ app: AppContext) -> Bool {
        guard form != nil else { return true }
        save(app)
        return form == nil
    }

    func discardUnsaved(_ app: AppContext) { form = nil }

    func save(_ app: AppContext) {
        guard var current = form else { return }
        let s = app.strings
        let (rule, note, problems) = current.read()
        guard problems.isEmpty else {
            current.mark(problems, s)
            form = current
            return app.error(s.format(.rbFormProblems, problems.count))
        }
        do {
            let version = try RiskRules.save(app.workspace, rule, note: note, by: app.actor)
            form = nil
            saved(version, app)
        } catch let DomainError.invalid(problems) {
            current.mark(problems, s)
            form = current
            app.error(s.format(.rbFormProblems, problems.count))
        } catch {
            fail(error, app)
        }
    }

    func saved(_ rule: RiskRule, _ app: AppContext) {
        reload(app, select: rule.key)
        app.info(app.strings.format(.rbSaved, rule.key, rule.version))
    }

    func fail(_ error: any Error, _ app: AppContext) {
        if case DomainError.notAuthorized = error, let agency = ReviewText.agency(app.actor) {
            return app.error(app.strings.format(.rbErrNotAuthorized, app.actor.id, app.agencyName(agency)))
        }
        if let line = ReviewErrorText.line(error, app) { app.error(line) } else { app.show(error) }
    }

    // MARK: - Drawing

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        guard let agency = ReviewText.agency(app.actor) else {
            buffer.put(s[.rbErrReader], x: area.x + 1, y: area.y, style: Style(.label), maxWidth: area.width - 2)
            return
        }
        if let form {
            form.render(into: &buffer, area: area, app)
            return
        }
        if let detail {
            renderDetail(detail, into: &buffer, area: area, app)
        } else {
            let title = s.format(.rbTitle, app.agencyName(agency))
            let counted = s.format(.rbCount, rules.count, rules.filter { !$0.active }.count)
            buffer.put(title, x: area.x + 1, y: area.y, style: Style(.title), maxWidth: area.width - 2)
            let countX = area.maxX - 1 - displayWidth(counted)
            if countX > area.x + 2 + displayWidth(title) { buffer.put(counted, x: countX, y: area.y, style: Style(.label)) }
            buffer.put(s[agency == .customs ? .rbHowCustoms : .rbHowInspection], x: area.x + 1, y: area.y + 1, style: Style(.label),
                       maxWidth: area.width - 2)
            TableView(columns: RiskRuleText.columns(s, wide: area.width >= 110), emptyText: s[.rbEmpty])
                .render(into: &buffer, area: Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2)),
                        state: table)
        }
        toggle?.dialog.render(into: &buffer, area: area)
    }

    func renderDetail(_ detail: Detail, into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let lines = RiskRuleText.detailLines(detail, app, width: area.width - 2)
        let top = detail.scroll.first(lines: lines.count, visible: area.height)
        for (row, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            var x = area.x + 1
            for segment in line {
                x = buffer.put(segment.text, x: x, y: area.y + row, style: Style(segment.role), maxWidth: area.maxX - 1 - x)
            }
        }
    }
}
