import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The vessels tab (scenario S3): the calls list, keyset-paged and searchable, and a call's
/// screen with its lane board and documents. The agent declares, imports lists, submits,
/// answers, amends and prints; each officer decides on the own agency's lane. Every action is
/// the domain's; a refusal is shown in the domain's words.
final class VesselsPane: Pane {
    var list: ListSkeleton<VesselCallSummary, VesselCallCursor>?
    var stateFilter: VesselCallState?
    /// An officer's to-do: only calls whose lane of the officer's agency waits for it.
    var waitingOnly = false
    /// Enterprise names for the agent column, read once per id.
    var agentNames: [String: String] = [:]
    var screen: VesselCallScreen?
    /// The agent's form for a new call or a draft's particulars, over the list or the call.
    var form: VesselCallFormEditor?
    /// Where the last imported file was: the next prompt offers a file from there.
    var lastDirectory: URL?
    var dialog: VesselPaneDialog?
    var area = Rect(x: 0, y: 0, width: 0, height: 0)
    /// Who the list was built for: a switch of operator (F9) rebuilds it.
    var listActor: String?

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        if dialog != nil { return KeyMap() }
        if form != nil { return formKeyMap(app) }
        if let screen { return callKeyMap(screen, app) }
        return listKeyMap(app)
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        if form != nil { performOnForm(action, app); return }
        if screen != nil { performOnCall(action, app) } else { performOnList(action, app) }
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if dialog != nil { handleDialog(key, app); return true }
        if form != nil { return handleForm(key, app) }
        if screen != nil { return screen?.move(key) ?? false }
        return handleList(key, app)
    }

    func activate(_ app: AppContext) {
        // A new operator (F9) sees their own list and queue, not the previous one's call.
        if listActor != app.actor.id {
            screen = nil
            dialog = nil
            form = nil
            list = nil
            if !area.isEmpty { layout(area, app) }
        }
    }

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        startList(app)
    }

    func refresh(_ app: AppContext) {
        list?.reload()
        do { try screen?.reload(app.db, strings: app.strings) } catch { fail(error, app) }
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        if let form {
            form.render(into: &buffer, area: area, app)
        } else if let screen {
            screen.render(into: &buffer, area: area, app)
        } else {
            renderList(into: &buffer, area: area, app)
        }
        dialog?.render(into: &buffer, area: area)
    }

    /// Shows a refusal: one line on the message line, several in a list to read through.
    func fail(_ error: any Error, _ app: AppContext, title: String? = nil) {
        let lines = VesselErrorText.lines(error, app.strings)
        if case LaneError.stale = error { try? screen?.reload(app.db, strings: app.strings) }
        if lines.count > 1 {
            let heading = title ?? app.strings.format(.vesselProblemsTitle, lines.count)
            dialog = .notice(ListDialog(title: heading, items: lines, isError: true))
            app.error(heading)
        } else {
            app.error((title.map { "\($0): " } ?? "") + (lines.first ?? ""))
        }
    }

    func openCase(_ app: AppContext) -> OpenCase? {
        screen.map { OpenCase(.vesselCall, $0.call.id) }
    }

    /// The call stays open across F9 for whoever the list would show it to (an agent: its own
    /// agency's calls; officers and the trainer: every call).
    func reopen(_ openCase: OpenCase, _ app: AppContext) {
        guard openCase.kind == .vesselCall, let next = try? VesselCallScreen.load(app.db, id: openCase.id, strings: app.strings),
              app.actor.role != .shippingAgent || next.call.agentEnterpriseID == (app.actor.enterpriseID ?? "") else { return }
        screen = next
    }

    /// Opens a call's screen (after Enter, a create, a departure).
    func open(_ id: String, _ app: AppContext) {
        do {
            screen = try VesselCallScreen.load(app.db, id: id, strings: app.strings)
        } catch { fail(error, app) }
    }
}
