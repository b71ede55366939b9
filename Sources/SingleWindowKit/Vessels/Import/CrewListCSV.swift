import Foundation
import Store

/// The crew list (FAL 5) as masters and agents keep it in a spreadsheet: a header row, columns
/// in any order, English or Chinese names. Dates as YYYY-MM-DD (also YYYY/M/D, YYYYMMDD);
/// nationality as ISO alpha-3, alpha-2 or the country's name.
public enum CrewListCSV {
    static let columns: [CSVImportColumn] = [
        PersonColumns.familyName,
        PersonColumns.givenNames,
        CSVImportColumn("rank", "rank or rating (职务)", ["rank", "rank or rating", "rating", "position", "职务", "职位"]),
        PersonColumns.nationality,
        PersonColumns.dateOfBirth,
        PersonColumns.placeOfBirth,
        PersonColumns.documentType,
        PersonColumns.documentNumber,
        PersonColumns.documentExpiry(required: true),
    ]

    /// Every row parsed, or every problem of the file thrown at once.
    public static func parse(_ db: Database, data: Data, fileName: String) throws -> [CrewMember] {
        var seen: [String: Int] = [:]
        return try CSVImportFile.read(data: data, fileName: fileName, columns: columns) { file, r in
            let family = file.required(r, "familyName")
            let rank = file.required(r, "rank")
            let identity = try file.personIdentity(db, r, seen: &seen)
            let expiry = file.parse(r, "documentExpiry", CalendarDay.init(parsing:))
            if let born = identity.born, let expiry, expiry < born {
                file.problem(r, "documentExpiry", FieldFault("vessel.import.expiryBeforeBirth", [expiry.description]))
            }
            guard let family, let rank, let id = identity.complete, let expiry else { return nil }
            return CrewMember(familyName: family, givenNames: r.text("givenNames"), rank: rank, nationality: id.nationality,
                              dateOfBirth: id.born, placeOfBirth: id.place, documentType: id.type, documentNumber: id.number,
                              documentExpiry: expiry)
        }
    }
}
