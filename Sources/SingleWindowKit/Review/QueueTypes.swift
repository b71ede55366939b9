import Foundation
import Store

/// One line of an officer's queue: the lane and what the officer filters and decides on.
public struct QueueRow: Equatable, Sendable {
    public var laneID: Int64
    public var declarationID: Int64
    public var agency: Agency
    public var state: String
    public var claimedBy: String?
    /// The lane version to pass back with a decision: a row that moved since is refused.
    public var laneVersion: Int64
    /// Customs: a `Channel`; inspection: a `ReleaseMode` (raw values).
    public var channel: String
    public var creditClass: String
    public var traderID: String
    public var traderName: String
    public var hsChapter: String
    public var number: String?
    public var billNo: String
    public var submittedAt: Date?
    /// Since when the lane has been in its state (the queue's order).
    public var waitingSince: Date
    public var cursor: QueueCursor

    init(row: Row) {
        let sortAt = row.string("sort_at") ?? ""
        laneID = row.int64("lane_id") ?? 0
        declarationID = row.int64("declaration_id") ?? 0
        agency = Agency(rawValue: row.string("agency") ?? "") ?? .none
        state = row.string("state") ?? ""
        claimedBy = row.string("claimed_by")
        laneVersion = row.int64("lane_version") ?? 0
        channel = row.string("channel") ?? ""
        creditClass = row.string("credit_class") ?? ""
        traderID = row.string("trader_id") ?? ""
        traderName = row.string("trader_name") ?? ""
        hsChapter = row.string("hs_chapter") ?? ""
        number = row.string("number")
        billNo = row.string("bill_no") ?? ""
        submittedAt = row.string("submitted_at").flatMap(Timestamp.date)
        waitingSince = Timestamp.date(sortAt) ?? Date(timeIntervalSince1970: 0)
        cursor = QueueCursor(key: sortAt, id: laneID)
    }
}

/// A keyset position: the (waiting since, lane id) of a row, exact to the stored text.
public typealias QueueCursor = LaneQueueCursor

/// Which page: the first or last, the one after or before a row, or the first row waiting since a time.
public typealias QueuePosition = LaneQueuePosition

/// Oldest first (first in, first served) or newest first. Both walk the same indexes.
public enum QueueSort: String, CaseIterable, Sendable {
    case oldestFirst = "oldest"
    case newestFirst = "newest"
}

/// What to show. With no state the view is a bucket (by default: what needs action now).
public struct QueueFilter: Equatable, Sendable {
    public var agency: Agency
    public var bucket: QueueBucket
    /// A single state instead of the bucket.
    public var state: ReviewState?
    /// A `Channel` or `ReleaseMode` raw value.
    public var channel: String?
    public var creditClass: String?
    public var traderID: String?
    /// The leading part of the trader's registered name (`enterprise.name`, e.g. 上海海鲜), for an
    /// officer who does not have the 18-character code to hand. Resolved to codes through the
    /// enterprise name index, so the page still seeks; traders missing from the register do not match.
    public var traderName: String?
    public var hsChapter: String?
    /// Waiting since, from (inclusive) and until (exclusive).
    public var from: Date?
    public var until: Date?
    /// Only lanes this operator holds.
    public var claimedBy: String?
    /// A declaration number (or its leading digits) or a B/L number.
    public var search: String
    public var sort: QueueSort

    public init(agency: Agency, bucket: QueueBucket = .action, state: ReviewState? = nil, channel: String? = nil,
                creditClass: String? = nil, traderID: String? = nil, traderName: String? = nil, hsChapter: String? = nil,
                from: Date? = nil, until: Date? = nil, claimedBy: String? = nil, search: String = "", sort: QueueSort = .oldestFirst) {
        self.agency = agency; self.bucket = bucket; self.state = state; self.channel = channel
        self.creditClass = creditClass; self.traderID = traderID; self.traderName = traderName; self.hsChapter = hsChapter
        self.from = from; self.until = until; self.claimedBy = claimedBy; self.search = search; self.sort = sort
    }
}

/// One page, in display order, with the cursors to move on from it.
public struct QueuePage: Equatable, Sendable {
    public var rows: [QueueRow]
    public var hasPrevious: Bool
    public var hasNext: Bool

    /// Pass as `.before(…)` for the previous page.
    public var firstCursor: QueueCursor? { rows.first?.cursor }
    /// Pass as `.after(…)` for the next page.
    public var lastCursor: QueueCursor? { rows.last?.cursor }
}
