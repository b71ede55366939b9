import Presentation
import SingleWindowKit
import TerminalUI

/// The domain actions behind the pane's keys: open, new, save, check, submit, hand over,
/// templates, copy and import. Each calls `Declarations` and shows the outcome.
extension DeclarationsPane {
    // MARK: - Opening

    func openSelected(_ app: AppContext) {
        guard let selected = list?.selected else { return }
        open(id: selected.id, app)
    }

    func open(id: Int64, _ app: AppContext) {
        do {
            let detail = try DeclarationQueries.show(app.workspace, id: id, by: app.actor)
            show(detail.declaration, detail: detail, app)
        } catch {
            app.show(error)
        }
    }

    /// Opens the declaration after an operator switch, only when the new operator may see it
    /// (their own, or their client's); otherwise the list stays in front, saying nothing.
    func reopen(_ id: Int64, _ app: AppContext) {
        guard let detail = try? DeclarationQueries.show(app.workspace, id: id, by: app.actor) else { return }
        let page = editor.flatMap { $0.stored.id == id ? $0.page : nil }
        show(detail.declaration, detail: detail, app)
        // The same page as before the switch, when it is one the new operator has (a draft's form or the status).
        if let page, editor?.isEditable == true || page == .status { editor?.page = page }
    }

    func show(_ d: Declaration, detail: DeclarationDetail? = nil, _ app: AppContext) {
        let editable = Declarations.canEdit(d, by: app.actor)
        var next = DeclarationEditor(d, editable: editable, language: app.strings.language, detail: detail)
        if d.status == .draft && !editable { next.page = .header }
        editor = next
    }

    /// A blank big table with the operator's own enterprise filled in as the declarant (broker)
    /// or the domestic party (trader): typed once, like every shared item.
    func newDeclaration(_ app: AppContext) {
        var d = Declaration(direction: .import, scope: .customsAndInspection)
        if let id = app.actor.enterpriseID, let e = try? Enterprises.find(app.db, id: id) {
            let party = app.actor.role == .trader ? "trader" : "agent"
            d["\(party)Name"] = e.name
            d["\(party)USCC"] = e.id
            d["\(party)Code"] = e.customsCode
            d["\(party)CIQCode"] = e.ciqCode
        }
        editor = DeclarationEditor(d, editable: true, language: app.strings.language)
    }

    func copyDeclaration(_ app: AppContext) {
        guard let id = editor?.stored.id ?? list?.selected?.id, id != 0 else { return }
        do {
            let copy = try Declarations.copy(app.workspace, id: id, by: app.actor)
            show(copy, app)
            app.info(app.strings.format(.copied, DeclarationText.title(copy, app.strings)))
        } catch {
            app.show(error)
        }
    }

    // MARK: - Save and check

    /// F2: saves whatever is typed, valid or not, then marks the problems. False when nothing was saved.
    @discardableResult
    func save(_ app: AppContext) -> Bool {
        guard var current = editor, current.isEditable else { return false }
        current.commitEdits()
        editor = current
        let content = current.content()
        do {
            let saved = content.id == 0
                ? try Declarations.createDraft(app.workspace, content, by: app.actor)
                : try Declarations.saveDraft(app.workspace, content, by: app.actor)
            current.didSave(saved)
            let problems = try Declarations.validate(app.workspace, current.content(), by: app.actor)
            current.setProblems(problems) { app.strings.message($0.key, $0.arguments) }
            editor = current
            let title = DeclarationText.title(saved, app.strings)
            app.info(problems.isEmpty ? app.strings.format(.savedClean, title) : app.strings.format(.savedWithProblems, title, problems.count))
            return true
        } catch DatabaseError.staleVersion {
            let s = app.strings
            overlay = .staleCopy(ConfirmDialog(title: s[.staleTitle], message: [s[.staleLine1], s[.staleLine2], s[.staleLine3]],
                                               yesLabel: s[.yes], noLabel: s[.no], yesFocused: true))
            return false
        } catch DomainError.notFound where content.id != 0 {
            // Gone under the form (the trainer reset the database): nothing to write into.
            let s = app.strings
            overlay = .recordGone(ChoiceDialog(title: s[.goneTitle],
                                               message: [s.format(.goneLine1, DeclarationText.title(content, s)), s[.goneLine2]],
                                               choices: [.init(s[.goneSaveAsNew], key: "n"), .init(s[.leaveChoiceDiscard], key: "d"),
                                                         .init(s[.leaveChoiceStay], key: nil)]))
            return false
        } catch {
            app.show(error)
            return false
        }
    }

    /// After a stale save: the typed values become a new draft, so nothing is lost. Like a copy,
    /// it leaves the trader's reference to the original (the reference is unique per broker).
    /// A record gone altogether (`keepReference`) leaves its reference free, so the new draft keeps it.
    func saveAsNewDraft(_ app: AppContext, keepReference: Bool = false) {
        guard var current = editor else { return }
        var content = current.content()
        if !keepReference { content["traderReference"] = "" }
        do {
            let saved = try Declarations.createDraft(app.workspace, content, by: app.actor)
            let values = current
            current = DeclarationEditor(saved, editable: true, language: app.strings.language)
            current.page = values.page
            editor = current
            app.info(app.strings.format(.savedAsNew, DeclarationText.title(saved, app.strings)))
        } catch {
            app.show(error)
        }
    }

    /// Every problem, not only the first; marks them on the form and lists them.
    @discardableResult
    func check(_ app: AppContext, title: DS = .problemsTitle) -> Bool {
        guard var current = editor else { return false }
        current.commitEdits()
        do {
            let problems = try Declarations.validate(app.workspace, current.content(), by: app.actor)
            let warnings = try Declarations.warnings(app.workspace, current.content())
            current.setProblems(problems) { app.strings.message($0.key, $0.arguments) }
            editor = current
            guard !problems.isEmpty else {
                // The manifest cross-check warns without stopping the draft.
                if let warning = warnings.first {
                    app.error(problemText(warning, app.strings))
                } else {
                    app.info(app.strings[.noProblems])
                }
                return true
            }
            let items = problems.map { problemText($0, app.strings) } + warnings.map { "⚠ " + problemText($0, app.strings) }
            overlay = .problems(ListDialog(title: app.strings.format(title, problems.count), items: items, isError: true), problems)
            return false
        } catch {
            editor = current
            app.show(error)
            return false
        }
    }

    func problemText(_ p: Problem, _ s: Strings) -> String {
        let place = ProblemLocation(path: p.path).describe(s)
        let message = s.message(p.key, p.arguments)
        return place.isEmpty ? message : "\(place): \(message)"
    }

    // MARK: - Submit

    /// F10: save, check, then confirm what goes to whom before the one submission.
    func submit(_ app: AppContext) {
        guard let current = editor, current.isEditable else { return }
        if current.isNew || current.isDirty { guard save(app) else { return } }
        guard check(app, title: .cannotSubmitTitle), let ready = editor else { return }
        do {
            let plan = try Declarations.plan(app.workspace, ready.content())
            let s = app.strings
            var lines = plan.parts.map { part in
                s.format(.planPart, app.agencyName(part.agency), part.headerItems, part.goodsLines, part.goodsItemsPerLine,
                         part.containers, part.documents)
            }
            let totals = plan.totals.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            if !totals.isEmpty { lines.append(s.format(.planTotals, totals)) }
            // A qualification ending soon: said before the broker confirms, not refusing.
            lines += plan.warnings.map { "⚠ " + s.message($0.key, $0.arguments) }
            overlay = .confirmSubmit(ConfirmDialog(title: s.format(.submitTitle, DeclarationText.scope(plan.scope, s)),
                                                   message: lines, yesLabel: s[.submitYes], noLabel: s[.submitNo]))
        } catch {
            app.show(error)
        }
    }

    func confirmedSubmit(_ app: AppContext) {
        guard let current = editor else { return }
        do {
            let submitted = try Declarations.submit(app.workspace, current.content(), by: app.actor)
            let detail = try DeclarationQueries.show(app.workspace, id: submitted.id, by: app.actor)
            var next = DeclarationEditor(detail.declaration, editable: false, language: app.strings.language, detail: detail)
            next.page = .status
            editor = next
            let agencies = submitted.scope.agencies.map(app.agencyName).joined(separator: ", ")
            app.info(app.strings.format(.submitted, submitted.number ?? "", agencies))
        } catch DatabaseError.staleVersion {
            app.error(app.strings[.staleLine1])
        } catch {
            app.show(error)
        }
    }

    // MARK: - Trader hand-off

    /// The trader hands its draft to a broker enterprise: save first, then choose the broker.
    func handOver(_ app: AppContext) {
        guard app.actor.role == .trader else { return }
        if let current = editor {
            guard current.isEditable else { return }
            if current.isNew || current.isDirty { guard save(app) else { return } }
        } else if list?.selected?.status != .draft {
            return
        }
        do {
            let brokers = try Enterprises.list(app.db, kind: .broker, limit: 200)
            let items = brokers.map { pad($0.name, toWidth: 34) + " " + $0.id }
            overlay = .brokers(ListDialog(title: app.strings[.chooseBroker], items: items), brokers)
        } catch {
            app.show(error)
        }
    }

    func handOver(to broker: Enterprise, _ app: AppContext) {
        let target: (id: Int64, version: Int64)?
        if let current = editor {
            target = (current.stored.id, current.stored.version)
        } else if let selected = list?.selected {
            target = (try? Declarations.load(app.workspace, id: selected.id, by: app.actor)).map { ($0.id, $0.version) }
        } else {
            target = nil
        }
        guard let target else { return }
        do {
            let handed = try Declarations.handToBroker(app.workspace, id: target.id, expectedVersion: target.version,
                                                       brokerID: broker.id, by: app.actor)
            if editor != nil { show(handed, detail: try? DeclarationQueries.show(app.workspace, id: handed.id, by: app.actor), app) }
            list?.reload()
            app.info(app.strings.format(.handedOver, DeclarationText.title(handed, app.strings), broker.name))
        } catch {
            app.show(error)
        }
    }

    // MARK: - Templates

    func askTemplateName(_ app: AppContext) {
        let s = app.strings
        overlay = .templateName(ReasonDialog(title: s[.templateNameTitle], message: [s[.templateNamePrompt]],
                                             requiredMessage: s[.templateNameRequired], maxLength: 60))
    }

    func saveTemplate(named name: String, _ app: AppContext) {
        guard var current = editor else { return }
        current.commitEdits()
        editor = current
        do {
            let template = try Declarations.saveTemplate(app.workspace, current.content(), name: name, by: app.actor)
            app.info(app.strings.format(.templateSaved, template.name))
        } catch {
            app.show(error)
        }
    }

    func chooseTemplate(_ app: AppContext) {
        do {
            let templates = try Declarations.templates(app.workspace, by: app.actor)
            guard !templates.isEmpty else {
                app.error(app.strings[.noTemplates])
                return
            }
            let items = templates.map { "\($0.name)  (\(DeclarationText.direction($0.direction, app.strings)), \(DeclarationText.scope($0.scope, app.strings)))" }
            overlay = .templates(ListDialog(title: app.strings[.templatesTitle], items: items), templates)
        } catch {
            app.show(error)
        }
    }

    func newFromTemplate(_ template: DeclarationTemplate, _ app: AppContext) {
        do {
            let d = try Declarations.newFromTemplate(app.workspace, templateID: template.id, by: app.actor)
            show(d, app)
            app.info(app.strings.format(.fromTemplateDone, DeclarationText.title(d, app.strings), template.name))
        } catch {
            app.show(error)
        }
    }

    // MARK: - Import

    func askImportPath(_ app: AppContext) {
        guard app.actor.role == .broker else { return }
        let s = app.strings
        overlay = .importPath(ReasonDialog(title: s[.importTitle], message: [s[.importPrompt]],
                                           requiredMessage: s[.importPathRequired], maxLength: 400).completingPaths())
    }

    func runImport(_ path: String, _ app: AppContext) {
        do {
            let report = try DeclarationImportReport.run(path: path, app: app)
            overlay = .importReport(report)
            list?.restart()
        } catch {
            app.error(app.strings.format(.importFailed, path, String(describing: error)))
        }
    }
}
