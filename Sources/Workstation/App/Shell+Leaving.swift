import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// Where the user was going when the shell stopped to ask about unsaved work.
enum LeaveIntent: Equatable {
    case quit
    case tab(Tab)
    case switchOperator
    /// Ctrl-O: straight to the operator the pane says acts next (a training database).
    case handOver(String)
    /// Esc on a form (the pane asked through `AppContext.askToCloseForm`).
    case closeForm
}

/// The answers the leave prompt offers.
enum LeaveAnswer: Equatable {
    case save, discard, stay
}

/// One mechanism for every way out of a form: the shell asks each pane for its unsaved work
/// (`Pane.unsavedWork`) and, if there is any, offers save / discard / stay naming it. Quitting and
/// switching operator concern every tab (a form left open on another tab is lost too); another
/// tab and Esc concern the pane shown.
extension Shell {
    func unsaved(for intent: LeaveIntent) -> [(tab: Tab, work: UnsavedWork)] {
        let tabs: [Tab]
        switch intent {
        case .quit, .switchOperator, .handOver: tabs = [activeTab] + Tab.allCases.filter { $0 != activeTab }
        case .tab, .closeForm: tabs = [activeTab]
        }
        return tabs.compactMap { tab in panes[tab]?.unsavedWork(app).map { (tab, $0) } }
    }

    /// Goes where `intent` says, asking first when a form holds unsaved work; false means quit.
    func leave(_ intent: LeaveIntent) -> Bool {
        let pending = unsaved(for: intent)
        guard !pending.isEmpty else {
            if intent == .quit {
                // Nothing to lose: the plain "Quit?" confirm, as always.
                overlay = .confirmQuit(ConfirmDialog(title: app.strings[.appTitle], message: [app.strings[.confirmQuit]],
                                                     yesLabel: app.strings[.yes], noLabel: app.strings[.no]))
                return true
            }
            return proceed(intent)
        }
        overlay = .leave(leaveDialog(pending, intent), intent, pending)
        return true
    }

    func leaveAnswers(_ pending: [(tab: Tab, work: UnsavedWork)]) -> [LeaveAnswer] {
        pending.contains { $0.work.canSave } ? [.save, .discard, .stay] : [.discard, .stay]
    }

    func leaveDialog(_ pending: [(tab: Tab, work: UnsavedWork)], _ intent: LeaveIntent) -> ChoiceDialog {
        let s = app.strings
        let title: String
        switch intent {
        case .quit: title = s[.confirmQuit]
        case let .tab(tab): title = s.format(.leaveTabTitle, tab.title(s))
        case .switchOperator, .handOver: title = s[.leaveSwitchTitle]
        case .closeForm: title = s[.leaveCloseTitle]
        }
        let width = max(30, size.width - 8)
        var lines = pending.flatMap { wrap(s.format(.unsavedLine, $0.work.title, $0.work.details), toWidth: width) }
        let answers = leaveAnswers(pending)
        lines.append(s[answers.contains(.save) ? .leaveAskSave : .leaveAskDiscard])
        let choices = answers.map { answer -> ChoiceDialog.Choice in
            switch answer {
            case .save: return ChoiceDialog.Choice(s[.leaveChoiceSave], key: "s")
            case .discard: return ChoiceDialog.Choice(s[.leaveChoiceDiscard], key: "d")
            case .stay: return ChoiceDialog.Choice(s[.leaveChoiceStay], key: nil)
            }
        }
        return ChoiceDialog(title: title, message: lines, choices: choices, focused: 0, escapeChoice: choices.count - 1)
    }

    func answerLeave(_ answer: LeaveAnswer, _ intent: LeaveIntent, _ pending: [(tab: Tab, work: UnsavedWork)]) -> Bool {
        switch answer {
        case .stay:
            return true
        case .save:
            for (tab, work) in pending {
                guard let owner = panes[tab] else { continue }
                guard work.canSave else { owner.discardUnsaved(app); continue }
                guard owner.saveUnsaved(app) else {
                    // Not saved: the form stays as typed, on its tab, with the pane's reason.
                    if tab != activeTab { select(tab) }
                    return true
                }
                if intent == .closeForm { owner.discardUnsaved(app) }
            }
        case .discard:
            for (tab, _) in pending { panes[tab]?.discardUnsaved(app) }
        }
        return proceed(intent)
    }

    /// The way out itself, once nothing unsaved stands in it; false means quit.
    func proceed(_ intent: LeaveIntent) -> Bool {
        switch intent {
        case .quit: return false
        case let .tab(tab): select(tab)
        case .switchOperator: openOperatorSwitch()
        case let .handOver(id): become(id)
        case .closeForm: pane?.discardUnsaved(app)
        }
        return true
    }

    /// The connection dropped (SIGHUP) or the program is told to end (SIGTERM): every pane keeps
    /// its typing as a recovered draft, with no questions (nobody is there to answer).
    public func hangUp() {
        overlay = nil
        for tab in Tab.allCases { panes[tab]?.saveRecovered(app) }
    }

    /// "Recovered draft #43, saved when the connection dropped at 14:02", once per draft, for the
    /// operator who starts now.
    func recoveredNotices() -> [String] {
        guard let recovered = try? Declarations.takeRecovered(app.workspace, for: app.actor) else { return [] }
        return recovered.map { app.strings.format(.recoveredDraft, $0.id, app.display($0.at)) }
    }
}
