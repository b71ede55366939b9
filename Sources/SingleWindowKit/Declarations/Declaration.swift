import Foundation
import TextWidth

/// The one record behind the big table: typed once, projected to customs and to inspection.
///
/// Header values are kept as typed, keyed by catalogue key (see `FieldCatalogue`); the record's
/// own switches (direction, scope) are typed. Typed accessors parse exact decimals on demand.
public struct Declaration: Equatable, Codable, Sendable {
    /// 0 until first saved.
    public var id: Int64
    /// The 18-digit customs number, assigned on submission.
    public var number: String?
    public var direction: DeclarationDirection
    public var scope: DeclarationScope
    public var status: DeclarationStatus
    /// The domestic trader's enterprise id (its USCC): who the declaration is for.
    public var traderID: String
    /// The broker enterprise that submits it; "" while a trader is still preparing it alone.
    public var brokerID: String
    public var holder: DeclarationHolder
    public var header: [String: String]
    public var goods: [GoodsLine]
    public var containers: [DeclarationContainer]
    public var documents: [AttachedDocument]
    /// 1 for the first submission; `amend` raises it and keeps the earlier revision.
    public var revision: Int
    /// Optimistic-concurrency version of the stored row.
    public var version: Int64
    public var createdBy: String
    public var createdAt: Date
    public var updatedAt: Date
    public var submittedAt: Date?

    public init(id: Int64 = 0, number: String? = nil, direction: DeclarationDirection, scope: DeclarationScope,
                status: DeclarationStatus = .draft, traderID: String = "", brokerID: String = "",
                holder: DeclarationHolder = .broker, header: [String: String] = [:], goods: [GoodsLine] = [],
                containers: [DeclarationContainer] = [], documents: [AttachedDocument] = [], revision: Int = 1,
                version: Int64 = 0, createdBy: String = "", createdAt: Date = Date(timeIntervalSince1970: 0),
                updatedAt: Date = Date(timeIntervalSince1970: 0), submittedAt: Date? = nil) {
        self.id = id; self.number = number; self.direction = direction; self.scope = scope; self.status = status
        self.traderID = traderID; self.brokerID = brokerID; self.holder = holder; self.header = header
        self.goods = goods; self.containers = containers; self.documents = documents; self.revision = revision
        self.version = version; self.createdBy = createdBy; self.createdAt = createdAt; self.updatedAt = updatedAt
        self.submittedAt = submittedAt
    }

    /// A header value as typed; "" when empty. Setting "" removes it.
    public subscript(_ key: String) -> String {
        get {
            switch key {
            case "direction": return direction.flag
            case "scope": return scope.rawValue
            default: return header[key] ?? ""
            }
        }
        set {
            switch key {
            case "direction": if let d = DeclarationDirection(text: newValue) { direction = d }
            case "scope": if let s = DeclarationScope(text: newValue) { scope = s }
            default: if newValue.isEmpty { header.removeValue(forKey: key) } else { header[key] = newValue }
            }
        }
    }

    // MARK: - Typed accessors

    public var traderReference: String { self["traderReference"].trimmed }
    public var billNo: String { self["billNo"].trimmed }
    public var contractNo: String { self["contractNo"].trimmed }
    public var customsDistrict: String { self["customsDistrict"].trimmed }
    public var supervisionMode: String { self["supervisionMode"].trimmed }
    public var grossWeight: Decimal? { DecimalText.value(self["grossWeight"]) }
    public var netWeight: Decimal? { DecimalText.value(self["netWeight"]) }
    public var packageCount: Int? { Int(self["packageCount"].trimmed) }
    public var freight: Decimal? { DecimalText.value(self["freightValue"]) }
    public var insurance: Decimal? { DecimalText.value(self["insuranceValue"]) }

    /// The sum of the goods lines' totals per currency (exact).
    public var totalsByCurrency: [String: Decimal] {
        goods.reduce(into: [:]) { sums, line in
            if let total = line.totalPrice { sums[line.currency, default: 0] += total }
        }
    }

    // MARK: - Parties

    /// 境内收发货人: the domestic consignee (import) or consignor (export).
    public var trader: DeclarationParty {
        party(name: "traderName", en: "traderNameEn", uscc: "traderUSCC", code: "traderCode", ciq: "traderCIQCode")
    }
    /// 境外收发货人: the overseas consignor (import) or consignee (export).
    public var overseasParty: DeclarationParty {
        DeclarationParty(name: self["overseasName"], nameEn: self["overseasNameEn"], uscc: "",
                         customsCode: self["overseasCode"], ciqCode: "")
    }
    /// 消费使用单位 (import) / 生产销售单位 (export).
    public var owner: DeclarationParty {
        party(name: "ownerName", en: "", uscc: "ownerUSCC", code: "ownerCode", ciq: "ownerCIQCode")
    }
    /// 申报单位: the broker enterprise that declares.
    public var declarant: DeclarationParty {
        party(name: "agentName", en: "", uscc: "agentUSCC", code: "agentCode", ciq: "agentCIQCode")
    }

    private func party(name: String, en: String, uscc: String, code: String, ciq: String) -> DeclarationParty {
        DeclarationParty(name: self[name], nameEn: en.isEmpty ? "" : self[en], uscc: self[uscc],
                         customsCode: self[code], ciqCode: self[ciq])
    }

    /// The same content as a new, unsaved draft (copy, template, amendment baseline).
    func asNewDraft() -> Declaration {
        Declaration(direction: direction, scope: scope, traderID: traderID, brokerID: brokerID, holder: holder,
                    header: header, goods: goods, containers: containers, documents: documents)
    }
}
