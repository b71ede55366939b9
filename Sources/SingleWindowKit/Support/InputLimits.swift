/// How big any input may be, stated once (README, "Limits") and refused with a clear message:
/// without them one declaration of 100,000 goods lines took 790 MB, a 1,000,000-column crew
/// list took 212 s and was accepted, and a 100 MB line took 15.6 s and 424 MB.
public enum InputLimits {
    /// Goods items in one declaration: the customs form's limit.
    public static let goodsItems = 50
    /// Fields in one CSV record.
    public static let csvColumns = 512
    /// Bytes in one CSV field (64 KiB; the longest catalogue field is far shorter).
    public static let csvFieldBytes = 64 * 1024
    /// Bytes in one CSV record, quoted line breaks included (1 MiB).
    public static let csvRecordBytes = 1024 * 1024
    /// Nesting of objects and arrays in a JSON file (a declaration needs four levels).
    public static var jsonDepth: Int { PositionedJSON.maxDepth }
}
