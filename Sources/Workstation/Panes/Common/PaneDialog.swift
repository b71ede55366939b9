import TerminalUI

/// A dialog over a pane and what its answer is for: a line to type (`Prompt` says what it is
/// for), a yes/no (`Confirmation`), a choice from a list (`Choice` carries the list's items), or a
/// notice to read. One key router for every pane, so each pane only says what an answer does.
/// While one is open the pane binds no keys, so every key but the shell's reaches it.
enum PaneDialog<Prompt, Confirmation, Choice> {
    case prompt(ReasonDialog, Prompt)
    case confirm(ConfirmDialog, Confirmation)
    case choose(ListDialog, Choice)
    case notice(ListDialog)

    /// What the user answered, once the dialog closes with an answer.
    enum Answer {
        case typed(String, Prompt)
        case confirmed(Confirmation)
        case chosen(Int, Choice)
    }

    /// One key: the dialog as it stands after it (nil once closed) and the answer, if it gave one.
    func handle(_ key: Key) -> (next: PaneDialog?, answer: Answer?) {
        switch self {
        case .prompt(var box, let purpose):
            switch box.handle(key) {
            case let .reason(text): return (nil, .typed(text, purpose))
            case .open: return (.prompt(box, purpose), nil)
            default: return (nil, nil)
            }
        case .confirm(var box, let what):
            switch box.handle(key) {
            case .confirmed: return (nil, .confirmed(what))
            case .open: return (.confirm(box, what), nil)
            default: return (nil, nil)
            }
        case .choose(var box, let choice):
            switch box.handle(key) {
            case let .chosen(i): return (nil, .chosen(i, choice))
            case .open: return (.choose(box, choice), nil)
            default: return (nil, nil)
            }
        case var .notice(box):
            return box.handle(key) == .open ? (.notice(box), nil) : (nil, nil)
        }
    }

    /// One key to the dialog open in `slot` (a pane's `dialog`): leaves it open or closed as the key
    /// did, and returns the answer, if it gave one. Nothing is open: no answer.
    static func route(_ key: Key, in slot: inout PaneDialog?) -> Answer? {
        guard let current = slot else { return nil }
        let (next, answer) = current.handle(key)
        slot = next
        return answer
    }

    func render(into buffer: inout Buffer, area: Rect) {
        switch self {
        case let .prompt(dialog, _): dialog.render(into: &buffer, area: area)
        case let .confirm(dialog, _): dialog.render(into: &buffer, area: area)
        case let .choose(dialog, _), let .notice(dialog): dialog.render(into: &buffer, area: area)
        }
    }

    /// A prompt for one line, optionally filled in (a default path), its required-text message
    /// in the pane's words.
    static func prompt(_ title: String, _ lines: [String], required: String, value: String = "", for purpose: Prompt,
                       maxLength: Int = 500, allowsEmpty: Bool = false) -> PaneDialog {
        var dialog = ReasonDialog(title: title, message: lines, requiredMessage: required, maxLength: maxLength)
        dialog.allowsEmpty = allowsEmpty
        dialog.completesPaths = (purpose as? any AsksForPath)?.asksForPath ?? false
        if !value.isEmpty {
            dialog.editor = TextEditor(value, maxLength: maxLength)
            _ = dialog.editor.handle(.end)
        }
        return .prompt(dialog, purpose)
    }
}
