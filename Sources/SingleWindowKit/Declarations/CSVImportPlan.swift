import Foundation
import TextWidth

/// What the first pass over a CSV import finds, before anything is written: the file is
/// UTF-8 with closed quotes (or `error` says why not), its header, and how its rows group
/// into declarations. Only the reference column is read as text; the file is never held whole.
struct CSVImportPlan {
    var header: CSVRecord?
    /// Rows after the header.
    var rows = 0
    /// Declarations in the file (rows sharing a trader's reference; a row without one is alone).
    var declarations = 0
    var grouping = Grouping.adjacent
    /// The rejects file copies these from the input.
    var crlf = false, bom = false

    enum Grouping {
        /// Each declaration's rows are next to each other (as ERPs write them): the second
        /// pass finishes a declaration when the reference changes.
        case adjacent
        /// Some declaration's rows are apart: the second pass keeps a declaration until its
        /// last row (`lastRow`, by row index) has been read. `groupOf` maps a grouping key
        /// (`CSVImportPlan.key`) to the declaration's position in first-appearance order.
        case scattered(groupOf: [String: Int], lastRow: [Int])
    }

    /// The grouping key of data row `index` (0-based) with trimmed reference `reference`.
    static func key(reference: String, row index: Int) -> String {
        reference.isEmpty ? "\u{0}row\(index)" : reference
    }

    /// The trimmed reference of the stream's current record.
    static func reference(_ stream: CSVStream, column: Int) -> String {
        column < stream.fieldCount ? stream.string(column).trimmed : ""
    }

    /// Reads the whole input once. `open` gives a new stream from the start (called again only
    /// for a file whose declarations' rows are apart); `referenceColumn` maps the header to the
    /// trader's reference column (0-based).
    static func scan(open: () throws -> CSVStream, referenceColumn: ([String]) -> Int) throws -> CSVImportPlan {
        var plan = CSVImportPlan()
        let stream = try open()
        guard let header = try stream.next() else {
            plan.crlf = stream.sawCRLF; plan.bom = stream.hadBOM
            return plan
        }
        plan.header = header
        let column = referenceColumn(header.fields)
        // Hashes of references whose rows have ended; a repeat (or a hash collision, which only
        // costs the exact pass below) means rows apart.
        var finished: Set<Int> = []
        var current: String?
        var apart = false
        while try stream.advance() {
            let reference = Self.reference(stream, column: column)
            plan.rows += 1
            if reference.isEmpty {
                if let current { finished.insert(current.hashValue) }
                current = nil
                plan.declarations += 1
            } else if reference != current {
                if let current { finished.insert(current.hashValue) }
                if finished.contains(reference.hashValue) { apart = true }
                current = reference
                plan.declarations += 1
            }
        }
        plan.crlf = stream.sawCRLF; plan.bom = stream.hadBOM
        if apart { try plan.groupExactly(open(), column: column) }
        return plan
    }

    /// The exact grouping of a file whose declarations' rows are apart.
    private mutating func groupExactly(_ stream: CSVStream, column: Int) throws {
        _ = try stream.advance()   // the header
        var groupOf: [String: Int] = [:]
        var lastRow: [Int] = []
        var row = 0
        while try stream.advance() {
            let key = Self.key(reference: Self.reference(stream, column: column), row: row)
            if let group = groupOf[key] {
                lastRow[group] = row
            } else {
                groupOf[key] = lastRow.count
                lastRow.append(row)
            }
            row += 1
        }
        declarations = lastRow.count
        grouping = .scattered(groupOf: groupOf, lastRow: lastRow)
    }
}
