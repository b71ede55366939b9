@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 9, item 8: wherever a person reads a time it is the workstation's local time, in one
/// format — the call screen, the printed port clearance and `vessels verify` agree — while
/// JSON keeps ISO 8601 UTC.
@Suite struct LocalTimeDisplayTests {
    static let instant = Timestamp.date("2026-03-02T10:24:00.000Z")!

    /// The sample departure CNSHA2026D00001 cleared (its port clearance issued) at `instant`.
    static func clearedAtInstant(_ fixture: TrainingFixture) throws -> PortClearance {
        try fixture.loadVesselSamples()
        try fixture.release("CNSHA2026A00001", by: ["zhangmin", "wangqiang", "liuyang", "zhoujun"])
        let ws = fixture.workspace
        let agent = try fixture.operatorNamed("chenjing")
        let draft = try #require(try VesselCalls.call(ws.db, id: "CNSHA2026D00001"))
        _ = try VesselCalls.submit(ws, callID: draft.id, expectedVersion: draft.version, by: agent)
        try fixture.release("CNSHA2026D00001", by: ["zhangmin", "wangqiang", "liuyang"])
        fixture.clock.set(instant)
        try fixture.release("CNSHA2026D00001", by: ["zhoujun"], hours: 0)
        return try #require(try PortClearances.clearance(ws.db, callID: "CNSHA2026D00001"))
    }

    func cli(_ fixture: TrainingFixture, _ arguments: [String], environment: [String: String] = [:]) -> (code: Int32, out: String) {
        let captured = CapturedConsole()
        let code = SingleWindowCLI.run(arguments: arguments + ["--db", fixture.databasePath, "--lang", "en"], environment: environment,
                                       console: captured.console) { _ in .usage }
        return (code, captured.out)
    }

    @Test func theCertificateVerifyAndTheScreenShowTheSameLocalTime() throws {
        let fixture = try TrainingFixture()
        let clearance = try Self.clearedAtInstant(fixture)
        #expect(clearance.facts.issuedAt == "2026-03-02T10:24:00.000Z")

        // The certificate, printed headless (China time by default) and from the pane.
        let printed = cli(fixture, ["vessels", "print", "CNSHA2026D00001", "--as", "chenjing"])
        #expect(printed.code == 0)
        let issued = try #require(printed.out.split(separator: "\n").first { $0.hasPrefix("签发时间 Issued") })
        #expect(issued.hasSuffix("2026-03-02 18:24 (UTC+08:00)"), "\(issued)")
        #expect(printed.out.contains("Maritime") && printed.out.contains("2026-03-02 18:24 (UTC+08:00)"))

        // `vessels verify`: the same local time as text; JSON keeps the stored UTC instant.
        let verified = cli(fixture, ["vessels", "verify", clearance.verificationCode])
        #expect(verified.code == 0 && verified.out.contains("issued 2026-03-02 18:24 (UTC+08:00)"), "\(verified.out)")
        let json = cli(fixture, ["vessels", "verify", clearance.verificationCode, "--json"])
        #expect(json.out.contains("2026-03-02T10:24:00.000Z") && !json.out.contains("18:24"), "\(json.out)")

        // TZ decides the zone: in UTC the same instant reads 10:24, said so.
        let utc = cli(fixture, ["vessels", "verify", clearance.verificationCode], environment: ["TZ": "UTC"])
        #expect(utc.out.contains("issued 2026-03-02 10:24 (UTC)"), "\(utc.out)")

        // The call's screen, on a workstation in China time.
        let shell = try fixture.shell(as: "chenjing", size: Size(width: 120, height: 40))
        shell.app.timeZone = LocalTime.defaultZone
        shell.press(.function(6), .char("/"))
        shell.type("082W")
        shell.press(.enter, .enter)
        #expect(shell.text.contains("cleared 2026-03-02 18:24"), "\(shell.text)")
    }

    @Test func theZoneIsTZElseChinaTime() {
        #expect(LocalTime.zone(environment: [:]).identifier == "Asia/Shanghai")
        #expect(LocalTime.zone(environment: ["TZ": "UTC"]).secondsFromGMT(for: Self.instant) == 0)
        #expect(LocalTime.zone(environment: ["TZ": ":Europe/Berlin"]).identifier == "Europe/Berlin")
        #expect(LocalTime.zone(environment: ["TZ": "not a zone"]).identifier == "Asia/Shanghai")
        let china = LocalTime(environment: [:])
        #expect(china.string(Self.instant) == "2026-03-02 18:24")
        #expect(china.time(Self.instant) == "18:24")
        #expect(china.stringWithZone(iso: "2026-03-02T10:24:00.000Z") == "2026-03-02 18:24 (UTC+08:00)")
        #expect(LocalTime(zone: TimeZone(identifier: "America/New_York")!).offset(at: Self.instant) == "UTC-05:00")
    }
}
