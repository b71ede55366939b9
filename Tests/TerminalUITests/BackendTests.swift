import Testing
@testable import TerminalUI

@Suite struct BackendTests {
    @Test func aNotedSignalEndsTheLoopAfterTheQueuedKeysAndIsHandedOver() {
        let backend = MemoryBackend(size: Size(width: 20, height: 3), keys: [.char("a"), .char("b")])
        backend.signalAfterKeys = 1
        var seen: [Key] = [], told: [Int32] = []
        let signal = runLoop(backend: backend, render: { _ in }, handle: { seen.append($0); return true },
                             terminated: { told.append($0) })
        #expect(signal == 1 && told == [1] && seen == [.char("a"), .char("b")])
        // Without one, a drained script ends the loop with no signal.
        #expect(runLoop(backend: MemoryBackend(), render: { _ in }, handle: { _ in true }) == nil)
    }

    @Test func choiceDialogAnswersByLetterEnterOrEscapeAndLaysOutByWidth() {
        var dialog = ChoiceDialog(title: "退出？", message: ["新报关单：企业内部编号尚未保存"],
                                  choices: [.init("S 保存", key: "s"), .init("D 放弃", key: "d"), .init("Esc 留下", key: nil)])
        #expect(dialog.handle(.char("x")) == .open)
        #expect(dialog.handle(.char("D")) == .chosen(1))
        #expect(dialog.handle(.escape) == .chosen(2))
        #expect(dialog.handle(.right) == .open && dialog.handle(.enter) == .chosen(1))
        var buffer = Buffer(size: Size(width: 60, height: 8))
        dialog.render(into: &buffer, area: buffer.area)
        let lines = buffer.trimmedLines()
        #expect(lines.contains { $0.contains("[ S 保存 ]  [ D 放弃 ]  [ Esc 留下 ]") }, "\(lines)")
        #expect(lines.contains { $0.contains("│新报关单：企业内部编号尚未保存") }, "\(lines)")
    }

    @Test func runLoopDrawsHandlesKeysAndStops() {
        let backend = MemoryBackend(size: Size(width: 20, height: 3))
        backend.type("中文")
        backend.send(.resize, .enter)
        var editor = TextEditor()
        var keysSeen: [Key] = []
        runLoop(backend: backend, render: { buffer in
            editor.render(into: &buffer, area: buffer.area.row(0), style: Style(.field), focused: true)
        }, handle: { key in
            keysSeen.append(key)
            if key == .resize { backend.size = Size(width: 10, height: 2) }
            editor.handle(key)
            return key != .enter
        })
        #expect(keysSeen == [.char("中"), .char("文"), .resize, .enter])
        #expect(backend.frames.first?.trimmedLines() == ["", "", ""])
        backend.send(.char("!"))
        runLoop(backend: backend, render: { buffer in
            editor.render(into: &buffer, area: buffer.area.row(0), style: Style(.field), focused: true)
        }, handle: { editor.handle($0); return true })
        #expect(backend.lastFrame?.trimmedLines() == ["中文!", ""])
        #expect(backend.lastFrame?.width == 10)
    }

    @Test func idleCanRequestRedraw() {
        let backend = MemoryBackend(keys: [], closesWhenDrained: false)
        var polls = 0
        var draws = 0
        runLoop(backend: backend, idleMilliseconds: 0, render: { _ in draws += 1 }, handle: { _ in true }, idle: {
            polls += 1
            if polls == 3 { backend.closesWhenDrained = true }
            return polls == 2
        })
        #expect(polls == 3)
        #expect(draws == 2)
    }

    @Test func memoryBackendResolvesTheme() {
        let backend = MemoryBackend(colorCount: 16)
        backend.setTheme(ThemeParser.parse("row 16=red/green", fileName: "t.theme").theme)
        #expect(backend.theme.styles[.row] == ResolvedStyle(fg: 1, bg: 2, attributes: []))
    }

    @Test func keyDecoding() {
        #expect(NCursesBackend.key(forCharacter: 13) == .enter)
        #expect(NCursesBackend.key(forCharacter: 9) == .tab)
        #expect(NCursesBackend.key(forCharacter: 127) == .backspace)
        #expect(NCursesBackend.key(forCharacter: 3) == .ctrl("c"))
        #expect(NCursesBackend.key(forCharacter: 19) == .ctrl("s"))
        #expect(NCursesBackend.key(forCharacter: 0x4E2D) == .char("中"))
        #expect(NCursesBackend.asciiStandIn("┌", width: 1) == "+")
        #expect(NCursesBackend.asciiStandIn("中", width: 2) == "??")
    }
}
