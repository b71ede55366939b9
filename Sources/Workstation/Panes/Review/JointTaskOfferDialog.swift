import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// Offering appointment slots from the task list: place (the selected task's), day (the next
/// working day), start times and capacity, as one small form over the list. Tab and Up/Down move
/// between fields; Enter on the last field offers; Esc cancels.
struct JointTaskOfferDialog {
    var title: String
    var hint: String
    var form: FormState

    static let defaultTimes = "09:00,10:30,14:00,15:30"

    static func make(_ app: AppContext, place: String) -> JointTaskOfferDialog {
        let s = app.strings
        let day = InspectionSlotSamples.workingDays(after: app.now(), count: 1).first ?? ""
        let fields = [
            FormField(id: "place", label: s[.jOfferPlace], value: place, width: 30, maxLength: 100, isRequired: true),
            FormField(id: "day", label: s[.jOfferDay], value: day, width: 10, maxLength: 10, isRequired: true),
            FormField(id: "times", label: s[.jOfferTimes], value: defaultTimes, width: 30, maxLength: 200, isRequired: true),
            FormField(id: "capacity", label: s[.jOfferCapacity], value: "4", width: 4, maxLength: 4, isRequired: true),
        ]
        return JointTaskOfferDialog(title: s[.jOfferTitle], hint: s[.jOfferHint], form: FormState(sections: [FormSection(title: "", fields: fields)]))
    }

    func value(_ id: String) -> String { form[id]?.value ?? "" }

    /// `.confirmed` when Enter is pressed on the last field, `.cancelled` on Esc.
    mutating func handle(_ key: Key) -> DialogResult {
        if key == .escape { return .cancelled }
        return form.handle(key) == .endOfForm ? .confirmed : .open
    }

    func render(into buffer: inout Buffer, area: Rect) {
        let width = min(area.width, max(56, displayWidth(hint) + 4))
        let box = area.centered(width: width, height: form.fields.count + 5)
        buffer.fill(box, style: Style(.dialog))
        let inner = buffer.drawBox(box, title: title)
        guard inner.height >= form.fields.count + 2 else { return }
        FormView().render(into: &buffer, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: form.fields.count + 1),
                          state: form)
        buffer.put(truncate(hint, toWidth: inner.width, ellipsis: true), x: inner.x, y: inner.maxY - 1, style: Style(.label),
                   maxWidth: inner.width)
    }
}
