import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, item 6: the enforcement register's District column mixed customs districts (关区,
/// four digits: 2200) with administrative divisions (行政区划, six digits: 310115). The record
/// sheet wants the enterprise's (administrative) district; every list now shows that one kind,
/// named, under a header that says which.
@Suite struct AdministrativeDistrictTests {
    @Test func whichIsWhich() {
        // The register's customs district gives way to the credit code's division (characters 3–8).
        #expect(AdministrativeDistrict.code(registered: "2200", uscc: "91310115312662433Q") == "310115")
        #expect(AdministrativeDistrict.code(registered: "0200", uscc: "91120116313058385X") == "120116")
        // An administrative division in the register is kept (an enterprise that moved).
        #expect(AdministrativeDistrict.code(registered: "310109", uscc: "91310115312662433Q") == "310109")
        #expect(AdministrativeDistrict.code(registered: "", uscc: "not-a-code") == nil)
        #expect(AdministrativeDistrict.code(registered: "999999", uscc: "91990115312662433Q") == nil, "no province 99")
        #expect(AdministrativeDistrict.name("310115", .zh) == "浦东新区" && AdministrativeDistrict.name("310115", .en) == "Pudong New Area")
        #expect(AdministrativeDistrict.name("310000", .zh) == "上海市")
        #expect(AdministrativeDistrict.name("120199", .en) == "Tianjin 120199", "an unknown county: its province and code")
        #expect(AdministrativeDistrict.display(registered: "", uscc: "x", .en) == "—")
    }

    @Test(arguments: [Language.en, .zh])
    func theBoardShowsOneKindOfDistrictNamed(language: Language) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "guojing", language: language, size: Size(width: 120, height: 40))
        shell.press(.function(8))
        let lines = shell.screen().lines()
        #expect(lines[3].contains(language == .en ? "Admin. district" : "行政区"))
        let rows = lines[4..<36].filter { $0.contains("9131") || $0.contains("9112") || $0.contains("9135") || $0.contains("9144") }
        #expect(rows.count > 20)
        for row in rows {
            // No customs district code (four digits on their own) and no bare six-digit code.
            #expect(row.range(of: #"\s\d{4}\s"#, options: .regularExpression) == nil, "\(row)")
            #expect(row.range(of: #"\s\d{6}\s"#, options: .regularExpression) == nil, "\(row)")
        }
        #expect(rows.contains { $0.contains(language == .en ? "Pudong New Area" : "浦东新区") })
        #expect(rows.contains { $0.contains(language == .en ? "Binhai New Area" : "滨海新区") })
    }

    @Test func theRecordSheetNamesTheDistrictWithItsCode() throws {
        let e = Enterprise(id: "91310115312662433Q", name: "上海东方电子科技有限公司", kind: .trader, district: "2200")
        #expect(EnforcementText.district(e, Strings(.en)) == "Pudong New Area 310115")
        #expect(EnforcementText.district(e, Strings(.zh)) == "浦东新区 310115")
    }

    /// The names table (Presentation) and the rule (the domain) know the same provinces, and every
    /// county the table names is a division by the rule.
    @Test func theNamesTableAndTheRuleAgree() {
        #expect(Set(AdministrativeDistrict.provinces.keys) == Set(AdministrativeDivision.provinceCodes))
        for code in AdministrativeDistrict.counties.keys { #expect(AdministrativeDivision.isDivision(code), "\(code)") }
        #expect(EnforcementText.district(code: "2200", Strings(.en)) == "2200")  // an older draw's customs scope, as stored
        #expect(EnforcementText.district(code: "310000", Strings(.zh)) == "上海市 310000")
    }
}
