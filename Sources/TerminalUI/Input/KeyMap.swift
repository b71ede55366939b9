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
    public var barItems: [KeyHint] { barItems(on: .all) }

    /// The bar on a terminal with only some F-keys: each binding named by the key that works there
    /// (a missing F-key by its Esc fallback, or the binding's Ctrl key when it has one).
    public func barItems(on terminal: FunctionKeys) -> [KeyHint] {
        effective.filter(\.showInBar).compactMap { b in terminal.name(of: b.keys).map { KeyHint(key: $0, label: b.label) } }
    }

    /// What the help overlay lists: every key of every binding with its long help.
    public var helpEntries: [HelpEntry] { helpEntries(on: .all) }

    /// The help on a terminal with only some F-keys: a missing F-key by its Esc fallback.
    public func helpEntries(on terminal: FunctionKeys) -> [HelpEntry] {
        effective.map { b in
            HelpEntry(keys: b.keys.map(terminal.name).joined(separator: "/"), label: b.label, help: b.help)
        }
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

/// The one table of function-key fallbacks. A terminal without a function key (vt100 has PF1–PF4
/// only) still reaches every F-key action by Esc and a key: Esc 1…9 = F1…F9, Esc 0 = F10,
/// Esc - = F11, Esc = = F12 (Midnight Commander's convention). Esc then a key within the escape
/// delay arrives like Alt plus that key, which is also what Alt-digit sends, so Alt-4 is F4 too.
/// Esc alone stays back/cancel.
public enum FunctionKeyFallback {
    /// The character after Esc for F1…F12.
    public static let characters: [Character] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "="]

    /// The F-key number `key` stands for when it is an Esc-key fallback, else nil.
    public static func functionNumber(for key: Key) -> Int? {
        guard case let .alt(c) = key, let i = characters.firstIndex(of: c) else { return nil }
        return i + 1
    }

    /// `key` with an Esc-key fallback turned into the F-key it stands for; any other key as it is.
    public static func resolve(_ key: Key) -> Key {
        functionNumber(for: key).map { .function($0) } ?? key
    }

    /// "Esc 4" for F4: how the bar and help name an F-key the terminal lacks.
    public static func name(of number: Int) -> String {
        guard characters.indices.contains(number - 1) else { return "F\(number)" }
        return "Esc \(characters[number - 1])"
    }
}

/// Which function keys the terminal can send, so the bar names the keys that work on it: F4 on
/// xterm, "Esc 4" on a terminal without F4.
public struct FunctionKeys: Hashable, Sendable {
    /// F-key numbers (1–12) the terminal lacks.
    public var missing: Set<Int>

    public init(missing: Set<Int> = []) { self.missing = missing }

    /// Every F1–F12 (xterm, screen, tmux, the Linux console).
    public static let all = FunctionKeys()
    /// A DEC VT100: PF1–PF4 and no F5–F12 (its terminfo's kf5–kf10 are numeric-keypad keys).
    public static let vt100 = FunctionKeys(missing: Set(5...12))
    /// No function key at all.
    public static let none = FunctionKeys(missing: Set(1...12))

    public func has(_ number: Int) -> Bool { !missing.contains(number) }

    /// True when `key` can be typed as such here (every key but a missing F-key).
    public func canType(_ key: Key) -> Bool {
        if case let .function(n) = key { return has(n) }
        return true
    }

    /// The key's name on this terminal: a missing F-key by its Esc fallback.
    public func name(_ key: Key) -> String {
        if case let .function(n) = key, !has(n) { return FunctionKeyFallback.name(of: n) }
        return key.name
    }

    /// The name of the key a binding is best reached by here: its first key the terminal can
    /// type (F2 on xterm, its Ctrl-S on vt100 where there is one), else the first key's fallback.
    public func name(of keys: [Key]) -> String? {
        guard let first = keys.first else { return nil }
        return name(keys.first(where: canType) ?? first)
    }
}
