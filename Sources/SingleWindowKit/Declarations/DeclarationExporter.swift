import Foundation

/// Export (导出) to the trader's ERP, in the same two formats the importer reads, so that
/// export → import reproduces the declarations.
public enum DeclarationExporter {
    public enum ColumnNames: Sendable { case keys, english, chinese }
    public enum Format: Sendable { case csv, json }

    /// Declarations the operator may see, by id, as a file's bytes.
    public static func export(_ ws: Workspace, ids: [Int64], format: Format, names: ColumnNames = .keys,
                              by actor: Operator) throws -> Data {
        let declarations = try ws.db.read { try ids.map { try Declarations.load(ws, id: $0, by: actor) } }
        switch format {
        case .csv: return Data(csv(declarations, names: names).utf8)
        case .json: return json(declarations)
        }
    }

    /// All of a broker's (or trader's) declarations matching `filter`, page by page (keyset),
    /// written to `path`. Returns the number exported.
    @discardableResult
    public static func exportAll(_ ws: Workspace, filter: DeclarationFilter = DeclarationFilter(), format: Format,
                                 names: ColumnNames = .keys, to path: String, by actor: Operator) throws -> Int {
        var all: [Declaration] = []
        var cursor: DeclarationCursor?
        repeat {
            let page = try DeclarationQueries.list(ws, by: actor, filter: filter, after: cursor, limit: 200)
            all += try page.items.map { try Declarations.load(ws, id: $0.id, by: actor) }
            cursor = page.next
        } while cursor != nil
        let data = format == .csv ? Data(csv(all, names: names).utf8) : json(all)
        try data.write(to: URL(fileURLWithPath: path))
        return all.count
    }

    // MARK: - CSV

    /// One row per goods line with the header columns repeated; container k and document k ride
    /// on row k (extra rows when there are more containers or documents than lines).
    public static func csv(_ declarations: [Declaration], names: ColumnNames = .keys) -> String {
        let fields = FieldCatalogue.fields
        var out = CSVReader.format(fields.map { name($0, names) }) + "\n"
        for d in declarations {
            let rows = max(1, d.goods.count, d.containers.count, d.documents.count)
            let header = fields.map { $0.level == .header ? d[$0.key] : "" }
            for r in 0..<rows {
                var row: [String] = []
                row.reserveCapacity(fields.count)
                for (i, field) in fields.enumerated() {
                    switch field.level {
                    case .header: row.append(header[i])
                    case .goods: row.append(r < d.goods.count ? d.goods[r][field.key] : "")
                    case .container: row.append(r < d.containers.count ? d.containers[r][field.key] : "")
                    case .document: row.append(r < d.documents.count ? d.documents[r][field.key] : "")
                    }
                }
                out += CSVReader.format(row) + "\n"
            }
        }
        return out
    }

    private static func name(_ field: FieldDefinition, _ names: ColumnNames) -> String {
        switch names {
        case .keys: return field.key
        case .english: return field.en
        case .chinese: return field.zh
        }
    }

    // MARK: - JSON

    /// `{"declarations": [{"direction", "scope", "header", "goods", "containers", "documents"}]}`,
    /// items in catalogue order, values as typed (text).
    public static func json(_ declarations: [Declaration]) -> Data {
        var out = "{\n  \"declarations\": ["
        for (n, d) in declarations.enumerated() {
            out += n == 0 ? "\n    {\n" : ",\n    {\n"
            out += "      \"direction\": \"\(d.direction.flag)\",\n"
            out += "      \"scope\": \"\(d.scope.rawValue)\",\n"
            out += "      \"header\": " + object(FieldCatalogue.fields(level: .header).filter { $0.key != "direction" && $0.key != "scope" }
                                                    .map { ($0.key, d[$0.key]) }, indent: 6) + ",\n"
            out += "      \"goods\": " + array(d.goods.map(\.values), level: .goods) + ",\n"
            out += "      \"containers\": " + array(d.containers.map(\.values), level: .container) + ",\n"
            out += "      \"documents\": " + array(d.documents.map(\.values), level: .document) + "\n"
            out += "    }"
        }
        out += declarations.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return Data(out.utf8)
    }

    private static func array(_ items: [[String: String]], level: FieldDefinition.Level) -> String {
        guard !items.isEmpty else { return "[]" }
        let fields = FieldCatalogue.fields(level: level)
        return "[\n" + items.map { values in
            String(repeating: " ", count: 8) + object(fields.map { ($0.key, values[$0.key] ?? "") }, indent: 8)
        }.joined(separator: ",\n") + "\n      ]"
    }

    private static func object(_ pairs: [(String, String)], indent: Int) -> String {
        let filled = pairs.filter { !$0.1.isEmpty }
        guard !filled.isEmpty else { return "{}" }
        let pad = String(repeating: " ", count: indent + 2)
        return "{\n" + filled.map { key, value in
            var line = pad
            FieldsJSON.appendQuoted(key, to: &line)
            line += ": "
            FieldsJSON.appendQuoted(value, to: &line)
            return line
        }.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent) + "}"
    }
}
