import Foundation
import Store

/// The 18-digit customs number (海关编号, research §2.5): 4-digit customs district of
/// declaration + 4-digit year + 1-digit I/E flag (import 1, export 0) + 9-digit serial,
/// counted per district, year and flag. Assigned inside the submitting transaction, so numbers
/// are unique and gapless within a database: a failed submission rolls its number back.
enum DeclarationNumbering {
    static func next(_ db: Database, district: String, year: Int, direction: DeclarationDirection) throws -> String {
        precondition(db.isInTransaction, "numbers are taken in the submitting transaction")
        let yearText = String(format: "%04d", year)
        try db.run("""
            INSERT INTO declaration_number_sequence(district, year, ie_digit, last) VALUES (?,?,?,1)
            ON CONFLICT(district, year, ie_digit) DO UPDATE SET last = last + 1
            """, [district, yearText, direction.numberDigit])
        let serial = try db.scalar("SELECT last FROM declaration_number_sequence WHERE district = ? AND year = ? AND ie_digit = ?",
                                   [district, yearText, direction.numberDigit]).int64 ?? 1
        return district + yearText + direction.numberDigit + String(format: "%09lld", serial)
    }

    /// The year a date falls in, in China (UTC+8): a declaration at 01:00 on 1 January in
    /// Shanghai belongs to the new year.
    static func year(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        return calendar.component(.year, from: date)
    }
}
