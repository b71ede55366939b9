import Foundation
@testable import SingleWindowKit

/// A migrated in-memory workspace with the few code rows the declaration tests need, inserted
/// directly so these tests do not wait on the reference loader.
enum DeclarationFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_767_232_800) // 2026-01-01T02:00:00Z, 10:00 in Shanghai

    static let brokerEnterprise = "91310000MA1K3Y8B38"
    static let traderEnterprise = "91310000132149237G"
    static let otherBrokerEnterprise = "91310115MA1H7A2Q0G"

    static let broker = Operator(id: "liwei", name: "李伟", role: .broker, enterpriseID: brokerEnterprise)
    static let otherBroker = Operator(id: "wangfang", name: "王芳", role: .broker, enterpriseID: otherBrokerEnterprise)
    static let trader = Operator(id: "chenyu", name: "陈宇", role: .trader, enterpriseID: traderEnterprise)
    static let customsOfficer = Operator(id: "zhangmin", name: "张敏", role: .customsOfficer, agency: .customs)
    static let inspectionOfficer = Operator(id: "wangqiang", name: "王强", role: .inspectionOfficer, agency: .inspection)

    static func workspace(path: String = ":memory:", clock: SettableClock = SettableClock(t0)) throws -> Workspace {
        let db = try Database(path: path)
        try Schema.migrate(db)
        try insertCodes(db)
        try QualifiedEnterprises.grant(db)
        return Workspace(db: db, kind: .training, clock: clock)
    }

    static let codes: [String: [String]] = [
        "country": ["CHN", "USA", "ECU", "VNM", "IND", "DEU", "JPN", "FRA", "KOR", "THA", "ITA"],
        "currency": ["USD", "EUR", "JPY", "CNY"],
        "port": ["CNSHA", "ECGYE", "DEHAM", "JPYOK", "FRLEH", "USLAX", "VNSGN", "KRPUS", "ITGOA", "INMAA"],
        "customs_district": ["2201", "2248", "2225"],
        "transport_mode": ["2", "5"],
        "supervision_mode": ["0110", "0214", "0615", "3339"],
        "trade_terms": ["1", "2", "3", "4", "7"],
        "fee_mark": ["1", "2", "3"],
        "unit": ["001", "006", "007", "011", "035", "095", "142"],
        "duty_mode": ["1", "3"],
        "document_type": ["Y", "A", "1"],
    ]

    static let exchangeRates: [(String, String, String)] = [
        ("USD", "2025-12-01", "7.0450"), ("USD", "2026-01-01", "7.0280"),
        ("EUR", "2025-12-01", "8.1950"), ("EUR", "2026-01-01", "8.2380"),
        ("JPY", "2026-01-01", "0.045020"),
    ]

    static func insertCodes(_ db: Database) throws {
        try db.write {
            for (table, list) in codes {
                for code in list { try db.run("INSERT INTO code_entry(code_table, code) VALUES (?,?)", [table, code]) }
            }
            // 101 一般征税 charges duty; 299 其他法定, 502 来料加工, 503 进料加工 do not (as in levy_nature.csv).
            for (code, charges) in [("101", "1"), ("299", "0"), ("502", "0"), ("503", "0")] {
                try db.run("INSERT INTO code_entry(code_table, code, extra) VALUES ('levy_nature', ?, ?)",
                           [code, "{\"charges_duty\":\"\(charges)\"}"])
            }
            // Duty exchange rates (CNY per unit): December's, and January's from t0's day on.
            for (currency, day, rate) in exchangeRates {
                try db.run("INSERT INTO exchange_rate(currency, valid_from, cny_per_unit) VALUES (?,?,?)", [currency, day, rate])
            }
            for (code, ciq) in [("22", "4M"), ("23", "4C11"), ("92", "9F91")] {
                try db.run("INSERT INTO code_entry(code_table, code, extra) VALUES ('package_type', ?, ?)", [code, "{\"ciq\":\"\(ciq)\"}"])
            }
            let hs: [(String, String, String, String, String, Bool)] = [
                ("0306179000", "101", "其他冻虾", "035", "", true),
                ("8483409000", "999", "其他齿轮及齿轮传动装置", "035", "", false),
                ("8481804090", "999", "其他阀门", "006", "035", false),
                ("3304990099", "999", "其他美容品或化妆品", "035", "", true),
                ("2204210000", "999", "小包装葡萄酒", "095", "035", true),
                ("8482102000", "999", "深沟球轴承", "006", "035", false),
                ("3305100000", "999", "洗发剂", "035", "", true),
            ]
            for (code, ciq, name, u1, u2, legal) in hs {
                try db.run("INSERT INTO hs_code(code, ciq_code, name_zh, unit1, unit2, legal_inspection) VALUES (?,?,?,?,?,?)",
                           [code, ciq, name, u1, u2, legal])
            }
        }
    }

    /// A complete, valid import of frozen shrimp from Ecuador, customs + inspection, FOB.
    static func shrimp(reference: String = "PO-2026-0001") -> Declaration {
        var d = Declaration(direction: .import, scope: .customsAndInspection)
        let header: [String: String] = [
            "traderReference": reference, "customsDistrict": "2248", "iePort": "2248", "ieDate": "2026-01-05",
            "contractNo": "SH-EC-2026-001", "traderName": "上海海鲜进出口有限公司", "traderUSCC": traderEnterprise,
            "traderCode": "3122440001", "traderCIQCode": "3100600001",
            "overseasNameEn": "PACIFIC SHRIMP S.A.", "ownerName": "上海海鲜进出口有限公司", "ownerUSCC": traderEnterprise,
            "agentName": "上海通关报关有限公司", "agentUSCC": brokerEnterprise,
            "transportMode": "2", "transportName": "MSC ANNA", "voyageNo": "FA602E", "billNo": "MEDUEC123456",
            "tradeCountry": "ECU", "consignmentCountry": "ECU", "loadingPort": "ECGYE", "destinationPort": "CNSHA",
            "entryExitPort": "CNSHA", "goodsPlace": "洋山港区冷库",
            "supervisionMode": "0110", "levyNature": "101", "tradeTerms": "3",
            "freightMark": "3", "freightValue": "2400", "freightCurrency": "USD",
            "insuranceMark": "1", "insuranceValue": "0.3",
            "packageType": "22", "packageCount": "2000", "grossWeight": "21000", "netWeight": "20000",
            "marks": "N/M", "specialRelationship": "0", "priceInfluence": "0", "royaltyPayment": "0",
            "inspectionOrg": "310000",
        ]
        for (k, v) in header { d[k] = v }
        d.goods = [
            shrimpLine(quantity: "12000", price: "8.5", total: "102000", net: "12000"),
            shrimpLine(quantity: "8000", price: "9.25", total: "74000", net: "8000"),
        ]
        d.containers = [DeclarationContainer(number: "MSCU1234566", sizeType: "45R1", weight: "4800")]
        d.documents = [AttachedDocument(typeCode: "Y", number: "EC2026000123")]
        return d
    }

    static func shrimpLine(quantity: String, price: String, total: String, net: String) -> GoodsLine {
        GoodsLine([
            "hsCode": "0306179000", "ciqCode": "101", "goodsName": "冻南美白对虾", "goodsModel": "冻|去头|规格40/50|PACIFIC牌",
            "quantity": quantity, "unit": "035", "legalQuantity": quantity, "legalUnit": "035",
            "unitPrice": price, "totalPrice": total, "currency": "USD", "goodsNetWeight": net,
            "originCountry": "ECU", "finalCountry": "CHN", "domesticRegion": "31222", "dutyMode": "1",
        ])
    }

    /// A valid customs-only import of machine parts (not under legal inspection).
    static func gears(reference: String = "PO-2026-0100") -> Declaration {
        var d = shrimp(reference: reference)
        d.scope = .customsOnly
        d["tradeCountry"] = "DEU"; d["consignmentCountry"] = "DEU"; d["loadingPort"] = "DEHAM"
        d["grossWeight"] = "1100"; d["netWeight"] = "1000"; d["packageCount"] = "10"
        d.goods = [GoodsLine([
            "hsCode": "8483409000", "ciqCode": "999", "goodsName": "齿轮箱", "goodsModel": "减速用|无品牌",
            "quantity": "1000", "unit": "035", "legalQuantity": "1000", "legalUnit": "035",
            "unitPrice": "12", "totalPrice": "12000", "currency": "EUR", "goodsNetWeight": "1000",
            "originCountry": "DEU", "finalCountry": "CHN", "domesticRegion": "31222", "dutyMode": "1",
        ])]
        return d
    }
}
