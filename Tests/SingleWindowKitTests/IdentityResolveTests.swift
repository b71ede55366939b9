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

    @Test func theLoginIsMappedThroughOSUser() throws {
        let db = try directory()
        #expect(try Identity.resolve(db, asID: nil, osUser: "wang", kind: .training) == Self.broker)
        #expect(try Identity.resolve(db, asID: nil, osUser: "li", kind: .production) == Self.officer)
        #expect(try Identity.resolve(db, asID: "", osUser: "li", kind: .training) == Self.officer)
    }

    @Test func asWinsOnTraining() throws {
        let db = try directory()
        #expect(try Identity.resolve(db, asID: "c1", osUser: "wang", kind: .training) == Self.officer)
        #expect(try Identity.resolve(db, asID: "b1", osUser: "unmapped", kind: .training) == Self.broker)
    }

    @Test func anUnmappedLoginGetsAWayOut() throws {
        let db = try directory()
        let error = #expect(throws: IdentityError.unmappedOSUser(osUser: "zhao")) { try Identity.resolve(db, asID: nil, osUser: "zhao", kind: .training) }
        let text = try #require(error).description
        #expect(text.contains("--as"))
        #expect(text.contains("operators"))
        #expect(text.contains("zhao"))
    }

    @Test func anUnknownAsIsRefused() throws {
        let db = try directory()
        let error = #expect(throws: IdentityError.unknownOperator(id: "nobody")) { try Identity.resolve(db, asID: "nobody", osUser: "wang", kind: .training) }
        #expect(error?.description.contains("operators") == true)
    }

    @Test func aDeactivatedOperatorCannotAct() throws {
        let db = try directory()
        #expect(throws: IdentityError.inactive(id: "x1")) { try Identity.resolve(db, asID: nil, osUser: "old", kind: .production) }
        #expect(throws: IdentityError.inactive(id: "x1")) { try Identity.resolve(db, asID: "x1", osUser: "wang", kind: .training) }
    }

    @Test func onProductionAsMayOnlyNameYourself() throws {
        let db = try directory()
        #expect(throws: IdentityError.impersonationRefused(osUser: "wang", requestedID: "c1")) {
            try Identity.resolve(db, asID: "c1", osUser: "wang", kind: .production)
        }
        #expect(throws: IdentityError.impersonationRefused(osUser: "unmapped", requestedID: "b1")) {
            try Identity.resolve(db, asID: "b1", osUser: "unmapped", kind: .production)
        }
        #expect(try Identity.resolve(db, asID: "b1", osUser: "wang", kind: .production) == Self.broker)
    }

    @Test func theWorkspaceAppliesItsOwnKind() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .production)
            for op in [Self.broker, Self.officer] { try Operators.insert(ws.db, op, by: .system, at: Self.at) }
            #expect(throws: IdentityError.impersonationRefused(osUser: "wang", requestedID: "c1")) {
                try ws.resolveOperator(asID: "c1", osUser: "wang")
            }
            #expect(try ws.resolveOperator(asID: nil, osUser: "wang") == Self.broker)
        }
    }
}
