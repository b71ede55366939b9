import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct VesselCodesTests {
    @Test func imoNumberAcceptsValidCheckDigitAndPrefix() throws {
        #expect(try IMONumber(parsing: "9074729").digits == "9074729")
        #expect(try IMONumber(parsing: "IMO 9074729").digits == "9074729")
        #expect(try IMONumber(parsing: "imo9811000").digits == "9811000")
        #expect(IMONumber.isValid("9321483"))
    }

    @Test func imoNumberRefusesWrongCheckDigitAndLength() {
        #expect(throws: FieldFault("problem.checkDigit", ["9074728"])) { try IMONumber(parsing: "9074728") }
        #expect(!IMONumber.isValid("907472"))      // 6 digits
        #expect(!IMONumber.isValid("90747290"))    // 8 digits
        #expect(!IMONumber.isValid("9O74729"))     // letter O
        #expect(!IMONumber.isValid(""))
    }

    @Test func mmsiNeedsNineDigitsStartingTwoToSeven() throws {
        #expect(MMSI.isValid("353136000"))
        #expect(MMSI.isValid("200000000"))
        #expect(MMSI.isValid("799999999"))
        #expect(!MMSI.isValid("35313600"))     // 8 digits
        #expect(!MMSI.isValid("3531360001"))   // 10 digits
        #expect(throws: FieldFault("vessel.mmsi.notShip", ["111234567"])) { try MMSI(parsing: "111234567") }
        #expect(!MMSI.isValid("812345678"))
        #expect(!MMSI.isValid("970123456"))    // AIS-SART
        #expect(try MMSI(parsing: "353136000").mid == "353")
    }

    @Test func callSignIsFourToEightLettersOrDigits() throws {
        #expect(CallSign.isValid("H3RC"))
        #expect(CallSign.isValid("9V2345AB"))
        #expect(!CallSign.isValid("H3R"))
        #expect(!CallSign.isValid("9V2345ABC"))
        #expect(!CallSign.isValid("H3-RC"))
        #expect(try CallSign(parsing: " bpja ").value == "BPJA")
    }

    @Test func unNumberRangeAndPrefix() throws {
        #expect(try UNNumber(parsing: "UN1203").digits == "1203")
        #expect(try UNNumber(parsing: "un 1173").digits == "1173")
        #expect(try UNNumber(parsing: "0004").digits == "0004")
        #expect(try UNNumber(parsing: "3558").digits == "3558")
        #expect(throws: FieldFault("vessel.un.range", ["0003", "0004", "3558"])) { try UNNumber(parsing: "0003") }
        #expect(!UNNumber.isValid("3559"))
        #expect(!UNNumber.isValid("UN120"))
        #expect(!UNNumber.isValid("12034"))
    }

    @Test func hazardClassesAndDivisions() throws {
        for ok in ["3", "7", "8", "9", "2.1", "2.3", "4.3", "5.1", "5.2", "6.1", "6.2", "1.1", "1.6", "class 3"] {
            #expect(HazardClass.isValid(ok), "\(ok)")
        }
        #expect(try HazardClass(parsing: "1.4s").value == "1.4S")
        for bad in ["0", "10", "1", "2", "4", "2.4", "4.4", "5.3", "6.3", "1.7", "3.1", "1.4X", "", "x"] {
            #expect(!HazardClass.isValid(bad), "\(bad)")
        }
        #expect(try HazardClass(parsing: "3").packingGroupRule == .required)
        #expect(try HazardClass(parsing: "2.1").packingGroupRule == .notApplicable)
        #expect(try HazardClass(parsing: "9").packingGroupRule == .optional)
    }

    @Test func packingGroupNormalisesArabic() throws {
        #expect(try PackingGroup(parsing: "2") == .two)
        #expect(try PackingGroup(parsing: "iii") == .three)
        #expect(try PackingGroup(parsing: "PG I") == .one)
        #expect(!PackingGroup.isValid("IV"))
        #expect(!PackingGroup.isValid("4"))
        #expect(!PackingGroup.isValid("0"))
    }

    @Test func emsFireAToJSpillageAToZ() throws {
        #expect(try EmSCode(parsing: "F-E, S-D").description == "F-E, S-D")
        #expect(EmSCode.isValid("F-A S-Z"))
        #expect(EmSCode.isValid("f-j,s-a"))
        #expect(!EmSCode.isValid("F-K, S-D"))    // fire schedules stop at J
        #expect(!EmSCode.isValid("S-D, F-E"))    // order is fire, then spillage
        #expect(!EmSCode.isValid("F-E"))
        #expect(!EmSCode.isValid("F-E, S-1"))
    }

    @Test func flashpointIsADecimalInAPhysicalWindow() throws {
        #expect(try Flashpoint.parse("-18") == -18)
        #expect(try Flashpoint.parse("23.5 °C") == Decimal(string: "23.5"))
        #expect(try Flashpoint.parse("−100") == -100)
        #expect(try Flashpoint.parse("300") == 300)
        #expect(throws: FieldFault("vessel.flashpoint.range", ["301"])) { try Flashpoint.parse("301") }
        #expect(!Flashpoint.isValid("-100.5"))
        #expect(throws: FieldFault("problem.notNumber", ["12abc"])) { try Flashpoint.parse("12abc") }
        #expect(!Flashpoint.isValid("1.2.3"))
    }

    @Test func tonnageNetNeverAboveGross() {
        #expect(Tonnage(gross: 1000, net: 1000).problems.isEmpty)
        #expect(Tonnage(gross: 1000, net: 600).problems.isEmpty)
        #expect(Tonnage(gross: 1000, net: 1001).problems == [Problem("ship.netTonnage", "vessel.tonnage.netAboveGross", ["1001", "1000"])])
        #expect(Tonnage(gross: 0, net: 0).problems.map(\.path) == ["ship.grossTonnage", "ship.netTonnage"])
    }

    @Test func containerNumberCheckDigit() {
        #expect(ContainerNumber.isValid("CSQU3054383"))
        #expect(ContainerNumber.isValid("MSCU 123456 6"))
        #expect(!ContainerNumber.isValid("CSQU3054384"))
        #expect(!ContainerNumber.isValid("CSQX3054383"))
        #expect(!ContainerNumber.isValid("CSQU305438"))
    }

    @Test func calendarDayFormatsAndCalendar() throws {
        #expect(try CalendarDay(parsing: "1980/5/7").description == "1980-05-07")
        #expect(try CalendarDay(parsing: "19800507").description == "1980-05-07")
        #expect(try CalendarDay(parsing: "2024-02-29").description == "2024-02-29")
        #expect(throws: FieldFault("problem.notDate", ["2023-02-29"])) { try CalendarDay(parsing: "2023-02-29") }
        #expect((try? CalendarDay(parsing: "07/05/1980")) == nil)
        #expect((try? CalendarDay(parsing: "1980-13-01")) == nil)
    }

    @Test func locodeNeedsAKnownCountry() throws {
        let f = try VesselFixture()
        #expect(try UNLocode.check(f.db, "CNSHA") == .success(try UNLocode(parsing: "CNSHA")))
        #expect(try UNLocode.check(f.db, "cn xmn", requireKnownPort: true) == .success(try UNLocode(parsing: "CNXMN")))
        #expect(try UNLocode.check(f.db, "NLRTM") == .failure(FieldFault("vessel.locode.country", ["NLRTM", "NL"])))
        #expect(try UNLocode.check(f.db, "CNNGB", requireKnownPort: true) == .failure(FieldFault("problem.unknownCode", ["CNNGB", "port"])))
        #expect(try UNLocode.check(f.db, "CNSH") == .failure(FieldFault("vessel.locode.format", ["CNSH"])))
        #expect(try UNLocode.check(f.db, "CNSH1") == .failure(FieldFault("vessel.locode.format", ["CNSH1"])))  // digits are 2–9
        #expect(try UNLocode.check(f.db, "C1SHA") == .failure(FieldFault("vessel.locode.format", ["C1SHA"])))
    }

    @Test func countriesNormaliseToAlpha3() throws {
        let f = try VesselFixture()
        #expect(try VesselCountries.normalise(f.db, "PHL") == "PHL")
        #expect(try VesselCountries.normalise(f.db, "ph") == "PHL")
        #expect(try VesselCountries.normalise(f.db, "菲律宾") == "PHL")
        #expect(try VesselCountries.normalise(f.db, "philippines") == "PHL")
        #expect(try VesselCountries.normalise(f.db, "XYZ") == nil)
    }
}
