import Foundation
import Testing
@testable import SingleWindowKit

/// Submission refuses a broker without a valid customs registration and a trader without a
/// foreign-trade filing, naming what is missing or the day it expired, on the (training) clock.
@Suite struct AdminQualificationTests {
    static let broker = DeclarationFixtures.broker
    static let brokerEnterprise = DeclarationFixtures.brokerEnterprise
    static let trader = DeclarationFixtures.traderEnterprise
    static let admin = Operator(id: "root-admin", name: "管理员", role: .administrator)

    /// China noon of `day`.
    static func noon(_ day: String) -> Date { Timestamp.date(day + "T04:00:00Z")! }

    func registration(until: String, _ ws: Workspace) throws {
        try Qualifications.set(ws, Qualification(enterpriseID: Self.brokerEnterprise, kind: .customsRegistration, number: "3122980001",
                                                 issuer: "上海海关", validFrom: "2024-01-01", validUntil: until), by: Self.admin)
    }

    @Test func theBrokersRegistrationHoldsOnItsLastDayAndNotTheDayAfter() throws {
        let clock = SettableClock(Self.noon("2026-01-31"))
        let ws = try DeclarationFixtures.workspace(clock: clock)
        try registration(until: "2026-01-31", ws)
        let onLastDay = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(reference: "PO-1"), by: Self.broker)
        #expect(try Declarations.submit(ws, onLastDay, by: Self.broker).status == .submitted)

        clock.set(Self.noon("2026-02-01"))
        let dayAfter = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(reference: "PO-2"), by: Self.broker)
        let error = #expect(throws: DomainError.self) { try Declarations.submit(ws, dayAfter, by: Self.broker) }
        guard case let .invalid(problems)? = error else { Issue.record("not a refusal: \(String(describing: error))"); return }
        #expect(problems == [Problem("brokerID", "qualification.expired.customs_registration",
                                     [Self.brokerEnterprise, "3122980001", "2026-01-31"])])
        #expect(problems[0].description.contains("customs declarant registration 3122980001 expired after 2026-01-31"))
        #expect(Messages.text(problems[0].key, problems[0].arguments, language: .zh).contains("报关单位注册"))
        #expect(try Declarations.load(ws, id: dayAfter.id, by: Self.broker).status == .draft, "nothing half-submitted")
    }

    @Test func aTraderWithoutAForeignTradeFilingIsRefusedByName() throws {
        let ws = try DeclarationFixtures.workspace()
        try ws.db.write { try ws.db.run("DELETE FROM qualification WHERE enterprise_id = ? AND kind = 'foreign_trade_filing'", [Self.trader]) }
        let d = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: Self.broker)
        let error = #expect(throws: DomainError.self) { try Declarations.submit(ws, d, by: Self.broker) }
        guard case let .invalid(problems)? = error else { Issue.record("not a refusal"); return }
        #expect(problems.map(\.key) == ["qualification.missing.foreign_trade_filing"])
        #expect(problems[0].description.contains("\(Self.trader) has no foreign-trade operator filing on record"))
    }

    @Test func aRegistrationEndingWithinAMonthIsAWarningOnThePlan() throws {
        let clock = SettableClock(Self.noon("2026-01-10"))
        let ws = try DeclarationFixtures.workspace(clock: clock)
        try registration(until: "2026-02-09", ws)
        let d = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: Self.broker)
        #expect(try Declarations.plan(ws, d).warnings.map(\.key) == ["qualification.expiring.customs_registration"])
        try registration(until: "2026-02-10", ws)
        #expect(try Declarations.plan(ws, d).warnings.isEmpty, "31 days ahead: no warning yet")
    }

    @Test func onlyAnAdministratorSetsAQualificationAndItIsChecked() throws {
        let ws = try DeclarationFixtures.workspace()
        let q = Qualification(enterpriseID: Self.trader, kind: .inspectionFiling, number: "", validFrom: "2026-13-01", validUntil: "2020-01-01")
        #expect(throws: DomainError.notAuthorized(operatorID: "liwei", action: "set a qualification")) {
            try Qualifications.set(ws, q, by: Self.broker)
        }
        let error = #expect(throws: DomainError.self) { try Qualifications.set(ws, q, by: Self.admin) }
        guard case let .invalid(problems)? = error else { Issue.record("not invalid"); return }
        #expect(Set(problems.map(\.path)) == ["number", "validFrom"])
        let before = try ws.db.scalar("SELECT count(*) FROM audit_entry").int
        let renewed = try Qualifications.set(ws, Qualification(enterpriseID: Self.trader, kind: .inspectionFiling, number: "3100600001",
                                                              issuer: "上海海关", validFrom: "2026-01-01"), by: Self.admin)
        #expect(renewed.version == 2)
        #expect(try ws.db.scalar("SELECT count(*) FROM audit_entry").int == (before ?? 0) + 1)
    }

    /// The demo set's dates count from the training clock: valid whenever a class runs, but for
    /// the one broker whose registration ends within a month.
    @Test func theDemoQualificationsAreValidOnTheTrainingClockButOne() throws {
        try withTempDirectory { dir in
            let start = Self.noon("2031-06-15")
            let ws = try Workspace.open(path: dir.path(), createAs: .training, clock: SettableClock(start))
            let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("sample-data")
            let report = try SampleData.load(into: ws.db, kind: .training, from: sampleData, asOf: ws.now())
            #expect(report.problems.isEmpty, "\(report.problems)")
            let today = ChinaDate.string(start)
            let rows = try ws.db.query("SELECT * FROM qualification").map(Qualification.init(row:))
            #expect(rows.count > 40)
            #expect(rows.allSatisfy { $0.status(on: today) == .valid })
            let soon = rows.filter { !$0.validUntil.isEmpty && $0.validUntil <= ChinaDate.adding(30, to: today)! }
            #expect(soon.map(\.enterpriseID) == ["91120116313216769N"])
            #expect(soon.map(\.kind) == [.customsRegistration])
        }
    }
}
