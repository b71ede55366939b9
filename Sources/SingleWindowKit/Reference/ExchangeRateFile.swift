import Foundation
import Store

/// The exchange-rate file (计征汇率): `currency,valid_from,cny_per_unit`, one row per currency and
/// the day its rate takes effect. Checked whole like every reference file: a currency that is not
/// three capital letters, a day that is not a real YYYY-MM-DD, a rate that is not a positive exact
/// decimal or a repeated (currency, day) refuses the file and the table keeps what it had.
enum ExchangeRateFile: ReferenceTableFile {
    static let requiredColumns = ["currency", "valid_from", "cny_per_unit"]

    static let insert = "INSERT INTO exchange_rate (currency, valid_from, cny_per_unit) VALUES (?, ?, ?)"

    static func delete(_ entry: ReferenceLoader.ManifestEntry) -> (sql: String, arguments: [any SQLBindable]) {
        ("DELETE FROM exchange_rate", [])
    }

    static func rows(of file: CSVTableFile, _ entry: ReferenceLoader.ManifestEntry, _ db: Database,
                     _ local: inout FileProblems) throws -> [[any SQLBindable]] {
        var seen: [String: Int] = [:]
        var rows: [[any SQLBindable]] = []
        for row in file.rows {
            let currency = row["currency"], day = row["valid_from"], rate = row["cny_per_unit"]
            var keyOK = true
            if currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                local.add(row, "currency", "currency \(currency) is not three capital letters (ISO 4217)"); keyOK = false
            }
            if !InspectionSlots.isDay(day) { local.add(row, "valid_from", "valid_from \(day) is not a date (YYYY-MM-DD)"); keyOK = false }
            if keyOK { _ = local.checkUnique(currency + " " + day, row, "valid_from", seen: &seen) }
            if ExchangeRates.parse(rate) == nil {
                local.add(row, "cny_per_unit", "rate \(rate) is not a positive decimal number")
            }
            rows.append([currency, day, rate])
        }
        return rows
    }
}
