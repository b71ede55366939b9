import Presentation
import SingleWindowKit
import TerminalUI

/// The Declarations tab: the operator's declarations as a keyset-paged list; a declaration opens
/// as the big table (报关报检一张大表) — header form, goods/containers/documents grids — or, once
/// submitted, read-only with its status view. Dialogs (look-up, problems, confirmations, import)
/// sit on top. Every rule is the domain's; this type only routes keys and draws.
final class DeclarationsPane: Pane {
    var list: DeclarationList?
    var editor: DeclarationEditor?
    var overlay: DeclarationOverlay?
    /// The inspection appointment picker over the status view; it has the keyboard while open.
    var slotPicker: InspectionSlotPicker?
    /// The pane's area from the last layout, for page sizes and dialog placement.
    var area = Rect(x: 0, y: 1, width: 80, height: 20)

    // MARK: - Keys

    func keyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        if let overlay { return overlay.keyMap(s) }
        if let slotPicker { return slotPicker.keyMap(s) }
        if let editor { return editorKeyMap(editor, app) }
        guard let list, !list.unavailable, !list.isSearching else { return KeyMap() }
        var map = KeyMap<PaneAction>([
            KeyBinding(.enter, label: s[.keyOpen], help: s[.helpOpen], action: .open),
            KeyBinding([.char("n"), .insert], label: s[.keyNew], help: s[.helpNew], action: .new),
            KeyBinding(.char("/"), label: s[.keySearchList], help: s[.helpSearch], action: .search),
            KeyBinding(.char("f"), label: s[.keyFilter], help: s[.helpFilter], action: .filter),
            KeyBinding(.char("i"), label: s[.keyImport], help: s[.helpImport], action: .importFile, showInBar: app.actor.role == .broker),
            KeyBinding(.char("c"), label: s[.keyCopy], help: s[.helpCopy], action: .copy, showInBar: false),
            KeyBinding(.char("t"), label: s[.keyFromTemplate], help: s[.helpFromTemplate], action: .fromTemplate, showInBar: false),
        ])
        if app.actor.role == .trader {
            map.add(KeyBinding(.char("h"), label: s[.keyHandOver], help: s[.helpHandOver], action: .handOver))
        }
        return map
    }

    func editorKeyMap(_ editor: DeclarationEditor, _ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        var map = KeyMap<PaneAction>()
        let onGrid = editor.page.gridLevel != nil
        if editor.isEditable {
            map.add(KeyBinding([.function(2), .ctrl("s")], label: s[.keySave], help: s[.helpSave], action: .save))
            map.add(KeyBinding([.function(3), .ctrl("r")], label: s[.keyCheck], help: s[.helpCheck], action: .check))
            map.add(KeyBinding(.function(4), label: s[.keyLookup], help: s[.helpLookup], action: .lookup))
            if app.actor.role == .trader {
                map.add(KeyBinding([.function(10), .ctrl("x")], label: s[.keyHandOver], help: s[.helpHandOver], action: .handOver))
            } else {
                map.add(KeyBinding([.function(10), .ctrl("x")], label: s[.keySubmit], help: s[.helpSubmit], action: .submit))
            }
            if onGrid {
                map.add(KeyBinding(.ctrl("d"), label: s[.keyDup], help: s[.helpDup], action: .dup))
                map.add(KeyBinding(.ctrl("l"), label: s[.keyDupLine], help: s[.helpDupLine], action: .dupLine, showInBar: false))
                map.add(KeyBinding(.insert, label: s[.keyAddLine], help: s[.helpAddLine], action: .addLine, showInBar: false))
            }
            map.add(KeyBinding(.ctrl("w"), label: s[.keySaveTemplate], help: s[.helpSaveTemplate], action: .saveTemplate, showInBar: false))
        } else {
            if let keys = Self.caseKeys(editor, app) {
                for binding in Self.caseBindings(keys, s) { map.add(binding) }
            }
            if let keys = Self.brokerKeys(editor, app) {
                for binding in Self.brokerBindings(keys, s) { map.add(binding) }
            }
            map.add(KeyBinding(.char("c"), label: s[.keyCopy], help: s[.helpCopy], action: .copy))
        }
        if editor.page != .status {
            map.add(KeyBinding(.alt("g"), label: s[.keyGoToField], help: s[.helpGoToField], action: .goToField, showInBar: false))
        }
        map.add(KeyBinding(.pageDown, label: s[.keyNextPage], help: s[.helpNextPage], action: .nextPage))
        map.add(KeyBinding(.pageUp, label: s[.keyPreviousPage], help: s[.helpPreviousPage], action: .previousPage, showInBar: false))
        map.add(KeyBinding(.escape, label: s[.keyBack], help: s[.helpBack], action: .back))
        return map
    }

    func perform(_ action: PaneAction, _ app: AppContext) {
        if let current = overlay {
            handleOverlay(current, action == .overlayEnter ? .enter : .escape, app)
            return
        }
        if slotPicker != nil {
            handleSlotPicker(action == .overlayEnter ? .enter : .escape, app)
            return
        }
        switch action {
        case .open: openSelected(app)
        case .new: newDeclaration(app)
        case .search: list?.beginSearch()
        case .filter: list?.cycleStatus()
        case .importFile: askImportPath(app)
        case .copy: copyDeclaration(app)
        case .fromTemplate: chooseTemplate(app)
        case .handOver: handOver(app)
        case .save: _ = save(app)
        case .check: check(app)
        case .lookup: openLookup(app)
        case .submit: submit(app)
        case .dup: dup(app)
        case .dupLine: dupLine(app)
        case .goToField: openGoToField(app)
        case .addLine: gridKey(.insert, app)
        case .saveTemplate: askTemplateName(app)
        case .nextPage: turnPage(1, app)
        case .previousPage: turnPage(-1, app)
        case .back: back(app)
        case .bookInspection: openSlotPicker(app)
        case .payDuties: askPay(app)
        case .amendDeclaration: askAmend(app)
        case .withdrawDeclaration: askWithdraw(app)
        default: break
        }
    }

    func handle(_ key: Key, _ app: AppContext) -> Bool {
        if let current = overlay {
            handleOverlay(current, key, app)
            return true
        }
        if slotPicker != nil {
            handleSlotPicker(key, app)
            return true
        }
        if editor != nil { return editorKey(key, app) }
        guard let list else { return false }
        let (used, open) = list.handle(key)
        if let open { self.open(id: open.id, app) }
        return used
    }

    // MARK: - Life cycle

    func layout(_ area: Rect, _ app: AppContext) {
        self.area = area
        let current = list ?? DeclarationList(app: app, width: area.width)
        list = current
        current.start(area: area)
    }

    func activate(_ app: AppContext) {
        // Another operator (training switch) sees their own list: rebuild it for them.
        if let list, list.actorID != app.actor.id {
            self.list = nil
            editor = nil
            overlay = nil
            slotPicker = nil
            layout(area, app)
        } else if editor == nil {
            list?.reload()
        }
    }

    func refresh(_ app: AppContext) {
        // Another terminal booked or offered slots: the picker shows the room there is now.
        if var picker = slotPicker {
            try? picker.reload(app)
            slotPicker = picker
        }
        guard var current = editor else {
            list?.reload()
            return
        }
        guard !current.isNew, let detail = try? DeclarationQueries.show(app.workspace, id: current.stored.id, by: app.actor) else { return }
        if !current.isDirty && detail.declaration.version != current.stored.version {
            let page = current.page
            current = DeclarationEditor(detail.declaration, editable: Declarations.canEdit(detail.declaration, by: app.actor),
                                        language: app.strings.language, detail: detail)
            current.page = page
            app.info(app.strings[.dataRefreshed])
        } else {
            current.detail = detail
        }
        editor = current
    }

    // MARK: - View

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        if let editor {
            DeclarationEditorView.render(editor, into: &buffer, area: area, app: app)
        } else {
            list?.render(into: &buffer, area: area, app: app)
        }
        slotPicker?.render(into: &buffer, area: area, app: app)
        overlay?.render(into: &buffer, area: area, app: app)
    }
}

extension PaneAction {
    static let open = PaneAction("declarations.open")
    static let new = PaneAction("declarations.new")
    static let search = PaneAction("declarations.search")
    static let filter = PaneAction("declarations.filter")
    static let importFile = PaneAction("declarations.import")
    static let copy = PaneAction("declarations.copy")
    static let fromTemplate = PaneAction("declarations.fromTemplate")
    static let handOver = PaneAction("declarations.handOver")
    static let save = PaneAction("declarations.save")
    static let check = PaneAction("declarations.check")
    static let lookup = PaneAction("declarations.lookup")
    static let submit = PaneAction("declarations.submit")
    static let dup = PaneAction("declarations.dup")
    static let addLine = PaneAction("declarations.addLine")
    static let saveTemplate = PaneAction("declarations.saveTemplate")
    static let nextPage = PaneAction("declarations.nextPage")
    static let previousPage = PaneAction("declarations.previousPage")
    static let back = PaneAction("declarations.back")
    static let overlayEnter = PaneAction("declarations.overlay.enter")
    static let overlayEscape = PaneAction("declarations.overlay.escape")
}
