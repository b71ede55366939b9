/// The words a popup's key bar uses, in the user's language (the widgets know no catalogue; the
/// workstation fills these from its strings).
public struct DialogKeyWords: Hashable, Sendable {
    public var ok: String
    public var cancel: String
    public var close: String
    public var choose: String
    public var move: String
    public var otherButton: String
    public var complete: String
    public var nextField: String
    public var previousField: String
    /// Enter in a small form over a screen: it answers on the last field.
    public var finish: String

    public init(ok: String, cancel: String, close: String, choose: String, move: String, otherButton: String,
                complete: String, nextField: String, previousField: String, finish: String) {
        (self.ok, self.cancel, self.close, self.choose, self.move, self.otherButton, self.complete)
            = (ok, cancel, close, choose, move, otherButton, complete)
        (self.nextField, self.previousField, self.finish) = (nextField, previousField, finish)
    }

    public static let english = DialogKeyWords(ok: "OK", cancel: "Cancel", close: "Close", choose: "Choose", move: "Move",
                                               otherButton: "Other button", complete: "Complete path", nextField: "Next field",
                                               previousField: "Previous", finish: "Done (last field)")

    /// A small form over a screen (offer inspection times, file a credit record).
    public var formHints: [KeyHint] {
        [KeyHint(key: Key.tab.name, label: nextField), KeyHint(key: Key.backTab.name, label: previousField),
         KeyHint(key: Key.enter.name, label: finish), KeyHint(key: Key.escape.name, label: cancel)]
    }
}

// While a popup is open the key bar shows the keys that work in it (its own `handle`), not the
// keys of the screen underneath.

extension ChoiceDialog {
    /// Each button's key, then Enter (the focused button) and Tab.
    public func keyHints(_ words: DialogKeyWords) -> [KeyHint] {
        var hints = choices.indices.compactMap { i in keyName(i).map { KeyHint(key: $0, label: plainLabel(i)) } }
        hints.append(KeyHint(key: Key.enter.name, label: plainLabel(focused)))
        hints.append(KeyHint(key: Key.tab.name, label: words.otherButton))
        return hints
    }
}

extension ConfirmDialog {
    public func keyHints(_ words: DialogKeyWords) -> [KeyHint] {
        var hints = asChoice.keyHints(words)
        // N and Esc both say no: one item for both.
        if let no = hints.firstIndex(where: { $0.key == "N" }) { hints[no].key = "N/Esc" }
        return hints
    }
}

extension ReasonDialog {
    public func keyHints(_ words: DialogKeyWords) -> [KeyHint] {
        var hints = [KeyHint(key: Key.enter.name, label: words.ok), KeyHint(key: Key.escape.name, label: words.cancel)]
        if completesPaths { hints.append(KeyHint(key: Key.tab.name, label: words.complete)) }
        return hints
    }
}

extension ListDialog {
    /// A list to choose from; `notice` for one only to read (Enter and Esc both close it).
    public func keyHints(_ words: DialogKeyWords, notice: Bool = false) -> [KeyHint] {
        if notice {
            return [KeyHint(key: "\(Key.enter.name)/\(Key.escape.name)", label: words.close), KeyHint(key: "↑↓", label: words.move)]
        }
        return [KeyHint(key: Key.enter.name, label: words.choose), KeyHint(key: Key.escape.name, label: words.cancel),
                KeyHint(key: "↑↓", label: words.move)]
    }
}

extension HelpOverlay {
    public func keyHints(_ words: DialogKeyWords) -> [KeyHint] {
        [KeyHint(key: Key.escape.name, label: words.close), KeyHint(key: "↑↓ PgDn", label: words.move)]
    }
}
