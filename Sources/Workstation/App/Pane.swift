import SingleWindowKit
import TerminalUI

/// A pane's own command, named so key maps, help and tests can refer to it.
public struct PaneAction: Hashable, Sendable {
    public let id: String
    public init(_ id: String) { self.id = id }
}

/// A pane's actions as an enum, so its key map and `perform` name the same case instead of
/// comparing strings: `PaneAction(Action.sort)` in the map, `action.as(Action.self)` in `perform`.
/// The id carries the enum's full name, so two panes' actions never match each other.
protocol PaneActionKind: RawRepresentable, Sendable where RawValue == String {}

extension PaneAction {
    init<A: PaneActionKind>(_ action: A) { self.init(Self.prefix(A.self) + action.rawValue) }

    /// This action as one of `kind`'s cases, or nil when it belongs to another pane or mode.
    func `as`<A: PaneActionKind>(_ kind: A.Type) -> A? {
        let prefix = Self.prefix(kind)
        guard id.hasPrefix(prefix) else { return nil }
        return A(rawValue: String(id.dropFirst(prefix.count)))
    }

    private static func prefix<A>(_ kind: A.Type) -> String { String(reflecting: kind) + "." }
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

    // Unsaved work: the shell asks these before any way out of a form (quit, operator switch,
    // another tab, Esc), so typing is never lost without the user saying so.

    /// What the open form holds that is not stored and leaving would lose; nil when nothing is.
    func unsavedWork(_ app: AppContext) -> UnsavedWork?
    /// Saves it as the form's own save would (a draft: valid or not). False when it could not be
    /// saved: the form stays open with everything typed, and the pane says why.
    func saveUnsaved(_ app: AppContext) -> Bool
    /// Closes the form without saving (the user chose to discard, or nothing was typed).
    func discardUnsaved(_ app: AppContext)
    /// The connection dropped (SIGHUP) or the program is being ended (SIGTERM): keep what the form
    /// holds as a recovered draft, asking nothing. Called on the main thread before exit.
    func saveRecovered(_ app: AppContext)

    // The case on screen survives an operator switch (F9): the trainer plays S2 and S3 on one
    // terminal without walking back through lists.

    /// The case this pane shows now, if any.
    func openCase(_ app: AppContext) -> OpenCase?
    /// Shows `openCase` to the operator now acting, in their own view (their agency's lane),
    /// where their role may see it; otherwise leaves the pane as it is.
    func reopen(_ openCase: OpenCase, _ app: AppContext)
    /// Who acts next on the case on screen (training: Ctrl-O switches to them, F9 offers them
    /// first), or nil when the pane has no opinion.
    func suggestedOperator(_ app: AppContext) -> String?
}

/// One case by its kind and id, as a pane names what it has open.
public struct OpenCase: Equatable, Sendable {
    public let kind: CaseKind
    public let id: String

    public init(_ kind: CaseKind, _ id: String) {
        self.kind = kind
        self.id = id
    }
}

/// Typed work not stored yet, as the leave prompt names it: "Draft #42: trader reference,
/// 1 goods line not saved".
public struct UnsavedWork: Equatable, Sendable {
    /// What it is: "Draft #42", "New declaration", "New customs rule".
    public var title: String
    /// What is not saved, in the user's words ("trader reference, 1 goods line").
    public var details: String
    /// False for a form that is no record's draft (a filter): it can only be discarded.
    public var canSave: Bool

    public init(title: String, details: String, canSave: Bool = true) {
        self.title = title
        self.details = details
        self.canSave = canSave
    }
}

extension Pane {
    public func refresh(_ app: AppContext) {}
    public func activate(_ app: AppContext) {}
    public func layout(_ area: Rect, _ app: AppContext) {}
    public func unsavedWork(_ app: AppContext) -> UnsavedWork? { nil }
    public func suggestedOperator(_ app: AppContext) -> String? { nil }
    public func saveUnsaved(_ app: AppContext) -> Bool { true }
    public func discardUnsaved(_ app: AppContext) {}
    public func saveRecovered(_ app: AppContext) {}
    public func openCase(_ app: AppContext) -> OpenCase? { nil }
    public func reopen(_ openCase: OpenCase, _ app: AppContext) {}
}
