import Testing
@testable import SingleWindowKit

/// What a goods line starts with and what typed values imply: only ever empty cells.
@Suite struct GoodsLineDefaultsTests {
    static let shrimp = HSCode(code: "0306171900", ciqCode: "999", nameZh: "冻虾", nameEn: "shrimp", unit1: "035", unit2: "",
                               legalInspection: true)

    @Test func theHSEntryFillsOnlyEmptyCells() {
        let filled = GoodsLineDefaults.implied(["hsCode": "0306171900", "goodsName": "冻南美白对虾"], hs: Self.shrimp)
        #expect(filled["ciqCode"] == "999" && filled["legalUnit"] == "035" && filled["unit"] == "035")
        #expect(filled["goodsName"] == nil, "the broker's name stays")
        #expect(filled["secondUnit"] == nil, "no second unit: nothing to fill")
    }

    @Test func quantitiesWeightAndTotalFollowOnlyWhenTheyMayBeInferred() {
        let kg = GoodsLineDefaults.implied(["quantity": "8000", "unit": "035", "legalUnit": "035", "unitPrice": "9.75"], hs: nil)
        #expect(kg["legalQuantity"] == "8000" && kg["goodsNetWeight"] == "8000" && kg["totalPrice"] == "78000.00")
        let pieces = GoodsLineDefaults.implied(["quantity": "99", "unit": "006", "legalUnit": "035", "unitPrice": "3.5"], hs: nil)
        #expect(pieces["legalQuantity"] == nil, "a different legal unit needs its own quantity")
        #expect(pieces["goodsNetWeight"] == nil)
        #expect(pieces["totalPrice"] == "346.50")
        #expect(GoodsLineDefaults.implied(["quantity": "3", "unitPrice": "0.335"], hs: nil)["totalPrice"] == "1.01", "rounded half up")
        #expect(GoodsLineDefaults.implied(["quantity": "3", "unitPrice": "2", "totalPrice": "5"], hs: nil)["totalPrice"] == nil)
        #expect(GoodsLineDefaults.implied(["quantity": "abc", "unitPrice": "2"], hs: nil).isEmpty)
    }

    @Test func aNewLineTakesThePreviousLinesCarriedItemsOrTheHeaders() {
        var d = Declaration(direction: .import, scope: .customsAndInspection)
        d["consignmentCountry"] = "ECU"
        d["freightCurrency"] = "USD"
        d["levyNature"] = "101"
        #expect(GoodsLineDefaults.newLine(previous: nil, header: d)
            == ["originCountry": "ECU", "finalCountry": "CHN", "currency": "USD", "dutyMode": "1"])
        d.direction = .export
        d["levyNature"] = "299"
        #expect(GoodsLineDefaults.newLine(previous: nil, header: d) == ["originCountry": "CHN", "finalCountry": "ECU", "currency": "USD"])
        let previous = ["hsCode": "0306171900", "currency": "EUR", "domesticRegion": "31222", "quantity": "5"]
        #expect(GoodsLineDefaults.newLine(previous: previous, header: d) == ["currency": "EUR", "domesticRegion": "31222"])
    }
}
