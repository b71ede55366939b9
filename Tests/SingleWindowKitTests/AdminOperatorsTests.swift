import Foundation
import Testing
@testable import SingleWindowKit

/// The administrator's operator directory on a production database: add, change role and
/// agency, map to an OS account, disable — never delete; each audited under the operator's id.
@Suite struct AdminOperatorsTests {
    static let start = Timestamp.date("2026-03-02T01:30:00Z")!
    /// An account every Linux host has in /etc/passwd (the tests map operators to it).
    static let account = "daemon"

    func production(_ dir: TempDirectory) throws -> (Workspace, Operator) {
        let ws = try Workspace.open(path: dir.path(), createAs: .production, clock: SettableClock(Self.start))
        let admin = try AdminBootstrap.createFirstAdministrator(ws, osUser: "root")
        try EnterpriseAdmin.add(ws, Enterprise(id: "91310000MA1K3Y8B38", name: "上海通关报关有限公司", kind: .broker), by: admin)
        return (ws, admin)
    }

    func actions(_ ws: Workspace, _ id: String) throws -> [String] {
        try AuditLog.entries(ws.db, entity: "operator", entityID: id).map(\.action)
    }

    @Test func theFirstAdministratorIsMappedToItsAccountAndOnlyOnce() throws {
        try withTempDirectory { dir in
            let (ws, admin) = try production(dir)
            #expect(admin.role == .administrator && admin.osUser == "root" && admin.id == "root")
            #expect(try Identity.resolve(ws.db, asID: nil, login: OSLogin(uid: 0, name: "root"), kind: .production) == admin)
            #expect(throws: DomainError.self) { try AdminBootstrap.createFirstAdministrator(ws, osUser: "daemon") }
        }
    }

    @Test func addChangeMapDisableAreAuditedAndNothingIsDeleted() throws {
        try withTempDirectory { dir in
            let (ws, admin) = try production(dir)
            let broker = Operator(id: "liwei", name: "李伟", role: .broker, enterpriseID: "91310000MA1K3Y8B38")
            try OperatorAdmin.add(ws, broker, by: admin)
            try OperatorAdmin.map(ws, id: "liwei", osUser: Self.account, by: admin)
            let liwei = try Identity.resolve(ws.db, asID: nil, login: OSLogin(uid: 1, name: Self.account), kind: .production)
            #expect(liwei.id == "liwei")
            let officer = try OperatorAdmin.change(ws, id: "liwei", role: .customsOfficer, agency: nil, enterpriseID: nil, by: admin)
            #expect(officer.agency == .customs && officer.enterpriseID == nil)
            try OperatorAdmin.disable(ws, id: "liwei", by: admin)
            #expect(throws: IdentityError.inactive(id: "liwei")) {
                try Identity.resolve(ws.db, asID: nil, login: OSLogin(uid: 1, name: Self.account), kind: .production)
            }
            #expect(try Operators.find(ws.db, "liwei")?.active == false, "disabled, still there")
            #expect(try actions(ws, "liwei") == ["operator.add", "operator.map", "operator.role", "operator.disable"])
            #expect(try AuditLog.entries(ws.db, entity: "operator", entityID: "liwei").allSatisfy { $0.operatorID == "root" })
            #expect(try AuditLog.verify(ws.db).isIntact)
        }
    }

    @Test func everyProblemWithANewOperatorAtOnce() throws {
        try withTempDirectory { dir in
            let (ws, admin) = try production(dir)
            let bad = Operator(id: "bad id", name: " ", role: .customsOfficer, agency: .inspection, osUser: "no-such-account-here")
            let error = #expect(throws: DomainError.self) { try OperatorAdmin.add(ws, bad, by: admin) }
            guard case let .invalid(problems)? = error else { Issue.record("not invalid"); return }
            #expect(Set(problems.map(\.key)) == ["admin.badOperatorID", "problem.required", "admin.roleAgency", "admin.noSuchAccount"])
            let noEnterprise = Operator(id: "b2", name: "无企业", role: .broker, osUser: "root")
            let second = #expect(throws: DomainError.self) { try OperatorAdmin.add(ws, noEnterprise, by: admin) }
            guard case let .invalid(more)? = second else { Issue.record("not invalid"); return }
            #expect(Set(more.map(\.key)) == ["admin.enterpriseRequired", "admin.accountTaken"])
            #expect(try Operators.find(ws.db, "b2") == nil)
        }
    }

    @Test func onlyTheAdministratorAdministersAndNeverDisablesItself() throws {
        try withTempDirectory { dir in
            let (ws, admin) = try production(dir)
            let officer = Operator(id: "zhangmin", name: "张敏", role: .customsOfficer, agency: .customs)
            try OperatorAdmin.add(ws, officer, by: admin)
            #expect(throws: DomainError.notAuthorized(operatorID: "zhangmin", action: "add an operator")) {
                try OperatorAdmin.add(ws, Operator(id: "x", name: "x", role: .trader), by: officer)
            }
            #expect(throws: DomainError.notAuthorized(operatorID: "zhangmin", action: "map an operator to an OS account")) {
                try OperatorAdmin.map(ws, id: "zhangmin", osUser: "root", by: officer)
            }
            #expect(throws: DomainError.invalid([Problem("id", "admin.disableSelf", ["root"])])) {
                try OperatorAdmin.disable(ws, id: "root", by: admin)
            }
        }
    }
}

/// Role refusals name the agency: before, "liwei does not act for : …".
@Suite struct AdminRefusalTextTests {
    @Test func aRefusalNeverPrintsABlankAgency() {
        #expect(ReviewError.wrongAgency(operatorID: "liwei", agency: .none).description
            == "liwei acts for no agency: only customs and inspection officers decide on a declaration's lanes")
        #expect(ReviewError.wrongAgency(operatorID: "liuyang", agency: .border).description.contains("does not act for border"))
    }
}
