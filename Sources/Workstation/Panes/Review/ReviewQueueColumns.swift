import Presentation
import SingleWindowKit
import TerminalUI

/// The queue's columns: narrower channel, state and time columns at 80 wide so the trader keeps
/// some room; full names from 110 columns.
enum ReviewQueueColumns {
    static func columns(_ s: Strings, wide: Bool) -> [TableColumn] {
        [
            TableColumn(s[.qColNumber], width: .fixed(18)),
            TableColumn(s[.qColTrader], width: .flexible(min: 8)),
            TableColumn(s[.qColHS], width: .fixed(wide ? 3 : 2)),
            TableColumn(s[.qColChannel], width: .fixed(wide ? 12 : 7)),
            TableColumn(s[.qColCredit], width: .fixed(wide ? 10 : 7)),
            TableColumn(s[.qColState], width: .fixed(wide ? 18 : 10)),
            TableColumn(s[.qColWaiting], width: .fixed(wide ? 16 : 11)),
            TableColumn(s[.qColClaimed], width: .fixed(wide ? 10 : 8)),
        ]
    }

    static func cells(_ row: QueueRow, _ app: AppContext, wide: Bool) -> [String] {
        let s = app.strings
        let waiting = app.display(row.waitingSince)
        return [
            row.number ?? s[.qUnnumbered],
            row.traderName,
            row.hsChapter,
            ReviewText.channel(row.channel, s),
            EnterpriseCreditPane.creditName(row.creditClass, s),
            LaneStateTable.name(.declaration, row.state, s),
            // 80 columns: month-day and time; the year is the current one in a working queue.
            wide ? waiting : String(waiting.dropFirst(5)),
            row.claimedBy ?? "",
        ]
    }

    static func roles(_ row: QueueRow) -> [ThemeRole?] {
        [nil, nil, nil, ReviewText.channelRole(row.channel), EnterpriseCreditPane.creditRole(row.creditClass),
         LaneStateTable.role(.declaration, row.state), nil, nil]
    }
}
