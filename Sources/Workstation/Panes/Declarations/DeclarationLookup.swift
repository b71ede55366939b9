import Presentation
import SingleWindowKit
import TerminalUI

/// An open F4 look-up: what it searches and which field or cell receives the choice.
struct DeclarationLookup {
    enum Source: Equatable {
        case codeTable(String)
        case hs
        /// An enterprise fills one party's name and codes ("trader", "owner", "agent").
        case enterprise(party: String)
        case choice(String)
        /// Go to field: the page's fields by number and name; choosing one moves there.
        case field
    }

    var state: LookupState
    let source: Source
    let page: EditorPage
    let key: String
    /// The grid row, for a look-up on a cell.
    let row: Int?

    static let limit = 50

    static func source(for def: FieldDefinition) -> Source? {
        if let party = DeclarationFormBuilder.partyFields[def.key] { return .enterprise(party: party) }
        if DeclarationFormBuilder.hsFields.contains(def.key) { return .hs }
        if DeclarationFormBuilder.choiceFields.contains(def.key) || def.kind == .flag { return .choice(def.key) }
        return def.lookupTable.map(Source.codeTable)
    }

    init(def: FieldDefinition, page: EditorPage, row: Int?, query: String, app: AppContext) throws {
        source = Self.source(for: def) ?? .codeTable("")
        self.page = page
        key = def.key
        self.row = row
        state = LookupState(title: app.strings.format(.lookupTitle, def.label(app.strings.language)), items: [])
        state.setItems(try Self.items(source, query: "", app: app))
        if !query.isEmpty, let current = state.items.firstIndex(where: { $0.code.hasPrefix(query) }) {
            state.selected = current
        } else if !query.isEmpty {
            // Part of a code or name typed before F4: the list starts filtered by it.
            let filtered = try Self.items(source, query: query, app: app)
            if !filtered.isEmpty {
                state.query = TextEditor(query)
                state.setItems(filtered)
            }
        }
    }

    /// Go to field: every field of the page (header fields or grid columns), numbered in order.
    init(fieldsOf page: EditorPage, editor: DeclarationEditor, app: AppContext) {
        source = .field
        self.page = page
        key = ""
        row = nil
        fieldItems = Self.fieldItems(page, editor, app.strings.language)
        state = LookupState(title: app.strings[.goToFieldTitle], items: fieldItems)
    }

    /// The page's fields for go-to-field (kept to filter as the operator types).
    private(set) var fieldItems: [LookupItem] = []

    static func fieldItems(_ page: EditorPage, _ editor: DeclarationEditor, _ language: Language) -> [LookupItem] {
        let defs: [FieldDefinition]
        if let level = page.gridLevel {
            defs = FieldCatalogue.fields(level: level)
        } else {
            defs = editor.form.fields.compactMap { FieldCatalogue.field($0.id) }
        }
        return defs.enumerated().map { i, def in
            let short = def.shortLabel(language), full = def.label(language)
            return LookupItem(code: "\(i + 1)", name: short == full ? full : "\(short) · \(full)")
        }
    }

    /// The key of a go-to-field choice.
    func fieldKey(_ item: LookupItem, editor: DeclarationEditor) -> String? {
        guard let n = Int(item.code) else { return nil }
        if let level = page.gridLevel {
            let defs = FieldCatalogue.fields(level: level)
            return defs.indices.contains(n - 1) ? defs[n - 1].key : nil
        }
        let fields = editor.form.fields
        return fields.indices.contains(n - 1) ? fields[n - 1].id : nil
    }

    mutating func search(_ text: String, app: AppContext) throws {
        if source == .field {
            state.setItems(LookupState.filter(fieldItems, query: text.trimmed))
            return
        }
        state.setItems(try Self.items(source, query: text, app: app))
    }

    /// Both languages' names, the operator's first: a broker searches in either.
    static func name(_ zh: String, _ en: String, _ language: Language) -> String {
        let (first, second) = language == .zh ? (zh, en) : (en, zh)
        if first.isEmpty { return second }
        return second.isEmpty || second == first ? first : "\(first)  \(second)"
    }

    static func items(_ source: Source, query: String, app: AppContext) throws -> [LookupItem] {
        let language = app.strings.language
        let text = query.trimmed
        switch source {
        case let .codeTable(table):
            return try CodeTables.search(app.db, table: table, text: text, limit: limit).map {
                LookupItem(code: $0.code, name: name($0.nameZh, $0.nameEn, language))
            }
        case .hs:
            return try CodeTables.searchHS(app.db, text: text, limit: limit).map {
                LookupItem(code: "\($0.code) \($0.ciqCode)", name: name($0.nameZh, $0.nameEn, language))
            }
        case .enterprise:
            return try Enterprises.search(app.db, text: text, limit: limit).map {
                LookupItem(code: $0.id, name: name($0.name, $0.nameEn, language))
            }
        case let .choice(key):
            return LookupState.filter(choices(key, app.strings), query: text)
        case .field:
            return []
        }
    }

    static func choices(_ key: String, _ s: Strings) -> [LookupItem] {
        if key == "direction" {
            return [LookupItem(code: "I", name: s[.directionImport]), LookupItem(code: "E", name: s[.directionExport])]
        }
        if FieldCatalogue.field(key)?.kind == .flag {
            return [LookupItem(code: "0", name: s[.flagNo]), LookupItem(code: "1", name: s[.flagYes])]
        }
        return DeclarationScope.allCases.map { LookupItem(code: $0.rawValue, name: DeclarationText.scope($0, s)) }
    }

    /// The values a choice writes: one field for a code, several for an HS code or a party.
    func values(for item: LookupItem, app: AppContext) throws -> [String: String] {
        switch source {
        case .codeTable, .choice:
            return [key: item.code]
        case .field:
            return [:]
        case .hs:
            let parts = item.code.split(separator: " ").map(String.init)
            guard let code = parts.first else { return [:] }
            let ciq = parts.count > 1 ? parts[1] : ""
            var values = ["hsCode": code, "ciqCode": ciq]
            if let hs = try CodeTables.hs(app.db, code: code, ciqCode: ciq) {
                // The legal units come with the code; names and quantities stay the broker's.
                values["legalUnit"] = hs.unit1
                values["secondUnit"] = hs.unit2
                values["goodsName"] = hs.nameZh
            }
            return values
        case let .enterprise(party):
            guard let e = try Enterprises.find(app.db, id: item.code) else { return [:] }
            var values = ["\(party)Name": e.name, "\(party)USCC": e.id, "\(party)Code": e.customsCode, "\(party)CIQCode": e.ciqCode]
            if party == "trader" { values["traderNameEn"] = e.nameEn }
            return values
        }
    }
}
