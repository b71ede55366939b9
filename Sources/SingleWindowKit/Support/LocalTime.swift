import Foundation
import TextWidth

/// Time as a person reads it: in the workstation's zone, one format everywhere — the screens,
/// the headless commands' text output and the printouts. Stored times and JSON stay ISO 8601
/// UTC (`Timestamp`).
///
/// The zone: `TZ` when it is set and names a zone (`Asia/Shanghai`, `:Europe/Berlin`, `UTC`),
/// else China time (Asia/Shanghai), where the single window's users work.
public struct LocalTime: Sendable, Equatable {
    public static let defaultZone = TimeZone(identifier: "Asia/Shanghai")!

    public var zone: TimeZone

    public init(zone: TimeZone) { self.zone = zone }

    /// The workstation's zone from its environment (see the type's note).
    public init(environment: [String: String]) { self.init(zone: Self.zone(environment: environment)) }

    public static func zone(environment: [String: String]) -> TimeZone {
        guard var name = environment["TZ"]?.trimmed, !name.isEmpty else { return defaultZone }
        if name.hasPrefix(":") { name.removeFirst() }
        if name.hasPrefix("/") { name = name.components(separatedBy: "zoneinfo/").last ?? name }
        return TimeZone(identifier: name) ?? TimeZone(abbreviation: name) ?? defaultZone
    }

    /// "2026-03-02 18:24".
    public func string(_ date: Date) -> String { Self.formatter(zone, "yyyy-MM-dd HH:mm").string(from: date) }

    /// "18:24".
    public func time(_ date: Date) -> String { Self.formatter(zone, "HH:mm").string(from: date) }

    /// "2026-03-02 18:24 (UTC+08:00)": for what leaves the workstation (a printout, a command's
    /// text), where the reader does not know the zone it was made in.
    public func stringWithZone(_ date: Date) -> String { "\(string(date)) (\(offset(at: date)))" }

    /// The same for a stored ISO text; text that is not a time is returned as it is.
    public func stringWithZone(iso: String) -> String { Timestamp.date(iso).map { stringWithZone($0) } ?? iso }

    /// "UTC+08:00", "UTC" for zero, at that instant (daylight saving included).
    public func offset(at date: Date) -> String {
        let seconds = zone.secondsFromGMT(for: date)
        if seconds == 0 { return "UTC" }
        let minutes = abs(seconds) / 60
        return String(format: "UTC%@%02d:%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60)
    }

    /// Parses "yyyy-MM-dd HH:mm" or "yyyy-MM-dd" typed in this zone.
    public func parse(_ text: String) -> Date? {
        for format in ["yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
            if let date = Self.formatter(zone, format).date(from: text) { return date }
        }
        return nil
    }

    private static func formatter(_ zone: TimeZone, _ format: String) -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.calendar = Calendar(identifier: .gregorian)
        f.timeZone = zone
        f.dateFormat = format
        return f
    }
}
