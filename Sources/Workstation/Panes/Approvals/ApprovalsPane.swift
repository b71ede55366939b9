import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// What a typed line is for.
enum ApprovalPrompt {
    case decide(ApprovalAction, Agency)
    case print
    case meetingAt
    case absent
}

typealias ApprovalPaneDialog = PaneDialog<ApprovalPrompt, Never, Never>

/// The approvals tab (scenario S4). A department reviewer sees the department's queue; everyone
/// else the projects. Enter opens a project's board, where the window accepts, returns, issues
/// and prints, the applicant applies, each department decides on its own lane, and the window
/// records the bureau's decision on an escalated lane. Every action is the domain's; a key the
/// engine would refuse stays out of the bar and says why when pressed.
final class ApprovalsPane: Pane {
    var projects: ListSkeleton<Project, String>?
    var queue: ListSkeleton<DepartmentLaneRow, ApprovalQueueCursor>?
    var screen: ApprovalProjectScreen?
    var editor: ApprovalStageFormEditor?
    var dialog: ApprovalPaneDialog?
    var area = Rect(x: 0, y: 0, width: 0, height: 0)
    var listActor: String?


    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        if dialog != nil { return KeyMap() }
        if editor != nil { return editorKeyMap(app) }
        if let screen { return screenKeyMap(screen, app) }
        return listKeyMap(app)
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        if editor != nil { performOnEditor(action, app); return }
        if screen != nil { performOnScreen(action, app) } else { performOnList(action, app) }
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if dialog != nil {
            if let answer = ApprovalPaneDialog.route(key, in: &dialog), case let .typed(text, purpose) = answer { answered(text, purpose, app) }
            return true
        }
        if editor != nil {
            let event = editor?.state.handle(key) ?? .ignored
            return event != .ignored
        }
        if screen != nil { return screen?.scroll.handle(key) ?? false }
        return handleList(key, app)
    }

    func activate(_ app: AppContext) {
        if listActor != app.actor.id {
            screen = nil; dialog = nil; projects = nil; queue = nil; editor = nil
            if !area.isEmpty { layout(area, app) }
        }
    }

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        startList(app)
    }

    func refresh(_ app: AppContext) {
        projects?.reload()
        queue?.reload()
        if let id = screen?.project.id { reopen(id, app) }
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        if let editor {
            editor.render(into: &buffer, area: area, app)
        } else if let screen {
            screen.render(into: &buffer, area: area, app)
        } else {
            renderList(into: &buffer, area: area, app)
        }
        dialog?.render(into: &buffer, area: area)
    }

    // The stage form is the pane's one unsaved work: it can only be applied (which is not a
    // draft) or left.
    func unsavedWork(_ app: AppContext) -> UnsavedWork? {
        guard let editor, editor.isChanged else { return nil }
        return UnsavedWork(title: editor.projectID + "/" + String(editor.stage.rawValue), details: app.strings[.apKeyApply], canSave: false)
    }

    func discardUnsaved(_ app: AppContext) { editor = nil }

    func fail(_ error: any Error, _ app: AppContext) {
        let lines = ApprovalText.errorLines(error, app.strings)
        if lines.count > 1 {
            dialog = .notice(ListDialog(title: lines[0], items: lines, isError: true))
        }
        app.error(lines.first ?? "")
    }

    func open(_ id: String, _ app: AppContext) {
        do { screen = try ApprovalProjectScreen.load(app.workspace, projectID: id) } catch { fail(error, app) }
    }

    /// Reloads the open project, keeping where it was scrolled.
    func reopen(_ id: String, _ app: AppContext) {
        let scroll = screen?.scroll ?? ScrollState()
        do {
            screen = try ApprovalProjectScreen.load(app.workspace, projectID: id)
            screen?.scroll = scroll
        } catch { fail(error, app) }
    }
}
