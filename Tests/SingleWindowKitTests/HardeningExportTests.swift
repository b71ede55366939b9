import Foundation
import Testing
@testable import SingleWindowKit

/// CSV export neutralises formula injection (the OWASP rule), `raw` turns it off, and the
/// importer takes the guard off again so export → import → export is exact.
@Suite struct HardeningExportTests {
    @Test func formulaLikeTextGetsAQuoteAndNumbersDoNot() {
        #expect(CSVFormulaGuard.neutralised("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0")
        #expect(CSVFormulaGuard.neutralised("+1+1") == "'+1+1")
        #expect(CSVFormulaGuard.neutralised("@SUM(1,2)") == "'@SUM(1,2)")
        #expect(CSVFormulaGuard.neutralised("-A1") == "'-A1")
        #expect(CSVFormulaGuard.neutralised("\tx") == "'\tx")
        #expect(CSVFormulaGuard.neutralised("\rx") == "'\rx")
        for number in ["-12.5", "+3", "-0.25e3", "12", ""] { #expect(CSVFormulaGuard.neutralised(number) == number) }
        #expect(CSVFormulaGuard.neutralised("O'Brien") == "O'Brien")
        #expect(CSVFormulaGuard.neutralised("'=x") == "''=x")
        #expect(CSVFormulaGuard.neutralised("'plain") == "'plain")
        for value in ["=x", "'=x", "''@y", "'plain", "-12.5", "'-12.5", "+1+1", "plain"] {
            #expect(CSVFormulaGuard.restored(CSVFormulaGuard.neutralised(value)) == value)
        }
    }

    func hostile() -> Declaration {
        var d = DeclarationFixtures.shrimp(reference: "ERP-EVIL")
        d.goods[0]["goodsModel"] = "=cmd|' /C calc'!A0"
        d.goods[0]["goodsName"] = "+1+1 冻虾"
        d.goods[1]["goodsModel"] = "'=already quoted"
        d["marks"] = "@SUM(1,2)"
        return d
    }

    @Test func exportGuardsTextCellsAndRawDoesNot() throws {
        let csv = DeclarationExporter.csv([hostile()])
        #expect(csv.contains(",'=cmd|' /C calc'!A0,"))
        #expect(csv.contains(",'+1+1 冻虾,"))
        #expect(csv.contains(",\"'@SUM(1,2)\","))
        #expect(csv.contains(",''=already quoted,"))
        #expect(csv.contains(",8.5,") && !csv.contains("'8.5"))
        let raw = DeclarationExporter.csv([hostile()], raw: true)
        #expect(raw.contains(",=cmd|' /C calc'!A0,") && raw.contains(",\"@SUM(1,2)\","))
    }

    @Test func exportImportExportIsExact() throws {
        let ws = try DeclarationFixtures.workspace()
        let broker = DeclarationFixtures.broker
        let saved = try Declarations.createDraft(ws, hostile(), by: broker)
        let first = try DeclarationExporter.export(ws, ids: [saved.id], format: .csv, by: broker)
        let result = try DeclarationImporter(workspace: ws, operator: broker).importCSV(data: first, fileName: "round.csv")
        #expect(result.problems.map(\.description) == [] && result.updated == 1)
        let loaded = try Declarations.load(ws, id: saved.id, by: broker)
        #expect(loaded.goods[0]["goodsModel"] == "=cmd|' /C calc'!A0")
        #expect(loaded.goods[1]["goodsModel"] == "'=already quoted")
        #expect(loaded["marks"] == "@SUM(1,2)")
        let second = try DeclarationExporter.export(ws, ids: [saved.id], format: .csv, by: broker)
        #expect(String(decoding: second, as: UTF8.self) == String(decoding: first, as: UTF8.self))
    }
}
