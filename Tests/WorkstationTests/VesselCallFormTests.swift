import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11 item 7: the agent's new-call form (particulars and voyage) on the shared form
/// builder: a known IMO number fills it, F2 saves the draft, the IMO check digit is checked on
/// the field, every way out of an edited form asks, and the lists are imported on the call.
@Suite struct VesselCallFormTests {
    let fixture: TrainingFixture
    init() throws { fixture = try TrainingFixture() }

    static func pane(_ shell: Shell) -> VesselsPane { shell.panes[.vessels] as! VesselsPane }

    func calls(voyage: String) throws -> Int {
        Int(try fixture.workspace.db.scalar("SELECT count(*) FROM vessel_call WHERE voyage = ?", [voyage]).int64 ?? -1)
    }

    /// 陈静 opens the form and types a known IMO number: the ship and its voyage fill in.
    func typedForm(language: Language = .en, size: Size = Size(width: 80, height: 24)) throws -> Shell {
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "chenjing", language: language, size: size)
        shell.press(.function(6), .char("n"))
        shell.type("9483126")
        return shell
    }

    @Test(arguments: [Language.en, .zh])
    func formSnapshot(language: Language) throws {
        let shell = try typedForm(language: language)
        Snapshot.assert(shell.screen(), named: "vessels-form-\(language.rawValue)-80x24")
    }

    @Test func aKnownShipFillsTheFormAndF2SavesTheDraft() throws {
        let shell = try typedForm()
        let form = try #require(Self.pane(shell).form)
        #expect(form.state["ship.name"]?.value == "ZHONG HAI XIANG YUN")
        #expect(form.state["voyage.voyageNumber"]?.value == "083E", "the next voyage after 082E")
        #expect(form.state["voyage.port"]?.value == "CNSHA" && form.state["voyage.lastPort"]?.value == "KRPUS")
        #expect(form.state["health.stowaways"]?.value == "n")
        shell.press(.function(2))
        #expect(Self.pane(shell).form == nil, "saved and closed onto the call")
        #expect(shell.text.contains("arrival 083E · draft"), "\(shell.text)")
        #expect(try calls(voyage: "083E") == 1)
        let call = try #require(try VesselCalls.call(fixture.workspace.db, id: "CNSHA2026A00004"))
        #expect(call.declaration.health?.portsLast30Days == ["SGSIN", "KRPUS"])
        #expect(call.declaration.voyage.eta != nil)
    }

    /// Save, open again with `e`, change, save: what was typed is what is stored and shown.
    @Test func aDraftIsEditedInTheSameFormAndRestored() throws {
        let shell = try typedForm()
        shell.press(.function(2), .char("e"))
        var form = try #require(Self.pane(shell).form)
        #expect(form.state["ship.imo"]?.isReadOnly == true, "the IMO number names the call")
        #expect(form.state["voyage.voyageNumber"]?.value == "083E")
        form.state.setValue("Yangshan Phase IV, berth 14", for: "voyage.berth")
        Self.pane(shell).form = form
        #expect(Self.pane(shell).unsavedWork(try fixture.app())?.details == "Berth not saved")
        shell.press(.function(2))
        #expect(try VesselCalls.call(fixture.workspace.db, id: "CNSHA2026A00004")?.declaration.voyage.berth == "Yangshan Phase IV, berth 14")
        shell.press(.char("e"))
        #expect(Self.pane(shell).form?.state["voyage.berth"]?.value == "Yangshan Phase IV, berth 14")
        #expect(Self.pane(shell).form?.isChanged == false)
        shell.press(.escape)
        #expect(Self.pane(shell).form == nil && shell.overlay == nil, "an unchanged form closes without asking")
    }

    /// The check digit's boundary: 9074729 is valid, 9074728 (one off) is marked on the field
    /// and nothing is saved; the form keeps the typing.
    @Test(arguments: [("9074729", true), ("9074728", false), ("907472", false)])
    func theIMOCheckDigitIsCheckedOnTheField(imo: String, valid: Bool) throws {
        try fixture.loadVesselSamples()
        let shell = try fixture.shell(as: "chenjing")
        shell.press(.function(6), .char("n"))
        let pane = Self.pane(shell)
        var form = try #require(pane.form)
        for (id, value) in ["ship.name": "NEW HULL", "ship.callSign": "BQRS2", "ship.flag": "CHN", "ship.shipType": "bulk carrier",
                            "ship.grossTonnage": "30000", "ship.netTonnage": "17000", "voyage.voyageNumber": "001N",
                            "voyage.port": "CNSHA", "voyage.masterName": "LI Ming", "voyage.eta": "2026-03-03 08:00"] {
            form.state.setValue(value, for: id)
        }
        pane.form = form
        shell.type(imo)
        shell.press(.tab)
        let error = pane.form?.state["ship.imo"]?.error
        #expect((error == nil) == valid, "\(imo): \(error ?? "no error")")
        shell.press(.function(2))
        #expect(try calls(voyage: "001N") == (valid ? 1 : 0))
        if !valid {
            #expect(pane.form?.state["ship.imo"]?.value == imo, "the typing stays")
            #expect(pane.form?.state["ship.imo"]?.error != nil)
            #expect(shell.text.contains("Not saved"), "\(shell.text)")
        }
    }

    @Test func theFormReadsLikeTheDomain() throws {
        let values = VesselCallForm.values(VesselDeclaration(ship: Ship(imo: "9483127", name: "X", callSign: "ABCD", flag: "CHN", shipType: "t",
                                                                        grossTonnage: 1, netTonnage: 1),
                                                             voyage: VoyageParticulars(voyageNumber: "1", port: "CNSHA", masterName: "M")),
                                           direction: .arrival, localTime: LocalTime(zone: TimeZone(identifier: "UTC")!))
        #expect(throws: DomainError.invalid([Problem("ship.imo", "problem.checkDigit", ["9483127"])])) {
            try VesselCallForm.declaration(values, base: nil, localTime: LocalTime(zone: TimeZone(identifier: "UTC")!))
        }
        var good = values
        good["ship.imo"] = "IMO 9483126"
        good["voyage.eta"] = "2026-03-03 08:00"
        let (direction, d) = try VesselCallForm.declaration(good, base: nil, localTime: LocalTime(zone: TimeZone(identifier: "UTC")!))
        #expect(direction == .arrival && d.voyage.eta == Timestamp.date("2026-03-03T08:00:00.000Z"))
        #expect(VesselCallDefaults.nextVoyage("082E") == "083E" && VesselCallDefaults.nextVoyage("099") == "100"
                && VesselCallDefaults.nextVoyage("V9W") == "V10W" && VesselCallDefaults.nextVoyage("ABC") == "ABC")
        #expect(VesselCallDefaults.departureVoyage("083E") == "083W" && VesselCallDefaults.departureVoyage("2519N") == "2519S")
    }

    enum WayOut: String, CaseIterable, CustomTestStringConvertible {
        case ctrlQ, ctrlC, f9, f5, escape
        var key: Key {
            switch self {
            case .ctrlQ: return .ctrl("q")
            case .ctrlC: return .ctrl("c")
            case .f9: return .function(9)
            case .f5: return .function(5)
            case .escape: return .escape
            }
        }
        var testDescription: String { rawValue }
    }

    /// Every way out of the typed form asks save / discard / stay, naming the new call.
    @Test(arguments: WayOut.allCases, ["s", "d", "stay"])
    func everyWayOutOfTheFormAsks(way: WayOut, answer: String) throws {
        let shell = try typedForm()
        #expect(shell.handle(way.key))
        let asked = shell.text
        #expect(asked.contains("New vessel call:") && asked.contains("not saved"), "\(asked)")
        #expect(asked.contains("[ S Save ]") && asked.contains("[ D Discard ]") && asked.contains("[ Esc Stay ]"), "\(asked)")
        let goesOn = shell.handle(answer == "stay" ? .escape : .char(Character(answer)))
        switch answer {
        case "stay":
            #expect(goesOn && shell.activeTab == .vessels && Self.pane(shell).form?.state["ship.imo"]?.value == "9483126")
            #expect(try calls(voyage: "083E") == 0)
            return
        case "s": #expect(try calls(voyage: "083E") == 1, "saved as a draft")
        default: #expect(try calls(voyage: "083E") == 0)
        }
        switch way {
        case .ctrlQ, .ctrlC: #expect(!goesOn, "the program quits")
        case .f9: #expect(goesOn)
        case .f5: #expect(shell.activeTab == .declarations)
        case .escape: #expect(Self.pane(shell).form == nil && shell.overlay == nil)
        }
    }

    /// The agent's list with no call, one call (made in the form), and many (the samples).
    @Test func zeroOneAndManyCalls() throws {
        let shell = try fixture.shell(as: "chenjing")
        shell.press(.function(6))
        #expect(shell.text.contains("No vessel calls"), "\(shell.text)")
        shell.press(.char("n"))
        var form = try #require(Self.pane(shell).form)
        for (id, value) in ["ship.imo": "9074729", "ship.name": "FIRST HULL", "ship.callSign": "BQRS2", "ship.flag": "CHN",
                            "ship.shipType": "bulk carrier", "ship.grossTonnage": "30000", "ship.netTonnage": "17000",
                            "voyage.voyageNumber": "001N", "voyage.port": "CNSHA", "voyage.masterName": "LI Ming",
                            "voyage.eta": "2026-03-03 08:00"] {
            form.state.setValue(value, for: id)
        }
        Self.pane(shell).form = form
        shell.press(.function(2), .escape)
        #expect(shell.text.contains("FIRST HULL") && !shell.text.contains("No vessel calls"), "\(shell.text)")
        try fixture.loadVesselSamples()
        shell.press(.function(5), .function(6))
        for ship in ["FIRST HULL", "ZHONG HAI XIA", "JIN HAI PENG", "DONG HAI ZHI"] {
            #expect(shell.text.contains(ship), "\(ship): \(shell.text)")
        }
    }

    /// The lists are imported on the call: the offered files need only Enter.
    @Test func crewAndManifestAreOfferedOnATrainingDatabase() throws {
        let shell = try typedForm()
        shell.press(.function(2), .char("g"))
        #expect(shell.text.contains("manifest-zhonghai-xiangyun-083E.json"), "\(shell.text)")
        shell.press(.enter)
        let call = try #require(try VesselCalls.call(fixture.workspace.db, id: "CNSHA2026A00004"))
        #expect(call.declaration.cargo.count == 6 && call.declaration.dangerousGoods.map(\.unNumber) == ["UN1263", "UN1993"])
        shell.press(.char("c"), .enter)
        #expect(try VesselCalls.call(fixture.workspace.db, id: "CNSHA2026A00004")?.declaration.crew.count == 20)
    }
}
