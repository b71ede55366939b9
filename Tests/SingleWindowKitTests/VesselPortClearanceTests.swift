import Foundation
import Testing
import TextWidth
@testable import SingleWindowKit

@Suite struct VesselPortClearanceTests {
    let f: VesselFixture
    init() throws { f = try VesselFixture() }

    /// Arrival cleared, departure declared and released by all four; returns the departure id.
    func clearedDeparture(imo: String = "9811000", voyage: String = "0123E") throws -> (String, PortClearance) {
        let a = try f.submittedArrival(imo: imo, voyage: voyage)
        for agency in VesselRuleSet.agencies { try f.release(a.id, agency) }
        let dep = try VesselDeparture.create(f.ws, fromArrival: a.id,
                                             voyage: VoyageParticulars(voyageNumber: voyage + "W", port: "CNSHA", etd: f.at(hours: 50),
                                                                       nextPort: "SGSIN", masterName: "Krishnan Kanthavel"), by: f.agent)
        try VesselCalls.submit(f.ws, callID: dep.id, expectedVersion: dep.version, by: f.agent)
        for agency in [Agency.customs, .inspection, .border] { try f.release(dep.id, agency) }
        let outcome = try f.release(dep.id, .maritime)
        return (dep.id, try #require(outcome.portClearance))
    }

    @Test func numbersArePerPortAndYearAndUnique() throws {
        let (_, first) = try clearedDeparture()
        let (_, second) = try clearedDeparture(imo: "9321483", voyage: "0777E")
        #expect(first.facts.number == "CNSHA2025000001")
        #expect(second.facts.number == "CNSHA2025000002")
        #expect(first.verificationCode != second.verificationCode)
        #expect(first.verificationCode.count == 24)
        #expect(first.facts.releases.map(\.agency) == ["customs", "inspection", "border", "maritime"])
        #expect(first.facts.releases.map(\.officerName) == ["张敏", "王强", "刘洋", "赵刚"])
        #expect(first.facts.agentName == "上海远洋船务代理有限公司")
    }

    @Test func validCodeVerifiesUnknownFailsAlteredFails() throws {
        let (_, c) = try clearedDeparture()
        guard case let .valid(found) = try PortClearances.verify(f.db, code: c.verificationCode) else {
            Issue.record("genuine code did not verify"); return
        }
        #expect(found.facts == c.facts)
        // Typed in lower case without hyphens: still the same code.
        let typed = c.verificationCode.lowercased().replacingOccurrences(of: "-", with: " ")
        #expect(try PortClearances.verify(f.db, code: typed) == .valid(found))
        // A forged paper: a code that was never issued, or one character changed.
        #expect(try PortClearances.verify(f.db, code: "0000-0000-0000-0000-0000") == .unknownCode)
        var chars = Array(c.verificationCode)
        chars[0] = chars[0] == "A" ? "B" : "A"
        #expect(try PortClearances.verify(f.db, code: String(chars)) == .unknownCode)
        // Someone edits the stored facts (another ship name): the code no longer matches them.
        _ = try f.db.write {
            try f.db.run("UPDATE port_clearance SET facts = replace(facts, 'EVER GIVEN', 'EVER GREEN') WHERE number = ?", [c.facts.number])
        }
        #expect(try PortClearances.verify(f.db, code: c.verificationCode) == .altered(number: c.facts.number))
    }

    @Test func codeDependsOnTheDatabaseSecret() throws {
        let (_, c) = try clearedDeparture()
        let facts = try VesselJSON.encode(c.facts)
        #expect(try PortClearances.verificationCode(f.db, facts) == c.verificationCode)
        _ = try f.db.write { try f.db.run("UPDATE meta SET value = 'other' WHERE key = 'vessel.clearance_secret'") }
        #expect(try PortClearances.verificationCode(f.db, facts) != c.verificationCode)
    }

    @Test func printingIsCountedAndLogged() throws {
        let (depID, c) = try clearedDeparture()
        let first = try PortClearances.print(f.ws, callID: depID, destination: "/tmp/clearance.txt", by: f.agent)
        #expect(first.copy == 1)
        #expect(first.text.contains("国际航行船舶出口岸许可证"))
        #expect(first.text.contains(c.facts.number))
        #expect(first.text.contains(c.verificationCode))
        #expect(first.text.contains("第 1 次 / original"))
        let second = try PortClearances.print(f.ws, callID: depID, destination: "lp", by: f.maritime)
        #expect(second.copy == 2)
        #expect(second.text.contains("copy 2 (reprint)"))
        #expect(try PortClearances.clearance(f.db, callID: depID)?.printCount == 2)
        let log = try AuditLog.entries(f.db, entity: "port_clearance", entityID: c.facts.number)
        #expect(log.map(\.action) == ["port_clearance.issue", "port_clearance.print", "port_clearance.reprint"])
        #expect(log.last?.after == "copy 2 to lp")
        // Another agency's agent, or a customs officer, may not print it.
        #expect(throws: DomainError.notAuthorized(operatorID: "wanglei", action: "port_clearance.print")) {
            try PortClearances.print(f.ws, callID: depID, destination: "lp", by: f.otherAgent)
        }
        #expect(throws: DomainError.notAuthorized(operatorID: "zhangmin", action: "port_clearance.print")) {
            try PortClearances.print(f.ws, callID: depID, destination: "lp", by: f.customs)
        }
    }

    @Test func anArrivalHasNoPortClearance() throws {
        let a = try f.submittedArrival()
        #expect(throws: VesselError.noPortClearance(callID: a.id)) {
            try PortClearances.print(f.ws, callID: a.id, destination: "lp", by: f.agent)
        }
    }

    @Test func printedColumnsAlignByDisplayWidth() throws {
        let (depID, _) = try clearedDeparture()
        let text = try PortClearances.print(f.ws, callID: depID, destination: "lp", by: f.agent).text
        // Every value starts at the same display column although the labels mix CJK and ASCII.
        let lines = text.split(separator: "\n").map(String.init)
        for (label, value) in [("船名 Ship's name", "EVER GIVEN"), ("呼号 Call sign", "H3RC"), ("航次 Voyage", "0123EW"),
                               ("船旗国 Flag State", "PAN")] {
            let line = try #require(lines.first { $0.hasPrefix(label) })
            #expect(line.hasSuffix(value))
            #expect(displayWidth(line) - displayWidth(value) == PortClearanceDocument.labelWidth)
        }
        #expect(displayWidth("船名 Ship") == 9)
        #expect(pad("海关", toWidth: 6, truncating: false) == "海关  ")
        #expect(text.split(separator: "\n").allSatisfy { displayWidth(String($0)) <= PortClearanceDocument.width })
    }

    @Test func clearanceTimesForADeparture() throws {
        let a = try f.submittedArrival()
        for agency in VesselRuleSet.agencies { try f.release(a.id, agency) }
        let dep = try VesselDeparture.create(f.ws, fromArrival: a.id,
                                             voyage: VoyageParticulars(voyageNumber: "0123W", port: "CNSHA", etd: f.at(hours: 50),
                                                                       nextPort: "SGSIN", masterName: "K"), by: f.agent)
        f.clock.set(f.at(hours: 48))
        try VesselCalls.submit(f.ws, callID: dep.id, expectedVersion: dep.version, by: f.agent)
        f.clock.set(f.at(hours: 48.25)); try f.release(dep.id, .customs)
        f.clock.set(f.at(hours: 48.5)); try f.release(dep.id, .border)
        f.clock.set(f.at(hours: 48.75)); try f.release(dep.id, .inspection)
        f.clock.set(f.at(hours: 49)); try f.release(dep.id, .maritime)
        let times = try ClearanceTimes.of(f.db, callID: dep.id)
        #expect(times.total == 3600)
        #expect(times.summary.map(\.duration) == ["15 min", "45 min", "30 min", "1 h", "1 h"])
        #expect(times.summary.last?.label == "port clearance")
    }
}
