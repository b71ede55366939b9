/// What helps a person type an item of the big table quickly: a short label that fits the dense
/// form (distinct from every other on the same screen), the length of a complete code (the form
/// moves on when it is typed), and the code table a free-text item is looked up in.
extension FieldDefinition {
    /// The label the dense form and the grid titles show; the full label stays in help, problem
    /// messages and the line below a grid.
    public func shortLabel(_ language: Language) -> String {
        guard let short = FieldEntryHints.shortLabels[key] else { return label(language) }
        return language == .zh ? short.zh : short.en
    }

    /// Characters of a complete value, for codes of one fixed length (nil when it varies).
    public var fixedLength: Int? {
        if let length = FieldEntryHints.fixedLengths[key] { return length }
        switch kind {
        case .flag: return 1
        case let .code(table): return FieldEntryHints.tableCodeLengths[table]
        default: return nil
        }
    }

    /// The code table F4 searches and a typed value is named from: the item's own, or the one a
    /// free-text item is looked up in (inspection offices, domestic regions) without the
    /// validator requiring it, since older data holds codes from outside the sample tables.
    public var lookupTable: String? { codeTable ?? FieldEntryHints.lookupTables[key] }
}

enum FieldEntryHints {
    static let tableCodeLengths: [String: Int] = [
        "country": 3, "currency": 3, "unit": 3, "supervision_mode": 4, "levy_nature": 3, "duty_mode": 1,
        "trade_terms": 1, "fee_mark": 1, "package_type": 2, "customs_district": 4, "transport_mode": 1, "port": 5,
    ]

    static let fixedLengths: [String: Int] = [
        "hsCode": 10, "ciqCode": 3, "domesticRegion": 5, "inspectionOrg": 6, "destinationOrg": 6, "certificateOrg": 6,
        "direction": 1,
    ]

    static let lookupTables: [String: String] = [
        "inspectionOrg": "ciq_org", "destinationOrg": "ciq_org", "certificateOrg": "ciq_org",
        "domesticRegion": "domestic_region",
    ]

    /// At most 7 Chinese characters or 14 letters, so two or three fields fit a row.
    static let shortLabels: [String: (zh: String, en: String)] = [
        "traderReference": ("企业内部编号", "Trader ref."),
        "customsDistrict": ("申报地海关", "Decl. customs"),
        "iePort": ("进出境关别", "I/E customs"),
        "ieDate": ("进出口日期", "I/E date"),
        "manualNo": ("备案号", "Manual no."),
        "declarantContact": ("报关报检员", "Declarant"),
        "traderName": ("境内收发货人", "Domestic party"),
        "traderUSCC": ("收发货人信用码", "Dom. USCC"),
        "traderCode": ("收发货人海关码", "Dom. customs"),
        "traderCIQCode": ("收发货人检疫码", "Dom. CIQ"),
        "traderNameEn": ("收发货人英文名", "Dom. name (en)"),
        "overseasName": ("境外中文名称", "Overseas (zh)"),
        "overseasNameEn": ("境外收发货人", "Overseas party"),
        "overseasCode": ("境外代码", "Overseas code"),
        "ownerName": ("消费/生产单位", "User/producer"),
        "ownerUSCC": ("消费单位信用码", "User USCC"),
        "ownerCode": ("消费单位海关码", "User customs"),
        "ownerCIQCode": ("消费单位检疫码", "User CIQ"),
        "agentName": ("申报单位", "Broker"),
        "agentUSCC": ("申报单位信用码", "Broker USCC"),
        "agentCode": ("申报单位海关码", "Broker customs"),
        "agentCIQCode": ("申报单位检疫码", "Broker CIQ"),
        "transportMode": ("运输方式", "Transport mode"),
        "transportName": ("运输工具名称", "Vessel/vehicle"),
        "billNo": ("提运单号", "B/L no."),
        "tradeCountry": ("贸易国(地区)", "Trade country"),
        "consignmentCountry": ("启运/运抵国", "From/to ctry"),
        "loadingPort": ("启运港", "Loading port"),
        "destinationPort": ("经停港/指运港", "Stop/dest port"),
        "entryExitPort": ("入/离境口岸", "I/E port"),
        "despatchDate": ("启运日期", "Despatch date"),
        "unloadingDate": ("卸毕日期", "Unloaded on"),
        "supervisionMode": ("监管方式", "Supervision"),
        "tradeTerms": ("成交方式", "Trade terms"),
        "freightValue": ("运费/率", "Freight"),
        "freightCurrency": ("运费币制", "Freight curr."),
        "insuranceValue": ("保费/率", "Insurance"),
        "insuranceCurrency": ("保费币制", "Insur. curr."),
        "otherMark": ("杂费标记", "Other ch. mark"),
        "otherValue": ("杂费/率", "Other charges"),
        "otherCurrency": ("杂费币制", "Other ch. curr"),
        "packageCount": ("件数", "Packages"),
        "grossWeight": ("毛重(千克)", "Gross wt (kg)"),
        "netWeight": ("净重(千克)", "Net wt (kg)"),
        "marks": ("标记唛码", "Marks & nos."),
        "specialRelationship": ("特殊关系确认", "Special rel."),
        "priceInfluence": ("价格影响确认", "Price infl."),
        "royaltyPayment": ("特许权使用费", "Royalties"),
        "inspectionOrg": ("口岸检疫机关", "Port CIQ org"),
        "destinationOrg": ("目的地检疫机关", "Dest. CIQ org"),
        "certificateOrg": ("领证地", "Cert. office"),
        "originalContainer": ("原箱运输", "Orig container"),
        "specialBusiness": ("特殊业务标识", "Special flag"),
        "requestedCertificates": ("所需单证", "Certs wanted"),
        "qualificationType": ("企业资质类别", "Qualif. type"),
        "qualificationNo": ("企业资质编号", "Qualif. no."),
        "correlationNo": ("关联号码", "Related decl."),
        "correlationReason": ("关联理由", "Related reason"),
        "claimDeadline": ("索赔有效期至", "Claims until"),
        "inspectionClauses": ("特殊检疫要求", "CIQ clauses"),
        "foreignInvestment": ("外商投资财产", "Foreign invest"),
        "goodsUser": ("使用人", "Goods user"),
        // Goods grid titles: the columns are narrow; the line below the grid names the cell in full.
        "hsCode": ("商品编号", "HS code"),
        "ciqCode": ("检疫", "CIQ"),
        "goodsModel": ("规格型号", "Spec."),
        "quantity": ("成交数量", "Qty"),
        "unit": ("单位", "Unit"),
        "legalQuantity": ("法一数量", "Legal qty1"),
        "legalUnit": ("法一", "LU1"),
        "secondQuantity": ("法二数量", "Legal qty2"),
        "secondUnit": ("法二", "LU2"),
        "currency": ("币制", "Cur"),
        "goodsNetWeight": ("净重", "Net kg"),
        "goodsGrossWeight": ("毛重", "Gross kg"),
        "originCountry": ("原产国", "Origin"),
        "finalCountry": ("目的国", "Final"),
        "domesticRegion": ("境内地", "Dom.reg"),
        "dutyMode": ("征免", "Duty"),
        "manualItemNo": ("备案序号", "Man. item"),
        "goodsNameEn": ("英文名称", "English name"),
        "productionDate": ("生产日期", "Prod. date"),
        "producerRegNo": ("境外企业注册号", "Producer reg."),
        "producerName": ("境外企业名称", "Producer"),
        "unNumber": ("UN编号", "UN no."),
        "packingGroup": ("危包类别", "Pack group"),
        "productLicenceType": ("许可证类别", "Lic. type"),
        "productLicenceNo": ("许可证编号", "Licence no."),
        "goodsPackageType": ("包装", "Pack"),
        "goodsPackageCount": ("包装件数", "Pack count"),
        "containerWeight": ("自重", "Tare kg"),
        "lclFlag": ("拼箱", "LCL"),
        "containerGoods": ("商品项号", "Goods lines"),
        "documentType": ("单证代码", "Doc type"),
        "documentNo": ("单证编号", "Doc no."),
    ]
}
