import SingleWindowKit
import TerminalUI

/// Builds a form's widgets from a catalogue and a layout, and reads them back: one builder for
/// the declaration's big table and for any other catalogue-driven form (an approval stage's).
/// Labels, required markers (`*`), shared markers and look-up markers (F4) come from the catalogue.
enum CatalogueFormBuilder {
    /// The input box width of an item: its length and a cell for the cursor, at most 36.
    static func defaultWidth(_ field: CatalogueField) -> Int { min(field.maxLength + 1, 36) }

    /// The form of `layout`'s sections filled with `values`; required markers as `values` say.
    static func form(_ catalogue: FormCatalogue, layout: FormLayout, values: [String: String], language: Language,
                     editable: Bool, width: (CatalogueField) -> Int = defaultWidth) -> FormState {
        let sections = layout.sections.map { section in
            FormSection(title: catalogue.section(section.key)?.label(language) ?? "",
                        fields: layout.fields(of: section, in: catalogue).map { field in
                            FormField(id: field.id, label: field.label(language), value: values[field.id] ?? "",
                                      width: width(field), maxLength: field.maxLength, isRequired: field.isRequired(in: values),
                                      isReadOnly: !editable, hasLookup: editable && field.lookup != nil, isShared: field.isShared)
                        })
        }
        return FormState(sections: sections)
    }

    /// What the form holds, by item id (empty values included).
    static func values(_ form: FormState) -> [String: String] {
        Dictionary(form.fields.map { ($0.id, $0.value) }) { first, _ in first }
    }

    /// The form's values as typed record values, with the catalogue's problems.
    static func read(_ form: FormState, _ catalogue: FormCatalogue, pathPrefix: String = "",
                     codes: some CodeTableLookup = AnyCodeIsKnown()) throws -> FormRecord {
        try catalogue.read(values(form), pathPrefix: pathPrefix, codes: codes)
    }

    /// Marks each problem on its field (`prefix.id` paths), clearing the old marks.
    static func mark(_ problems: [Problem], on form: inout FormState, pathPrefix: String = "", text: (Problem) -> String) {
        form.clearErrors()
        let prefix = pathPrefix.isEmpty ? "" : pathPrefix + "."
        for problem in problems where problem.path.hasPrefix(prefix) {
            form.setError(text(problem), for: String(problem.path.dropFirst(prefix.count)))
        }
    }

    /// Recomputes the required markers after a value they depend on changed.
    static func refreshRequired(_ form: inout FormState, _ catalogue: FormCatalogue, values: [String: String]) {
        for field in catalogue.fields {
            guard var shown = form[field.id] else { continue }
            shown.isRequired = field.isRequired(in: values)
            form[field.id] = shown
        }
    }

    /// A grid of catalogue items, one row per record, behind a read-only line-number column.
    static func grid(_ fields: [CatalogueField], rows: [[String: String]], numberTitle: String, language: Language,
                     editable: Bool, width: (CatalogueField) -> Int) -> GridState {
        let columns = [GridColumn(numberTitle, width: 3, alignment: .right, isReadOnly: true)]
            + fields.map { field in
                GridColumn(field.label(language), width: width(field), isReadOnly: !editable,
                           hasLookup: editable && field.lookup != nil, maxLength: field.maxLength)
            }
        var grid = GridState(columns: columns, rows: rows.enumerated().map { i, values in
            ["\(i + 1)"] + fields.map { values[$0.id] ?? "" }
        })
        grid.column = editable ? 1 : 0
        return grid
    }

    /// A grid's rows by item id (empty cells dropped; column 0 is the line number).
    static func values(_ grid: GridState, _ fields: [CatalogueField]) -> [[String: String]] {
        grid.rows.map { row in
            var values: [String: String] = [:]
            for (i, field) in fields.enumerated() where i + 1 < row.count && !row[i + 1].isEmpty { values[field.id] = row[i + 1] }
            return values
        }
    }
}
