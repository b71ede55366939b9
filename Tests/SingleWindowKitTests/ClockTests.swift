import Foundation
import Testing
@testable import SingleWindowKit

@Suite("Clocks and timestamps")
struct ClockTests {
    static let start = Date(timeIntervalSince1970: 1_428_485_400) // 2015-04-08T09:30:00Z

    @Test func aSettableClockStandsStillUntilMoved() {
        let clock = SettableClock(Self.start)
        #expect(clock.now() == Self.start)
        #expect(clock.now() == Self.start)
        clock.advance(by: 90)
        #expect(clock.now() == Self.start.addingTimeInterval(90))
        clock.advance(by: -30)
        #expect(clock.now() == Self.start.addingTimeInterval(60))
        clock.set(Self.start.addingTimeInterval(-86_400))
        #expect(clock.now() == Self.start.addingTimeInterval(-86_400))
    }

    @Test func anOffsetClockShiftsItsBase() {
        let base = SettableClock(Self.start)
        let clock = OffsetClock(offset: 3_600, base: base)
        #expect(clock.now() == Self.start.addingTimeInterval(3_600))
        base.advance(by: 1)
        #expect(clock.now() == Self.start.addingTimeInterval(3_601))
        #expect(OffsetClock(offset: -7_200, base: base).now() == Self.start.addingTimeInterval(-7_199))
    }

    @Test func anOffsetClockDefaultsToSystemTime() {
        let shifted = OffsetClock(offset: 86_400).now().timeIntervalSince(Date())
        #expect(abs(shifted - 86_400) < 5)
    }

    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00.000Z"),
        (1_428_485_400.0, "2015-04-08T09:30:00.000Z"),
        (1_428_485_400.123, "2015-04-08T09:30:00.123Z"),
        (1_700_000_000.123, "2023-11-14T22:13:20.123Z"),
        (1_456_704_000.999, "2016-02-29T00:00:00.999Z"),
        (-0.001, "1969-12-31T23:59:59.999Z"),
        (253_402_300_799.999, "9999-12-31T23:59:59.999Z"),
    ])
    func timestampsAreUTCWithMilliseconds(seconds: Double, expected: String) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(Timestamp.string(date) == expected)
        #expect(Timestamp.date(expected) == Date(timeIntervalSince1970: (seconds * 1000).rounded() / 1000))
    }

    @Test func textOrderIsTimeOrder() {
        let dates = [-86_400.5, -0.001, 0, 0.001, 9.999, 10, 999_999_999.999, 1_000_000_000, 1_428_485_400.5]
            .map { Date(timeIntervalSince1970: $0) }
        let texts = dates.map(Timestamp.string)
        #expect(texts == texts.sorted())
        #expect(Set(texts.map(\.count)) == [24])
    }

    @Test func everyMillisecondRoundTrips() throws {
        for ms in stride(from: 0, to: 1000, by: 1) {
            let date = Self.start.addingTimeInterval(Double(ms) / 1000)
            let text = Timestamp.string(date)
            #expect(text.hasSuffix(String(format: ".%03dZ", ms)), "\(ms)")
            let back = try #require(Timestamp.date(text))
            #expect(Timestamp.string(back) == text)
            #expect(abs(back.timeIntervalSince(date)) < 0.0005)
        }
    }

    @Test func textWithoutMillisecondsParses() {
        #expect(Timestamp.date("2015-04-08T09:30:00Z") == Self.start)
    }

    @Test(arguments: [
        "", "2015-04-08", "2015-04-08 09:30:00.000Z", "2015-04-08T09:30:00.000+08:00", "2015-04-08T09:30:00.000",
        "2015-02-31T00:00:00.000Z", "2015-13-01T00:00:00.000Z", "2015-04-08T24:00:00.000Z", "2015-04-08T09:60:00.000Z",
        "2015-04-08T09:30:00,000Z", "2015-04-08T09:30:00.12Z", "２０１５-04-08T09:30:00.000Z", "abcd-ef-ghTij:kl:mn.opqZ",
    ])
    func malformedTextIsNotADate(text: String) {
        #expect(Timestamp.date(text) == nil)
    }

    @Test func theSystemClockIsNow() {
        #expect(abs(SystemClock().now().timeIntervalSinceNow) < 5)
    }
}
