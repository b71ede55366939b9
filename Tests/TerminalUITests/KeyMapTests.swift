import Testing
@testable import TerminalUI

private enum Act: Hashable, Sendable { case help, save, lookup, submit, quit, search }

private let map = KeyMap<Act>([
    KeyBinding(.function(1), label: "Help", help: "Show every key", action: .help),
    KeyBinding([.function(2), .ctrl("s")], label: "Save", help: "Save the draft", action: .save),
    KeyBinding(.function(4), label: "Look up", help: "List valid codes", action: .lookup),
    KeyBinding([.function(10), .alt("s")], label: "Submit", help: "Submit to customs", action: .submit),
    KeyBinding(.char("/"), label: "Search", help: "Filter the list", action: .search, showInBar: false),
    KeyBinding([.ctrl("q"), .ctrl("c")], label: "Quit", help: "Leave the workstation", action: .quit, showInBar: false),
])

@Suite struct KeyMapTests {
    @Test func keyNames() {
        #expect(Key.function(2).name == "F2")
        #expect(Key.alt("1").name == "Alt-1")
        #expect(Key.ctrl("s").name == "Ctrl-S")
        #expect(Key.backTab.name == "Shift-Tab")
        #expect(Key.char(" ").name == "Space")
        #expect(Key.char("中").name == "中")
    }

    @Test func dispatch() {
        #expect(map.action(for: .ctrl("s")) == .save)
        #expect(map.action(for: .function(2)) == .save)
        #expect(map.action(for: .alt("s")) == .submit)
        #expect(map.action(for: .char("/")) == .search)
        #expect(map.action(for: .function(9)) == nil)
    }

    @Test func barAndHelpComeFromTheSameMap() {
        #expect(map.barItems.map(\.key) == ["F1", "F2", "F4", "F10"])
        #expect(map.barItems.map(\.label) == ["Help", "Save", "Look up", "Submit"])
        let help = map.helpEntries
        #expect(help.map(\.keys) == ["F1", "F2/Ctrl-S", "F4", "F10/Alt-S", "/", "Ctrl-Q/Ctrl-C"])
        #expect(help.last?.help == "Leave the workstation")
    }

    @Test func laterBindingsShadowEarlierOnesEverywhere() {
        var m = map
        m.add(KeyBinding(.function(4), label: "Codes", help: "Other look-up", action: .search))
        #expect(m.action(for: .function(4)) == .search)
        #expect(m.barItems.map(\.label) == ["Help", "Save", "Submit", "Codes"])
        #expect(m.helpEntries.filter { $0.keys == "F4" }.count == 1)
    }

    @Test func keyBarRendersFromMap() {
        var b = Buffer(width: 40, height: 1)
        KeyBar(map).render(into: &b, area: b.area)
        #expect(b.trimmedLines() == ["F1 Help  F2 Save  F4 Look up  F10 Submit"])
        #expect(b.style(of: "F2", row: 0) == Style(.keyHintKey))
        #expect(b.style(of: "Save", row: 0)?.role == .keyHint)
        var narrow = Buffer(width: 20, height: 1)
        KeyBar(map).render(into: &narrow, area: narrow.area)
        #expect(narrow.trimmedLines() == ["F1 Help  F2 Save"], "items that do not fit are left out whole")
    }

    /// On a crowded bar the pinned key (help) stays, last, where the rest can be read; on a bar
    /// with room for everything the order is the map's.
    @Test func aPinnedKeyStaysOnACrowdedBar() {
        let items = [KeyHint(key: "Esc", label: "Back"), KeyHint(key: "k", label: "Claim"), KeyHint(key: "F10", label: "Release"),
                     KeyHint(key: "x", label: "Reject"), KeyHint(key: "F1", label: "Help")]
        var wide = Buffer(width: 60, height: 1)
        KeyBar(items: items, pinned: "F1").render(into: &wide, area: wide.area)
        #expect(wide.trimmedLines() == ["Esc Back  k Claim  F10 Release  x Reject  F1 Help"])
        var narrow = Buffer(width: 39, height: 1)
        KeyBar(items: items, pinned: "F1").render(into: &narrow, area: narrow.area)
        #expect(narrow.trimmedLines() == ["Esc Back  k Claim  F10 Release  F1 Help"])
        // Unpinned, the same width loses help with the rest.
        var unpinned = Buffer(width: 39, height: 1)
        KeyBar(items: items).render(into: &unpinned, area: unpinned.area)
        #expect(unpinned.trimmedLines() == ["Esc Back  k Claim  F10 Release"])
        var tiny = Buffer(width: 6, height: 1)
        KeyBar(items: items, pinned: "F1").render(into: &tiny, area: tiny.area)
        #expect(tiny.trimmedLines() == [""], "nothing fits but the pinned key's own width is not there either")
    }

    @Test func helpOverlayListsHiddenBindings() {
        var b = Buffer(width: 50, height: 10)
        var overlay = HelpOverlay(title: "Help", keyMap: map)
        overlay.render(into: &b, area: b.area)
        let text = b.lines().joined(separator: "\n")
        #expect(text.contains("Ctrl-Q/Ctrl-C Leave the workstation"))
        #expect(text.contains("/             Filter the list"))
        let keepsOpen = overlay.handle(.down)
        let closes = !overlay.handle(.escape)
        #expect(keepsOpen && closes)
    }
}
