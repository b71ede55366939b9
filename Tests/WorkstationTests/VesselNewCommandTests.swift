@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// `vessels new` and `vessels attach`: the form and `g` headless, on the same domain calls.
@Suite struct VesselNewCommandTests {
    let fixture: TrainingFixture
    init() throws {
        fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
    }

    func run(_ arguments: [String], as actor: String) -> (code: Int32, out: String, err: String) {
        let captured = CapturedConsole()
        let args = arguments + ["--db", fixture.directory.appendingPathComponent("training.db").path, "--lang", "en", "--as", actor]
        let code = SingleWindowCLI.run(arguments: args, environment: [:], console: captured.console) { _ in .usage }
        return (code, captured.out, captured.err)
    }

    @Test func aKnownIMONumberMakesTheSameDraftAsTheForm() throws {
        let made = run(["vessels", "new", "--imo", "9483126", "--berth", "berth 14", "--json"], as: "chenjing")
        #expect(made.code == 0, "\(made.err)")
        let json = try JSONSerialization.jsonObject(with: Data(made.out.utf8)) as! [String: Any]
        let id = try #require(json["id"] as? String)
        let call = try #require(try VesselCalls.call(fixture.workspace.db, id: id))
        #expect(call.declaration.voyage.voyageNumber == "083E" && call.declaration.voyage.berth == "berth 14")
        #expect(call.declaration.ship.name == "ZHONG HAI XIANG YUN" && call.state == .draft)

        let lists = TrainingFixture.sampleData.appendingPathComponent("vessels/manifests/manifest-zhonghai-xiangyun-083E.json").path
        let attached = run(["vessels", "attach", id, lists], as: "chenjing")
        #expect(attached.code == 0, "\(attached.err)")
        #expect(attached.out.contains("6 manifest line(s), 2 dangerous goods"), "\(attached.out)")
        #expect(try VesselCalls.call(fixture.workspace.db, id: id)?.declaration.dangerousGoods.count == 2)
    }

    /// One off the check digit: refused with the problem on the IMO number, nothing stored.
    @Test func aWrongCheckDigitIsRefused() throws {
        let before = try fixture.workspace.db.scalar("SELECT count(*) FROM vessel_call").int64
        let refused = run(["vessels", "new", "--imo", "9483127", "--voyage", "001N"], as: "chenjing")
        #expect(refused.code != 0)
        #expect((refused.out + refused.err).contains("ship.imo"), "\(refused.out)\(refused.err)")
        #expect(try fixture.workspace.db.scalar("SELECT count(*) FROM vessel_call").int64 == before)
        #expect(run(["vessels", "new", "--imo", "9483126"], as: "zhangmin").code != 0, "an officer declares no call")
    }
}
