import Foundation
import Store

/// One registered enterprise: trader, customs broker, shipping agent, or any other business the
/// window deals with (project owners, inspected shops and factories). Its id is its unified social
/// credit code.
public struct Enterprise: Equatable, Hashable, Codable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case trader
        case broker
        case shippingAgent = "shipping_agent"
        case other
    }

    public var id: String
    public var name: String
    public var nameEn: String
    public var kind: Kind
    /// 10-character customs registration code; "" for enterprises that do not declare goods.
    public var customsCode: String
    /// 10-digit inspection registration code; "" when none.
    public var ciqCode: String
    /// Customs district (4 digits) for enterprises that declare, else the 6-digit administrative
    /// division of the registration.
    public var district: String
    /// GB/T 4754 division (code table `industry`); the joint-inspection checklist hangs off it.
    public var industry: String
    public var legalRep: String
    public var address: String
    /// The market-regulation credit class as stored: `good`, `warning`, `dishonest`,
    /// `seriously_dishonest` (code table `credit_class`). Kept as text here so the credit rules
    /// in Enforcement own the typed class.
    public var creditClass: String
    /// Optimistic-concurrency row version.
    public var version: Int

    public init(id: String, name: String, nameEn: String = "", kind: Kind, customsCode: String = "",
                ciqCode: String = "", district: String = "", industry: String = "", legalRep: String = "",
                address: String = "", creditClass: String = "good", version: Int = 1) {
        self.id = id; self.name = name; self.nameEn = nameEn; self.kind = kind
        self.customsCode = customsCode; self.ciqCode = ciqCode; self.district = district
        self.industry = industry; self.legalRep = legalRep; self.address = address
        self.creditClass = creditClass; self.version = version
    }

    /// Every column is NOT NULL: read typed (a NULL or mistyped one throws `DatabaseError.decode`).
    init(row: Row) throws {
        self.init(id: try row.decode("id"), name: try row.decode("name"), nameEn: try row.decode("name_en"),
                  kind: Kind(rawValue: try row.decode("kind")) ?? .other,
                  customsCode: try row.decode("customs_code"), ciqCode: try row.decode("ciq_code"),
                  district: try row.decode("district"), industry: try row.decode("industry"),
                  legalRep: try row.decode("legal_rep"), address: try row.decode("address"),
                  creditClass: try row.decode("credit_class"), version: try row.decode("version"))
    }

    /// Where a name-ordered list continues after this enterprise.
    public var cursor: EnterpriseCursor { EnterpriseCursor(key: name, id: id) }
}
