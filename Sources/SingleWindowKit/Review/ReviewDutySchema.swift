import Store

/// Review 4 (global version 8): duty in CNY — the exchange rates customs converts a customs value at (计征汇率).
///
/// One row per currency and the day its rate takes effect; the rate for a declaration is the
/// latest row on or before the declaration's date, so the primary key (currency, valid_from) is
/// also the look-up's index. The rate is exact decimal text (CNY per one unit), never a float.
/// The rows are reference data: `sample-data/reference/exchange-rates.csv`, loaded with the other
/// tables (`ExchangeRateFile`). Which levy natures charge duty is in the `levy_nature` table
/// itself (extra `charges_duty`), and a guarantee lives on the customs lane's detail with the
/// lane event and audit entry that recorded it, so neither needs a table here.
enum ReviewDutySchema {
    static let migration = Migration(legacyVersion: 8, name: "review-duty", sql: """
    CREATE TABLE exchange_rate (
        currency     TEXT NOT NULL,            -- ISO 4217 alpha-3
        valid_from   TEXT NOT NULL,            -- YYYY-MM-DD (China), inclusive
        cny_per_unit TEXT NOT NULL,            -- exact decimal: CNY for one unit of the currency
        PRIMARY KEY (currency, valid_from)
    ) WITHOUT ROWID;
    """)
}
