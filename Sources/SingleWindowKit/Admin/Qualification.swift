import Foundation
import Store

/// A qualification an enterprise holds with an authority: the source's 企业资质. Dates are China
/// calendar dates (`YYYY-MM-DD`), both ends inclusive, since filings are issued for days.
public struct Qualification: Equatable, Codable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        /// 对外贸易经营者备案: a trader may trade across the border.
        case foreignTradeFiling = "foreign_trade_filing"
        /// 报关单位注册: a broker (or a trader declaring itself) may declare to customs.
        case customsRegistration = "customs_registration"
        /// 报检企业备案: may declare to inspection and quarantine.
        case inspectionFiling = "inspection_filing"
    }

    public var enterpriseID: String
    public var kind: Kind
    public var number: String
    public var issuer: String
    public var validFrom: String
    /// "" when it does not expire.
    public var validUntil: String
    public var version: Int

    public init(enterpriseID: String, kind: Kind, number: String, issuer: String = "", validFrom: String,
                validUntil: String = "", version: Int = 1) {
        self.enterpriseID = enterpriseID; self.kind = kind; self.number = number; self.issuer = issuer
        self.validFrom = validFrom; self.validUntil = validUntil; self.version = version
    }

    init(row: Row) throws {
        self.init(enterpriseID: try row.decode("enterprise_id"),
                  kind: Kind(rawValue: try row.decode("kind")) ?? .foreignTradeFiling,
                  number: try row.decode("number"), issuer: try row.decode("issuer"),
                  validFrom: try row.decode("valid_from"), validUntil: try row.decode("valid_until"),
                  version: try row.decode("version"))
    }

    /// Whether it holds on `day` (a China date): from `validFrom` through `validUntil`.
    public func status(on day: String) -> Status {
        if day < validFrom { return .notYet(from: validFrom) }
        if !validUntil.isEmpty, day > validUntil { return .expired(on: validUntil) }
        return .valid
    }

    public enum Status: Equatable, Sendable {
        case valid
        case notYet(from: String)
        case expired(on: String)
    }
}

/// A China calendar date as `YYYY-MM-DD`: China keeps UTC+8 all year, so no zone data is needed.
public enum ChinaDate {
    public static func string(_ date: Date) -> String {
        String(Timestamp.string(date.addingTimeInterval(8 * 3600)).prefix(10))
    }

    /// `text` if it is a real `YYYY-MM-DD` date, else nil.
    public static func date(_ text: String) -> Date? {
        guard text.count == 10 else { return nil }
        return Timestamp.date(text + "T00:00:00Z")
    }

    /// `day` moved by `days` whole days.
    public static func adding(_ days: Int, to day: String) -> String? {
        date(day).map { Timestamp.string($0.addingTimeInterval(Double(days) * 86_400)).prefix(10) }.map(String.init)
    }
}
