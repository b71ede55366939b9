import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The agent's form for a call's particulars and voyage, built from `VesselCallForm.catalogue` by
/// the shared form builder (as the declaration's big table and an approval stage's form are).
/// A new call starts empty; a known IMO number fills the rest from the ship's last call. F2
/// saves the draft through the domain (create, or update of the draft being edited); what cannot
/// be read is marked on its field and the form stays as typed.
struct VesselCallFormEditor {
    /// The draft being edited; nil for a new call until its first save.
    var callID: String?
    var version: Int64 = 0
    var base: VesselDeclaration?
    var state: FormState
    var initial: [String: String]
    /// The open F4 look-up and the field it fills.
    var lookup: (state: LookupState, field: String)?
    /// The IMO number the form was last filled from, so typing it again does not refill.
    var filledFrom: String?

    static var catalogue: FormCatalogue { VesselCallForm.catalogue }

    static func new(_ app: AppContext, direction: CallDirection = .arrival) -> VesselCallFormEditor {
        var values = Dictionary(uniqueKeysWithValues: catalogue.fields.map { ($0.id, "") })
        values["direction"] = direction.rawValue
        for (id, _) in VesselCallForm.flags { values[id] = VesselCallForm.no }
        values["health.deaths"] = "0"
        values["health.illPersonsOnBoard"] = "0"
        var state = CatalogueFormBuilder.form(catalogue, layout: .all(catalogue), values: values, language: app.strings.language, editable: true)
        noteCodes(&state, app)
        return VesselCallFormEditor(callID: nil, base: nil, state: state, initial: CatalogueFormBuilder.values(state))
    }

    static func edit(_ call: VesselCall, _ app: AppContext) -> VesselCallFormEditor {
        let values = VesselCallForm.values(call.declaration, direction: call.direction, localTime: app.localTime)
        var state = CatalogueFormBuilder.form(catalogue, layout: .all(catalogue), values: values, language: app.strings.language, editable: true)
        // The IMO number and the direction name the call: another ship or direction is another call.
        for id in ["ship.imo", "direction"] {
            if var field = state[id] { field.isReadOnly = true; state[id] = field }
        }
        state.focus(on: "voyage.voyageNumber")
        noteCodes(&state, app)
        return VesselCallFormEditor(callID: call.id, version: call.version, base: call.declaration, state: state,
                                    initial: CatalogueFormBuilder.values(state), filledFrom: call.declaration.ship.imo)
    }

    /// The direction's code with its name beside it, in the operator's language.
    static func noteDirection(_ state: inout FormState, _ s: Strings) {
        guard var field = state["direction"] else { return }
        switch CallDirection(rawValue: field.value.trimmingCharacters(in: .whitespaces)) {
        case .arrival?: field.note = s[.arrival]
        case .departure?: field.note = s[.departure]
        case nil: field.note = nil
        }
        state["direction"] = field
    }

    /// A coded field's name beside its code ("CHN 中国"), so no code stands unexplained.
    static let namedCodes: [String: String] = ["ship.flag": "country", "voyage.port": "port", "voyage.lastPort": "port",
                                               "voyage.nextPort": "port"]

    static func noteCodes(_ state: inout FormState, _ app: AppContext) {
        noteDirection(&state, app.strings)
        for (id, table) in namedCodes {
            guard var field = state[id] else { continue }
            let code = field.value.trimmingCharacters(in: .whitespaces).uppercased()
            let entry = code.isEmpty ? nil : (try? CodeTables.search(app.db, table: table, text: code, limit: 5))?.first { $0.code == code }
            field.note = entry.map { app.strings.language == .zh || $0.nameEn.isEmpty ? $0.nameZh : $0.nameEn }
            state[id] = field
        }
    }

    var values: [String: String] { CatalogueFormBuilder.values(state) }
    var isChanged: Bool { values != initial }

    /// The labels of the fields that differ from what was stored (or offered).
    var changedLabels: [String] {
        let before = initial
        return state.fields.filter { ($0.value.trimmingCharacters(in: .whitespaces)) != (before[$0.id] ?? "").trimmingCharacters(in: .whitespaces) }
            .map(\.label)
    }

    // MARK: - Keys

    /// A key for the form or its look-up; false when neither used it.
    mutating func handle(_ key: Key, _ app: AppContext) -> Bool {
        if var open = lookup {
            switch open.state.handle(key) {
            case let .chosen(item):
                state.setValue(item.code, for: open.field)
                state.setError(nil, for: open.field)
                Self.noteCodes(&state, app)
                lookup = nil
            case .cancelled: lookup = nil
            case let .queryChanged(text):
                open.state.setItems(items(open.field, query: text, app))
                lookup = open
            case .none: lookup = open
            }
            return true
        }
        let left = state.focusedField?.id
        switch state.handle(key) {
        case .ignored: return false
        case let .changed(id):
            state.setError(nil, for: id)
            if id == "ship.imo" { fill(app) }
            if id == "direction" || Self.namedCodes[id] != nil { Self.noteCodes(&state, app) }
        case .focusChanged:
            if let left { check(left, app) }
        case let .lookup(id): openLookup(id, app)
        case .none, .endOfForm: break
        }
        return true
    }

    /// A complete IMO number: checked at once (its check digit), and a known ship fills the form.
    mutating func fill(_ app: AppContext) {
        guard callID == nil, let typed = state["ship.imo"]?.value, let number = try? IMONumber(parsing: typed) else {
            if let typed = state["ship.imo"]?.value, typed.filter(\.isNumber).count >= 7 { check("ship.imo", app) }
            return
        }
        guard filledFrom != number.digits else { return }
        filledFrom = number.digits
        let direction = CallDirection(rawValue: state["direction"]?.value ?? "") ?? .arrival
        guard let proposal = try? VesselCallDefaults.proposal(app.db, imo: number.digits, direction: direction, now: app.now()) else {
            app.info(app.strings.format(.vfFormUnknownShip, number.description))
            return
        }
        var values = VesselCallForm.values(proposal, direction: direction, localTime: app.localTime)
        values["ship.imo"] = typed
        for (id, value) in values where state[id] != nil { state.setValue(value, for: id) }
        Self.noteCodes(&state, app)
        state.focus(on: "voyage.voyageNumber")
        let last = (try? app.db.scalar("SELECT id FROM vessel_call WHERE imo = ? AND direction = ? ORDER BY created_at DESC, id DESC LIMIT 1",
                                       [number.digits, direction.rawValue]).string) ?? nil
        app.info(app.strings.format(.vfFormFilled, proposal.ship.name, last ?? ""))
    }

    /// Marks a field whose value cannot be read, as soon as the user leaves it.
    mutating func check(_ id: String, _ app: AppContext) {
        guard let value = state[id]?.value.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return }
        if id == "ship.imo" {
            do { _ = try IMONumber(parsing: value) } catch {
                state.setError(app.strings.message(error.key, error.arguments), for: id)
            }
        }
    }

    mutating func openLookup(_ id: String, _ app: AppContext) {
        guard let field = Self.catalogue.field(id), field.lookup != nil else { return app.error(app.strings[.vfNoLookup]) }
        var popup = LookupState(title: app.strings.format(.vfLookupTitle, field.label(app.strings.language)), items: [])
        popup.setItems(items(id, query: "", app))
        let current = state[id]?.value.uppercased() ?? ""
        if !current.isEmpty, let at = popup.items.firstIndex(where: { $0.code.uppercased().hasPrefix(current) }) { popup.selected = at }
        lookup = (popup, id)
    }

    func items(_ id: String, query: String, _ app: AppContext) -> [LookupItem] {
        let s = app.strings
        switch Self.catalogue.field(id)?.lookup {
        case let .codeTable(table)?:
            let found = (try? CodeTables.search(app.db, table: table, text: query.trimmingCharacters(in: .whitespaces), limit: 50)) ?? []
            return found.map { LookupItem(code: $0.code, name: s.language == .zh ? $0.nameZh : ($0.nameEn.isEmpty ? $0.nameZh : $0.nameEn)) }
        case let .choice(options)?:
            let named = options.map { code -> LookupItem in
                switch code {
                case CallDirection.arrival.rawValue: return LookupItem(code: code, name: s[.arrival])
                case CallDirection.departure.rawValue: return LookupItem(code: code, name: s[.departure])
                case VesselCallForm.yes: return LookupItem(code: code, name: s[.yes])
                default: return LookupItem(code: code, name: s[.no])
                }
            }
            return LookupState.filter(named, query: query)
        default:
            return []
        }
    }

    // MARK: - Saving

    /// Saves through the domain: a new call is created, an edited draft updated. On a refusal the
    /// problems are marked on their fields and rethrown; the form keeps everything typed.
    mutating func save(_ app: AppContext) throws -> VesselCall {
        do {
            let (direction, declaration) = try VesselCallForm.declaration(values, base: base, localTime: app.localTime)
            let saved: VesselCall
            if let callID {
                saved = try VesselCalls.update(app.workspace, callID: callID, expectedVersion: version, declaration: declaration, by: app.actor)
            } else {
                saved = try VesselCalls.create(app.workspace, direction: direction, declaration: declaration, by: app.actor)
            }
            callID = saved.id
            version = saved.version
            base = saved.declaration
            state.clearErrors()
            initial = values
            return saved
        } catch let DomainError.invalid(problems) {
            CatalogueFormBuilder.mark(problems, on: &state) { app.strings.message($0.key, $0.arguments) }
            if let first = problems.first, state[first.path] != nil { state.focus(on: first.path) }
            throw DomainError.invalid(problems)
        }
    }

    // MARK: - Drawing

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        let title = callID.map { s.format(.vfFormEditTitle, $0) } ?? s[.vfFormNewTitle]
        buffer.put(truncate(title, toWidth: max(0, area.width - 2), ellipsis: true), x: area.x + 1, y: area.y, style: Style(.title),
                   maxWidth: max(0, area.width - 2))
        FormView().render(into: &buffer, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1)), state: state)
        if let lookup { LookupPopup().render(into: &buffer, area: area, state: lookup.state) }
    }
}
