import Testing
@testable import TerminalUI

private func sampleForm(fields: Int = 4) -> FormState {
    let head = [
        FormField(id: "no", label: "Declaration No.", value: "D-001", width: 12, isReadOnly: true),
        FormField(id: "port", label: "口岸 Port", value: "", width: 6, isRequired: true, hasLookup: true),
        FormField(id: "name", label: "Consignee", value: "上海进出口有限公司", width: 10, isShared: true),
        FormField(id: "qty", label: "Quantity", value: "12", width: 8, isRequired: true),
    ]
    let extra = (0..<max(0, fields - 4)).map { FormField(id: "x\($0)", label: "Extra \($0)", width: 8) }
    return FormState(sections: [FormSection(title: "Header", fields: head), FormSection(title: "More", fields: extra)])
}

@Suite struct FormTests {
    @Test func oneColumnAt80() {
        var b = Buffer(width: 80, height: 8)
        let form = sampleForm()
        FormView().render(into: &b, area: b.area, state: form)
        #expect(b.trimmedLines() == [
            "── Header",
            "Declaration No.   D-001",
            "口岸 Port      *        ▾",
            "Consignee       • 上海进出口",
            "Quantity       *  12",
            "── More",
            "",
            "",
        ])
        #expect(form.focusedField?.id == "port", "read-only fields are skipped")
        #expect(b.style(of: "*", row: 2) == Style(.requiredMarker))
        #expect(b.style(of: "•", row: 3) == Style(.sharedMarker))
        #expect(b.style(of: "D-001", row: 1) == Style(.fieldReadOnly))
        #expect(b[18, 2].style == Style(.fieldFocused))
        #expect(b.cursor == Point(x: 18, y: 2))
    }

    @Test func twoColumnsFrom120() {
        var b = Buffer(width: 120, height: 5)
        FormView().render(into: &b, area: b.area, state: sampleForm())
        let lines = b.trimmedLines()
        #expect(lines[1].hasPrefix("Declaration No.   D-001     "))
        #expect(lines[1].hasSuffix("口岸 Port      *        ▾"))
        #expect(b.column(of: "口岸", row: 1) == 61)
        #expect(lines[2].hasPrefix("Consignee       • 上海进出口"))
        #expect(lines[2].contains("Quantity"))
    }

    @Test func focusMovesAndSkipsReadOnly() {
        var f = sampleForm()
        #expect(f.handle(.tab) == .focusChanged("name"))
        #expect(f.handle(.down) == .focusChanged("qty"))
        #expect(f.handle(.down) == FormEvent.none, "Down stops at the end")
        #expect(f.handle(.enter) == .endOfForm)
        #expect(f.handle(.tab) == .focusChanged("port"), "Tab wraps and skips the read-only field")
        #expect(f.handle(.backTab) == .focusChanged("qty"))
        #expect(f.handle(.up) == .focusChanged("name"))
        #expect(f.handle(.enter) == .focusChanged("qty"))
    }

    @Test func editingLookupAndErrors() {
        var f = sampleForm()
        #expect(f.handle(.char("C")) == .changed("port"))
        #expect(f.handle(.char("N")) == .changed("port"))
        #expect(f["port"]?.value == "CN")
        #expect(f.handle(.function(4)) == .lookup("port"))
        #expect(f.handle(.function(9)) == .ignored)
        f.setValue("CNSHA", for: "port")
        f.setError("Unknown port code", for: "port")
        f.setError("Must be positive", for: "qty")
        var b = Buffer(width: 80, height: 7)
        FormView().render(into: &b, area: b.area, state: f)
        #expect(b.trimmedLines()[2] == "口岸 Port      *  CNSHA ▾!")
        #expect(b.trimmedLines()[6] == "Unknown port code")
        #expect(b.style(of: "Unknown", row: 6) == Style(.messageError))
        #expect(b.style(of: "12", row: 4) == Style(.fieldError))
        #expect(b.style(of: "!", row: 2) == Style(.fieldError))
        f.focus(on: "no")
        #expect(f.handle(.char("x")) == .ignored, "read-only fields take no typing")
        f.clearErrors()
        #expect(f.fields.allSatisfy { $0.error == nil })
    }

    @Test func scrollsToKeepFocusVisible() {
        var f = sampleForm(fields: 14)
        for _ in 0..<12 { _ = f.handle(.tab) }
        #expect(f.focusedField?.id == "x9")
        var b = Buffer(width: 80, height: 6)
        FormView().render(into: &b, area: b.area, state: f)
        let lines = b.trimmedLines()
        #expect(lines[4].hasPrefix("Extra 9"))
        #expect(b.cursor?.y == 4)
    }

    @Test func longValueScrollsInsideItsBox() {
        var f = sampleForm()
        f.focus(on: "name")
        var b = Buffer(width: 80, height: 6)
        FormView().render(into: &b, area: b.area, state: f)
        #expect(b.trimmedLines()[3] == "Consignee       •  有限公司")
    }
}
