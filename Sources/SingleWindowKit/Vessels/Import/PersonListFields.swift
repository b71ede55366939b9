import Foundation
import TextWidth

/// The identity columns the crew list (FAL 5) and the passenger list (FAL 6) share, with the
/// header names agents use for them in English and Chinese.
enum PersonColumns {
    static let familyName = CSVImportColumn("familyName", "family name (姓)", ["family name", "familyname", "surname", "last name", "姓", "姓氏"])
    static let givenNames = CSVImportColumn("givenNames", "given names (名)", ["given names", "given name", "first name", "forenames", "名", "名字"])
    static let nationality = CSVImportColumn("nationality", "nationality (国籍)", ["nationality", "citizenship", "国籍"])
    static let dateOfBirth = CSVImportColumn("dateOfBirth", "date of birth (出生日期)", ["date of birth", "birth date", "dob", "出生日期", "生日"])
    static let placeOfBirth = CSVImportColumn("placeOfBirth", "place of birth (出生地)", ["place of birth", "birth place", "出生地", "出生地点"])
    static let documentType = CSVImportColumn("documentType", "document type (证件类型)", [
        "document type", "nature of identity document", "type of identity document", "id type", "证件类型", "证件种类",
    ])
    static let documentNumber = CSVImportColumn("documentNumber", "document number (证件号码)", [
        "document number", "document no", "passport no", "passport number", "id number", "证件号码", "证件号", "护照号码",
    ])
    static func documentExpiry(required: Bool) -> CSVImportColumn {
        CSVImportColumn("documentExpiry", "expiry date (证件有效期)", [
            "expiry date", "expiry", "document expiry", "date of expiry", "valid until", "证件有效期", "有效期至", "有效期",
        ], required: required)
    }
}

/// The vessel lists' own field readers on top of the shared `CSVImportFile`: countries,
/// UN/LOCODEs, identity document numbers, yes/no.
extension CSVImportFile {
    /// The identity fields both lists read after the family name (and the crew's rank), each nil
    /// where its problem was recorded.
    struct PersonIdentity {
        var nationality: String?, born: CalendarDay?, place: String?
        var type: IdentityDocumentType?, number: String?

        /// All five, or nil when any had a problem (the row is then not imported).
        var complete: (nationality: String, born: CalendarDay, place: String, type: IdentityDocumentType, number: String)? {
            guard let nationality, let born, let place, let type, let number else { return nil }
            return (nationality, born, place, type, number)
        }
    }

    /// Reads them in the order the lists have always reported their problems.
    mutating func personIdentity(_ db: Database, _ r: Record, seen: inout [String: Int]) throws -> PersonIdentity {
        let nationality = try country(db, r, "nationality")
        let born = parse(r, "dateOfBirth", CalendarDay.init(parsing:))
        let place = required(r, "placeOfBirth")
        let type = parse(r, "documentType", IdentityDocumentType.init(parsing:))
        let number = uniqueDocumentNumber(r, seen: &seen)
        return PersonIdentity(nationality: nationality, born: born, place: place, type: type, number: number)
    }

    /// The row's document number, once per list: a number already on an earlier line (`seen`)
    /// is a problem naming that line.
    mutating func uniqueDocumentNumber(_ r: Record, seen: inout [String: Int]) -> String? {
        guard let number = documentNumber(r, "documentNumber") else { return nil }
        if let first = seen[number] {
            problem(r, "documentNumber", FieldFault("vessel.import.duplicateRow", [number, String(first)]))
        } else {
            seen[number] = r.line
        }
        return number
    }

    mutating func country(_ db: Database, _ r: Record, _ field: String) throws -> String? {
        guard let s = required(r, field) else { return nil }
        if let code = try VesselCountries.normalise(db, s) { return code }
        problem(r, field, FieldFault("problem.unknownCode", [s, "country"]))
        return nil
    }

    mutating func locode(_ db: Database, _ r: Record, _ field: String) throws -> String? {
        guard let s = required(r, field) else { return nil }
        switch try UNLocode.check(db, s) {
        case let .success(code): return code.code
        case let .failure(fault): problem(r, field, fault); return nil
        }
    }

    mutating func documentNumber(_ r: Record, _ field: String) -> String? {
        guard let s = required(r, field) else { return nil }
        let compact = s.uppercased().filter { !$0.isWhitespace }
        guard (5...20).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            problem(r, field, FieldFault("vessel.documentNumber.format", [s]))
            return nil
        }
        return compact
    }

    static func yesNo(_ text: String) throws(FieldFault) -> Bool {
        switch text.trimmed.lowercased() {
        case "y", "yes", "true", "1", "是", "t": return true
        case "n", "no", "false", "0", "否", "f", "": return false
        default: throw FieldFault("vessel.import.yesNo", [text])
        }
    }
}
