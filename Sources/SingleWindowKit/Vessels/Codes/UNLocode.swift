import Store

/// A UN/LOCODE: two-letter ISO 3166 country code and three letters or digits 2–9 for the place
/// ("CNSHA", "NLRTM"); a space between the two parts is tolerated. The country must be in the
/// country table (checked through its alpha-2 code); whether the place itself must be a known
/// port is the caller's choice (`requireKnownPort`), since the port table holds only the ports
/// the single window serves while last/next ports may be anywhere.
public struct UNLocode: Hashable, Codable, Sendable, CustomStringConvertible {
    public let code: String

    /// Format only.
    public init(parsing text: String) throws(FieldFault) {
        let s = text.uppercased().filter { !$0.isWhitespace }
        guard s.count == 5 else { throw FieldFault("vessel.locode.format", [text]) }
        let country = s.prefix(2), place = s.suffix(3)
        guard country.allSatisfy({ $0.isASCII && $0.isLetter }),
              place.allSatisfy({ $0.isASCII && ($0.isLetter || ("2"..."9").contains($0)) }) else {
            throw FieldFault("vessel.locode.format", [text])
        }
        code = s
    }

    public var countryAlpha2: String { String(code.prefix(2)) }

    /// Format, country in the country table and, if asked, the code in the port table.
    public static func check(_ db: Database, _ text: String, requireKnownPort: Bool = false) throws -> Result<UNLocode, FieldFault> {
        let locode: UNLocode
        do { locode = try UNLocode(parsing: text) } catch { return .failure(error) }
        if try !VesselCountries.alpha2Exists(db, locode.countryAlpha2) {
            return .failure(FieldFault("vessel.locode.country", [locode.code, locode.countryAlpha2]))
        }
        if requireKnownPort, try !CodeTables.contains(db, table: "port", code: locode.code) {
            return .failure(FieldFault("problem.unknownCode", [locode.code, "port"]))
        }
        return .success(locode)
    }

    public var description: String { code }
}
