import Foundation
import Store

/// Export (导出) to the trader's ERP, in the same two formats the importer reads, so that
/// export → import reproduces the declarations.
public enum DeclarationExporter {
    public enum ColumnNames: Sendable { case keys, english, chinese }
    public enum Format: Sendable { case csv, json }

    /// Declarations the operator may see, by id, as a file's bytes.
    /// CSV text cells that start like a formula get a leading `'` (`CSVFormulaGuard`) unless `raw`.
    public static func export(_ ws: Workspace, ids: [Int64], format: Format, names: ColumnNames = .keys,
                              raw: Bool = false, by actor: Operator) throws -> Data {
        let declarations = try ws.db.read { try ids.map { try Declarations.load(ws, id: $0, by: actor) } }
        switch format {
        case .csv: return Data(csv(declarations, names: names, raw: raw).utf8)
        case .json: return json(declarations)
        }
    }

    /// All of a broker's (or trader's) declarations matching `filter`, page by page (keyset),
    /// written to `path` as each page is read: memory holds one page, not the export. The file
    /// appears complete or not at all (`SafeFileWrite`: written beside it, then renamed; a
    /// directory gets `declarations.csv` inside it, a link is refused, an existing file is
    /// replaced only with `force`). Returns the number exported.
    @discardableResult
    public static func exportAll(_ ws: Workspace, filter: DeclarationFilter = DeclarationFilter(), format: Format,
                                 names: ColumnNames = .keys, raw: Bool = false, to path: String, force: Bool = false,
                                 by actor: Operator) throws -> Int {
        let target = try SafeFileWrite.destination(path, fileName: "declarations." + (format == .csv ? "csv" : "json"), force: force)
        let file = try SafeFileWrite.PartFile(target)
        var count = 0
        do {
            try file.write(Data((format == .csv ? csvHeader(names: names) : jsonOpening).utf8))
            // Trader's reference, then revision: the same file from any database holding the same declarations.
            var cursor: ReferenceCursor?
            repeat {
                let page = try DeclarationQueries.listByReference(ws, by: actor, filter: filter, after: cursor, limit: 200)
                var chunk = ""
                for item in page.items {
                    let d = try Declarations.load(ws, id: item.id, by: actor)
                    chunk += format == .csv ? csvRows(d, raw: raw) : jsonItem(d, first: count == 0)
                    count += 1
                }
                try file.write(Data(chunk.utf8))
                cursor = page.next
            } while cursor != nil
            if format == .json { try file.write(Data(jsonClosing(empty: count == 0).utf8)) }
            try file.commit()
        } catch {
            file.abandon()
            throw error
        }
        return count
    }

    /// Declarations by id written to `path` the same safe way as `exportAll`.
    public static func export(_ ws: Workspace, ids: [Int64], format: Format, names: ColumnNames = .keys, raw: Bool = false,
                              to path: String, force: Bool = false, by actor: Operator) throws {
        let target = try SafeFileWrite.destination(path, fileName: "declarations." + (format == .csv ? "csv" : "json"), force: force)
        try SafeFileWrite.write(export(ws, ids: ids, format: format, names: names, raw: raw, by: actor), to: target)
    }

    // MARK: - CSV

    /// One row per goods line with the header columns repeated; container k and document k ride
    /// on row k (extra rows when there are more containers or documents than lines).
    public static func csv(_ declarations: [Declaration], names: ColumnNames = .keys, raw: Bool = false) -> String {
        declarations.reduce(into: csvHeader(names: names)) { $0 += csvRows($1, raw: raw) }
    }

    static func csvHeader(names: ColumnNames) -> String {
        CSVReader.format(FieldCatalogue.fields.map { name($0, names) }) + "\n"
    }

    /// One declaration's rows: goods line k with container k and document k.
    static func csvRows(_ d: Declaration, raw: Bool = false) -> String {
        let fields = FieldCatalogue.fields
        var out = ""
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
            out += CSVReader.format(row, guarded: !raw) + "\n"
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
        var out = jsonOpening
        for (n, d) in declarations.enumerated() { out += jsonItem(d, first: n == 0) }
        out += jsonClosing(empty: declarations.isEmpty)
        return Data(out.utf8)
    }

    static let jsonOpening = "{\n  \"declarations\": ["

    static func jsonClosing(empty: Bool) -> String { empty ? "]\n}\n" : "\n  ]\n}\n" }

    static func jsonItem(_ d: Declaration, first: Bool) -> String {
        var out = first ? "\n    {\n" : ",\n    {\n"
        out += "      \"direction\": \"\(d.direction.flag)\",\n"
        out += "      \"scope\": \"\(d.scope.rawValue)\",\n"
        out += "      \"header\": " + object(FieldCatalogue.fields(level: .header).filter { $0.key != "direction" && $0.key != "scope" }
                                                .map { ($0.key, d[$0.key]) }, indent: 6) + ",\n"
        out += "      \"goods\": " + array(d.goods.map(\.values), level: .goods) + ",\n"
        out += "      \"containers\": " + array(d.containers.map(\.values), level: .container) + ",\n"
        out += "      \"documents\": " + array(d.documents.map(\.values), level: .document) + "\n"
        out += "    }"
        return out
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
