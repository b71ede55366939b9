import Presentation
import SingleWindowKit
import TerminalUI

/// The Declarations tab: the broker's and trader's own list, or for a customs or inspection
/// officer the review queue and, on `j`, the joint inspection tasks or, on `R`, the agency's
/// rule book. Decided again on every activation, since the trainer switches operator (F9)
/// without leaving the tab; each pane keeps its own state meanwhile.
final class DeclarationsTabPane: Pane {
    let declarations = DeclarationsPane()
    let queue = ReviewQueuePane()
    let tasks = JointTaskList()
    let rules = RiskRuleBook()
    private var area: Rect?
    private var showingQueue = false

    /// What an officer sees: the queue, the task list or the rule book.
    enum OfficerView { case queue, tasks, rules }
    private var view = OfficerView.queue

    var showingQueueForTests: Bool { showingQueue }
    var showingTasksForTests: Bool { showingQueue && view == .tasks }
    var showingRulesForTests: Bool { showingQueue && view == .rules }

    var current: any Pane {
        guard showingQueue else { return declarations }
        switch view {
        case .queue: return queue
        case .tasks: return tasks
        case .rules: return rules
        }
    }

    static func reviews(_ actor: Operator) -> Bool { ReviewText.agency(actor) != nil }

    init() {
        // Enter on a task: the queue pane shows the review screen, so Esc comes back to the queue.
        tasks.openDeclaration = { [unowned self] id, app in
            self.show(.queue, app)
            self.queue.open(id, app)
        }
    }

    enum Action: String, PaneActionKind { case showQueue, showTasks, showRules }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        var map = current.keyMap(app)
        guard showingQueue else { return map }
        let s = app.strings
        switch view {
        case .tasks where !tasks.capturesKeys:
            map.add(KeyBinding([.char("j"), .escape], label: s[.jKeyQueue], help: s[.jHelpQueue], action: PaneAction(Action.showQueue)))
        case .rules where !rules.capturesKeys:
            map.add(KeyBinding([.char("R"), .escape], label: s[.rbKeyQueue], help: s[.rbHelpQueue], action: PaneAction(Action.showQueue)))
        case .queue where !queue.capturesKeys:
            map.add(KeyBinding(.char("j"), label: s[.jKeyTasks], help: s[.jHelpTasks], action: PaneAction(Action.showTasks)))
            map.add(KeyBinding(.char("R"), label: s[.rbKeyBook], help: s[.rbHelpBook], action: PaneAction(Action.showRules)))
        default: break
        }
        return map
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        switch action.as(Action.self) {
        case .showTasks: show(.tasks, app)
        case .showRules: show(.rules, app)
        case .showQueue: show(.queue, app)
        case nil: current.perform(action, app)
        }
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool { current.handle(key, app) }
    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) { current.render(into: &buffer, area: area, app) }
    func refresh(_ app: AppContext) { current.refresh(app) }
    func unsavedWork(_ app: AppContext) -> UnsavedWork? { current.unsavedWork(app) }
    func saveUnsaved(_ app: AppContext) -> Bool { current.saveUnsaved(app) }
    func discardUnsaved(_ app: AppContext) { current.discardUnsaved(app) }
    func saveRecovered(_ app: AppContext) { current.saveRecovered(app) }

    func openCase(_ app: AppContext) -> OpenCase? {
        let id = showingQueue ? (view == .queue ? queue.screen?.review.declaration.id : nil)
                              : declarations.editor.flatMap { $0.isNew ? nil : $0.stored.id }
        return id.map { OpenCase(.declaration, String($0)) }
    }

    /// Who acts next on the declaration on screen (Ctrl-O): its declarant while it waits on
    /// them, else the officer holding the next agency's lane, or the first of that agency.
    public func suggestedOperator(_ app: AppContext) -> String? {
        guard let open = openCase(app), let id = Int64(open.id),
              let next = try? DeclarationNextActor.next(app.db, declarationID: id, after: app.actor.role.impliedAgency) else { return nil }
        let chosen: String?
        switch next {
        case let .declarant(id): chosen = id
        case let .officer(agency, claimedBy): chosen = claimedBy ?? NextOperator.officer(of: agency, app.db)
        }
        return chosen == app.actor.id ? nil : chosen
    }

    /// The declaration stays open across F9: an officer sees it on the review screen of their own
    /// agency's lane (if it has one), the declarant on its status page (if it is theirs).
    func reopen(_ openCase: OpenCase, _ app: AppContext) {
        guard openCase.kind == .declaration, let id = Int64(openCase.id) else { return }
        if showingQueue {
            show(.queue, app)
            queue.reopen(id, app)
        } else {
            declarations.reopen(id, app)
        }
    }

    func activate(_ app: AppContext) {
        let wanted = Self.reviews(app.actor)
        if wanted != showingQueue {
            showingQueue = wanted
            view = .queue
            // The other pane may never have been laid out, or for a different size.
            if let area { current.layout(area, app) }
        }
        current.activate(app)
    }

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        showingQueue = Self.reviews(app.actor)
        if !showingQueue { view = .queue }
        current.layout(area, app)
    }

    /// Switches between the queue, the task list and the rule book; the one shown is laid out
    /// (on first use, or after a resize it missed) and re-read.
    private func show(_ wanted: OfficerView, _ app: AppContext) {
        guard showingQueue, wanted != view else { return }
        view = wanted
        if let area {
            switch wanted {
            case .tasks where tasks.list == nil || tasks.area != area || tasks.builtFor != app.actor.id:
                tasks.layout(area, app)
                return
            case .rules where rules.area != area || rules.builtFor != app.actor.id:
                rules.layout(area, app)
                return
            case .queue where queue.area != area:
                queue.layout(area, app)
                return
            default: break
            }
        }
        current.activate(app)
        current.refresh(app)
    }
}
