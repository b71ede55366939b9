import Foundation
import Store

/// The passenger list (FAL 6) as a ferry operator exports it. Same conventions as the crew list;
/// ports as UN/LOCODE; transit as Y/N, yes/no, 是/否 (empty = no).
public enum PassengerListCSV {
    static let columns: [ListColumn] = [
        ListColumn("familyName", "family name/姓", ["family name", "familyname", "surname", "last name", "姓", "姓氏"]),
        ListColumn("givenNames", "given names/名", ["given names", "given name", "first name", "forenames", "名", "名字"]),
        ListColumn("nationality", "nationality/国籍", ["nationality", "citizenship", "国籍"]),
        ListColumn("dateOfBirth", "date of birth/出生日期", ["date of birth", "birth date", "dob", "出生日期", "生日"]),
        ListColumn("placeOfBirth", "place of birth/出生地", ["place of birth", "birth place", "出生地", "出生地点"]),
        ListColumn("documentType", "document type/证件类型", ["document type", "type of identity document", "id type", "证件类型", "证件种类"]),
        ListColumn("documentNumber", "document number/证件号码", ["document number", "document no", "passport no", "passport number", "证件号码", "证件号", "护照号码"]),
        ListColumn("documentExpiry", "expiry date/证件有效期", ["expiry date", "expiry", "document expiry", "date of expiry", "证件有效期", "有效期至", "有效期"], required: false),
        ListColumn("portOfEmbarkation", "port of embarkation/登船港", ["port of embarkation", "embarkation", "登船港", "上船港"]),
        ListColumn("portOfDisembarkation", "port of disembarkation/离船港", ["port of disembarkation", "disembarkation", "离船港", "下船港"]),
        ListColumn("transit", "transit/过境", ["transit", "in transit", "transit passenger", "过境", "是否过境"], required: false),
    ]

    public static func parse(_ db: Database, data: Data, fileName: String) throws -> [Passenger] {
        var file = ListFile(data: data, fileName: fileName, columns: columns)
        var list: [Passenger] = []
        var seen: [String: Int] = [:]
        for r in file.records {
            let family = file.required(r, "familyName")
            let nationality = try file.country(db, r, "nationality")
            let born = file.parse(r, "dateOfBirth", CalendarDay.init(parsing:))
            let place = file.required(r, "placeOfBirth")
            let type = file.parse(r, "documentType", IdentityDocumentType.init(parsing:))
            let number = file.documentNumber(r, "documentNumber")
            let expiry = r.has("documentExpiry") ? file.parse(r, "documentExpiry", optional: true, CalendarDay.init(parsing:)) : nil
            let embark = try file.locode(db, r, "portOfEmbarkation")
            let disembark = try file.locode(db, r, "portOfDisembarkation")
            let transit = r.has("transit") ? file.parse(r, "transit", optional: true, ListFile.yesNo) ?? false : false
            if let number {
                if let first = seen[number] {
                    file.problem(r, "documentNumber", FieldFault("vessel.import.duplicateRow", [number, String(first)]))
                } else { seen[number] = r.line }
            }
            guard let family, let nationality, let born, let place, let type, let number, let embark, let disembark else { continue }
            list.append(Passenger(familyName: family, givenNames: r.text("givenNames"), nationality: nationality, dateOfBirth: born,
                                  placeOfBirth: place, documentType: type, documentNumber: number, documentExpiry: expiry,
                                  portOfEmbarkation: embark, portOfDisembarkation: disembark, transit: transit))
        }
        if !file.problems.isEmpty { throw PersonListImportError(problems: file.problems) }
        return list
    }
}
