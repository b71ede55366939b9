import TextWidth
/// The answer a dialog key produced.
public enum DialogResult: Hashable, Sendable {
    /// Still open.
    case open
    case confirmed
    case cancelled
    /// The reason typed into a reason dialog.
    case reason(String)
    /// The list line chosen in a list dialog.
    case chosen(Int)
}

/// A yes/no question: the one confirm of every pane. It is drawn as a `ChoiceDialog` of two
/// buttons, each with its key on it ("[ Y Submit ]  [ N Not yet ]"), and a line stating what
/// Enter and Esc answer, so the default is never a guess. Left/Right/Tab move between the
/// buttons; y/n answer directly; Esc is always the "no".
public struct ConfirmDialog: Hashable, Sendable {
    public var title: String
    public var message: [String]
    /// The action's name ("Submit", "Release"): the yes button.
    public var yesLabel: String
    /// Not doing it ("Not yet", "Cancel"): the no button, and Esc.
    public var noLabel: String
    /// True when "Yes" has focus; defaults to "No" so a stray Enter is harmless.
    public var yesFocused: Bool

    public init(title: String, message: [String], yesLabel: String = "Yes", noLabel: String = "No", yesFocused: Bool = false) {
        self.title = title
        self.message = message
        self.yesLabel = yesLabel
        self.noLabel = noLabel
        self.yesFocused = yesFocused
    }

    public mutating func handle(_ key: Key) -> DialogResult {
        switch key {
        case .left, .right, .tab, .backTab: yesFocused.toggle(); return .open
        case .enter: return yesFocused ? .confirmed : .cancelled
        case .escape, .char("n"), .char("N"): return .cancelled
        case .char("y"), .char("Y"): return .confirmed
        default: return .open
        }
    }

    /// The same question as the shared two-button widget.
    public var asChoice: ChoiceDialog {
        ChoiceDialog(title: title, message: message,
                     choices: [ChoiceDialog.Choice("Y " + yesLabel, key: "y"), ChoiceDialog.Choice("N " + noLabel, key: "n")],
                     focused: yesFocused ? 0 : 1, escapeChoice: 1)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        asChoice.render(into: &buffer, area: area)
    }
}

/// A question with several answers, each a button with its own letter (e.g. save / discard /
/// stay). Left/Right/Tab move the focus, Enter answers with the focused button, a button's letter
/// answers at once, Esc answers with `escapeChoice` (the harmless one). The focus starts on
/// `focused`, so a stray Enter does what the dialog offers first.
public struct ChoiceDialog: Hashable, Sendable {
    public struct Choice: Hashable, Sendable {
        public var label: String
        /// The letter that answers with this button (nil: only Enter on it, or Esc if it is the escape choice).
        public var key: Character?
        public init(_ label: String, key: Character?) {
            self.label = label
            self.key = key
        }
    }

    public var title: String
    public var message: [String]
    public var choices: [Choice]
    public var focused: Int
    public var escapeChoice: Int

    public init(title: String, message: [String], choices: [Choice], focused: Int = 0, escapeChoice: Int? = nil) {
        self.title = title
        self.message = message
        self.choices = choices
        self.focused = focused
        self.escapeChoice = escapeChoice ?? max(0, choices.count - 1)
    }

    /// `.chosen(index)` once answered, else `.open`.
    public mutating func handle(_ key: Key) -> DialogResult {
        guard !choices.isEmpty else { return .cancelled }
        switch key {
        case .left, .backTab: focused = (focused + choices.count - 1) % choices.count; return .open
        case .right, .tab: focused = (focused + 1) % choices.count; return .open
        case .enter: return .chosen(focused)
        case .escape: return .chosen(escapeChoice)
        case let .char(c):
            let lowered = Character(c.lowercased())
            if let i = choices.firstIndex(where: { $0.key.map { Character($0.lowercased()) } == lowered }) { return .chosen(i) }
            return .open
        default: return .open
        }
    }

    var buttons: [String] { choices.map { "[ \($0.label) ]" } }

    /// The key that answers with choice `i`, as the bar and the stated line name it: its letter
    /// (upper-case), or Esc for the escape choice without one.
    public func keyName(_ i: Int) -> String? {
        guard choices.indices.contains(i) else { return nil }
        if let key = choices[i].key { return key.uppercased() }
        return i == escapeChoice ? Key.escape.name : nil
    }

    /// Choice `i`'s label without its key in front ("Save" for "S Save", "留下" for "Esc 留下").
    public func plainLabel(_ i: Int) -> String {
        guard choices.indices.contains(i) else { return "" }
        let label = choices[i].label
        for name in [keyName(i), Key.escape.name].compactMap({ $0 }) where label.uppercased().hasPrefix(name.uppercased() + " ") {
            return String(label.dropFirst(name.count + 1))
        }
        return label
    }

    /// "Enter = Not yet · Esc = Not yet": what the two keys every dialog takes answer here.
    public var statedKeys: String {
        "\(Key.enter.name) = \(plainLabel(focused)) · \(Key.escape.name) = \(plainLabel(escapeChoice))"
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let row = buttons.joined(separator: "  ")
        let stated = statedKeys
        let widest = max(displayWidth(row), displayWidth(stated), message.map { displayWidth($0) }.max() ?? 0, displayWidth(title) + 4)
        let width = min(area.width, widest + 4)
        let box = area.centered(width: width, height: min(area.height, message.count + 5))
        let inner = DialogFrame.draw(into: &buffer, box: box, title: title)
        guard !inner.isEmpty else { return }
        DialogFrame.lines(message, into: &buffer, area: inner.splitBottom(2).rest)
        if inner.height >= 2 {
            let line = truncate(stated, toWidth: inner.width, ellipsis: true)
            buffer.put(line, x: inner.x + max(0, (inner.width - displayWidth(line)) / 2), y: inner.maxY - 1,
                       style: Style(.label), maxWidth: inner.width)
        }
        let y = inner.maxY - (inner.height >= 2 ? 2 : 1)
        var x = inner.x + max(0, (inner.width - displayWidth(row)) / 2)
        for (i, button) in buttons.enumerated() {
            if i > 0 { x = buffer.put("  ", x: x, y: y, style: Style(.dialog), maxWidth: max(0, inner.maxX - x)) }
            x = buffer.put(button, x: x, y: y, style: Style(i == focused ? .rowSelected : .dialog), maxWidth: max(0, inner.maxX - x))
        }
    }
}

/// Asks for a reason (e.g. for a rejection); Enter with an empty reason shows `requiredMessage` instead of closing.
public struct ReasonDialog: Hashable, Sendable {
    public var title: String
    public var message: [String]
    public var editor: TextEditor
    public var requiredMessage: String
    public var showsRequired: Bool
    /// Enter on an empty line answers "" (a prompt whose empty answer means something, such as
    /// "from the rate table") instead of showing `requiredMessage`.
    public var allowsEmpty = false
    /// The answer is a file path: Tab completes it (`PathCompletion`), a second Tab lists the
    /// candidates on the message line, and `~` in the answer is the home directory.
    public var completesPaths = false
    /// The candidates a second Tab listed, shown on the message line until the next edit.
    public private(set) var candidates: [String]?
    private var lastKeyWasTab = false

    public init(title: String, message: [String], requiredMessage: String, maxLength: Int? = 200) {
        self.title = title
        self.message = message
        self.editor = TextEditor("", maxLength: maxLength)
        self.requiredMessage = requiredMessage
        self.showsRequired = false
    }

    public mutating func handle(_ key: Key) -> DialogResult {
        let secondTab = lastKeyWasTab && key == .tab
        lastKeyWasTab = key == .tab
        switch key {
        case .escape: return .cancelled
        case .enter:
            let reason = editor.text.trimmed
            if reason.isEmpty && !allowsEmpty { showsRequired = true; return .open }
            return .reason(completesPaths ? PathCompletion.expandingTilde(reason) : reason)
        case .tab where completesPaths:
            let result = PathCompletion.complete(editor.text)
            showsRequired = false
            if result.text != editor.text {
                editor.text = result.text
                candidates = nil
            } else if secondTab || result.candidates.isEmpty {
                candidates = result.candidates
            }
            return .open
        default:
            if editor.handle(key) {
                showsRequired = false
                candidates = nil
            }
            return .open
        }
    }

    /// This prompt with Tab completing file paths.
    public func completingPaths() -> ReasonDialog {
        var copy = self
        copy.completesPaths = true
        return copy
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let width = min(area.width, max(50, (message.map { displayWidth($0) }.max() ?? 0) + 4))
        let box = area.centered(width: width, height: message.count + 5)
        let inner = DialogFrame.draw(into: &buffer, box: box, title: title)
        guard !inner.isEmpty else { return }
        DialogFrame.lines(message, into: &buffer, area: inner.splitBottom(2).rest)
        let field = Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 1)
        if inner.height >= 2 { editor.render(into: &buffer, area: field, style: Style(.fieldFocused), focused: true) }
        if showsRequired {
            buffer.put(truncate(requiredMessage, toWidth: inner.width, ellipsis: true), x: inner.x, y: inner.maxY - 1,
                       style: Style(.messageError), maxWidth: inner.width)
        } else if let candidates {
            // No match at all shows an empty set; otherwise the names, as many as fit.
            let line = candidates.isEmpty ? "∅" : candidates.joined(separator: "  ")
            buffer.put(truncate(line, toWidth: inner.width, ellipsis: true), x: inner.x, y: inner.maxY - 1,
                       style: Style(.message), maxWidth: inner.width)
        }
    }
}

/// A scrollable list of lines (e.g. every validation problem); Enter picks the selected one, Esc closes.
/// Typing jumps to the first line that starts with what was typed (then to one containing it), so
/// a long list (every operator) is two keystrokes away, not twenty arrow presses.
public struct ListDialog: Hashable, Sendable {
    public var title: String
    public var items: [String]
    public var selected: Int
    /// Rendered with the error role when true (validation problems).
    public var isError: Bool
    /// What has been typed since the last move: the jump's search text.
    public private(set) var typed = ""

    public init(title: String, items: [String], isError: Bool = false) {
        self.title = title
        self.items = items
        self.selected = 0
        self.isError = isError
    }

    public mutating func handle(_ key: Key) -> DialogResult {
        switch key {
        case let .char(c) where !c.isWhitespace || !typed.isEmpty:
            jump(to: typed + String(c))
            return .open
        case .backspace where !typed.isEmpty:
            typed.removeLast()
            if !typed.isEmpty { jump(to: typed) }
            return .open
        default: break
        }
        typed = ""
        if let moved = ListNavigation.move(selected, by: key, count: items.count) {
            selected = moved
            return .open
        }
        switch key {
        case .enter: return items.isEmpty ? .cancelled : .chosen(selected)
        case .escape: return .cancelled
        default: break
        }
        return .open
    }

    /// Selects the first line starting with `text` (case-insensitive), else the first containing it;
    /// a keystroke that matches nothing is not kept, so one typo does not strand the search.
    mutating func jump(to text: String) {
        let needle = text.lowercased()
        let lowered = items.map { $0.lowercased() }
        guard let hit = lowered.firstIndex(where: { $0.hasPrefix(needle) }) ?? lowered.firstIndex(where: { $0.contains(needle) }) else { return }
        typed = text
        selected = hit
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let width = min(area.width, max(40, (items.map { displayWidth($0) }.max() ?? 0) + 4))
        let box = area.centered(width: width, height: min(area.height, items.count + 2))
        let inner = DialogFrame.draw(into: &buffer, box: box, title: typed.isEmpty ? title : "\(title) · \(typed)")
        guard !inner.isEmpty else { return }
        for (line, i) in ListNavigation.visibleRange(selected: selected, count: items.count, height: inner.height).enumerated() {
            let role: ThemeRole = i == selected ? .rowSelected : (isError ? .messageError : .dialog)
            buffer.fill(inner.row(line), style: Style(role))
            buffer.put(truncate(items[i], toWidth: inner.width, ellipsis: true), x: inner.x, y: inner.y + line,
                       style: Style(role), maxWidth: inner.width)
        }
    }
}

enum DialogFrame {
    static func draw(into buffer: inout Buffer, box: Rect, title: String) -> Rect {
        buffer.fill(box, style: Style(.dialog))
        return buffer.drawBox(box, title: title)
    }

    static func lines(_ lines: [String], into buffer: inout Buffer, area: Rect) {
        for (i, line) in lines.prefix(area.height).enumerated() {
            buffer.put(truncate(line, toWidth: area.width, ellipsis: true), x: area.x, y: area.y + i,
                       style: Style(.dialog), maxWidth: area.width)
        }
    }
}
