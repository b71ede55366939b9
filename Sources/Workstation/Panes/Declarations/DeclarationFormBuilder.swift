import Presentation
import SingleWindowKit
import TerminalUI

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

    static func hasLookup(_ field: FieldDefinition) -> Bool {
        field.codeTable != nil || choiceFields.contains(field.key) || partyFields[field.key] != nil || hsFields.contains(field.key)
    }

    static func header(_ d: Declaration, language: Language, editable: Bool) -> FormState {
        let sections = FieldCatalogue.sections.filter { $0.level == .header }.map { section in
            FormSection(title: section.label(language), fields: FieldCatalogue.fields(section: section.key).map { def in
                FormField(id: def.key, label: def.label(language), value: d[def.key], width: min(def.maxLength + 1, 36),
                          maxLength: def.maxLength, isRequired: def.isRequired(scope: d.scope, direction: d.direction),
                          isReadOnly: !editable, hasLookup: editable && hasLookup(def), isShared: def.owner == .shared)
            })
        }
        return FormState(sections: sections)
    }

    /// Grid column width for a catalogue field: wide enough for its codes and numbers, narrow
    /// enough that the goods grid's first columns fit 80 columns.
    static func width(_ def: FieldDefinition) -> Int {
        switch def.kind {
        case .code: return max(def.maxLength, 3) + 1
        case .decimal: return def.key == "totalPrice" ? 12 : 10
        case .integer: return 6
        case .date: return 10
        case .flag: return 2
        case .choice: return 4
        case .text: return min(max(def.maxLength, 3), 16)
        }
    }

    static func grid(_ level: FieldDefinition.Level, rows: [[String: String]], language: Language, editable: Bool) -> GridState {
        let defs = FieldCatalogue.fields(level: level)
        let columns = [GridColumn(language == .zh ? "项" : "No.", width: 3, alignment: .right, isReadOnly: true)]
            + defs.map { def in
                GridColumn(def.label(language), width: width(def), isReadOnly: !editable,
                           hasLookup: editable && hasLookup(def), maxLength: def.maxLength)
            }
        var grid = GridState(columns: columns, rows: rows.enumerated().map { i, values in
            ["\(i + 1)"] + defs.map { values[$0.key] ?? "" }
        })
        grid.column = editable ? 1 : 0
        return grid
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
        let defs = FieldCatalogue.fields(level: level)
        return grid.rows.map { row in
            var values: [String: String] = [:]
            for (i, def) in defs.enumerated() where i + 1 < row.count && !row[i + 1].isEmpty { values[def.key] = row[i + 1] }
            return values
        }
    }
}
