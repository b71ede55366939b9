
/// One visible page of a long list, moved by keyset: each page is asked for relative to the
/// first or last item of the current one, so paging costs the same at row 10 and row 1,000,000.
/// The domain supplies the two queries; the pager only remembers the page it shows.
struct KeysetPager<Item, Cursor> {
    /// Items after `cursor` (nil: from the start), ascending, at most `limit`.
    var fetchAfter: (Cursor?, Int) throws -> [Item]
    /// Items before `cursor` (nil: up to the end), ascending, at most `limit`.
    var fetchBefore: (Cursor?, Int) throws -> [Item]
    var cursorOf: (Item) -> Cursor

    private(set) var items: [Item] = []
    private(set) var hasPrevious = false
    private(set) var hasNext = false
    var pageSize = 20

    init(fetchAfter: @escaping (Cursor?, Int) throws -> [Item], fetchBefore: @escaping (Cursor?, Int) throws -> [Item],
         cursorOf: @escaping (Item) -> Cursor) {
        self.fetchAfter = fetchAfter
        self.fetchBefore = fetchBefore
        self.cursorOf = cursorOf
    }

    mutating func first() throws {
        let rows = try fetchAfter(nil, pageSize + 1)
        items = Array(rows.prefix(pageSize))
        hasPrevious = false
        hasNext = rows.count > pageSize
    }

    mutating func last() throws {
        let rows = try fetchBefore(nil, pageSize + 1)
        items = Array(rows.suffix(pageSize))
        hasNext = false
        hasPrevious = rows.count > pageSize
    }

    mutating func next() throws {
        guard let tail = items.last else { return try first() }
        let rows = try fetchAfter(cursorOf(tail), pageSize + 1)
        guard !rows.isEmpty else { hasNext = false; return }
        items = Array(rows.prefix(pageSize))
        hasPrevious = true
        hasNext = rows.count > pageSize
    }

    mutating func previous() throws {
        guard let head = items.first else { return try last() }
        let rows = try fetchBefore(cursorOf(head), pageSize + 1)
        guard !rows.isEmpty else { hasPrevious = false; return }
        items = Array(rows.suffix(pageSize))
        hasNext = true
        hasPrevious = rows.count > pageSize
        if items.count < pageSize { try first() }
    }

    /// Re-reads the page starting at its current first item (after another terminal's write).
    mutating func reload() throws {
        guard let head = items.first else { return try first() }
        guard let anchor = try fetchBefore(cursorOf(head), 1).last else { return try first() }
        let rows = try fetchAfter(cursorOf(anchor), pageSize + 1)
        if rows.isEmpty { return try last() }
        items = Array(rows.prefix(pageSize))
        hasPrevious = true
        hasNext = rows.count > pageSize
    }
}
