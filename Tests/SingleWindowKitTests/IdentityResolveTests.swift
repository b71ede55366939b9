import Foundation
import Testing
@testable import SingleWindowKit

@Suite("Who is at this terminal")
struct IdentityResolveTests {
    static let at = Date(timeIntervalSince1970: 1_428_485_400)
    static let broker = Operator(id: "b1", name: "王报关", role: .broker, osUser: "wang")
    static let officer = Operator(id: "c1", name: "李关员", role: .customsOfficer, agency: .customs, osUser: "li")
    static let retired = Operator(id: "x1", name: "退休", role: .broker, osUser: "old", active: false)

    func directory() throws -> Database {
        let db = try memoryDatabase()
        for op in [Self.broker, Self.officer, Self.retired] { try Operators.insert(db, op, by: .system, at: Self.at) }
        return db
    }

    func login(_ name: String?) -> OSLogin { OSLogin(uid: 4242, name: name) }

    @Test func theLoginIsMappedThroughOSUser() throws {
        let db = try directory()
        #expect(try Identity.resolve(db, asID: nil, login: login("wang"), kind: .training) == Self.broker)
        #expect(try Identity.resolve(db, asID: nil, login: login("li"), kind: .production) == Self.officer)
        #expect(try Identity.resolve(db, asID: "", login: login("li"), kind: .training) == Self.officer)
    }

    @Test func asWinsOnTraining() throws {
        let db = try directory()
        #expect(try Identity.resolve(db, asID: "c1", login: login("wang"), kind: .training) == Self.officer)
        #expect(try Identity.resolve(db, asID: "b1", login: login("unmapped"), kind: .training) == Self.broker)
    }

    @Test func anUnmappedLoginIsToldWhatTheAdministratorMustRun() throws {
        let db = try directory()
        let error = #expect(throws: IdentityError.unmappedOSUser(osUser: "zhao", database: db.path)) {
            try Identity.resolve(db, asID: nil, login: login("zhao"), kind: .production)
        }
        let text = try #require(error).description
        #expect(text.contains("singlewindow admin operators map OPERATOR-ID --os-user zhao"))
        #expect(text.contains("admin operators add"))
    }

    @Test func aUIDWithoutAPasswdEntryCannotAct() throws {
        let db = try directory()
        #expect(throws: IdentityError.noPasswdEntry(uid: 4242)) { try Identity.resolve(db, asID: nil, login: login(nil), kind: .production) }
    }

    @Test func anUnknownAsIsRefused() throws {
        let db = try directory()
        let error = #expect(throws: IdentityError.unknownOperator(id: "nobody")) {
            try Identity.resolve(db, asID: "nobody", login: login("wang"), kind: .training)
        }
        #expect(error?.description.contains("operators") == true)
    }

    @Test func aDeactivatedOperatorCannotAct() throws {
        let db = try directory()
        #expect(throws: IdentityError.inactive(id: "x1")) { try Identity.resolve(db, asID: nil, login: login("old"), kind: .production) }
        #expect(throws: IdentityError.inactive(id: "x1")) { try Identity.resolve(db, asID: "x1", login: login("wang"), kind: .training) }
    }

    /// Before: `--as` naming yourself passed on production, and `$USER` decided who "yourself" was.
    @Test func onProductionAsIsRefusedEvenForYourself() throws {
        let db = try directory()
        for asID in ["c1", "b1"] {
            #expect(throws: IdentityError.asRefusedOnProduction(login: "wang", requestedID: asID)) {
                try Identity.resolve(db, asID: asID, login: login("wang"), kind: .production)
            }
        }
    }

    @Test func theWorkspaceAppliesItsOwnKind() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .production)
            for op in [Self.broker, Self.officer] { try Operators.insert(ws.db, op, by: .system, at: Self.at) }
            #expect(throws: IdentityError.asRefusedOnProduction(login: "wang", requestedID: "c1")) {
                try ws.resolveOperator(asID: "c1", login: login("wang"))
            }
            #expect(try ws.resolveOperator(asID: nil, login: login("wang")) == Self.broker)
        }
    }
}
