import TerminalUI

/// A pane's own command, named so key maps, help and tests can refer to it.
public struct PaneAction: Hashable, Sendable {
    public let id: String
    public init(_ id: String) { self.id = id }
}

/// One tab of the workstation. Panes render into their area of the buffer as a pure function of
/// their state; keys reach them after the shell's own bindings.
public protocol Pane: AnyObject {
    /// The keys this pane offers in its current mode (shown in the key bar and help).
    func keyMap(_ app: AppContext) -> KeyMap<PaneAction>
    func perform(_ action: PaneAction, _ app: AppContext)
    /// Keys not bound in the key map (typing, arrows); true when the pane used it.
    func handle(_ key: Key, _ app: AppContext) -> Bool
    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext)
    /// Another terminal changed the database: reload what is visible.
    func refresh(_ app: AppContext)
    /// The pane's tab was switched to.
    func activate(_ app: AppContext)
    /// The pane's area changed (start, resize): fit page sizes to it before the next frame.
    func layout(_ area: Rect, _ app: AppContext)
}

extension Pane {
    public func refresh(_ app: AppContext) {}
    public func activate(_ app: AppContext) {}
    public func layout(_ area: Rect, _ app: AppContext) {}
}
