import Foundation
import SingleWindowKit

/// A clearance time as a person reads it in their language: "45 min" / "45 分钟", "2.5 h" /
/// "2.5 小时". The rounding is the domain's (`ClearanceTimes.format`); only the unit is worded here.
public enum DurationText {
    public static func format(_ seconds: TimeInterval, _ s: Strings) -> String {
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return s.format(.durationMinutes, minutes) }
        let tenths = (Double(minutes) / 6).rounded() / 10
        return s.format(.durationHours, tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths))
    }
}
