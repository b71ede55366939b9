import Presentation
import SingleWindowKit
import TerminalUI

/// The administrator's screen, keyboard only: the operators (add, change role, map to an OS
/// account, disable) and the enterprises with their qualifications (register, record a
/// qualification), each a keyset-paged list searchable with `/`. Every key makes the same
/// domain call as its `singlewindow admin …` command.
final class AdminPane: Pane {
    enum Mode { case operators, enterprises }
    enum Action: String, PaneActionKind { case add, switchList, role, map, disable, qualification, search }
    enum Prompt { case addOperator, role(String), map(String), addEnterprise, qualification(String) }
    enum Confirm { case disable(String) }

    private(set) var mode = Mode.operators
    private(set) var operators: ListSkeleton<Operator, String>?
    private(set) var enterprises: ListSkeleton<Enterprise, EnterpriseCursor>?
    var dialog: PaneDialog<Prompt, Confirm, Never>?
    private var area = Rect(x: 0, y: 0, width: 0, height: 0)

    func makeOperators(_ app: AppContext) -> ListSkeleton<Operator, String> {
        let db = app.db, s = app.strings
        return ListSkeleton(columns: [
            TableColumn(s[.adColID], width: .fixed(12)),
            TableColumn(s[.adColName], width: .flexible(min: 8)),
            TableColumn(s[.adColRole], width: .fixed(16)),
            TableColumn(s[.adColAgency], width: .fixed(12)),
            TableColumn(s[.adColOSAccount], width: .fixed(12)),
            TableColumn(s[.adColState], width: .fixed(8)),
        ], row: { op in
            [op.id, op.name, app.roleName(op.role), op.agency == .none ? "" : app.agencyName(op.agency), op.osUser ?? "",
             s[op.active ? AD.adActive : AD.adDisabled]]
        }, roles: { op in [nil, nil, nil, nil, nil, op.active ? nil : .agencyRejected] },
           cursorOf: { $0.id }, rereadsFirstPage: true, report: { app.show($0) },
           fetch: { search, page, limit in
               switch page {
               case let .after(cursor): return try Operators.search(db, text: search, after: cursor ?? "", limit: limit)
               case let .before(cursor): return try Operators.search(db, text: search, before: cursor, limit: limit)
               }
           })
    }

    func makeEnterprises(_ app: AppContext) -> ListSkeleton<Enterprise, EnterpriseCursor> {
        let db = app.db, s = app.strings
        return ListSkeleton(columns: [
            TableColumn(s[.adColEnterpriseName], width: .flexible(min: 16)),
            TableColumn(s[.adColUSCC], width: .fixed(18)),
            TableColumn(s[.adColKind], width: .fixed(14)),
            TableColumn(s[.adColQualifications], width: .fixed(14)),
        ], row: { e in [e.name, e.id, s.enterpriseKindName(e.kind), Self.qualificationSummary(db, e.id, app)] },
           cursorOf: { $0.cursor }, rereadsFirstPage: true, report: { app.show($0) },
           fetch: { search, page, limit in
               switch page {
               case let .after(cursor): return try Enterprises.search(db, text: search, after: cursor, limit: limit)
               case let .before(cursor): return try Enterprises.search(db, text: search, before: cursor, limit: limit)
               }
           })
    }

    /// One mark per qualification kind held: ✓ valid, ✗ expired or not yet valid, · none.
    static func qualificationSummary(_ db: Database, _ id: String, _ app: AppContext) -> String {
        let held = (try? Qualifications.list(db, enterpriseID: id)) ?? []
        let today = ChinaDate.string(app.now())
        return Qualification.Kind.allCases.map { kind in
            guard let q = held.first(where: { $0.kind == kind }) else { return "·" }
            return q.status(on: today) == .valid ? "✓" : "✗"
        }.joined(separator: " ")
    }

    // MARK: - Keys

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        if dialog != nil || currentIsSearching { return KeyMap() }
        var bindings = [
            KeyBinding(.function(2), label: s[.adKeyAdd], help: s[.adKeyAdd], action: PaneAction(Action.add)),
            KeyBinding(.function(3), label: s[.adKeySwitchList], help: s[.adKeySwitchList], action: PaneAction(Action.switchList)),
        ]
        switch mode {
        case .operators:
            bindings += [
                KeyBinding(.function(4), label: s[.adKeyRole], help: s[.adPromptRole], action: PaneAction(Action.role)),
                KeyBinding(.function(10), label: s[.adKeyMap], help: s[.adPromptMap], action: PaneAction(Action.map)),
                KeyBinding(.function(12), label: s[.adKeyDisable], help: s[.adKeyDisable], action: PaneAction(Action.disable)),
            ]
        case .enterprises:
            bindings.append(KeyBinding(.function(4), label: s[.adKeyQualification], help: s[.adPromptQualification],
                                       action: PaneAction(Action.qualification)))
        }
        bindings.append(KeyBinding(.char("/"), label: s[.keySearch], help: s[.keySearch], action: PaneAction(Action.search), showInBar: false))
        return KeyMap(bindings)
    }

    private var currentIsSearching: Bool {
        mode == .operators ? operators?.isSearching == true : enterprises?.isSearching == true
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        guard let action = action.as(Action.self) else { return }
        let s = app.strings
        let selectedOperator = operators?.selectedItem, selectedEnterprise = enterprises?.selectedItem
        switch action {
        case .switchList:
            mode = mode == .operators ? .enterprises : .operators
            layout(area, app)
        case .search:
            if mode == .operators { operators?.beginSearch() } else { enterprises?.beginSearch() }
        case .add:
            dialog = mode == .operators
                ? .prompt(s[.adKeyAdd], [s[.adPromptAdd]], required: s[.adPromptAdd], for: .addOperator)
                : .prompt(s[.adKeyAdd], [s[.adPromptEnterprise]], required: s[.adPromptEnterprise], for: .addEnterprise)
        case .role:
            guard let op = selectedOperator else { return }
            dialog = .prompt(s[.adKeyRole] + " " + op.id, [s[.adPromptRole]], required: s[.adPromptRole], value: op.role.rawValue, for: .role(op.id))
        case .map:
            guard let op = selectedOperator else { return }
            dialog = .prompt(s[.adKeyMap] + " " + op.id, [s[.adPromptMap]], required: s[.adPromptMap], value: op.osUser ?? "", for: .map(op.id))
        case .disable:
            guard let op = selectedOperator else { return }
            dialog = .confirm(ConfirmDialog(title: s[.adKeyDisable], message: [s.format(.adPromptDisable, op.id)],
                                            yesLabel: s[.yes], noLabel: s[.no]), .disable(op.id))
        case .qualification:
            guard let e = selectedEnterprise else { return }
            dialog = .prompt(s[.adKeyQualification] + " " + e.id, [s[.adPromptQualification]] + s.qualificationChoices,
                             required: s[.adPromptQualification], for: .qualification(e.id))
        }
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if dialog != nil {
            if let answer = PaneDialog.route(key, in: &dialog) { answered(answer, app) }
            return true
        }
        switch mode {
        case .operators:
            if case .ignored = operators?.handle(key) ?? .ignored { return false }
        case .enterprises:
            switch enterprises?.handle(key) ?? .ignored {
            case .ignored: return false
            case let .open(e): showEnterprise(e, app)
            case .used: break
            }
        }
        return true
    }

    /// Enter on an enterprise: its qualifications, each with number, issuer, dates and state,
    /// and the names it had before (what `admin enterprises show` prints).
    func showEnterprise(_ e: Enterprise, _ app: AppContext) {
        let s = app.strings
        do {
            let today = ChinaDate.string(app.now())
            var lines = try Qualifications.list(app.db, enterpriseID: e.id).map { q -> String in
                let state: String = switch q.status(on: today) {
                case .valid: s[.adQualificationValid]
                case .expired: s[.adQualificationExpired]
                case .notYet: s[.adQualificationNotYet]
                }
                let until = q.validUntil.isEmpty ? s[.adQualificationOpenEnded] : q.validUntil
                return "\(s.qualificationName(q.kind)) \(q.number) \(q.issuer) \(q.validFrom)–\(until) \(state)"
            }
            if lines.isEmpty { lines.append(s[.adQualificationNone]) }
            let former = try EnterpriseAdmin.nameHistory(app.db, id: e.id)
            if !former.isEmpty { lines += [s[.adFormerNames]] + former.map { "  " + $0.name } }
            dialog = .notice(ListDialog(title: e.name + " " + e.id, items: lines))
        } catch {
            app.show(error)
        }
    }

    /// Each answer is one domain call by the acting administrator; a refusal is shown, not thrown.
    func answered(_ answer: PaneDialog<Prompt, Confirm, Never>.Answer, _ app: AppContext) {
        let s = app.strings, ws = app.workspace, actor = app.actor
        do {
            switch answer {
            case let .typed(text, .addOperator):
                guard let op = AdminInput.newOperator(text) else { return app.error(s[.adPromptAdd]) }
                try OperatorAdmin.add(ws, op, by: actor)
                app.info(s.format(.adOperatorAdded, op.id))
            case let .typed(text, .role(id)):
                guard let change = AdminInput.roleChange(text) else { return app.error(s[.adPromptRole]) }
                let op = try OperatorAdmin.change(ws, id: id, role: change.role, agency: change.agency,
                                                  enterpriseID: change.enterpriseID, by: actor)
                app.info(s.format(.adOperatorChanged, op.id, app.roleName(op.role), op.agency == .none ? s[.adNoAgency] : app.agencyName(op.agency)))
            case let .typed(text, .map(id)):
                let account = text.trimmed
                try OperatorAdmin.map(ws, id: id, osUser: account, by: actor)
                app.info(s.format(.adOperatorMapped, id, account))
            case let .typed(text, .addEnterprise):
                guard let e = AdminInput.newEnterprise(text) else { return app.error(s[.adPromptEnterprise]) }
                try EnterpriseAdmin.add(ws, e, by: actor)
                app.info(s.format(.adEnterpriseAdded, e.id, e.name))
            case let .typed(text, .qualification(id)):
                guard let q = AdminInput.qualification(text, enterpriseID: id) else { return app.error(s[.adPromptQualification]) }
                let saved = try Qualifications.set(ws, q, by: actor)
                app.info(s.format(.adQualificationSet, id, s.qualificationName(saved.kind), saved.number, saved.validFrom,
                                  saved.validUntil.isEmpty ? s[.adQualificationOpenEnded] : saved.validUntil))
            case let .confirmed(.disable(id)):
                try OperatorAdmin.disable(ws, id: id, by: actor)
                app.info(s.format(.adOperatorDisabled, id))
            }
            refresh(app)
        } catch {
            app.show(error)
        }
    }

    // MARK: - Frame

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        switch mode {
        case .operators:
            let list = operators ?? makeOperators(app)
            operators = list
            list.start(area: area)
        case .enterprises:
            let list = enterprises ?? makeEnterprises(app)
            enterprises = list
            list.start(area: area)
        }
    }

    func refresh(_ app: AppContext) {
        operators?.reload()
        enterprises?.reload()
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        switch mode {
        case .operators:
            operators?.renderTitle(s[.adScreenOperators], into: &buffer, area: area)
            operators?.renderTable(into: &buffer, area: area, emptyText: s[.adEmptyOperators])
        case .enterprises:
            enterprises?.renderTitle(s[.adScreenEnterprises], into: &buffer, area: area)
            enterprises?.renderTable(into: &buffer, area: area, emptyText: s[.adEmptyEnterprises])
        }
        dialog?.render(into: &buffer, area: area)
    }
}
