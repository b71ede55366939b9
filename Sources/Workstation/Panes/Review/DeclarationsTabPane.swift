import SingleWindowKit
import TerminalUI

/// The Declarations tab: the broker's and trader's own list, or for a customs or inspection
/// officer the review queue. Decided again on every activation, since the trainer switches
/// operator (F9) without leaving the tab; each pane keeps its own state meanwhile.
final class DeclarationsTabPane: Pane {
    let declarations = DeclarationsPane()
    let queue = ReviewQueuePane()
    private var area: Rect?
    private var showingQueue = false

    var showingQueueForTests: Bool { showingQueue }

    var current: any Pane { showingQueue ? queue : declarations }

    static func reviews(_ actor: Operator) -> Bool { ReviewText.agency(actor) != nil }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> { current.keyMap(app) }
    func perform(_ action: PaneAction, _ app: AppContext) { current.perform(action, app) }
    func handle(_ key: Key, _ app: AppContext) -> Bool { current.handle(key, app) }
    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) { current.render(into: &buffer, area: area, app) }
    func refresh(_ app: AppContext) { current.refresh(app) }

    func activate(_ app: AppContext) {
        let wanted = Self.reviews(app.actor)
        if wanted != showingQueue {
            showingQueue = wanted
            // The other pane may never have been laid out, or for a different size.
            if let area { current.layout(area, app) }
        }
        current.activate(app)
    }

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        showingQueue = Self.reviews(app.actor)
        current.layout(area, app)
    }
}
