import SingleWindowKit
import TerminalUI

/// The Declarations tab: the broker's and trader's own list, or for a customs or inspection
/// officer the review queue and, on `j`, the joint inspection tasks. Decided again on every
/// activation, since the trainer switches operator (F9) without leaving the tab; each pane keeps
/// its own state meanwhile.
final class DeclarationsTabPane: Pane {
    let declarations = DeclarationsPane()
    let queue = ReviewQueuePane()
    let tasks = JointTaskList()
    private var area: Rect?
    private var showingQueue = false
    /// An officer's choice between the queue and the task list.
    private var showingTasks = false

    var showingQueueForTests: Bool { showingQueue }
    var showingTasksForTests: Bool { showingQueue && showingTasks }

    var current: any Pane { showingQueue ? (showingTasks ? tasks as any Pane : queue) : declarations }

    static func reviews(_ actor: Operator) -> Bool { ReviewText.agency(actor) != nil }

    init() {
        // Enter on a task: the queue pane shows the review screen, so Esc comes back to the queue.
        tasks.openDeclaration = { [unowned self] id, app in
            self.show(tasks: false, app)
            self.queue.open(id, app)
        }
    }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        var map = current.keyMap(app)
        guard showingQueue else { return map }
        let s = app.strings
        if showingTasks, !tasks.capturesKeys {
            map.add(KeyBinding([.char("j"), .escape], label: s[.jKeyQueue], help: s[.jHelpQueue], action: PaneAction("showQueue")))
        } else if !showingTasks, !queue.capturesKeys {
            map.add(KeyBinding(.char("j"), label: s[.jKeyTasks], help: s[.jHelpTasks], action: PaneAction("showTasks")))
        }
        return map
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        switch action.id {
        case "showTasks": show(tasks: true, app)
        case "showQueue": show(tasks: false, app)
        default: current.perform(action, app)
        }
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool { current.handle(key, app) }
    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) { current.render(into: &buffer, area: area, app) }
    func refresh(_ app: AppContext) { current.refresh(app) }

    func activate(_ app: AppContext) {
        let wanted = Self.reviews(app.actor)
        if wanted != showingQueue {
            showingQueue = wanted
            showingTasks = false
            // The other pane may never have been laid out, or for a different size.
            if let area { current.layout(area, app) }
        }
        current.activate(app)
    }

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        showingQueue = Self.reviews(app.actor)
        if !showingQueue { showingTasks = false }
        current.layout(area, app)
    }

    /// Switches between the queue and the task list; the one shown is laid out (the list on first
    /// use, or after a resize it missed) and re-read.
    private func show(tasks wanted: Bool, _ app: AppContext) {
        guard showingQueue, wanted != showingTasks else { return }
        showingTasks = wanted
        if let area {
            if wanted && (tasks.table == nil || tasks.area != area || tasks.builtFor != app.actor.id) {
                tasks.layout(area, app)
                return
            }
            if !wanted && queue.area != area { queue.layout(area, app); return }
        }
        current.activate(app)
        current.refresh(app)
    }
}
