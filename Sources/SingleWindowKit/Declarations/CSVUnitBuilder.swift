import Foundation
import TextWidth

/// Builds one declaration from its CSV rows, a row at a time, straight from the stream's
/// current record: unknown columns are never turned into text, and a header cell that repeats
/// the declaration's first value byte for byte is skipped without making a String.
struct CSVUnitBuilder {
    private let columns: CSVColumns
    private var d = Declaration(direction: .import, scope: .customsAndInspection)
    private var locator: ImportLocator
    private var problems: [Problem] = []
    /// Indexed by column, not key: header cells repeat on every row of a declaration.
    private var headerSeen: [HeaderCell?]
    /// The first cell's bytes again, apart, so the common case compares without copying a cell.
    private var headerBytes: [[UInt8]?]
    /// The rows as typed, for the rejects file.
    private var rows: [[UInt8]] = []
    private let goodsFieldCount: Int

    private struct HeaderCell {
        var raw: String
        var value: String
        var line: Int
    }

    init(columns: CSVColumns, firstLine: Int, goodsFieldCount: Int) {
        self.columns = columns
        self.locator = ImportLocator(firstLine: firstLine, columns: columns.numbers)
        self.headerSeen = Array(repeating: nil, count: columns.count)
        self.headerBytes = Array(repeating: nil, count: columns.count)
        self.goodsFieldCount = goodsFieldCount
    }

    mutating func add(_ row: CSVStream) {
        rows.append(row.rawRecord)
        let line = row.line
        var goods: [String: String] = [:], container: [String: String] = [:], document: [String: String] = [:]
        goods.reserveCapacity(goodsFieldCount)
        for i in 0..<min(row.fieldCount, columns.count) where !row.isEmpty(i) {
            guard let level = columns.levels[i] else { continue }
            switch level {
            // `restored`: a `'` an export put before a formula-like value comes off again.
            case .goods: goods[columns.keys[i]] = CSVFormulaGuard.restored(row.string(i))
            case .container: container[columns.keys[i]] = CSVFormulaGuard.restored(row.string(i))
            case .document: document[columns.keys[i]] = CSVFormulaGuard.restored(row.string(i))
            case .header:
                // Compare as typed first (bytes, then text), trim only on a difference.
                if let bytes = headerBytes[i], row.fieldEquals(i, bytes) { continue }
                let key = columns.keys[i]
                if let first = headerSeen[i] {
                    let raw = CSVFormulaGuard.restored(row.string(i))
                    if first.raw == raw { continue }
                    let value = raw.trimmed
                    if !value.isEmpty && first.value != value {
                        problems.append(Problem("header.\(key)@\(line)", "import.headerDisagrees",
                                                [value, first.value, String(first.line)]))
                    }
                } else {
                    let raw = CSVFormulaGuard.restored(row.string(i))
                    let value = raw.trimmed
                    guard !value.isEmpty else { continue }
                    headerSeen[i] = HeaderCell(raw: raw, value: value, line: line)
                    headerBytes[i] = row.plainBytes(i)
                    locator.headerLines[key] = line
                    DeclarationImporter.setHeader(&d, key, raw, problems: &problems)
                }
            }
        }
        // One past the limit is kept, for the validator to refuse it at its line; the rest of a
        // runaway declaration is not built (100,000 goods lines took 790 MB).
        if !goods.isEmpty, d.goods.count <= InputLimits.goodsItems { d.goods.append(GoodsLine(goods)); locator.goodsLines.append(line) }
        if !container.isEmpty { d.containers.append(DeclarationContainer(container)); locator.containerLines.append(line) }
        if !document.isEmpty { d.documents.append(AttachedDocument(document)); locator.documentLines.append(line) }
    }

    func finish() -> ImportUnit {
        ImportUnit(declaration: d, problems: problems, locator: locator, csvRows: rows)
    }
}

/// What each column of the file holds, made once per import: the catalogue key and level per
/// column (nil level: an unknown column), and the column number per key for problem positions.
final class CSVColumns {
    let keys: [String]
    let levels: [FieldDefinition.Level?]
    let numbers: [String: Int]
    var count: Int { keys.count }

    init(fieldAt: [FieldDefinition?], numbers: [String: Int]) {
        keys = fieldAt.map { $0?.key ?? "" }
        levels = fieldAt.map { $0?.level }
        self.numbers = numbers
    }
}

/// The second pass: declarations one at a time, in order of first appearance, each built
/// from all its rows. Only declarations not yet complete are held (one, when rows are adjacent).
final class CSVUnitReader {
    private let stream: CSVStream
    private let plan: CSVImportPlan
    private let columns: CSVColumns
    private let referenceColumn: Int
    private let goodsFieldCount = FieldCatalogue.fields(level: .goods).count
    /// Adjacent rows: the declaration being read and its reference; a declaration found
    /// complete while another was also finished, handed out next.
    private var currentReference = ""
    private var current: CSVUnitBuilder?
    private var ready: ImportUnit?
    /// Rows apart: the data row index, declarations started (by position in first-appearance
    /// order), those whose last row has been read, and the next one to hand out.
    private var row = 0
    private var pending: [Int: CSVUnitBuilder] = [:]
    private var complete: Set<Int> = []
    private var nextGroup = 0

    /// `stream` is positioned before the header.
    init(stream: CSVStream, plan: CSVImportPlan, fieldAt: [FieldDefinition?], columns: [String: Int]) throws {
        self.stream = stream
        self.plan = plan
        self.columns = CSVColumns(fieldAt: fieldAt, numbers: columns)
        self.referenceColumn = (columns["traderReference"] ?? 1) - 1
        _ = try stream.advance()
    }

    private func builder(firstLine: Int) -> CSVUnitBuilder {
        CSVUnitBuilder(columns: columns, firstLine: firstLine, goodsFieldCount: goodsFieldCount)
    }

    /// The next declaration, or nil after the last.
    func next() throws -> ImportUnit? {
        switch plan.grouping {
        case .adjacent: return try nextAdjacent()
        case let .scattered(groupOf, lastRow): return try nextScattered(groupOf: groupOf, lastRow: lastRow)
        }
    }

    private func nextAdjacent() throws -> ImportUnit? {
        if let unit = ready { ready = nil; return unit }
        while try stream.advance() {
            let reference = CSVImportPlan.reference(stream, column: referenceColumn)
            if current != nil, !reference.isEmpty, reference == currentReference {
                current?.add(stream)
                continue
            }
            let finished = current?.finish()
            var started = builder(firstLine: stream.line)
            started.add(stream)
            if reference.isEmpty {
                // Rows without a reference cannot be grouped: each stands alone (and is rejected).
                current = nil
                guard let finished else { return started.finish() }
                ready = started.finish()
                return finished
            }
            current = started
            currentReference = reference
            if let finished { return finished }
        }
        defer { current = nil }
        return current?.finish()
    }

    private func nextScattered(groupOf: [String: Int], lastRow: [Int]) throws -> ImportUnit? {
        while complete.contains(nextGroup) == false, nextGroup < lastRow.count {
            guard try stream.advance() else { break }
            let key = CSVImportPlan.key(reference: CSVImportPlan.reference(stream, column: referenceColumn), row: row)
            guard let group = groupOf[key] else { break }
            var unit = pending.removeValue(forKey: group) ?? builder(firstLine: stream.line)
            unit.add(stream)
            pending[group] = unit
            if lastRow[group] == row { complete.insert(group) }
            row += 1
        }
        guard complete.remove(nextGroup) != nil, let unit = pending.removeValue(forKey: nextGroup) else { return nil }
        nextGroup += 1
        return unit.finish()
    }
}
