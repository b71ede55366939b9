import Foundation
import Testing
@testable import TerminalUI

/// Issue 11: every F-key has an Esc fallback, from one table, and the bar names it where the
/// terminal lacks the key.
@Suite struct FunctionKeyFallbackTests {
    @Test func escDigitsAreTheFunctionKeys() {
        for n in 1...9 { #expect(FunctionKeyFallback.resolve(.alt(Character(String(n)))) == .function(n)) }
        #expect(FunctionKeyFallback.resolve(.alt("0")) == .function(10))
        #expect(FunctionKeyFallback.resolve(.alt("-")) == .function(11))
        #expect(FunctionKeyFallback.resolve(.alt("=")) == .function(12))
        // Anything else is left alone: Esc alone, Alt-letters, plain digits.
        for key in [Key.escape, .alt("s"), .char("4"), .function(4), .ctrl("s")] {
            #expect(FunctionKeyFallback.resolve(key) == key)
        }
        #expect(FunctionKeyFallback.name(of: 10) == "Esc 0")
        #expect(FunctionKeyFallback.name(of: 12) == "Esc =")
    }

    enum A: Hashable { case help, save, lookup, release, operatorSwitch, close }

    static let map = KeyMap<A>([
        KeyBinding(.function(1), label: "Help", help: "", action: .help),
        KeyBinding([.function(2), .ctrl("s")], label: "Save", help: "", action: .save),
        KeyBinding(.function(4), label: "Look-up", help: "", action: .lookup),
        KeyBinding([.function(10), .ctrl("x")], label: "Release", help: "", action: .release),
        KeyBinding(.function(9), label: "Operator", help: "", action: .operatorSwitch),
        KeyBinding(.escape, label: "Back", help: "", action: .close),
    ])

    @Test func theBarNamesTheKeyThatWorksOnThisTerminal() {
        let xterm = Self.map.barItems(on: .all).map(\.key)
        #expect(xterm == ["F1", "F2", "F4", "F10", "F9", "Esc"])
        // vt100: PF1–PF4 are F1–F4; F10 has Ctrl-X; F9 only its fallback.
        let vt100 = Self.map.barItems(on: .vt100).map(\.key)
        #expect(vt100 == ["F1", "F2", "F4", "Ctrl-X", "Esc 9", "Esc"])
        let none = Self.map.barItems(on: .none).map(\.key)
        #expect(none == ["Esc 1", "Ctrl-S", "Esc 4", "Ctrl-X", "Esc 9", "Esc"])
        let help = Self.map.helpEntries(on: .vt100).map(\.keys)
        #expect(help.contains("Esc 0/Ctrl-X"))
        #expect(help.contains("Esc 9"))
    }

    @Test func keyBarRendersTheFallbackNames() {
        var buffer = Buffer(size: Size(width: 80, height: 1))
        KeyBar(Self.map, pinnedKey: .function(1), on: .none).render(into: &buffer, area: buffer.area)
        #expect(buffer.trimmedLines()[0] == "Esc 1 Help  Ctrl-S Save  Esc 4 Look-up  Ctrl-X Release  Esc 9 Operator  Esc Back")
    }

    /// The memory backend plays a terminal without F-keys, for screens under vt100.
    @Test func memoryBackendCanLackFunctionKeys() {
        #expect(MemoryBackend().functionKeys == .all)
        #expect(MemoryBackend(functionKeys: .vt100).functionKeys.has(4))
        #expect(!MemoryBackend(functionKeys: .vt100).functionKeys.has(9))
    }
}
