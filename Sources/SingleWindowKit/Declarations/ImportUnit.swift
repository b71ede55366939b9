/// One declaration as read from an import file, before it is judged: the record, the problems
/// found while reading it, where each of its values sits in the file, and its source (for the
/// rejects file).
struct ImportUnit {
    var declaration: Declaration
    var problems: [Problem] = []
    var locator: ImportLocator
    /// CSV: the rows that made this declaration, as typed (without line breaks), in file order.
    var csvRows: [[UInt8]] = []
}

/// Maps a problem's field path back to a line and column of the file.
struct ImportLocator {
    /// The first line of the declaration (a CSV row, or the JSON object's opening brace).
    var firstLine: Int
    /// CSV: column (1-based) per catalogue key.
    var columns: [String: Int] = [:]
    /// CSV: the row line of each goods line, container and document, and of each header value.
    var headerLines: [String: Int] = [:]
    var goodsLines: [Int] = []
    var containerLines: [Int] = []
    var documentLines: [Int] = []
    /// JSON: exact positions by field path.
    var positions: [String: (line: Int, column: Int)] = [:]

    func locate(_ path: String) -> (line: Int, column: Int) {
        if let exact = positions[path] { return exact }
        let (level, index, key) = Self.split(path)
        let column = key.flatMap { columns[$0] } ?? 0
        switch level {
        case "header":
            if let object = positions["header"] { return object }
            return (key.flatMap { headerLines[$0] } ?? firstLine, column)
        case "scope", "direction":
            return (headerLines[level] ?? firstLine, columns[level] ?? 0)
        case "goods", "containers", "documents":
            let lines = level == "goods" ? goodsLines : level == "containers" ? containerLines : documentLines
            if let index, let object = positions["\(level)[\(index)]"] { return object }
            guard let index, index >= 1, index <= lines.count else {
                return (positions[level]?.line ?? firstLine, positions[level]?.column ?? 0)
            }
            return (lines[index - 1], column)
        default:
            return (firstLine, column)
        }
    }

    /// "goods[2].unitPrice" → ("goods", 2, "unitPrice"); "header.billNo" → ("header", nil, "billNo").
    static func split(_ path: String) -> (String, Int?, String?) {
        let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
        let head = parts[0]
        let key = parts.count > 1 ? parts[1] : nil
        if let open = head.firstIndex(of: "["), let close = head.firstIndex(of: "]") {
            let index = Int(head[head.index(after: open)..<close])
            return (String(head[..<open]), index, key)
        }
        return (head, nil, key)
    }
}
