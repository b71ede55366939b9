import Foundation
import Store

/// The crew list (FAL 5) as masters and agents keep it in a spreadsheet: a header row, columns
/// in any order, English or Chinese names. Dates as YYYY-MM-DD (also YYYY/M/D, YYYYMMDD);
/// nationality as ISO alpha-3, alpha-2 or the country's name.
public enum CrewListCSV {
    static let columns: [ListColumn] = [
        ListColumn("familyName", "family name/姓", ["family name", "familyname", "surname", "last name", "姓", "姓氏"]),
        ListColumn("givenNames", "given names/名", ["given names", "given name", "first name", "forenames", "名", "名字"]),
        ListColumn("rank", "rank or rating/职务", ["rank", "rank or rating", "rating", "position", "职务", "职位"]),
        ListColumn("nationality", "nationality/国籍", ["nationality", "citizenship", "国籍"]),
        ListColumn("dateOfBirth", "date of birth/出生日期", ["date of birth", "birth date", "dob", "出生日期", "生日"]),
        ListColumn("placeOfBirth", "place of birth/出生地", ["place of birth", "birth place", "出生地", "出生地点"]),
        ListColumn("documentType", "document type/证件类型", ["document type", "nature of identity document", "id type", "证件类型", "证件种类"]),
        ListColumn("documentNumber", "document number/证件号码", ["document number", "document no", "passport no", "passport number", "id number", "证件号码", "证件号", "护照号码"]),
        ListColumn("documentExpiry", "expiry date/证件有效期", ["expiry date", "expiry", "document expiry", "date of expiry", "valid until", "证件有效期", "有效期至", "有效期"]),
    ]

    /// Every row parsed, or every problem of the file thrown at once.
    public static func parse(_ db: Database, data: Data, fileName: String) throws -> [CrewMember] {
        var file = ListFile(data: data, fileName: fileName, columns: columns)
        var crew: [CrewMember] = []
        var seen: [String: Int] = [:]
        for r in file.records {
            let family = file.required(r, "familyName")
            let rank = file.required(r, "rank")
            let nationality = try file.country(db, r, "nationality")
            let born = file.parse(r, "dateOfBirth", CalendarDay.init(parsing:))
            let place = file.required(r, "placeOfBirth")
            let type = file.parse(r, "documentType", IdentityDocumentType.init(parsing:))
            let number = file.documentNumber(r, "documentNumber")
            let expiry = file.parse(r, "documentExpiry", CalendarDay.init(parsing:))
            if let number {
                if let first = seen[number] {
                    file.problem(r, "documentNumber", FieldFault("vessel.import.duplicateRow", [number, String(first)]))
                } else { seen[number] = r.line }
            }
            if let born, let expiry, expiry < born {
                file.problem(r, "documentExpiry", FieldFault("vessel.import.expiryBeforeBirth", [expiry.description]))
            }
            guard let family, let rank, let nationality, let born, let place, let type, let number, let expiry else { continue }
            crew.append(CrewMember(familyName: family, givenNames: r.text("givenNames"), rank: rank, nationality: nationality,
                                   dateOfBirth: born, placeOfBirth: place, documentType: type, documentNumber: number,
                                   documentExpiry: expiry))
        }
        if !file.problems.isEmpty { throw PersonListImportError(problems: file.problems) }
        return crew
    }
}
