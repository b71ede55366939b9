import Store

/// The reference look-ups a declaration needs, cached for the life of one action or import:
/// code tables are small and HS codes are cached as met, so a batch of 100,000 lines asks the
/// database once per distinct code, not once per cell.
public final class DeclarationReference: CodeTableLookup {
    private let db: Database
    private var entries: [String: [String: CodeEntry?]] = [:]
    private var hsCodes: [String: HSCode?] = [:]
    private var usccVerdicts: [String: Bool] = [:]
    /// Whether a code exists, apart from `entries`: answering it copies no entry (names, extras).
    private var knownCodes: [String: [String: Bool]] = [:]

    public init(db: Database) { self.db = db }

    public func entry(table: String, code: String) throws -> CodeEntry? {
        if let cached = entries[table]?[code] { return cached }
        let found = try CodeTables.entry(db, table: table, code: code)
        entries[table, default: [:]][code] = .some(found)
        return found
    }

    public func contains(table: String, code: String) throws -> Bool {
        if let known = knownCodes[table]?[code] { return known }
        let found = try entry(table: table, code: code) != nil
        knownCodes[table, default: [:]][code] = found
        return found
    }

    /// The HS entry for a 10-digit code and its 3-digit inspection code.
    public func hs(code: String, ciqCode: String) throws -> HSCode? {
        let key = code + ciqCode
        if let cached = hsCodes[key] { return cached }
        let found = try CodeTables.hs(db, code: code, ciqCode: ciqCode)
        hsCodes[key] = found
        return found
    }

    /// Whether `value` (as typed) normalizes to a valid USCC. The same few parties appear on
    /// every declaration of a batch, so each is checked once.
    func isValidUSCC(_ value: String) -> Bool {
        if let known = usccVerdicts[value] { return known }
        let verdict = USCC.isValid(USCC.normalized(value))
        usccVerdicts[value] = verdict
        return verdict
    }
}
