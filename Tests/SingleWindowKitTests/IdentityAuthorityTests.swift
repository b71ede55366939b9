import Testing
@testable import SingleWindowKit

@Suite("Authority")
struct IdentityAuthorityTests {
    static let customs = Operator(id: "c1", name: "海关", role: .customsOfficer, agency: .customs)
    static let inspection = Operator(id: "i1", name: "检验检疫", role: .inspectionOfficer, agency: .inspection)
    static let broker = Operator(id: "b1", name: "报关员", role: .broker)

    @Test func theRightRoleAndAgencyMayAct() throws {
        try Authority.require(Self.customs, "release", roles: [.customsOfficer], agency: .customs)
        try Authority.require(Self.broker, "declare", roles: [.broker, .trader])
    }

    @Test func anOfficerOfTheWrongAgencyIsRefused() {
        #expect(throws: DomainError.notAuthorized(operatorID: "i1", action: "release")) {
            try Authority.require(Self.inspection, "release", roles: [.customsOfficer, .inspectionOfficer], agency: .customs)
        }
    }

    @Test func theRightRoleWithAMismatchedAgencyIsRefused() {
        // A customs-officer record wrongly filed under another agency acts for neither.
        let misfiled = Operator(id: "c2", name: "错配", role: .customsOfficer, agency: .maritime)
        #expect(throws: DomainError.notAuthorized(operatorID: "c2", action: "release")) {
            try Authority.require(misfiled, "release", roles: [.customsOfficer], agency: .customs)
        }
    }

    @Test func aRoleOutsideTheSetIsRefusedWhateverItsAgency() {
        #expect(throws: DomainError.notAuthorized(operatorID: "b1", action: "release")) {
            try Authority.require(Self.broker, "release", roles: [.customsOfficer])
        }
        #expect(throws: DomainError.notAuthorized(operatorID: "c1", action: "declare")) {
            try Authority.require(Self.customs, "declare", roles: [.broker])
        }
    }

    @Test func anEmptyRoleSetAllowsNobody() {
        #expect(throws: DomainError.notAuthorized(operatorID: "c1", action: "nothing")) {
            try Authority.require(Self.customs, "nothing", roles: [])
        }
    }

    @Test func officerRolesImplyTheirAgency() {
        #expect(Role.customsOfficer.impliedAgency == .customs)
        #expect(Role.maritimeOfficer.impliedAgency == .maritime)
        #expect(Role.broker.impliedAgency == nil)
        #expect(Role.departmentReviewer.isOfficer)
        #expect(!Role.trainer.isOfficer)
    }
}
