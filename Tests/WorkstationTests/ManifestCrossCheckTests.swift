import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// The shared manifest between the two panes: a sea declaration's B/L against the manifest its
/// ship declared for the voyage — a warning by default, a refusal where the database blocks.
@Suite struct ManifestCrossCheckTests {
    let fixture: TrainingFixture
    let broker: Operator
    let call: VesselCall

    init() throws {
        fixture = try TrainingFixture()
        try fixture.loadVesselSamples()
        try DeclarationTestSupport.importBatch(fixture)
        broker = try fixture.operatorNamed("liwei")
        let submitted = try #require(try VesselCalls.call(fixture.workspace.db, id: "CNSHA2026A00001"))
        call = submitted
    }

    /// A valid customs + inspection draft from the batch, pointed at the sample ship and voyage.
    func draft(bill: String, voyage: String? = nil) throws -> Declaration {
        let id = try #require(try fixture.workspace.db.queryOne("SELECT id FROM declaration WHERE scope = 'both' ORDER BY id LIMIT 1")?.int64("id"))
        var d = try Declarations.load(fixture.workspace, id: id, by: broker)
        d["transportMode"] = "2"
        d["transportName"] = call.declaration.ship.name
        d["voyageNo"] = voyage ?? call.declaration.voyage.voyageNumber
        d["billNo"] = bill
        return try Declarations.saveDraft(fixture.workspace, d, by: broker)
    }

    var manifestBill: String { call.declaration.cargo[0].blNumber }

    @Test func aBillOnTheManifestPasses() throws {
        #expect(try Declarations.warnings(fixture.workspace, try draft(bill: manifestBill)).isEmpty)
    }

    @Test func aBillNotOnTheManifestIsWarnedAboutAndStillSubmitsByDefault() throws {
        let d = try draft(bill: "NOTONMANIFEST1")
        let warnings = try Declarations.warnings(fixture.workspace, d)
        #expect(warnings.map(\.key) == ["decl.manifestNoLine"])
        #expect(warnings.first?.path == "header.billNo")
        #expect(try Declarations.validate(fixture.workspace, d, by: broker).isEmpty)
        #expect(try Declarations.submit(fixture.workspace, d, by: broker).status == .submitted)
    }

    @Test func anUnknownVoyageIsNamed() throws {
        let warnings = try Declarations.warnings(fixture.workspace, try draft(bill: manifestBill, voyage: "999X"))
        #expect(warnings.map(\.key) == ["decl.manifestNoCall"])
    }

    @Test func whereTheDatabaseBlocksTheSubmissionIsRefused() throws {
        let trainer = try fixture.operatorNamed("trainer")
        #expect(throws: DomainError.self) { try ManifestCrossCheck.setMode(fixture.workspace, .block, by: broker) }
        try ManifestCrossCheck.setMode(fixture.workspace, .block, by: trainer)
        let bad = try draft(bill: "NOTONMANIFEST2")
        #expect(throws: DomainError.invalid([Problem("header.billNo", "decl.manifestNoLine", ["NOTONMANIFEST2", call.id])])) {
            try Declarations.submit(fixture.workspace, bad, by: broker)
        }
        let good = try Declarations.saveDraft(fixture.workspace, { var d = bad; d["billNo"] = manifestBill; return d }(), by: broker)
        #expect(try Declarations.submit(fixture.workspace, good, by: broker).status == .submitted)
    }

    @Test func theVesselSideSeesTheDeclarationsNamingEachBill() throws {
        let d = try Declarations.submit(fixture.workspace, try draft(bill: manifestBill), by: broker)
        let declared = try ManifestCrossCheck.declarationNumbers(fixture.workspace.db, billNos: [manifestBill, "NONE"])
        #expect(declared[manifestBill] == [try #require(d.number)])
        #expect(declared["NONE"] == nil)
    }
}
