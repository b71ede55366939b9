import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit

/// A vessel JSON file a careless user or an attacker wrote: refused with `file:line:column:
/// field: reason`, never a trap (1e15 hours crashed converting to stored milliseconds).
@Suite struct HardeningVesselFileTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vessel-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func write(_ text: String) throws -> String {
        let url = directory.appendingPathComponent("call.json")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The sample arrival with `hoursFromNow` replaced.
    func sample(hours: String) throws -> String {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: repo.appendingPathComponent("sample-data/vessels/01-zhonghai-xiangyun-arrival.json"), encoding: .utf8)
        return text.replacingOccurrences(of: "\"hoursFromNow\": 6,", with: "\"hoursFromNow\": \(hours),")
    }

    func refusal(_ path: String) -> String? {
        do {
            _ = try VesselDeclarationFile.read(path: path, now: Date(timeIntervalSince1970: 1_780_000_000))
            return nil
        } catch {
            return VesselErrorText.lines(error, Strings(.en)).joined(separator: "\n")
        }
    }

    @Test(arguments: ["1e15", "1e300", "-1e300", "87601"])
    func hoursOutOfRangeAreRefusedAtTheirPlace(hours: String) throws {
        let path = try write(try sample(hours: hours))
        let message = try #require(refusal(path))
        #expect(message == "\(path):5:19: hoursFromNow: hoursFromNow must be a number of hours within ±87600 (ten years)")
    }

    @Test func hoursWithinRangeAreRead() throws {
        let path = try write(try sample(hours: "-87600"))
        #expect(refusal(path) == nil)
    }

    @Test func aSyntaxErrorNamesLineAndColumn() throws {
        let path = try write("{\n  \"direction\": \"arrival\",\n  \"declaration\": {\"ship\": }\n}")
        let message = try #require(refusal(path))
        #expect(message.hasPrefix("\(path):3:27: JSON: "))
        #expect(!message.contains("The given data was not valid JSON"))
    }

    @Test func aWrongValueNamesItsField() throws {
        let text = try sample(hours: "6").replacingOccurrences(of: "\"grossTonnage\": 91051", with: "\"grossTonnage\": \"big\"")
        let path = try write(text)
        let message = try #require(refusal(path))
        #expect(message.hasPrefix("\(path):11:53: declaration.ship.grossTonnage: "), "\(message)")
    }

    @Test func aMissingFieldPointsAtItsObject() throws {
        let path = try write("{\"direction\": \"arrival\", \"declaration\": {\"voyage\": {}}}")
        let message = try #require(refusal(path))
        #expect(message.hasPrefix("\(path):1:41: declaration.ship: missing"), "\(message)")
    }
}
