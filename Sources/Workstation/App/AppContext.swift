import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// What panes see of the application: the open database, who is acting, the language, and a
/// place to leave a message for the message line.
public final class AppContext {
    public let workspace: Workspace
    public var actor: Operator
    public var strings: Strings
    public var message: Message?
    /// The database file's name for the status line.
    public let databaseName: String
    /// Something to say on the first screen (e.g. "created a training database").
    public var startupNotice: String?
    /// Draws an interim frame with a progress bar during a long synchronous job (an import), so
    /// the operator sees it move; nil in tests and headless use. Called on the UI thread.
    public var showProgress: ProgressSink?
    /// Times are shown in the workstation's zone: `TZ`, else China time (`LocalTime`; the
    /// launcher sets it from the environment, tests pin it to UTC).
    public var timeZone: TimeZone = LocalTime.defaultZone

    /// Set by a pane whose form the user asked to close (Esc) while it holds unsaved work: the
    /// shell then asks save / discard / stay, as for every other way out.
    public private(set) var closeFormRequested = false

    public func askToCloseForm() { closeFormRequested = true }
    func takeCloseFormRequest() -> Bool {
        defer { closeFormRequested = false }
        return closeFormRequested
    }

    public init(workspace: Workspace, actor: Operator, strings: Strings, databaseName: String) {
        self.workspace = workspace
        self.actor = actor
        self.strings = strings
        self.databaseName = databaseName
    }

    public var db: Database { workspace.db }
    public func now() -> Date { workspace.now() }

    /// A time as screens show it: local, to the minute.
    public func display(_ date: Date) -> String { localTime.string(date) }

    /// The one local-time formatter, in this workstation's zone.
    public var localTime: LocalTime { LocalTime(zone: timeZone) }

    public func info(_ text: String) { message = Message(text) }
    public func error(_ text: String) { message = .error(text) }

    /// Shows a thrown error in the user's language where the domain gave a message key.
    public func show(_ error: any Error) {
        if case let DomainError.invalid(problems) = error, let first = problems.first {
            let text = strings.message(first.key, first.arguments)
            self.error("\(first.path): \(text)" + (problems.count > 1 ? " (+\(problems.count - 1))" : ""))
        } else {
            self.error(String(describing: error))
        }
    }

    /// Agency name in the UI language: the register's, else the catalogue's (`AgencyNames`).
    public func agencyName(_ agency: Agency) -> String {
        AgencyNames.name(agency, db: db, strings: strings)
    }

    /// Role name in the UI language.
    public func roleName(_ role: Role) -> String {
        S(rawValue: "role.\(role.rawValue)").map { strings[$0] } ?? role.rawValue
    }
}

/// A progress callback that long domain jobs can call from their `@Sendable` progress hooks.
/// The jobs run synchronously on the UI thread, so the sink is only ever used from there.
public final class ProgressSink: @unchecked Sendable {
    private let report: (String, Int, Int) -> Void
    public init(_ report: @escaping (String, Int, Int) -> Void) { self.report = report }
    public func callAsFunction(_ label: String, _ done: Int, _ total: Int) { report(label, done, total) }
}
