import Testing
@testable import TerminalUI

/// A problem longer than the dialog is wide wraps when selected, never cut; the others stay one
/// line each and every item stays reachable.
@Suite struct ListDialogWrapTests {
    static let long = "B/L or waybill no.: no submitted vessel call of MSC ANNA voyage 405E declares a manifest yet"

    @Test func theSelectedLongProblemWrapsWhole() {
        var dialog = ListDialog(title: "Problems", items: ["Net weight: is required", Self.long, "Marks: is required"], isError: true)
        _ = dialog.handle(.down)
        var buffer = Buffer(size: Size(width: 60, height: 12))
        dialog.render(into: &buffer, area: Rect(x: 0, y: 0, width: 60, height: 12))
        let text = buffer.lines().map { $0.replacingOccurrences(of: "│", with: " ") }.joined(separator: " ")
        let words = text.split(separator: " ").joined(separator: " ")
        #expect(words.contains(Self.long), "\(buffer.lines().joined(separator: "\n"))")
        #expect(text.contains("Net weight: is required") && text.contains("Marks: is required"))
        #expect(!text.contains("…"))
    }

    @Test func anUnselectedLongProblemIsCutToOneLine() {
        let dialog = ListDialog(title: "Problems", items: ["Net weight: is required", Self.long], isError: true)
        var buffer = Buffer(size: Size(width: 60, height: 12))
        dialog.render(into: &buffer, area: Rect(x: 0, y: 0, width: 60, height: 12))
        #expect(buffer.lines().joined().contains("…"))
    }
}
