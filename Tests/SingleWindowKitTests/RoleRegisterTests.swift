import Foundation
import Testing
@testable import SingleWindowKit

/// Roles are declared by their areas and listed once: each code known once, officers' agencies
/// as declared, unknown codes refused rather than guessed.
@Suite struct RoleRegisterTests {
    @Test func everyAreasRolesAreRegisteredOnce() {
        let codes = Role.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        #expect(Set(["broker", "trader", "customs_officer", "inspection_officer", "shipping_agent", "border_officer",
                     "maritime_officer", "approval_window", "department_reviewer", "market_regulator", "trainer"]).isSubset(of: codes))
        for role in Role.allCases { #expect(Role(rawValue: role.rawValue) == role) }
    }

    @Test func officersAndTheirAgencies() {
        #expect(Role.customsOfficer.impliedAgency == .customs && Role.customsOfficer.isOfficer)
        #expect(Role.maritimeOfficer.impliedAgency == .maritime)
        #expect(Role.marketRegulator.impliedAgency == .market)
        // A department reviewer decides on lanes; its department is recorded on the operator.
        #expect(Role.departmentReviewer.isOfficer && Role.departmentReviewer.impliedAgency == nil)
        #expect(!Role.broker.isOfficer && !Role.trainer.isOfficer && !Role.approvalWindow.isOfficer)
    }

    @Test func unknownCodesAreRefusedNotGuessed() throws {
        #expect(Role(rawValue: "captain") == nil && Role(rawValue: "") == nil && Role(rawValue: "Broker") == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Role].self, from: Data(#"["captain"]"#.utf8)) }
        let decoded = try JSONDecoder().decode([Role].self, from: Data(#"["shipping_agent","trainer"]"#.utf8))
        #expect(decoded == [.shippingAgent, .trainer])
        #expect(String(data: try JSONEncoder().encode([Role.broker]), encoding: .utf8) == #"["broker"]"#)
    }

    @Test func everyDemoOperatorsRoleIsRegistered() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = ["demo/operators.csv"] + DomainAreas.all.flatMap(\.demoOperators)
        let rows = try files.flatMap { file in
            try String(contentsOf: root.appendingPathComponent("sample-data/" + file), encoding: .utf8)
                .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        }
        #expect(rows.count > 20)
        for row in rows { #expect(Role(rawValue: String(row[3])) != nil, "\(row[0]): \(row[3])") }
    }
}
