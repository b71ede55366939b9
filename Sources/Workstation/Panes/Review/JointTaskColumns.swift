import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The task list's columns. At 80 wide: the time without the year, and the results column
/// names the agencies (`C✓ I·`: customs recorded, inspection due). From 110: the year, the
/// trader, the agencies on their own, and the release.
enum JointTaskColumns {
    static func columns(_ s: Strings, wide: Bool) -> [TableColumn] {
        guard wide else {
            return [
                TableColumn(s[.jColAppointment], width: .fixed(11)),
                TableColumn(s[.jColNumber], width: .fixed(18)),
                TableColumn(s[.jColPlace], width: .flexible(min: 8)),
                TableColumn(s[.jColItems], width: .flexible(min: 8)),
                TableColumn(s[.jColResults], width: .fixed(7)),
                TableColumn(s[.jColBookedBy], width: .fixed(9)),
            ]
        }
        return [
            TableColumn(s[.jColAppointment], width: .fixed(16)),
            TableColumn(s[.jColNumber], width: .fixed(18)),
            TableColumn(s[.jColTrader], width: .fixed(12)),
            TableColumn(s[.jColPlace], width: .fixed(14)),
            TableColumn(s[.jColItems], width: .flexible(min: 12)),
            TableColumn(s[.jColAgencies], width: .fixed(8)),
            TableColumn(s[.jColResults], width: .fixed(7)),
            TableColumn(s[.jColBookedBy], width: .fixed(10)),
            TableColumn(s[.jColReleased], width: .fixed(8)),
        ]
    }

    static func cells(_ row: JointTaskRow, _ app: AppContext, wide: Bool) -> [String] {
        let s = app.strings
        let appointment = row.appointment.map { wide ? "\($0.day) \($0.start)" : "\($0.day.dropFirst(5)) \($0.start)" } ?? s[.jNotBooked]
        let items = row.items.first.map { row.items.count > 1 ? s.format(.jMoreItems, $0.text, row.items.count - 1) : $0.text } ?? ""
        let results = row.agencies.map { short($0, s) + (row.results[$0] == nil ? "·" : "✓") }.joined(separator: " ")
        let number = row.number ?? s[.qUnnumbered]
        guard wide else { return [appointment, number, row.place, items, results, row.bookedBy ?? ""] }
        return [appointment, number, row.traderName, row.place, items, row.agencies.map { short($0, s) }.joined(separator: "+"),
                results, row.bookedBy ?? "", row.isReleased ? s[.jReleased] : ""]
    }

    /// The appointment in the inspection colour when booked; results green once all are in.
    static func roles(_ row: JointTaskRow, wide: Bool) -> [ThemeRole?] {
        let done = row.agencies.allSatisfy { row.results[$0] != nil }
        let appointment: ThemeRole = row.appointment == nil ? .agencyPending : .agencyInspection
        let results: ThemeRole = done ? .agencyReleased : .agencyPending
        guard wide else { return [appointment, nil, nil, nil, results, nil] }
        return [appointment, nil, nil, nil, nil, nil, results, nil, row.isReleased ? .agencyReleased : nil]
    }

    static func short(_ agency: Agency, _ s: Strings) -> String {
        switch agency {
        case .customs: return s[.jShortCustoms]
        case .inspection: return s[.jShortInspection]
        default: return agency.rawValue
        }
    }
}
