import Foundation
import TextWidth

/// The items of the big table (报关报检一张大表), in form order, grouped in sections.
///
/// One source of truth for the form, the importer (keys, English or Chinese labels as column
/// names), the exporter and the validator. Items follow research §2.2 (header), §2.3 (goods),
/// §2.7 (the inspection declaration) and §2.8 (items shared by the two forms, typed once).
/// Keys are unique across all levels, so a CSV row can carry header, goods, container and
/// document columns side by side.
public enum FieldCatalogue {
    public static let sections: [FieldSection] = [
        FieldSection(key: "declaration", zh: "申报信息", en: "Declaration", level: .header),
        FieldSection(key: "parties", zh: "收发货人及申报单位", en: "Parties", level: .header),
        FieldSection(key: "transport", zh: "运输", en: "Transport", level: .header),
        FieldSection(key: "trade", zh: "贸易及费用", en: "Trade and charges", level: .header),
        FieldSection(key: "inspection", zh: "检验检疫", en: "Inspection", level: .header),
        FieldSection(key: "goods", zh: "商品", en: "Goods", level: .goods),
        FieldSection(key: "goodsInspection", zh: "商品检验检疫属性", en: "Goods: inspection attributes", level: .goods),
        FieldSection(key: "containers", zh: "集装箱", en: "Containers", level: .container),
        FieldSection(key: "documents", zh: "随附单证", en: "Attached documents", level: .document),
    ]

    public static let fields: [FieldDefinition] = header + goods + containers + documents

    // MARK: - Header

    static let header: [FieldDefinition] = declaration + parties + transport + trade + inspection

    private static let declaration: [FieldDefinition] = [
        h("direction", "进出口标志", "Import/export", .choice(["I", "E"]), 1, .shared, "declaration", .always),
        h("scope", "申报类别", "Declared to", .choice(["both", "customs", "inspection"]), 10, .shared, "declaration", .always),
        h("traderReference", "企业内部编号", "Trader's reference", .text, 40, .shared, "declaration", .optional),
        h("customsDistrict", "申报地海关", "Customs office of declaration", .code("customs_district"), 4, .customs, "declaration", .always),
        h("iePort", "进出境关别", "Customs of entry/exit", .code("customs_district"), 4, .customs, "declaration", .always),
        h("ieDate", "进出口日期", "Import/export date", .date, 10, .shared, "declaration", .optional),
        h("manualNo", "备案号", "Record (manual) no.", .text, 12, .customs, "declaration", .byRule("processing trade")),
        h("contractNo", "合同协议号", "Contract no.", .text, 32, .shared, "declaration", .always),
        h("licenseNo", "许可证号", "Licence no.", .text, 20, .shared, "declaration", .optional),
        h("entryType", "报关单类型", "Entry type", .choice(["0", "L", "W", "D", "M"]), 1, .customs, "declaration", .optional),
        h("declarantContact", "报关报检员", "Declarant contact", .text, 30, .shared, "declaration", .optional),
        h("declarantPhone", "联系电话", "Contact phone", .text, 20, .shared, "declaration", .optional),
    ]

    private static let parties: [FieldDefinition] = [
        h("traderName", "境内收发货人", "Domestic consignee/consignor", .text, 70, .shared, "parties", .always),
        h("traderUSCC", "境内收发货人统一社会信用代码", "Domestic party USCC", .text, 18, .shared, "parties", .always),
        h("traderCode", "境内收发货人海关编码", "Domestic party customs code", .text, 10, .customs, "parties", .always),
        h("traderCIQCode", "境内收发货人检验检疫编码", "Domestic party inspection code", .text, 10, .inspection, "parties", .always),
        h("traderNameEn", "境内收发货人英文名称", "Domestic party English name", .text, 100, .inspection, "parties", .optional),
        h("overseasName", "境外收发货人中文名称", "Overseas party Chinese name", .text, 100, .shared, "parties", .optional),
        h("overseasNameEn", "境外收发货人英文名称", "Overseas consignor/consignee", .text, 100, .shared, "parties", .always),
        h("overseasCode", "境外收发货人代码", "Overseas party code", .text, 20, .customs, "parties", .optional),
        h("ownerName", "消费使用/生产销售单位", "End user / producer", .text, 70, .shared, "parties", .always),
        h("ownerUSCC", "消费使用/生产销售单位统一社会信用代码", "End user / producer USCC", .text, 18, .shared, "parties", .optional),
        h("ownerCode", "消费使用/生产销售单位海关编码", "End user / producer customs code", .text, 10, .customs, "parties", .optional),
        h("ownerCIQCode", "消费使用/生产销售单位检验检疫编码", "End user / producer inspection code", .text, 10, .inspection, "parties", .optional),
        h("agentName", "申报单位", "Declarant (broker)", .text, 70, .shared, "parties", .always),
        h("agentUSCC", "申报单位统一社会信用代码", "Declarant USCC", .text, 18, .shared, "parties", .always),
        h("agentCode", "申报单位海关编码", "Declarant customs code", .text, 10, .customs, "parties", .optional),
        h("agentCIQCode", "申报单位检验检疫编码", "Declarant inspection code", .text, 10, .inspection, "parties", .optional),
    ]

    private static let transport: [FieldDefinition] = [
        h("transportMode", "运输方式", "Mode of transport", .code("transport_mode"), 1, .shared, "transport", .always),
        h("transportName", "运输工具名称", "Means of transport", .text, 50, .shared, "transport", .optional),
        h("voyageNo", "航次号", "Voyage no.", .text, 32, .shared, "transport", .optional),
        h("billNo", "提运单号", "B/L or waybill no.", .text, 32, .shared, "transport", .always),
        h("tradeCountry", "贸易国(地区)", "Trading country", .code("country"), 3, .shared, "transport", .always),
        h("consignmentCountry", "启运国/运抵国(地区)", "Country of dispatch/destination", .code("country"), 3, .shared, "transport", .always),
        h("loadingPort", "启运港", "Port of departure", .code("port"), 5, .shared, "transport", .onImport),
        h("destinationPort", "经停港/指运港", "Port of call/destination", .code("port"), 5, .customs, "transport", .always),
        h("entryExitPort", "入境口岸/离境口岸", "Port of entry/exit", .code("port"), 5, .shared, "transport", .always),
        h("goodsPlace", "货物存放地点", "Goods location", .text, 100, .shared, "transport", .onImport),
        h("despatchDate", "启运日期", "Date of despatch", .date, 10, .inspection, "transport", .optional),
        h("unloadingDate", "卸毕日期", "Unloading completed", .date, 10, .inspection, "transport", .optional),
    ]

    private static let trade: [FieldDefinition] = [
        h("supervisionMode", "监管方式", "Supervision mode", .code("supervision_mode"), 4, .shared, "trade", .always),
        h("levyNature", "征免性质", "Levy nature", .code("levy_nature"), 3, .customs, "trade", .always),
        h("tradeTerms", "成交方式", "Terms of transaction", .code("trade_terms"), 1, .customs, "trade", .always),
        h("freightMark", "运费标记", "Freight mark", .code("fee_mark"), 1, .customs, "trade", .byRule("trade terms")),
        h("freightValue", "运费/率", "Freight rate or amount", .decimal(scale: 4), 19, .customs, "trade", .byRule("trade terms")),
        h("freightCurrency", "运费币制", "Freight currency", .code("currency"), 3, .customs, "trade", .byRule("fee mark 2 or 3")),
        h("insuranceMark", "保费标记", "Insurance mark", .code("fee_mark"), 1, .customs, "trade", .byRule("trade terms")),
        h("insuranceValue", "保费/率", "Insurance rate or amount", .decimal(scale: 4), 19, .customs, "trade", .byRule("trade terms")),
        h("insuranceCurrency", "保费币制", "Insurance currency", .code("currency"), 3, .customs, "trade", .byRule("fee mark 3")),
        h("otherMark", "杂费标记", "Other charges mark", .code("fee_mark"), 1, .customs, "trade", .optional),
        h("otherValue", "杂费/率", "Other charges rate or amount", .decimal(scale: 4), 19, .customs, "trade", .byRule("other mark")),
        h("otherCurrency", "杂费币制", "Other charges currency", .code("currency"), 3, .customs, "trade", .byRule("fee mark 3")),
        h("packageType", "包装种类", "Package type", .code("package_type"), 2, .shared, "trade", .always),
        h("packageCount", "件数", "Number of packages", .integer, 9, .shared, "trade", .always),
        h("grossWeight", "毛重(千克)", "Gross weight (kg)", .decimal(scale: 5), 19, .shared, "trade", .always),
        h("netWeight", "净重(千克)", "Net weight (kg)", .decimal(scale: 5), 19, .shared, "trade", .always),
        h("marks", "标记唛码", "Marks and numbers", .text, 400, .shared, "trade", .always),
        h("notes", "备注", "Remarks", .text, 255, .shared, "trade", .optional),
        h("specialRelationship", "特殊关系确认", "Special relationship", .flag, 1, .customs, "trade", .onImport),
        h("priceInfluence", "价格影响确认", "Price influence", .flag, 1, .customs, "trade", .onImport),
        h("royaltyPayment", "支付特许权使用费确认", "Royalties payable", .flag, 1, .customs, "trade", .onImport),
    ]

    private static let inspection: [FieldDefinition] = [
        h("inspectionOrg", "口岸检验检疫机关", "Port inspection office", .text, 6, .inspection, "inspection", .always),
        h("destinationOrg", "目的地检验检疫机关", "Destination inspection office", .text, 6, .inspection, "inspection", .optional),
        h("certificateOrg", "领证地", "Certificate collection office", .text, 6, .inspection, "inspection", .optional),
        h("originalContainer", "原箱运输", "Original-container transport", .flag, 1, .inspection, "inspection", .optional),
        h("specialBusiness", "特殊业务标识", "Special business flag", .text, 10, .inspection, "inspection", .optional),
        h("requestedCertificates", "所需单证", "Certificates requested", .text, 100, .inspection, "inspection", .optional),
        h("qualificationType", "企业资质类别", "Enterprise qualification type", .text, 10, .inspection, "inspection", .optional),
        h("qualificationNo", "企业资质编号", "Enterprise qualification no.", .text, 40, .inspection, "inspection", .optional),
        h("correlationNo", "关联号码", "Related declaration no.", .text, 18, .inspection, "inspection", .optional),
        h("correlationReason", "关联理由", "Reason for relation", .text, 2, .inspection, "inspection", .optional),
        h("claimDeadline", "索赔有效期至", "Claims valid until", .date, 10, .inspection, "inspection", .optional),
        h("inspectionClauses", "特殊检验检疫要求", "Special inspection clauses", .text, 200, .inspection, "inspection", .optional),
        h("foreignInvestment", "外商投资财产", "Foreign-investment property", .flag, 1, .inspection, "inspection", .optional),
        h("goodsUser", "使用人", "User of the goods", .text, 50, .inspection, "inspection", .optional),
    ]

    // MARK: - Goods lines

    static let goods: [FieldDefinition] = [
        g("hsCode", "商品编号", "Commodity code", .text, 10, .shared, "goods", .always),
        g("ciqCode", "检验检疫编码", "Inspection code", .text, 3, .shared, "goods", .always),
        g("goodsName", "商品名称", "Goods name", .text, 255, .shared, "goods", .always),
        g("goodsModel", "规格型号", "Specification (declaration elements)", .text, 255, .shared, "goods", .always),
        g("quantity", "成交数量", "Quantity", .decimal(scale: 5), 19, .shared, "goods", .always),
        g("unit", "成交计量单位", "Unit", .code("unit"), 3, .shared, "goods", .always),
        g("legalQuantity", "法定第一数量", "First legal quantity", .decimal(scale: 5), 19, .customs, "goods", .always),
        g("legalUnit", "法定第一计量单位", "First legal unit", .code("unit"), 3, .customs, "goods", .always),
        g("secondQuantity", "法定第二数量", "Second legal quantity", .decimal(scale: 5), 19, .customs, "goods", .byRule("second legal unit")),
        g("secondUnit", "法定第二计量单位", "Second legal unit", .code("unit"), 3, .customs, "goods", .byRule("second legal unit")),
        g("unitPrice", "单价", "Unit price", .decimal(scale: 4), 19, .shared, "goods", .always),
        g("totalPrice", "总价", "Total price", .decimal(scale: 2), 19, .shared, "goods", .always),
        g("currency", "币制", "Currency", .code("currency"), 3, .shared, "goods", .always),
        g("goodsNetWeight", "商品净重(千克)", "Line net weight (kg)", .decimal(scale: 5), 19, .shared, "goods", .always),
        g("goodsGrossWeight", "商品毛重(千克)", "Line gross weight (kg)", .decimal(scale: 5), 19, .shared, "goods", .optional),
        g("originCountry", "原产国(地区)", "Country of origin", .code("country"), 3, .shared, "goods", .always),
        g("finalCountry", "最终目的国(地区)", "Final destination country", .code("country"), 3, .customs, "goods", .always),
        g("domesticRegion", "境内目的地/境内货源地", "Domestic destination/source", .text, 5, .shared, "goods", .always),
        g("dutyMode", "征免方式", "Duty mode", .code("duty_mode"), 1, .customs, "goods", .always),
        g("manualItemNo", "备案序号", "Record item no.", .integer, 9, .customs, "goods", .byRule("processing trade")),
        g("goodsNameEn", "商品英文名称", "Goods English name", .text, 255, .inspection, "goodsInspection", .optional),
        g("purpose", "用途", "Purpose", .text, 2, .shared, "goodsInspection", .optional),
        g("goodsAttribute", "货物属性", "Goods attribute", .text, 20, .inspection, "goodsInspection", .optional),
        g("ingredients", "成分/原料", "Ingredients / material", .text, 400, .inspection, "goodsInspection", .optional),
        g("brand", "品牌", "Brand", .text, 100, .inspection, "goodsInspection", .optional),
        g("productionDate", "生产日期", "Production date", .date, 10, .inspection, "goodsInspection", .optional),
        g("batchNo", "生产批号", "Batch no.", .text, 100, .inspection, "goodsInspection", .optional),
        g("shelfLife", "保质期", "Shelf life", .text, 20, .inspection, "goodsInspection", .optional),
        g("producerRegNo", "境外生产企业注册号", "Overseas producer registration no.", .text, 40, .inspection, "goodsInspection", .optional),
        g("producerName", "境外生产企业名称", "Overseas producer name", .text, 100, .inspection, "goodsInspection", .optional),
        g("goodsPackageType", "商品包装种类", "Line package type", .code("package_type"), 2, .inspection, "goodsInspection", .optional),
        g("goodsPackageCount", "商品包装件数", "Line package count", .integer, 9, .inspection, "goodsInspection", .optional),
        g("unNumber", "UN编号", "UN number", .text, 4, .inspection, "goodsInspection", .optional),
        g("dangerousName", "危险货物名称", "Dangerous goods name", .text, 80, .inspection, "goodsInspection", .optional),
        g("packingGroup", "危包类别", "Packing group", .text, 4, .inspection, "goodsInspection", .optional),
        g("productLicenceType", "产品许可证类别", "Product licence type", .text, 3, .inspection, "goodsInspection", .optional),
        g("productLicenceNo", "产品许可证编号", "Product licence no.", .text, 40, .inspection, "goodsInspection", .optional),
    ]

    // MARK: - Containers and documents

    static let containers: [FieldDefinition] = [
        c("containerNo", "集装箱号", "Container no.", .text, 11, .shared, .always),
        c("containerType", "集装箱规格", "Container size/type", .text, 4, .shared, .always),
        c("containerWeight", "集装箱自重(千克)", "Container tare (kg)", .decimal(scale: 2), 19, .shared, .optional),
        c("lclFlag", "拼箱标识", "Less than container load", .flag, 1, .shared, .optional),
        c("containerGoods", "商品项号关系", "Goods lines in container", .text, 100, .shared, .optional),
    ]

    static let documents: [FieldDefinition] = [
        FieldDefinition(key: "documentType", zh: "随附单证代码", en: "Document type", kind: .code("document_type"), maxLength: 2,
                        level: .document, owner: .shared, section: "documents", required: .always),
        FieldDefinition(key: "documentNo", zh: "随附单证编号", en: "Document no.", kind: .text, maxLength: 40,
                        level: .document, owner: .shared, section: "documents", required: .always),
    ]

    // MARK: - Look-ups

    private static let byKey: [String: FieldDefinition] = Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0) })

    /// Column names as an ERP writes them: the key, the English label or the Chinese label,
    /// case and surrounding spaces ignored.
    private static let byColumnName: [String: FieldDefinition] = {
        var map: [String: FieldDefinition] = [:]
        for field in fields {
            for name in [field.key, field.en, field.zh] { map[normalise(name)] = field }
        }
        return map
    }()

    public static func field(_ key: String) -> FieldDefinition? { byKey[key] }

    public static func fields(level: FieldDefinition.Level) -> [FieldDefinition] { byLevel[level] ?? [] }

    /// Computed once: the validator and importer ask per goods line.
    private static let byLevel: [FieldDefinition.Level: [FieldDefinition]] = Dictionary(grouping: fields, by: \.level)

    public static func fields(section: String) -> [FieldDefinition] { fields.filter { $0.section == section } }

    /// The field a CSV column or JSON key names, or nil for an unknown column.
    public static func field(forColumn name: String) -> FieldDefinition? { byColumnName[normalise(name)] }

    static func normalise(_ name: String) -> String {
        name.trimmed.lowercased()
    }

    private static func h(_ key: String, _ zh: String, _ en: String, _ kind: FieldDefinition.Kind, _ length: Int,
                          _ owner: FieldDefinition.Owner, _ section: String, _ required: FieldDefinition.Required) -> FieldDefinition {
        FieldDefinition(key: key, zh: zh, en: en, kind: kind, maxLength: length, level: .header, owner: owner,
                        section: section, required: required)
    }

    private static func g(_ key: String, _ zh: String, _ en: String, _ kind: FieldDefinition.Kind, _ length: Int,
                          _ owner: FieldDefinition.Owner, _ section: String, _ required: FieldDefinition.Required) -> FieldDefinition {
        FieldDefinition(key: key, zh: zh, en: en, kind: kind, maxLength: length, level: .goods, owner: owner,
                        section: section, required: required)
    }

    private static func c(_ key: String, _ zh: String, _ en: String, _ kind: FieldDefinition.Kind, _ length: Int,
                          _ owner: FieldDefinition.Owner, _ required: FieldDefinition.Required) -> FieldDefinition {
        FieldDefinition(key: key, zh: zh, en: en, kind: kind, maxLength: length, level: .container, owner: owner,
                        section: "containers", required: required)
    }
}
