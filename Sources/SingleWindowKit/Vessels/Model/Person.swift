import Foundation
import TextWidth

/// The nature of an identity document on a crew or passenger list.
public enum IdentityDocumentType: String, Codable, CaseIterable, Sendable {
    case passport
    /// Seafarer's identity document (ILO C185) / 海员证.
    case seafarerID = "seafarer_id"
    /// Seaman's book (discharge book).
    case seamansBook = "seamans_book"
    case other

    /// Accepts the code, the English or Chinese name, or the one-letter MRZ-style abbreviation.
    public init(parsing text: String) throws(FieldFault) {
        let s = text.trimmed.lowercased().replacingOccurrences(of: "’", with: "'")
        switch s {
        case "passport", "p", "护照", "pp": self = .passport
        case "seafarer_id", "seafarer id", "seafarer's identity document", "sid", "s", "海员证": self = .seafarerID
        case "seamans_book", "seaman's book", "seamans book", "seaman book", "discharge book", "b", "船员服务簿": self = .seamansBook
        case "other", "o", "其他": self = .other
        default: throw FieldFault("vessel.documentType.unknown", [text])
        }
    }

    public var nameZh: String {
        switch self {
        case .passport: return "护照"
        case .seafarerID: return "海员证"
        case .seamansBook: return "船员服务簿"
        case .other: return "其他"
        }
    }
}

/// A crew member on the crew list (FAL 5).
public struct CrewMember: Equatable, Codable, Sendable {
    public var familyName: String
    public var givenNames: String
    /// Rank or rating ("Master", "Chief Officer", "AB", "Oiler").
    public var rank: String
    /// ISO 3166 alpha-3.
    public var nationality: String
    public var dateOfBirth: CalendarDay
    public var placeOfBirth: String
    public var documentType: IdentityDocumentType
    public var documentNumber: String
    public var documentExpiry: CalendarDay
    /// Copied from the arrival's list on departure ("no change", FAL 2.12.3).
    public var carriedOver: Bool

    public init(familyName: String, givenNames: String, rank: String, nationality: String, dateOfBirth: CalendarDay,
                placeOfBirth: String, documentType: IdentityDocumentType, documentNumber: String,
                documentExpiry: CalendarDay, carriedOver: Bool = false) {
        self.familyName = familyName; self.givenNames = givenNames; self.rank = rank; self.nationality = nationality
        self.dateOfBirth = dateOfBirth; self.placeOfBirth = placeOfBirth; self.documentType = documentType
        self.documentNumber = documentNumber; self.documentExpiry = documentExpiry; self.carriedOver = carriedOver
    }

    /// The person and document, without the carried-over mark: what "no change" compares.
    var identity: [String] {
        [familyName, givenNames, rank, nationality, dateOfBirth.description, placeOfBirth, documentType.rawValue,
         documentNumber, documentExpiry.description]
    }
}

/// A passenger on the passenger list (FAL 6).
public struct Passenger: Equatable, Codable, Sendable {
    public var familyName: String
    public var givenNames: String
    public var nationality: String
    public var dateOfBirth: CalendarDay
    public var placeOfBirth: String
    public var documentType: IdentityDocumentType
    public var documentNumber: String
    public var documentExpiry: CalendarDay?
    /// UN/LOCODEs.
    public var portOfEmbarkation: String
    public var portOfDisembarkation: String
    public var transit: Bool

    public init(familyName: String, givenNames: String, nationality: String, dateOfBirth: CalendarDay, placeOfBirth: String,
                documentType: IdentityDocumentType, documentNumber: String, documentExpiry: CalendarDay? = nil,
                portOfEmbarkation: String, portOfDisembarkation: String, transit: Bool = false) {
        self.familyName = familyName; self.givenNames = givenNames; self.nationality = nationality
        self.dateOfBirth = dateOfBirth; self.placeOfBirth = placeOfBirth; self.documentType = documentType
        self.documentNumber = documentNumber; self.documentExpiry = documentExpiry
        self.portOfEmbarkation = portOfEmbarkation; self.portOfDisembarkation = portOfDisembarkation; self.transit = transit
    }
}
