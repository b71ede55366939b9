import Foundation
@testable import Presentation
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The vessel samples on the training fixture, as a new training database gets them, and a
/// few files the tests type at the pane's prompts.
extension TrainingFixture {
    /// Loads the four sample calls: A00001 (container ship, submitted), D00001 (its departure,
    /// draft), A00002 (bulk carrier with dangerous goods), A00003 (ferry with passengers).
    func loadVesselSamples() throws {
        try VesselSampleLoader.loadTrainingSamples(into: workspace, from: Self.sampleData)
    }

    func operatorNamed(_ id: String) throws -> Operator {
        guard let op = try Operators.find(workspace.db, id) else { throw DomainError.notFound(entity: "operator", id: id) }
        return op
    }

    /// Releases `callID` on each agency's lane as its officer, the clock moving `hours` between.
    func release(_ callID: String, by officers: [String], hours: Double = 0.5) throws {
        for id in officers {
            clock.advance(by: hours * 3600)
            let officer = try operatorNamed(id)
            try VesselClearance.apply(.release, workspace, callID: callID, agency: VesselText.officerAgency(officer)!,
                                             laneVersion: nil, text: "", by: officer)
        }
    }

    /// An arrival declaration file: the container ship's sample with another voyage and no crew.
    func arrivalFile(voyage: String = "083E") throws -> URL {
        let sample = Self.sampleData.appendingPathComponent("vessels/01-zhonghai-xiangyun-arrival.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: sample)) as! [String: Any]
        var declaration = json["declaration"] as! [String: Any]
        var voyageJSON = declaration["voyage"] as! [String: Any]
        voyageJSON["voyageNumber"] = voyage
        declaration["voyage"] = voyageJSON
        json["declaration"] = declaration
        let url = directory.appendingPathComponent("arrival-\(voyage).json")
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        return url
    }

    /// A crew list with two broken rows (a bad nationality, a bad date).
    func brokenCrewFile() throws -> URL {
        let url = directory.appendingPathComponent("crew-broken.csv")
        try """
            Family name,Given names,Rank,Nationality,Date of birth,Place of birth,Document type,Document number,Expiry date
            WANG,Haitao,Master,CHN,1972-03-14,Dalian,passport,E58213467,2037-06-30
            LIU,Zhiqiang,Chief Officer,XXX,1980-11-02,Qingdao,seafarer id,S02389145,2035-04-18
            ZHOU,Wenbin,Second Officer,CHN,1988-13-45,Ningbo,passport,E77120934,2034-01-01

            """.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static var crewFile: URL { sampleData.appendingPathComponent("vessels/crew-zhonghai-xiangyun.csv") }
}

extension Shell {
    var text: String { screen().trimmedLines().joined(separator: "\n") }
}
