import Foundation
import Store

/// The passenger list (FAL 6) as a ferry operator exports it. Same conventions as the crew list;
/// ports as UN/LOCODE; transit as Y/N, yes/no, 是/否 (empty = no).
public enum PassengerListCSV {
    static let columns: [CSVImportColumn] = [
        PersonColumns.familyName,
        PersonColumns.givenNames,
        PersonColumns.nationality,
        PersonColumns.dateOfBirth,
        PersonColumns.placeOfBirth,
        PersonColumns.documentType,
        PersonColumns.documentNumber,
        PersonColumns.documentExpiry(required: false),
        CSVImportColumn("portOfEmbarkation", "port of embarkation (登船港)", ["port of embarkation", "embarkation", "登船港", "上船港"]),
        CSVImportColumn("portOfDisembarkation", "port of disembarkation (离船港)", ["port of disembarkation", "disembarkation", "离船港", "下船港"]),
        CSVImportColumn("transit", "transit (过境)", ["transit", "in transit", "transit passenger", "过境", "是否过境"], required: false),
    ]

    public static func parse(_ db: Database, data: Data, fileName: String) throws -> [Passenger] {
        var seen: [String: Int] = [:]
        return try CSVImportFile.read(data: data, fileName: fileName, columns: columns) { file, r in
            let family = file.required(r, "familyName")
            let identity = try file.personIdentity(db, r, seen: &seen)
            let expiry = r.has("documentExpiry") ? file.parse(r, "documentExpiry", optional: true, CalendarDay.init(parsing:)) : nil
            let embark = try file.locode(db, r, "portOfEmbarkation")
            let disembark = try file.locode(db, r, "portOfDisembarkation")
            let transit = r.has("transit") ? file.parse(r, "transit", optional: true, CSVImportFile.yesNo) ?? false : false
            guard let family, let id = identity.complete, let embark, let disembark else { return nil }
            return Passenger(familyName: family, givenNames: r.text("givenNames"), nationality: id.nationality, dateOfBirth: id.born,
                             placeOfBirth: id.place, documentType: id.type, documentNumber: id.number, documentExpiry: expiry,
                             portOfEmbarkation: embark, portOfDisembarkation: disembark, transit: transit)
        }
    }
}
