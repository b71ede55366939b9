import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The workstation around the panes: tab bar, message line, status line, key bar, help and the
/// training dialogs. `handle` is the update step and `render` the view; both are plain functions
/// of this state, so a screen can be tested as text without a terminal.
public final class Shell {
    public let app: AppContext
    public internal(set) var activeTab: Tab = .declarations
    let panes: [Tab: any Pane]
    var overlay: ShellOverlay?
    /// The minimum the layout is designed for; below it a notice is shown instead.
    public static let minimumSize = Size(width: 80, height: 24)
    /// The screen size the next frame will have; panes are laid out when it changes.
    public private(set) var size = Size(width: 0, height: 0)
    /// The F-keys the terminal has (the backend's terminfo); the bar and help name the others
    /// by their Esc fallback, which works on every terminal.
    public var functionKeys: FunctionKeys = .all

    public init(app: AppContext, panes: [Tab: any Pane]) {
        self.app = app
        self.panes = panes
        var notices = app.startupNotice.map { [$0] } ?? []
        notices += recoveredNotices()
        if !notices.isEmpty { app.info(notices.joined(separator: "  ·  ")) }
        activeTab = visibleTabs.first ?? .declarations
        panes[activeTab]?.activate(app)
    }

    var pane: (any Pane)? { panes[activeTab] }

    /// The tabs the acting operator's role may see (`AccessMatrix.screens`), in registration
    /// order. F5… number these, so the keys stay consecutive for every role: the
    /// administrator's F5 is its one screen, everyone else's F5–F8 the four business tabs.
    var visibleTabs: [Tab] { Tab.allCases.filter { AccessMatrix.maySee(app.actor.role, screen: $0.id) } }

    static func paneArea(for size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 4))
    }

    /// Tells the shell the terminal's size (at start and after every resize).
    public func resize(to newSize: Size) {
        guard newSize != size else { return }
        size = newSize
        if newSize.width >= Shell.minimumSize.width, newSize.height >= Shell.minimumSize.height {
            pane?.layout(Shell.paneArea(for: newSize), app)
        }
    }

    /// The shell's own keys; the pane's follow and cannot shadow these.
    func shellKeyMap() -> KeyMap<ShellAction> {
        let s = app.strings
        var map = KeyMap<ShellAction>([
            KeyBinding(.function(1), label: s[.keyHelp], help: s[.keyHelp], action: .help),
        ])
        let fKeys = [5, 6, 7, 8]
        for (tab, f) in zip(visibleTabs, fKeys) {
            // Alt-digit is not a tab key: Esc/Alt 1…0 are the F-key fallbacks (Alt-5 is F5).
            map.add(KeyBinding(.function(f), label: tab.title(s), help: tab.title(s), action: .tab(tab), showInBar: false))
        }
        map.add(KeyBinding(.ctrl("n"), label: s[.keyNextTab], help: s[.keyNextTab], action: .nextTab, showInBar: false))
        if app.workspace.kind == .training {
            map.add(KeyBinding(.function(9), label: s[.keySwitchOperator], help: s[.switchOperatorTitle], action: .switchOperator))
            // One key for a trainer playing a scenario on one terminal: whoever acts next on the
            // case on screen (the pane knows; F9's list offers them first too).
            map.add(KeyBinding(.ctrl("o"), label: s[.keyNextOperator], help: s[.helpNextOperator], action: .handOver, showInBar: false))
            map.add(KeyBinding(.ctrl("t"), label: s[.keyMoveClock], help: s[.moveClockTitle], action: .moveClock, showInBar: false))
            // The trainer's start: what each scenario shows and who plays it (F1 lists it; the
            // bar keeps its room for the pane's keys and Quit).
            map.add(KeyBinding(.ctrl("g"), label: s[.keyScenarios], help: s[.scenarioTitle], action: .scenarios, showInBar: false))
        }
        map.add(KeyBinding([.ctrl("q"), .ctrl("c")], label: s[.keyQuit], help: s[.helpQuit], action: .quit))
        return map
    }

    /// Everything a key can do right now, in dispatch order: shell first, then the pane.
    func combinedKeyMap() -> KeyMap<ShellAction> {
        let paneMap = pane?.keyMap(app) ?? KeyMap()
        let wrapped = KeyMap(paneMap.bindings.map {
            KeyBinding($0.keys, label: $0.label, help: $0.help, action: ShellAction.pane($0.action), showInBar: $0.showInBar)
        })
        // Pane bindings come first in the bar (they are the work); the shell's keys win on a clash.
        return wrapped.merged(with: shellKeyMap())
    }

    // MARK: - Update

    /// Handles one key; false means quit. An Esc-key fallback (Esc 4) is its F-key (F4) from here
    /// on, for the shell, the panes and every popup alike.
    public func handle(_ typed: Key) -> Bool {
        let key = FunctionKeyFallback.resolve(typed)
        if key == .resize { return true }
        if overlay != nil { return handleOverlay(key) }
        app.message = nil
        if let action = combinedKeyMap().action(for: key) {
            return perform(action)
        }
        _ = pane?.handle(key, app)
        if app.takeCloseFormRequest() { return leave(.closeForm) }
        return true
    }

    func perform(_ action: ShellAction) -> Bool {
        switch action {
        case .help:
            var help = HelpOverlay(title: app.strings[.helpTitle], keyMap: combinedKeyMap(), on: functionKeys)
            help.entries.append(HelpEntry(keys: app.strings[.helpFallbackKeys], label: "", help: app.strings[.helpFallback]))
            overlay = .help(help)
        case .quit:
            return leave(.quit)
        case let .tab(tab):
            guard tab != activeTab else { return true }
            return leave(.tab(tab))
        case .nextTab:
            let tabs = visibleTabs
            let next = tabs.isEmpty ? activeTab : tabs[((tabs.firstIndex(of: activeTab) ?? -1) + 1) % tabs.count]
            return leave(.tab(next))
        case .switchOperator:
            guard app.workspace.kind == .training else {
                app.error(app.strings[.switchOperatorRefused])
                return true
            }
            return leave(.switchOperator)
        case .handOver:
            guard app.workspace.kind == .training else {
                app.error(app.strings[.switchOperatorRefused])
                return true
            }
            guard let next = pane?.suggestedOperator(app) else {
                // Nobody in particular acts next here: the list, as F9.
                return leave(.switchOperator)
            }
            return leave(.handOver(next))
        case .scenarios:
            overlay = .help(ScenarioBoard.overlay(app))
        case .moveClock:
            overlay = .moveClock(ReasonDialog(title: app.strings[.moveClockTitle], message: [app.strings[.moveClockPrompt]],
                                              requiredMessage: app.strings[.moveClockPrompt], maxLength: 20))
        case let .pane(paneAction):
            pane?.perform(paneAction, app)
            if app.takeCloseFormRequest() { return leave(.closeForm) }
        }
        return true
    }

    public func select(_ tab: Tab) {
        guard tab != activeTab, visibleTabs.contains(tab) else { return }
        activeTab = tab
        pane?.activate(app)
        if size.width >= Shell.minimumSize.width, size.height >= Shell.minimumSize.height {
            pane?.layout(Shell.paneArea(for: size), app)
        }
        // Only the tab in front follows the change watcher; a tab coming back re-reads what it
        // shows, since another terminal (or this one, in another tab) may have written meanwhile.
        pane?.refresh(app)
    }

    /// After an operator switch (F9): the pane rebuilds for the new operator, re-reads what it
    /// shows, and opens the case that was on screen in the new operator's view where they may see it.
    func followSwitch(keeping shown: OpenCase?) {
        pane?.activate(app)
        pane?.refresh(app)
        if let shown { pane?.reopen(shown, app) }
    }

    func openOperatorSwitch() {
        guard app.workspace.kind == .training else {
            app.error(app.strings[.switchOperatorRefused])
            return
        }
        do {
            let operators = try Operators.list(app.db, limit: 500).filter(\.active)
            let items = operators.map { op in
                pad(op.id, toWidth: 12) + " " + pad(op.name, toWidth: 8) + " " + app.roleName(op.role)
            }
            var dialog = ListDialog(title: app.strings[.switchOperatorTitle], items: items)
            // Whoever acts next on the case on screen first, so F9 Enter hands it over.
            let next = pane?.suggestedOperator(app)
            dialog.selected = operators.firstIndex { $0.id == next } ?? operators.firstIndex { $0.id == app.actor.id } ?? 0
            overlay = .switchOperator(dialog, operators)
        } catch {
            app.show(error)
        }
    }

    /// Acts as `id` from now on, keeping the case on screen open in their own view.
    func become(_ id: String) {
        do {
            let shown = pane?.openCase(app)
            app.actor = try app.workspace.switchOperator(to: id, current: app.actor)
            // A role that may not see this tab (the administrator's screen) lands on its first.
            if !visibleTabs.contains(activeTab), let first = visibleTabs.first { select(first) } else { followSwitch(keeping: shown) }
            app.info(app.strings.format(.operatorSwitched, "\(app.actor.name) (\(app.roleName(app.actor.role)))"))
        } catch {
            app.show(error)
        }
    }

    func handleOverlay(_ key: Key) -> Bool {
        guard let current = overlay else { return true }
        switch current {
        case var .help(help):
            if key == .escape || key == .function(1) || key == .enter || key == .char("q") {
                overlay = nil
            } else if let action = shellKeyMap().action(for: key), action != .help {
                // A tab key, F9, Ctrl-T, Ctrl-Q from the scenario board (or help) do what they say.
                overlay = nil
                return perform(action)
            } else {
                _ = help.handle(key)
                overlay = .help(help)
            }
        case var .confirmQuit(dialog):
            switch dialog.handle(key) {
            case .confirmed: return false
            case .open: overlay = .confirmQuit(dialog)
            default: overlay = nil
            }
        case .switchOperator(var dialog, let operators):
            switch dialog.handle(key) {
            case let .chosen(index) where operators.indices.contains(index):
                overlay = nil
                become(operators[index].id)
            case .open: overlay = .switchOperator(dialog, operators)
            default: overlay = nil
            }
        case .leave(var dialog, let intent, let pending):
            switch dialog.handle(key) {
            case let .chosen(i):
                overlay = nil
                return answerLeave(dialog.choices.indices.contains(i) ? leaveAnswers(pending)[i] : .stay, intent, pending)
            default: overlay = .leave(dialog, intent, pending)
            }
        case var .moveClock(dialog):
            switch dialog.handle(key) {
            case let .reason(text):
                overlay = nil
                moveClock(text)
            case .open: overlay = .moveClock(dialog)
            default: overlay = nil
            }
        }
        return true
    }

    func moveClock(_ text: String) {
        do {
            let trimmed = text.trimmed
            if trimmed.lowercased() == "now" || trimmed == "现在" {  // the zh prompt names 现在
                try app.workspace.resetClock(by: app.actor)
            } else if let target = ClockInput.parse(trimmed, relativeTo: app.now(), timeZone: app.timeZone) {
                try app.workspace.moveClock(to: target, by: app.actor)
            } else {
                app.error(app.strings[.moveClockPrompt])
                return
            }
            app.info(app.strings.format(.clockMoved, app.display(app.now())))
            pane?.refresh(app)
        } catch {
            app.show(error)
        }
    }

    /// Another terminal wrote to the database: reload the clock and what the pane shows.
    public func externalChange() {
        try? app.workspace.reloadClock()
        pane?.refresh(app)
    }

    // MARK: - View

    public func render(into buffer: inout Buffer) {
        let area = buffer.area
        guard area.width >= Shell.minimumSize.width, area.height >= Shell.minimumSize.height else {
            TooSmallScreen(text: app.strings.format(.terminalTooSmall, area.width, area.height)).render(into: &buffer, area: area)
            return
        }
        let s = app.strings
        let tabs = visibleTabs
        TabBar(titles: tabs.map { $0.title(s) }, active: tabs.firstIndex(of: activeTab) ?? 0).render(into: &buffer, area: area.row(0))
        let paneArea = Shell.paneArea(for: Size(width: area.width, height: area.height))
        pane?.render(into: &buffer, area: paneArea, app)
        MessageLine(app.message).render(into: &buffer, area: area.row(area.height - 3))
        statusLine().render(into: &buffer, area: area.row(area.height - 2))
        keyBar().render(into: &buffer, area: area.row(area.height - 1))
        switch overlay {
        case let .help(help)?: help.render(into: &buffer, area: paneArea)
        case let .confirmQuit(dialog)?: dialog.render(into: &buffer, area: paneArea)
        case let .switchOperator(dialog, _)?: dialog.render(into: &buffer, area: paneArea)
        case let .moveClock(dialog)?: dialog.render(into: &buffer, area: paneArea)
        case let .leave(dialog, _, _)?: dialog.render(into: &buffer, area: paneArea)
        case nil: break
        }
    }

    func statusLine() -> StatusLine {
        let actor = app.actor
        var left = [StatusSegment(actor.name), StatusSegment(app.roleName(actor.role))]
        // An officer's role already names its agency; a department reviewer's does not.
        if actor.agency != .none && actor.role.impliedAgency != actor.agency {
            left.append(StatusSegment(app.agencyName(actor.agency)))
        }
        var right = [StatusSegment(app.databaseName), StatusSegment(app.display(app.now()))]
        if app.workspace.kind == .training {
            right.append(StatusSegment(app.strings[.statusTraining], role: .statusTraining))
        }
        return StatusLine(left: left, right: right)
    }
}

enum ShellOverlay {
    case help(HelpOverlay)
    case confirmQuit(ConfirmDialog)
    case switchOperator(ListDialog, [Operator])
    case moveClock(ReasonDialog)
    /// Save / discard / stay before a way out, with the unsaved work it names (by tab).
    case leave(ChoiceDialog, LeaveIntent, [(tab: Tab, work: UnsavedWork)])
}
