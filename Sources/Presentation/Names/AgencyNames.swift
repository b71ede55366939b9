import SingleWindowKit

/// An agency's name as a person reads it, in one place for the workstation and the commands:
/// the register's (`agency` table: `name_zh`, `name_en`), so a department added as a row of
/// `agencies.csv` is named, not shown as its code; the string catalogue only for a code the
/// register lacks (a database whose register was never loaded); the code itself last.
public enum AgencyNames {
    public static func name(_ agency: Agency, db: Database?, strings: Strings) -> String {
        if agency != .none, let db, let entry = try? AgencyRegister.find(db, agency) {
            let name = strings.language == .zh ? entry.nameZh : entry.nameEn
            if !name.isEmpty { return name }
        }
        return S(rawValue: "agency.\(agency.rawValue)").map { strings[$0] } ?? agency.rawValue
    }
}
