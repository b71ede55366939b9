import Foundation

/// A list of values bound as ONE parameter, a JSON array, for `x IN (SELECT value FROM json_each(?))`.
///
/// Values are never written into SQL text: a quote in an id can neither break the statement
/// nor change it, and the SQL text stays the same whatever the list holds, so one cached
/// statement serves every list (an `IN (?, ?, …)` with a mark per value is a new statement,
/// and a new cache entry, for every length).
public enum SQLList {
    public static func json(_ values: [String]) -> String {
        encode(values)
    }

    public static func json(_ values: [Int64]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    private static func encode(_ values: [String]) -> String {
        // JSONSerialization escapes quotes, backslashes and control characters; [String] always encodes.
        let data = (try? JSONSerialization.data(withJSONObject: values, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
