import Presentation
import TerminalUI

/// A pane whose popup (dialog, prompt, look-up) is open says which keys work in it, so the key bar
/// shows those and not the keys of the screen underneath. nil: no popup, the pane's own map.
protocol PopupKeyBar {
    func popupKeyHints(_ app: AppContext) -> [KeyHint]?
}

extension DialogKeyWords {
    /// The popup key bar's words in the operator's language.
    init(_ s: Strings) {
        self.init(ok: s[.dialogKeyOK], cancel: s[.dialogKeyCancel], close: s[.keyClose], choose: s[.dialogKeyChoose],
                  move: s[.dialogKeyMove], otherButton: s[.dialogKeyOtherButton], complete: s[.dialogKeyComplete],
                  nextField: s[.dialogKeyNextField], previousField: s[.dialogKeyPreviousField], finish: s[.dialogKeyFinish])
    }
}

extension PaneDialog {
    /// The keys of the open dialog, for the bar.
    func keyHints(_ s: Strings) -> [KeyHint] {
        let words = DialogKeyWords(s)
        switch self {
        case let .prompt(dialog, _): return dialog.keyHints(words)
        case let .confirm(dialog, _): return dialog.keyHints(words)
        case let .choose(dialog, _): return dialog.keyHints(words)
        case let .notice(dialog): return dialog.keyHints(words, notice: true)
        }
    }
}

extension Shell {
    /// The bottom line: a shell popup's keys; else a pane popup's keys and F1 (the shell's keys
    /// still reach past a pane's popup); else every key of the screen. F1 stays on a crowded bar:
    /// it lists every key the bar had no room for.
    func keyBar() -> KeyBar {
        let words = DialogKeyWords(app.strings)
        switch overlay {
        case let .help(help)?: return KeyBar(items: help.keyHints(words))
        case let .confirmQuit(dialog)?: return KeyBar(items: dialog.keyHints(words))
        case let .switchOperator(dialog, _)?: return KeyBar(items: dialog.keyHints(words))
        case let .moveClock(dialog)?: return KeyBar(items: dialog.keyHints(words))
        case let .leave(dialog, _, _)?: return KeyBar(items: dialog.keyHints(words))
        case nil: break
        }
        let help = functionKeys.name(.function(1))
        if let popup = (pane as? any PopupKeyBar)?.popupKeyHints(app) {
            return KeyBar(items: popup + [KeyHint(key: help, label: app.strings[.keyHelp])], pinned: help)
        }
        return KeyBar(combinedKeyMap(), pinned: help, on: functionKeys)
    }
}
