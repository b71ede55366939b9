/// One labelled entry field of a form.
public struct FormField: Hashable, Sendable {
    public var id: String
    public var label: String
    public var editor: TextEditor
    /// Width of the input box in cells (the value scrolls inside it when longer).
    public var width: Int
    public var isRequired: Bool
    public var isReadOnly: Bool
    /// F4 opens a look-up list for this field.
    public var hasLookup: Bool
    /// Marked as shared by several agencies (drawn with the shared marker).
    public var isShared: Bool
    /// The problem with the current value, shown as a marker and, when focused, on the message line.
    public var error: String?
    /// What a coded value means, drawn after the box ("both" → "customs + inspection"), so a
    /// code never stands on screen unexplained in either language.
    public var note: String?
    /// The length of a complete value (a code): typing its last character moves to the next field.
    public var fixedLength: Int?

    public init(id: String, label: String, value: String = "", width: Int = 20, maxLength: Int? = nil,
                isRequired: Bool = false, isReadOnly: Bool = false, hasLookup: Bool = false,
                isShared: Bool = false, error: String? = nil) {
        self.id = id
        self.label = label
        self.editor = TextEditor(value, maxLength: maxLength)
        self.width = width
        self.isRequired = isRequired
        self.isReadOnly = isReadOnly
        self.hasLookup = hasLookup
        self.isShared = isShared
        self.error = error
    }

    public var value: String {
        get { editor.text }
        set { editor.text = newValue }
    }
}

/// A titled group of fields.
public struct FormSection: Hashable, Sendable {
    public var title: String
    public var fields: [FormField]
    public init(title: String, fields: [FormField]) { self.title = title; self.fields = fields }
}

/// What a form key did, for the host.
public enum FormEvent: Hashable, Sendable {
    case none
    /// A field's value changed.
    case changed(String)
    case focusChanged(String)
    /// F4 on a field with a look-up.
    case lookup(String)
    /// Enter on the last field.
    case endOfForm
    /// Not a form key; let the key map have it.
    case ignored
}

/// The fields of a form and which one has focus.
public struct FormState: Hashable, Sendable {
    public var sections: [FormSection]
    /// Index of the focused field in reading order (see `fields`).
    public private(set) var focus: Int

    public init(sections: [FormSection]) {
        self.sections = sections
        self.focus = 0
        if let first = fields.firstIndex(where: { !$0.isReadOnly }) { focus = first }
    }

    /// All fields in reading order.
    public var fields: [FormField] { sections.flatMap(\.fields) }

    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    /// The field with this id.
    public subscript(id: String) -> FormField? {
        get { fields.first { $0.id == id } }
        set {
            guard let newValue, let (s, f) = location(of: id) else { return }
            sections[s].fields[f] = newValue
        }
    }

    /// Sets a field's value (e.g. the code chosen in a look-up).
    public mutating func setValue(_ value: String, for id: String) {
        guard let (s, f) = location(of: id) else { return }
        sections[s].fields[f].value = value
    }

    /// Sets or clears a field's error.
    public mutating func setError(_ message: String?, for id: String) {
        guard let (s, f) = location(of: id) else { return }
        sections[s].fields[f].error = message
    }

    /// Clears every error.
    public mutating func clearErrors() {
        for s in sections.indices { for f in sections[s].fields.indices { sections[s].fields[f].error = nil } }
    }

    /// Moves focus to a field (read-only ones included, so "jump to problem" always lands).
    public mutating func focus(on id: String) {
        if let i = fields.firstIndex(where: { $0.id == id }) { focus = i }
    }

    /// Focus with Tab/Shift-Tab/Up/Down/Enter, editing keys to the focused field, F4 for a look-up.
    public mutating func handle(_ key: Key) -> FormEvent {
        switch key {
        case .tab, .down: return move(by: 1, wrap: key == .tab)
        case .backTab, .up: return move(by: -1, wrap: key == .backTab)
        case .enter:
            let event = move(by: 1, wrap: false)
            return event == .none ? .endOfForm : event
        case .function(4):
            guard let f = focusedField, f.hasLookup, !f.isReadOnly else { return .ignored }
            return .lookup(f.id)
        default:
            guard let f = focusedField, !f.isReadOnly, let (s, i) = location(of: f.id) else { return .ignored }
            let before = f.value
            guard sections[s].fields[i].editor.handle(key) else { return .ignored }
            let after = sections[s].fields[i].value
            guard after != before else { return .none }
            // A corrected field loses its mark at once; the host checks it again when it is left.
            sections[s].fields[i].error = nil
            if key.printable != nil, let length = f.fixedLength, after.count == length { _ = move(by: 1, wrap: false) }
            return .changed(f.id)
        }
    }

    private mutating func move(by step: Int, wrap: Bool) -> FormEvent {
        let all = fields
        guard !all.isEmpty else { return .none }
        var i = focus
        for _ in 0..<all.count {
            i += step
            if i < 0 || i >= all.count {
                guard wrap else { return .none }
                i = (i + all.count) % all.count
            }
            if !all[i].isReadOnly {
                if i == focus { return .none }
                focus = i
                return .focusChanged(all[i].id)
            }
        }
        return .none
    }

    private func location(of id: String) -> (Int, Int)? {
        for (s, section) in sections.enumerated() {
            if let f = section.fields.firstIndex(where: { $0.id == id }) { return (s, f) }
        }
        return nil
    }
}
