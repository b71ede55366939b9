import Presentation
import SingleWindowKit
import TerminalUI
import TextWidth

/// Builds the big table's widgets from the field catalogue, so the form shows exactly the items
/// the importer and validator know: header sections as a form, goods, containers and documents as
/// grids whose first column is the line number.
enum DeclarationFormBuilder {
    /// Fields chosen from a short list (F4) rather than a code table.
    static let choiceFields: Set<String> = ["direction", "scope"]
    /// Party fields: F4 looks the enterprise up and fills the party's name and codes.
    static let partyFields: [String: String] = [
        "traderName": "trader", "traderUSCC": "trader", "traderCode": "trader", "traderCIQCode": "trader",
        "ownerName": "owner", "ownerUSCC": "owner", "ownerCode": "owner", "ownerCIQCode": "owner",
        "agentName": "agent", "agentUSCC": "agent", "agentCode": "agent", "agentCIQCode": "agent",
    ]
    /// Goods fields looked up in the HS table (code and inspection code together).
    static let hsFields: Set<String> = ["hsCode", "ciqCode"]

    static func hasLookup(_ field: FieldDefinition) -> Bool { lookup(field) != nil }

    /// Where F4 looks an item up: its code table, its short list (a flag's is 0/1), the
    /// enterprises, the HS table.
    static func lookup(_ field: FieldDefinition) -> CatalogueField.Lookup? {
        if let table = field.lookupTable { return .codeTable(table) }
        if choiceFields.contains(field.key), case let .choice(options) = field.kind { return .choice(options) }
        if field.kind == .flag { return .choice(["0", "1"]) }
        if let party = partyFields[field.key] { return .named("enterprise." + party) }
        if hsFields.contains(field.key) { return .named("hs") }
        return nil
    }

    /// The big table's levels as form catalogues, with the look-ups this pane offers.
    static let catalogues: [FieldDefinition.Level: FormCatalogue] = Dictionary(uniqueKeysWithValues:
        FieldDefinition.Level.allCases.map { level in
            var catalogue = FieldCatalogue.catalogue(level: level)
            for (i, def) in FieldCatalogue.fields(level: level).enumerated() { catalogue.fields[i].lookup = lookup(def) }
            return (level, catalogue)
        })

    static func catalogue(_ level: FieldDefinition.Level) -> FormCatalogue { catalogues[level] ?? FormCatalogue(sections: [], fields: []) }

    /// The scope and direction the required markers depend on.
    static func requiredInputs(_ d: Declaration) -> [String: String] { ["scope": d.scope.rawValue, "direction": d.direction.flag] }

    /// The header form: every header section of the catalogue, in order, with the short labels
    /// of the dense layout and the lengths at which a code is complete.
    static func header(_ d: Declaration, language: Language, editable: Bool) -> FormState {
        let catalogue = catalogue(.header)
        var values = requiredInputs(d)
        for field in catalogue.fields { values[field.id] = d[field.id] }
        var form = CatalogueFormBuilder.form(catalogue, layout: .all(catalogue), values: values, language: language,
                                             editable: editable, width: headerWidth)
        for s in form.sections.indices {
            for f in form.sections[s].fields.indices {
                guard let def = FieldCatalogue.field(form.sections[s].fields[f].id) else { continue }
                form.sections[s].fields[f].label = def.shortLabel(language)
                form.sections[s].fields[f].fixedLength = def.fixedLength
            }
        }
        return form
    }

    /// The dense form's slot: a 14-cell label, markers, a box of up to 19 cells, its marks.
    static let slotWidth = 38

    /// Input box width on the header: a name or a long text takes two slots (or the row), every
    /// other item fits one slot's box.
    static func headerWidth(_ field: CatalogueField) -> Int {
        if field.kind == .text, field.maxLength > 50 { return min(field.maxLength + 1, 72) }
        return min(field.maxLength + 1, 20)
    }

    /// Grid column width for a catalogue item: wide enough for its codes and numbers, narrow
    /// enough that the goods grid's first columns fit 80 columns.
    static func width(_ field: CatalogueField) -> Int {
        switch field.kind {
        case .code: return max(field.maxLength, 3) + 1
        case .decimal: return field.id == "totalPrice" ? 12 : 10
        case .integer: return 6
        case .date: return 10
        case .flag: return 2
        case .choice: return 4
        case .text: return min(max(field.maxLength, 3), 16)
        }
    }

    /// A grid with short titles, complete-code lengths and the required columns of this scope
    /// and direction (Enter and a completed code move to the next required cell still empty).
    static func grid(_ level: FieldDefinition.Level, rows: [[String: String]], language: Language, editable: Bool,
                     scope: DeclarationScope = .customsAndInspection, direction: DeclarationDirection = .import) -> GridState {
        var grid = CatalogueFormBuilder.grid(catalogue(level).fields, rows: rows, numberTitle: language == .zh ? "项" : "No.",
                                             language: language, editable: editable, width: width)
        for (i, def) in FieldCatalogue.fields(level: level).enumerated() where grid.columns.indices.contains(i + 1) {
            let title = def.shortLabel(language)
            grid.columns[i + 1].title = title
            grid.columns[i + 1].fixedLength = def.fixedLength
            // A column is wide enough for its short title, so narrow columns never read alike.
            grid.columns[i + 1].width = max(grid.columns[i + 1].width, min(displayWidth(title), 10))
        }
        markRequired(&grid, level: level, scope: scope, direction: direction)
        return grid
    }

    /// Sets which columns are required for this scope and direction.
    static func markRequired(_ grid: inout GridState, level: FieldDefinition.Level, scope: DeclarationScope,
                             direction: DeclarationDirection) {
        for (i, def) in FieldCatalogue.fields(level: level).enumerated() where grid.columns.indices.contains(i + 1) {
            grid.columns[i + 1].isRequired = def.isRequired(scope: scope, direction: direction)
        }
    }

    /// The catalogue field behind a grid column (column 0 is the line number).
    static func field(level: FieldDefinition.Level, column: Int) -> FieldDefinition? {
        let defs = FieldCatalogue.fields(level: level)
        return defs.indices.contains(column - 1) ? defs[column - 1] : nil
    }

    static func column(level: FieldDefinition.Level, key: String) -> Int? {
        FieldCatalogue.fields(level: level).firstIndex { $0.key == key }.map { $0 + 1 }
    }

    /// The values of a grid's rows, keyed by catalogue key (empty cells dropped).
    static func values(_ grid: GridState, level: FieldDefinition.Level) -> [[String: String]] {
        CatalogueFormBuilder.values(grid, catalogue(level).fields)
    }
}
