import Presentation
import SingleWindowKit
import TerminalUI

/// The broker books the joint inspection's appointment from the status view (查验电子预约):
/// `b` opens the slot picker, Enter books through `InspectionSlots.book`, and the status view
/// re-reads so it shows the appointment. Refusals go to the message line in the user's words.
extension DeclarationsPane {
    /// `b` books when the domain says booking still changes something (`brokerActions`).
    static func canBook(_ editor: DeclarationEditor, _ app: AppContext) -> Bool {
        caseKeys(editor, app)?.isAvailable(.book) ?? false
    }

    func openSlotPicker(_ app: AppContext) {
        guard let current = editor else { return }
        if let refusal = Self.caseKeys(current, app)?.refusal(.book) { return app.error(refusal) }
        guard Self.canBook(current, app), let joint = current.detail?.jointInspection else { return }
        do {
            slotPicker = try InspectionSlotPicker.load(app, declaration: current.stored, joint: joint)
        } catch {
            app.show(error)
        }
    }

    func handleSlotPicker(_ key: Key, _ app: AppContext) {
        guard var picker = slotPicker else { return }
        switch picker.handle(key) {
        case .open: slotPicker = picker
        case .cancelled: slotPicker = nil
        case let .chosen(slot): book(slot, picker, app)
        }
    }

    func book(_ slot: InspectionSlot, _ picker: InspectionSlotPicker, _ app: AppContext) {
        let s = app.strings
        let before = picker.current?.id
        do {
            let joint = try InspectionSlots.book(app.workspace, declarationID: picker.declarationID, slotID: slot.id, by: app.actor)
            slotPicker = nil
            reloadStatus(app)
            app.info(before == slot.id ? s.format(.bookUnchanged, slot.day, slot.start)
                                       : s.format(.booked, joint.place, slot.day, slot.start))
        } catch {
            // A slot taken meanwhile: the picker stays, re-read, so the broker chooses another.
            if case ReviewError.slotFull = error {
                var again = picker
                try? again.reload(app)
                slotPicker = again
            } else {
                slotPicker = nil
                reloadStatus(app)
            }
            app.error(Self.bookingRefusal(error, app))
        }
    }

    /// Why a booking was refused, in the user's language.
    static func bookingRefusal(_ error: any Error, _ app: AppContext) -> String {
        let s = app.strings
        switch error {
        case ReviewError.slotFull: return s[.bookFull]
        case let ReviewError.slotElsewhere(_, place): return s.format(.bookElsewhere, place)
        case LaneError.notAllowed: return s[.bookNoInspection]
        case DomainError.notAuthorized: return s[.bookNotBroker]
        case DatabaseError.staleVersion: return s[.bookChanged]
        default: return String(describing: error)
        }
    }

    /// The open declaration re-read, so the status view shows what was just booked.
    func reloadStatus(_ app: AppContext) {
        guard var current = editor, !current.isNew,
              let detail = try? DeclarationQueries.show(app.workspace, id: current.stored.id, by: app.actor) else { return }
        current.detail = detail
        editor = current
    }
}

extension PaneAction {
    static let bookInspection = PaneAction("declarations.bookInspection")
}
