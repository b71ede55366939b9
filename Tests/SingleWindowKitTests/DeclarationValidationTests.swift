import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct DeclarationValidationTests {
    let ws: Workspace
    let validator: DeclarationValidator

    init() throws {
        ws = try DeclarationFixtures.workspace()
        validator = DeclarationValidator(reference: DeclarationReference(db: ws.db))
    }

    func problems(_ d: Declaration) throws -> [Problem] { try validator.validate(d) }
    func keys(_ d: Declaration, at path: String) throws -> [String] { try problems(d).filter { $0.path == path }.map(\.key) }

    @Test func theFixturesAreValid() throws {
        #expect(try problems(DeclarationFixtures.shrimp()) == [])
        #expect(try problems(DeclarationFixtures.gears()) == [])
    }

    @Test func allProblemsAreReportedAtOnce() throws {
        var d = DeclarationFixtures.shrimp()
        d["billNo"] = ""
        d["tradeCountry"] = "XXX"
        d.goods[1]["goodsNetWeight"] = "abc"
        let found = try problems(d)
        #expect(found.contains(Problem("header.billNo", "problem.required")))
        #expect(found.contains(Problem("header.tradeCountry", "decl.unknownCode", ["XXX", "country"])))
        #expect(found.contains(Problem("goods[2].goodsNetWeight", "problem.notNumber", ["abc"])))
    }

    @Test func requiredItemsDependOnScopeAndDirection() throws {
        var d = DeclarationFixtures.shrimp()
        d["inspectionOrg"] = ""      // inspection's own item
        d["levyNature"] = ""         // customs' own item
        #expect(try keys(d, at: "header.inspectionOrg") == ["problem.required"])
        #expect(try keys(d, at: "header.levyNature") == ["problem.required"])
        d.scope = .customsOnly
        d.goods = DeclarationFixtures.gears().goods
        #expect(try keys(d, at: "header.inspectionOrg") == [])
        d.scope = .inspectionOnly
        d.goods = DeclarationFixtures.shrimp().goods
        #expect(try keys(d, at: "header.levyNature") == [])
        // The valuation confirmations are import items.
        var e = DeclarationFixtures.shrimp()
        e["specialRelationship"] = ""
        #expect(try keys(e, at: "header.specialRelationship") == ["problem.required"])
        e.direction = .export
        #expect(try keys(e, at: "header.specialRelationship") == [])
    }

    @Test func everyCodeResolvesInItsTable() throws {
        let cases: [(String, String)] = [("currency", "goods"), ("transportMode", "header"), ("supervisionMode", "header"),
                                          ("loadingPort", "header"), ("customsDistrict", "header"), ("packageType", "header"),
                                          ("tradeTerms", "header"), ("unit", "goods"), ("levyNature", "header")]
        for (key, level) in cases {
            var d = DeclarationFixtures.shrimp()
            if level == "header" { d[key] = "Q9" } else { d.goods[0][key] = "Q9" }
            let path = level == "header" ? "header.\(key)" : "goods[1].\(key)"
            #expect(try keys(d, at: path).contains("decl.unknownCode"), "\(key)")
        }
    }

    @Test func commodityCodeMustExistWithItsInspectionCode() throws {
        var d = DeclarationFixtures.shrimp()
        d.goods[0]["hsCode"] = "0306179999"
        #expect(try keys(d, at: "goods[1].hsCode") == ["decl.hsUnknown"])
        d.goods[0]["hsCode"] = "0306179000"
        d.goods[0]["ciqCode"] = "999"   // the code exists, but not with this inspection code
        #expect(try keys(d, at: "goods[1].hsCode") == ["decl.hsUnknown"])
        d.goods[0]["ciqCode"] = "1O1"
        #expect(try keys(d, at: "goods[1].ciqCode") == ["decl.ciqFormat"])
        d.goods[0]["hsCode"] = "030617900"
        #expect(try keys(d, at: "goods[1].hsCode") == ["decl.hsFormat"])
    }

    @Test func legallyInspectedGoodsCannotGoCustomsOnly() throws {
        var d = DeclarationFixtures.shrimp()
        d.scope = .customsOnly
        let found = try problems(d)
        #expect(found.filter { $0.key == "decl.legalInspectionCustomsOnly" }.map(\.arguments) == [["1", "0306179000101"], ["2", "0306179000101"]])
        #expect(try validator.scopeProblems(DeclarationFixtures.shrimp(), scope: .customsOnly).count == 2)
        #expect(try validator.scopeProblems(DeclarationFixtures.shrimp(), scope: .inspectionOnly) == [])
        #expect(try validator.scopeProblems(DeclarationFixtures.gears(), scope: .customsOnly) == [])
        let text = Messages.text("decl.legalInspectionCustomsOnly", ["1", "0306179000101"], language: .zh)
        #expect(text.contains("法定检验"))
    }

    @Test func secondLegalQuantityRequiredExactlyWhenTheCodeHasASecondUnit() throws {
        var d = DeclarationFixtures.gears()
        d.goods[0]["secondQuantity"] = "5"
        #expect(try keys(d, at: "goods[1].secondQuantity") == ["decl.secondQuantityNotAllowed"])
        // Valves: legal units 套 (006) and 千克 (035).
        var v = DeclarationFixtures.gears()
        v.goods[0]["hsCode"] = "8481804090"
        v.goods[0]["unit"] = "006"; v.goods[0]["legalUnit"] = "006"
        #expect(try keys(v, at: "goods[1].secondQuantity") == ["decl.secondQuantityRequired"])
        v.goods[0]["secondQuantity"] = "1000"; v.goods[0]["secondUnit"] = "035"
        #expect(try problems(v) == [])
        v.goods[0]["secondUnit"] = "007"
        #expect(try keys(v, at: "goods[1].secondUnit") == ["decl.legalUnitMismatch"])
        v.goods[0]["legalUnit"] = "035"
        #expect(try keys(v, at: "goods[1].legalUnit") == ["decl.legalUnitMismatch"])
    }

    @Test func netWeightNotAboveGross() throws {
        var d = DeclarationFixtures.shrimp()
        d["grossWeight"] = "20000"
        #expect(try keys(d, at: "header.netWeight") == [])
        d["grossWeight"] = "19999.99999"
        #expect(try keys(d, at: "header.netWeight").contains("decl.netAboveGross"))
        var line = DeclarationFixtures.shrimp()
        line.goods[0]["goodsGrossWeight"] = "12000"
        #expect(try keys(line, at: "goods[1].goodsNetWeight") == [])
        line.goods[0]["goodsGrossWeight"] = "11999.9"
        #expect(try keys(line, at: "goods[1].goodsNetWeight") == ["decl.netAboveGross"])
    }

    @Test func lineNetWeightsAddUpWithinOnePercentOrHalfAKilo() throws {
        // Header 20000 kg: allowance is 1 % = 200 kg.
        var d = DeclarationFixtures.shrimp()
        d.goods[1]["goodsNetWeight"] = "8200"      // sum 20200: exactly 200 over
        #expect(try keys(d, at: "header.netWeight") == [])
        d.goods[1]["goodsNetWeight"] = "8200.001"
        #expect(try keys(d, at: "header.netWeight") == ["decl.netSumMismatch"])
        // Header 30 kg: 1 % is 0.3 kg, so the 0.5 kg floor applies.
        var small = DeclarationFixtures.gears()
        small["netWeight"] = "30"; small["grossWeight"] = "40"
        small.goods[0]["goodsNetWeight"] = "29.5"
        #expect(try keys(small, at: "header.netWeight") == [])
        small.goods[0]["goodsNetWeight"] = "29.49"
        #expect(try keys(small, at: "header.netWeight") == ["decl.netSumMismatch"])
        #expect(WeightTolerance.netSumAllowance(headerNet: 30) == Decimal(string: "0.5"))
    }

    @Test func lineTotalIsQuantityTimesPriceWithinOneCent() throws {
        var d = DeclarationFixtures.gears()
        d.goods[0]["quantity"] = "1"; d.goods[0]["legalQuantity"] = "1"
        d.goods[0]["unitPrice"] = "10.01"; d.goods[0]["totalPrice"] = "10.00"
        #expect(try keys(d, at: "goods[1].totalPrice") == [])
        d.goods[0]["unitPrice"] = "10.011"
        #expect(try keys(d, at: "goods[1].totalPrice") == ["decl.totalMismatch"])
        d.goods[0]["unitPrice"] = "9.99"
        #expect(try keys(d, at: "goods[1].totalPrice") == [])
        d.goods[0]["unitPrice"] = "9.989"
        #expect(try keys(d, at: "goods[1].totalPrice") == ["decl.totalMismatch"])
    }

    @Test func decimalsAreExactAndLimitedToTheirScale() throws {
        var d = DeclarationFixtures.gears()
        d.goods[0]["totalPrice"] = "12000.001"
        #expect(try keys(d, at: "goods[1].totalPrice").contains("decl.tooManyDecimals"))
        d.goods[0]["totalPrice"] = "12000.00"
        d.goods[0]["unitPrice"] = "12.00001"
        #expect(try keys(d, at: "goods[1].unitPrice") == ["decl.tooManyDecimals"])
        d.goods[0]["unitPrice"] = "-12"
        #expect(try keys(d, at: "goods[1].unitPrice").contains("decl.negative"))
        d.goods[0]["unitPrice"] = "1e3"
        #expect(try keys(d, at: "goods[1].unitPrice") == ["problem.notNumber"])
        // 0.1 + 0.2 is 0.3 exactly.
        #expect(DecimalText.value("0.1")! + DecimalText.value("0.2")! == DecimalText.value("0.3")!)
    }

    @Test func chargesFollowTermsAndDirection() throws {
        func chargeKeys(_ d: Declaration) throws -> [String: [String]] {
            var out: [String: [String]] = [:]
            for key in ["freightMark", "freightValue", "insuranceMark", "insuranceValue"] {
                let k = try keys(d, at: "header.\(key)").filter { $0.hasPrefix("decl.charge") }
                if !k.isEmpty { out[key] = k }
            }
            return out
        }
        var d = DeclarationFixtures.shrimp()   // import FOB with freight and insurance
        #expect(try chargeKeys(d) == [:])
        d["tradeTerms"] = "1"                  // import CIF: neither
        #expect(try chargeKeys(d).keys.sorted() == ["freightMark", "freightValue", "insuranceMark", "insuranceValue"])
        d["tradeTerms"] = "2"                  // import C&F: insurance only
        #expect(try chargeKeys(d).keys.sorted() == ["freightMark", "freightValue"])
        d["tradeTerms"] = "3"
        d["insuranceMark"] = ""; d["insuranceValue"] = ""
        #expect(try chargeKeys(d) == ["insuranceMark": ["decl.chargeRequired"], "insuranceValue": ["decl.chargeRequired"]])
        d.direction = .export                  // export FOB: neither; freight is now unexpected
        #expect(try chargeKeys(d).keys.sorted() == ["freightMark", "freightValue"])
        d["tradeTerms"] = "2"                  // export C&F: freight only
        #expect(try chargeKeys(d) == [:])
        d["tradeTerms"] = "1"                  // export CIF: both
        #expect(try chargeKeys(d).keys.sorted() == ["insuranceMark", "insuranceValue"])
        #expect(ChargesRule.rule(terms: "5", direction: .import) == nil)
    }

    @Test func feeMarksAreLimitedPerCharge() throws {
        var d = DeclarationFixtures.shrimp()
        d["insuranceMark"] = "2"
        #expect(try keys(d, at: "header.insuranceMark") == ["decl.markNotAllowed"])
        d["insuranceMark"] = "3"
        #expect(try keys(d, at: "header.insuranceCurrency") == ["decl.currencyRequired"])
        d["insuranceCurrency"] = "USD"
        #expect(try problems(d) == [])
        d["freightMark"] = "2"
        #expect(try keys(d, at: "header.freightMark") == [])
        d["freightMark"] = "4"
        #expect(try keys(d, at: "header.freightMark").contains("decl.unknownCode"))
        d["freightMark"] = "3"
        d["otherMark"] = "2"; d["otherValue"] = "50"; d["otherCurrency"] = "USD"
        #expect(try keys(d, at: "header.otherMark") == ["decl.markNotAllowed"])
        d["otherMark"] = "1"
        #expect(try keys(d, at: "header.otherMark") == [])
        d["otherValue"] = ""
        #expect(try keys(d, at: "header.otherValue") == ["problem.required"])
    }

    @Test func supervisionModeGoesWithItsLevyNature() throws {
        var d = DeclarationFixtures.gears()
        d["levyNature"] = "503"
        #expect(try keys(d, at: "header.levyNature") == ["decl.levyMismatch"])
        d["supervisionMode"] = "0615"
        d["manualNo"] = "C22486000123"
        d.goods[0]["manualItemNo"] = "1"
        #expect(try keys(d, at: "header.levyNature") == [])
        d["levyNature"] = "502"
        #expect(try keys(d, at: "header.levyNature") == ["decl.levyMismatch"])
        d["supervisionMode"] = "0214"
        #expect(try keys(d, at: "header.levyNature") == [])
        d["supervisionMode"] = "3339"; d["levyNature"] = "101"
        #expect(try keys(d, at: "header.levyNature") == ["decl.levyMismatch"])
        // Modes not in the pairing table are not checked (9700 is only an unknown code here).
        d["supervisionMode"] = "9700"
        #expect(SupervisionRules.levyPairs["9700"] == nil)
        #expect(try keys(d, at: "header.levyNature") == [])
    }

    @Test func processingTradeNeedsARecordNumber() throws {
        var d = DeclarationFixtures.gears()
        d["supervisionMode"] = "0615"; d["levyNature"] = "503"
        #expect(try keys(d, at: "header.manualNo") == ["decl.manualRequired"])
        #expect(try keys(d, at: "goods[1].manualItemNo") == ["decl.manualItemRequired"])
        d["manualNo"] = "C22486000123"; d.goods[0]["manualItemNo"] = "3"
        #expect(try problems(d) == [])
        d["supervisionMode"] = "0110"; d["levyNature"] = "101"; d["manualNo"] = ""
        #expect(try keys(d, at: "header.manualNo") == [])
    }

    @Test func containerNumbersPassISO6346() throws {
        #expect(ContainerNumber.isValid("CSQU3054383"))
        #expect(!ContainerNumber.isValid("CSQU3054384"))
        var d = DeclarationFixtures.shrimp()
        d.containers[0]["containerNo"] = "MSCU1234567"
        #expect(try keys(d, at: "containers[1].containerNo") == ["problem.checkDigit"])
        d.containers[0]["containerNo"] = "MSCU12345"
        #expect(try keys(d, at: "containers[1].containerNo").contains("decl.containerFormat"))
        d.containers = [DeclarationContainer(number: "MSCU1234566", sizeType: "45R1"), DeclarationContainer(number: "MSCU1234566", sizeType: "45R1")]
        #expect(try keys(d, at: "containers[2].containerNo") == ["decl.containerDuplicate"])
    }

    @Test func unifiedSocialCreditCodesPassGB32100() throws {
        #expect(USCC.isValid("914403000539716870"))
        #expect(!USCC.isValid("914403000539716871"))
        var d = DeclarationFixtures.shrimp()
        d["agentUSCC"] = "91310000MA1K3Y8B39"
        #expect(try keys(d, at: "header.agentUSCC") == ["problem.uscc"])
    }

    @Test func datesFlagsAndLengths() throws {
        var d = DeclarationFixtures.shrimp()
        d["ieDate"] = "2026-02-30"
        d["originalContainer"] = "Y"
        d["contractNo"] = String(repeating: "X", count: 33)
        #expect(try keys(d, at: "header.ieDate") == ["problem.notDate"])
        #expect(try keys(d, at: "header.originalContainer") == ["decl.notFlag"])
        #expect(try keys(d, at: "header.contractNo") == ["problem.tooLong"])
        d["ieDate"] = "20240229"
        #expect(try keys(d, at: "header.ieDate") == [])
    }

    @Test func aDeclarationNeedsGoods() throws {
        var d = DeclarationFixtures.shrimp()
        d.goods = []
        #expect(try keys(d, at: "goods") == ["decl.noGoods"])
    }

    @Test func everyDeclarationMessageHasEnglishAndChinese() {
        for (key, text) in DeclarationMessages.entries {
            #expect(!text.en.isEmpty && !text.zh.isEmpty, "\(key)")
            #expect(Messages.has(key))
        }
        for key in ["problem.required", "problem.unknownCode", "problem.checkDigit", "problem.uscc", "problem.notNumber",
                    "problem.notInteger", "problem.notDate", "problem.tooLong"] {
            #expect(Messages.has(key))
        }
    }
}
