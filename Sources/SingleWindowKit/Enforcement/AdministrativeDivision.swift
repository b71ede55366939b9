import Store

/// The enterprise's administrative district (行政区划, GB/T 2260): the one kind of district the
/// enforcement area scopes by. The register's `district` column holds a customs district (关区,
/// four digits: 2200) for some enterprises and an administrative division (six digits: 310115)
/// for others. The rule: the register's value where it is a division, else the division of the
/// registration authority that issued the unified social credit code (its characters 3–8,
/// GB 32100-2015); "" when neither has one. Draws, lists and commands all use this rule; the
/// database keeps it in `enterprise.admin_district` (indexed) through `sql`, the same rule
/// written once more in SQL and tested against this one.
public enum AdministrativeDivision {
    /// Province-level divisions by their first two digits (the names live in Presentation).
    public static let provinceCodes: [String] = [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    ]
    static let provinces = Set(provinceCodes)

    /// The six-digit division code, or nil when neither the register nor the credit code has one.
    public static func code(registered: String, uscc: String) -> String? {
        if isDivision(registered) { return registered }
        let chars = Array(uscc)
        guard chars.count == 18 else { return nil }
        let division = String(chars[2..<8])
        return isDivision(division) ? division : nil
    }

    /// Six ASCII digits starting with a province that exists.
    public static func isDivision(_ s: String) -> Bool {
        s.count == 6 && s.allSatisfy { $0.isASCII && $0.isNumber } && provinces.contains(String(s.prefix(2)))
    }

    /// Why `scope` cannot scope a draw, or nil ("" is every district). A four-digit code is a
    /// customs district (关区), which the register holds for some enterprises: the message says so.
    public static func scopeProblem(_ scope: String) -> Problem? {
        guard !scope.isEmpty, !isDivision(scope) else { return nil }
        let customs = scope.count == 4 && scope.allSatisfy { $0.isASCII && $0.isNumber }
        return Problem("district", customs ? "enforcement.draw.customsDistrict" : "enforcement.draw.district", [scope])
    }

    /// The rule as an SQL expression over two column expressions ("" where `code` gives nil).
    static func sql(registered r: String, uscc u: String) -> String {
        let inProvinces = "IN (" + provinceCodes.map { "'\($0)'" }.joined(separator: ",") + ")"
        return """
            CASE WHEN length(\(r)) = 6 AND \(r) NOT GLOB '*[^0-9]*' AND substr(\(r), 1, 2) \(inProvinces) THEN \(r)
                 WHEN length(\(u)) = 18 AND substr(\(u), 3, 6) NOT GLOB '*[^0-9]*' AND substr(\(u), 3, 2) \(inProvinces)
                 THEN substr(\(u), 3, 6) ELSE '' END
            """
    }
}

extension Enterprise {
    /// This enterprise's administrative district (`AdministrativeDivision`), nil when unknown.
    public var administrativeDistrict: String? { AdministrativeDivision.code(registered: district, uscc: id) }
}
