import Foundation

/// What a keyset-paged list orders by: the type of the row id that breaks ties between equal
/// sort keys, and which keys a cursor typed at the command line (`--after`/`--before`) may carry.
public protocol KeysetOrder {
    associatedtype ID: Hashable & Sendable & LosslessStringConvertible
    static func accepts(key: String) -> Bool
}

/// A keyset position: the last row's sort key exactly as stored, and its id. One type for every
/// list, so paging code is written against one shape; the `Order` says which keys are valid.
public struct KeysetCursor<Order: KeysetOrder>: Hashable, Sendable {
    public var key: String
    public var id: Order.ID

    public init(key: String, id: Order.ID) {
        (self.key, self.id) = (key, id)
    }

    /// As printed for `--after`/`--before`: `key,id`. A key may itself hold commas (names do),
    /// so the id is what follows the last one.
    public var text: String { "\(key),\(id)" }

    public init?(text: String) {
        guard let comma = text.lastIndex(of: ",") else { return nil }
        let key = String(text[..<comma])
        guard let id = Order.ID(String(text[text.index(after: comma)...])), Order.accepts(key: key) else { return nil }
        self.init(key: key, id: id)
    }
}

/// Lane queues sort by the lane's `updated_at` text (waiting since), then lane id.
public enum LaneQueueOrder: KeysetOrder {
    public typealias ID = Int64
    public static func accepts(key: String) -> Bool { Timestamp.date(key) != nil }
}

/// The joint task list sorts booked tasks by appointment, then unbooked by creation.
public enum JointTaskOrder: KeysetOrder {
    public typealias ID = Int64
    public static func accepts(key: String) -> Bool {
        key.hasPrefix(JointTasks.bookedPrefix) || key.hasPrefix(JointTasks.unbookedPrefix)
    }
}

/// Enterprise lists sort by name, then unified social credit code.
public enum EnterpriseNameOrder: KeysetOrder {
    public typealias ID = String
    public static func accepts(key: String) -> Bool { true }
}

public typealias LaneQueueCursor = KeysetCursor<LaneQueueOrder>
public typealias JointTaskCursor = KeysetCursor<JointTaskOrder>
public typealias EnterpriseCursor = KeysetCursor<EnterpriseNameOrder>
