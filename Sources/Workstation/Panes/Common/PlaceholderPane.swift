import Presentation
import TerminalUI

/// A tab whose workflow is not built yet: it says so plainly, with what will be there.
final class PlaceholderPane: Pane {
    let tab: Tab
    let lines: [S]

    init(tab: Tab, lines: [S] = []) {
        self.tab = tab
        self.lines = lines
    }

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> { KeyMap() }
    func perform(_ action: PaneAction, _ app: AppContext) {}
    func handle(_ key: Key, _ app: AppContext) -> Bool { false }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        let inner = buffer.drawBox(area, title: tab.title(s))
        buffer.put(s.format(.placeholderPane, tab.title(s)), x: inner.x + 1, y: inner.y + 1, style: Style(.label), maxWidth: inner.width - 2)
        for (i, key) in lines.enumerated() where inner.y + 3 + i < inner.maxY {
            buffer.put(s[key], x: inner.x + 1, y: inner.y + 3 + i, style: .normal, maxWidth: inner.width - 2)
        }
    }
}
