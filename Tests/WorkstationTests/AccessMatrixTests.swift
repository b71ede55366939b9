@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation

/// The role × command matrix: every command is in it, and every cell is tried both ways
/// through the dispatcher on a training database (one demo operator per role, by `--as`).
@Suite(.serialized) struct AccessMatrixTests {
    /// One training database for the whole suite: the refusals write nothing.
    static let database: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-matrix-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("t.db").path
        _ = SingleWindowCLI.run(arguments: ["init", "--training", "--db", path],
                                environment: ["SINGLEWINDOW_SAMPLE_DATA": TrainingFixture.sampleData.path],
                                console: CapturedConsole().console) { _ in .usage }
        return path
    }()

    /// The demo operator of each role.
    static func operatorID(_ role: Role) throws -> String {
        let db = try Database(path: database)
        defer { db.close() }
        return try #require(try Operators.list(db, role: role, limit: 1).first?.id, "no demo \(role)")
    }

    @Test func everyCommandIsInTheMatrixAndNothingElse() {
        let names = Set(SingleWindowCLI.tables.keys).union([""]) // "": the workstation itself
        let inMatrix = Set(AccessMatrix.commands.keys).union(AccessMatrix.open)
        #expect(names.subtracting(inMatrix).isEmpty, "commands nobody may run: \(names.subtracting(inMatrix).sorted())")
        #expect(inMatrix.subtracting(names).isEmpty, "matrix rows of no command: \(inMatrix.subtracting(names).sorted())")
    }

    /// Allowed: the dispatcher's check passes. Refused: the whole run is refused with exit 3,
    /// naming the operator, its role and its agency, before the command reads anything.
    @Test func everyCellBothWays() throws {
        var allowed = 0, refused = 0
        for role in Role.allCases {
            let id = try Self.operatorID(role)
            for (command, roles) in AccessMatrix.commands.sorted(by: { $0.key < $1.key }) {
                let words = command.split(separator: " ").map(String.init)
                if roles.contains(role) {
                    let parsed = try ArgumentParser.parse(words + ["--as", id, "--db", Self.database],
                                                          table: try #require(SingleWindowCLI.tables[command]))
                    var context = CommandContext(arguments: parsed, environment: [:], console: CapturedConsole().console)
                    context.commandName = command
                    #expect(throws: Never.self, "\(role) \(command)") { try SingleWindowCLI.authorize(context) }
                    allowed += 1
                } else {
                    let captured = CapturedConsole()
                    let code = SingleWindowCLI.run(arguments: words + ["--as", id, "--db", Self.database], environment: [:],
                                                   console: captured.console) { _ in .usage }
                    #expect(code == 3, "\(role) \(command)")
                    #expect(captured.err.contains("\(id) (\(role.rawValue)"), "\(role) \(command): \(captured.err)")
                    #expect(captured.err.contains("may not run `\(command)`"), "\(role) \(command): \(captured.err)")
                    refused += 1
                }
            }
        }
        #expect(allowed + refused == Role.allCases.count * AccessMatrix.commands.count)
        #expect(refused > allowed, "most roles may run few commands")
    }

    @Test func aRefusalNamesTheAgency() throws {
        let officer = Operator(id: "zhangmin", name: "张敏", role: .customsOfficer, agency: .customs)
        let error = #expect(throws: AccessDenied.self) { try AccessMatrix.require(officer, command: "vessels create") }
        #expect(error?.description == "zhangmin (customs_officer for customs) may not run `vessels create`; it is for: shipping_agent")
        // Before: "liwei does not act for : …", the agency left blank.
        let broker = Operator(id: "liwei", name: "李伟", role: .broker)
        let refusal = #expect(throws: AccessDenied.self) { try AccessMatrix.require(broker, command: "review claim") }
        #expect(refusal?.description.hasPrefix("liwei (broker, acting for no agency) may not run `review claim`") == true)
    }

    /// Before: a broker, a market regulator and another company's agent could read any call.
    @Test func aVesselCallIsReadOnlyByItsAgentAndTheFourAgencies() throws {
        let db = try Database(path: Self.database)
        let call = try #require(try db.queryOne("SELECT id, agent_enterprise FROM vessel_call ORDER BY id LIMIT 1"))
        let callID = try #require(call.string("id"))
        let owner = try #require(try db.queryOne("SELECT id FROM operator WHERE role = 'shipping_agent' AND enterprise_id = ?",
                                                 [call.string("agent_enterprise") ?? ""])?.string("id"))
        let other = try #require(try db.queryOne("SELECT id FROM operator WHERE role = 'shipping_agent' AND enterprise_id <> ?",
                                                 [call.string("agent_enterprise") ?? ""])?.string("id"))
        db.close()
        func show(_ id: String) -> Int32 {
            SingleWindowCLI.run(arguments: ["vessels", "show", callID, "--as", id, "--db", Self.database], environment: [:],
                                console: CapturedConsole().console) { _ in .usage }
        }
        for reader in [owner, "zhangmin", "wangqiang", "liuyang", "zhoujun", "trainer"] { #expect(show(reader) == 0, "\(reader)") }
        for stranger in [other, "liwei", "guojing", "admin"] { #expect(show(stranger) == 3, "\(stranger)") }
        // The other company's agent lists none of this call's company's calls.
        let captured = CapturedConsole()
        _ = SingleWindowCLI.run(arguments: ["vessels", "list", "--json", "--as", other, "--db", Self.database], environment: [:],
                                console: captured.console) { _ in .usage }
        #expect(!captured.out.contains(callID))
    }

    @Test func onlyTheAdministratorSeesTheAdministrationScreenAndNothingElse() {
        for role in Role.allCases {
            #expect(AccessMatrix.maySee(role, screen: "admin") == (role == .administrator), "\(role)")
            for tab in ["declarations", "vessels", "approvals", "enforcement"] {
                #expect(AccessMatrix.maySee(role, screen: tab) == (role != .administrator), "\(role) \(tab)")
            }
        }
    }
}

/// A tab without a row in the matrix would be shown to nobody: a new pane must say who sees it.
@Suite struct AccessMatrixScreenRowTests {
    @Test func everyTabHasItsRow() {
        for tab in Tab.allCases { #expect(AccessMatrix.screens[tab.id] != nil, "tab \(tab.id) has no row in AccessMatrix.screens") }
    }
}
