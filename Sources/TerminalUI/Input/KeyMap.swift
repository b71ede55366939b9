/// One key binding: what it does, how the key bar names it, and how help explains it.
public struct KeyBinding<Action> {
    public var keys: [Key]
    /// Short label for the key bar, already localised by the caller ("Save", "保存").
    public var label: String
    /// One-line explanation for the help overlay.
    public var help: String
    public var action: Action
    /// False keeps the binding out of the key bar (it still dispatches and appears in help).
    public var showInBar: Bool

    public init(_ keys: [Key], label: String, help: String, action: Action, showInBar: Bool = true) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
        self.showInBar = showInBar
    }

    public init(_ key: Key, label: String, help: String, action: Action, showInBar: Bool = true) {
        self.init([key], label: label, help: help, action: action, showInBar: showInBar)
    }

    /// "F2" or "Ctrl-S/F2" for several keys.
    public var keyNames: String { keys.map(\.name).joined(separator: "/") }
}

extension KeyBinding: Sendable where Action: Sendable {}

/// The bindings of one context. The key bar and the help overlay are drawn from the same map that
/// dispatches, so what the screen advertises is what the keys do.
public struct KeyMap<Action> {
    public private(set) var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>] = []) { self.bindings = bindings }

    /// Adds a binding; a later binding for the same key wins over an earlier one.
    public mutating func add(_ binding: KeyBinding<Action>) { bindings.append(binding) }

    /// The bindings of `self` followed by those of `other` (later ones win).
    public func merged(with other: KeyMap<Action>) -> KeyMap<Action> { KeyMap(bindings + other.bindings) }

    /// The action bound to `key`, if any.
    public func action(for key: Key) -> Action? {
        bindings.last(where: { $0.keys.contains(key) })?.action
    }

    /// What the key bar shows: (key name, label), in binding order; the first key of each binding is named.
    public var barItems: [KeyHint] {
        effective.filter(\.showInBar).compactMap { b in b.keys.first.map { KeyHint(key: $0.name, label: b.label) } }
    }

    /// What the help overlay lists: every key of every binding with its long help.
    public var helpEntries: [HelpEntry] {
        effective.map { HelpEntry(keys: $0.keyNames, label: $0.label, help: $0.help) }
    }

    // Bindings shadowed by a later binding of all their keys are neither shown nor dispatched.
    private var effective: [KeyBinding<Action>] {
        var result: [KeyBinding<Action>] = []
        for (i, b) in bindings.enumerated() {
            let later = bindings[(i + 1)...].flatMap(\.keys)
            let live = b.keys.filter { !later.contains($0) }
            if live.isEmpty { continue }
            var copy = b
            copy.keys = live
            result.append(copy)
        }
        return result
    }
}

extension KeyMap: Sendable where Action: Sendable {}

/// One item of the function-key bar.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String
    public init(key: String, label: String) { self.key = key; self.label = label }
}

/// One line of the help overlay.
public struct HelpEntry: Hashable, Sendable {
    public var keys: String
    public var label: String
    public var help: String

    public init(keys: String, label: String, help: String) {
        (self.keys, self.label, self.help) = (keys, label, help)
    }
}
