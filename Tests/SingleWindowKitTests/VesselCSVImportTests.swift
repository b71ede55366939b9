import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct VesselCSVImportTests {
    let f: VesselFixture
    init() throws { f = try VesselFixture() }

    let header = "Family name,Given names,Rank,Nationality,Date of birth,Place of birth,Document type,Document number,Expiry date"

    func draft() throws -> VesselCall {
        try VesselCalls.create(f.ws, direction: .arrival, declaration: f.arrival(), by: f.agent)
    }

    func importCrew(_ text: String, into call: VesselCall? = nil) throws -> VesselCall {
        let call = try call ?? draft()
        return try VesselCalls.importCrew(f.ws, callID: call.id, expectedVersion: call.version, csv: Data(text.utf8),
                                          fileName: "crew.csv", by: f.agent)
    }

    func problems(_ text: String) throws -> [String] {
        do {
            _ = try CrewListCSV.parse(f.db, data: Data(text.utf8), fileName: "crew.csv")
            return []
        } catch let error as PersonListImportError {
            return error.problems.map(\.description)
        }
    }

    @Test func englishHeaderImportsAndReplacesTheList() throws {
        let csv = """
        \(header)
        Kanthavel,Krishnan,Master,IND,1968-02-11,Chennai,passport,Z1234567,2029-08-30
        Santos,Jose,AB,PH,1990/7/4,Cebu,seafarer id,P7654321A,20280115
        """
        let call = try importCrew(csv)
        #expect(call.declaration.crew.count == 2)
        #expect(call.declaration.crew[1].nationality == "PHL")
        #expect(call.declaration.crew[1].dateOfBirth.description == "1990-07-04")
        #expect(call.declaration.crew[1].documentType == .seafarerID)
        #expect(try AuditLog.entries(f.db, entity: "vessel_call", entityID: call.id).last?.after == "2 crew from crew.csv")
    }

    @Test func chineseHeadersBOMAndCRLFInAnyColumnOrder() throws {
        let csv = "\u{FEFF}序号,姓,名,国籍,职务,出生日期,出生地,证件类型,证件号码,有效期至\r\n"
            + "1,陈,建国,中国,大副,1975-09-30,宁波,海员证,E12345678,2027-12-31\r\n"
            + "2,Nguyen,Van An,缅甸,Oiler,1988-01-02,Yangon,护照,MB998877,2026-06-30\r\n"
        let call = try importCrew(csv)
        #expect(call.declaration.crew.map(\.nationality) == ["CHN", "MMR"])
        #expect(call.declaration.crew.map(\.rank) == ["大副", "Oiler"])
        #expect(call.declaration.crew[0].documentType == .seafarerID)
    }

    @Test func quotedNewlineKeepsLineNumbersOfLaterRows() throws {
        let csv = """
        \(header)
        Santos,Jose,AB,PHL,1990-07-04,"Cebu City,
        Cebu",seafarer id,P7654321A,2028-01-15
        Reyes,Maria,Cook,XXX,1985-03-03,Manila,passport,P1122334B,2028-01-15
        """
        #expect(try problems(csv) == ["crew.csv:4:4: Nationality: XXX is not in the country table"])
        // Without the bad row the quoted newline survives as part of the place of birth.
        let ok = try CrewListCSV.parse(f.db, data: Data(csv.split(separator: "\n").dropLast().joined(separator: "\n").utf8), fileName: "crew.csv")
        #expect(ok[0].placeOfBirth == "Cebu City,\nCebu")
    }

    @Test func everyProblemIsReportedWithFileLineColumnAndField() throws {
        let csv = """
        \(header)
        ,Krishnan,Master,IND,1968-02-30,Chennai,passport,Z1234567,2029-08-30
        Santos,Jose,AB,Atlantis,1990-07-04,Cebu,visa,P76,2028-01-15
        Reyes,Maria,Cook,PHL,1985-03-03,Manila,passport,Z1234567,1980-01-01
        """
        #expect(try problems(csv) == [
            "crew.csv:2:1: Family name: is required",
            "crew.csv:2:5: Date of birth: is not a date (YYYY-MM-DD): 1968-02-30",
            "crew.csv:3:4: Nationality: Atlantis is not in the country table",
            "crew.csv:3:7: Document type: visa is not a document type (passport, seafarer ID, seaman's book, other)",
            "crew.csv:3:8: Document number: P76 is not a document number (5–20 letters or digits)",
            "crew.csv:4:8: Document number: Z1234567 is already on line 2",
            "crew.csv:4:9: Expiry date: expiry 1980-01-01 is before the date of birth",
        ])
    }

    @Test func missingColumnsAreNamed() throws {
        let csv = """
        Family name,Given names,Rank,Date of birth,Place of birth,Document number,Expiry date
        Santos,Jose,AB,1990-07-04,Cebu,P7654321A,2028-01-15
        """
        // The declarations' format and wording: one problem naming every missing column.
        #expect(try problems(csv) == [
            "crew.csv:1: header: required columns are missing: nationality (国籍), document type (证件类型)",
        ])
    }

    @Test func everyHeaderProblemAtOnce() throws {
        let csv = """
        Family name,Surname,Given names,Rank,Nationality,Date of birth,Place of birth,Document number,Expiry date
        Santos,Santos,Jose,AB,PHL,1990-07-04,Cebu,P7654321A,2028-01-15
        """
        #expect(try problems(csv) == [
            "crew.csv:1:2: Surname: column Surname appears twice (first at column 1)",
            "crew.csv:1: header: required columns are missing: document type (证件类型)",
        ])
    }

    @Test func gbkFileIsRecognised() throws {
        // "姓,名" in GBK.
        let gbk = Data([0xD0, 0xD5, 0x2C, 0xC3, 0xFB, 0x0A, 0xB3, 0xC2, 0x2C, 0xBD, 0xA8, 0xB9, 0xFA, 0x0A])
        do {
            _ = try CrewListCSV.parse(f.db, data: gbk, fileName: "船员.csv")
            Issue.record("GBK accepted")
        } catch let error as PersonListImportError {
            #expect(error.problems.count == 1)
            #expect(error.problems[0].key == "import.gbk")
            #expect(error.problems[0].description == "船员.csv:1: file: the file is in GBK/GB18030, not UTF-8: save it as UTF-8 and import again")
            #expect(error.problems[0].text(.zh).contains("GBK"))
        }
    }

    @Test func nothingIsHalfImported() throws {
        let call = try draft()
        let before = call.declaration.crew
        let csv = """
        \(header)
        Kanthavel,Krishnan,Master,IND,1968-02-11,Chennai,passport,Z1234567,2029-08-30
        Santos,Jose,AB,PHL,1990-07-04,Cebu,seafarer id,P7654321A,not a date
        """
        #expect(throws: PersonListImportError.self) { try importCrew(csv, into: call) }
        let after = try #require(try VesselCalls.call(f.db, id: call.id))
        #expect(after.declaration.crew == before)
        #expect(after.version == call.version)
        #expect(try AuditLog.entries(f.db, entity: "vessel_call", entityID: call.id).map(\.action) == ["vessel.create"])
    }

    @Test func emptyFilesAndHeaderOnly() throws {
        #expect(try problems("") == ["crew.csv:1: file: the file is empty"])
        #expect(try problems(header + "\n") == ["crew.csv:1: file: the file has a header but no rows"])
        #expect(try problems(header + "\n\"Santos,Jose\n") == ["crew.csv:2: file: a quoted field starting here is never closed"])
    }

    @Test func passengerListWithPortsAndTransit() throws {
        let csv = """
        Surname,Given name,Nationality,DOB,Place of birth,ID type,Passport No,Port of embarkation,Port of disembarkation,Transit
        Kim,Minji,KOR,1995-04-12,Seoul,passport,M12345678,KRPUS,CNSHA,N
        Tanaka,Hiroshi,JP,1979-11-30,Osaka,P,TR1234567,JPTYO,SGSIN,yes
        Lee,Jun,KOR,1992-01-01,Busan,passport,M87654321,KRPUS,NLRTM,maybe
        """
        do {
            _ = try PassengerListCSV.parse(f.db, data: Data(csv.utf8), fileName: "pax.csv")
            Issue.record("bad passenger list accepted")
        } catch let error as PersonListImportError {
            #expect(error.problems.map(\.description) == [
                "pax.csv:4:9: Port of disembarkation: NLRTM: country NL is not in the country table",
                "pax.csv:4:10: Transit: maybe is not yes or no",
            ])
        }
        let good = try PassengerListCSV.parse(f.db, data: Data(csv.split(separator: "\n").dropLast().joined(separator: "\n").utf8), fileName: "pax.csv")
        #expect(good.map(\.transit) == [false, true])
        #expect(good[1].nationality == "JPN")
    }

    @Test func importOnlyIntoADraft() throws {
        let call = try f.submittedArrival()
        #expect(throws: DomainError.invalidTransition(entity: "vessel_call", id: call.id, from: "submitted", action: "vessel.importCrew")) {
            try importCrew("\(header)\nSantos,Jose,AB,PHL,1990-07-04,Cebu,passport,P7654321A,2028-01-15", into: call)
        }
    }
}
