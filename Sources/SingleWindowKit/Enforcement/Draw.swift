import Foundation
import Store

/// What a double-random draw covers: a year and, optionally, a district, an industry (section
/// letter or division) and an entity kind. Empty means "any".
public struct DrawScope: Equatable, Sendable, Codable {
    public var year: Int
    public var district: String
    public var industry: String
    public var entityKind: String

    public init(year: Int, district: String = "", industry: String = "", entityKind: String = "") {
        self.year = year; self.district = district; self.industry = industry; self.entityKind = entityKind
    }
}

/// A draw's settings: the ratio of good enterprises drawn (basis points, rounded up) and of the
/// focus targets (warning, dishonest, seriously dishonest) added on top — 10,000 means all of them.
public struct DrawParameters: Equatable, Sendable {
    public var scope: DrawScope
    public var ratioBasisPoints: Int
    public var focusBasisPoints: Int
    /// Nil: a fresh random seed, printed with the draw.
    public var seed: UInt64?
    /// Required when this scope and year already has a published draw.
    public var reason: String

    public init(scope: DrawScope, ratioBasisPoints: Int, focusBasisPoints: Int = 10_000, seed: UInt64? = nil, reason: String = "") {
        self.scope = scope; self.ratioBasisPoints = ratioBasisPoints; self.focusBasisPoints = focusBasisPoints
        self.seed = seed; self.reason = reason
    }

    /// "5" or "2.5" (percent) → basis points; nil when not a percentage in (0, 100].
    public static func basisPoints(percent text: String) -> Int? {
        guard let fen = Yuan.fen(text), fen > 0, fen <= 10_000 else { return nil }
        return Int(fen)
    }
}

/// A stored draw.
public struct Draw: Equatable, Sendable, Codable {
    public enum State: String, Codable, Sendable { case drawn, published, superseded }

    public var id: Int64
    public var scope: DrawScope
    public var ratioBasisPoints: Int
    public var focusBasisPoints: Int
    public var seed: UInt64
    public var state: State
    public var reason: String
    public var candidates: Int
    public var drawn: Int
    public var createdAt: String
    public var createdBy: String
    public var publishedAt: String

    init(row: Row) {
        id = row.int64("id") ?? 0
        scope = DrawScope(year: row.int("year") ?? 0, district: row.string("district") ?? "",
                          industry: row.string("industry") ?? "", entityKind: row.string("entity_kind") ?? "")
        ratioBasisPoints = row.int("ratio_bp") ?? 0
        focusBasisPoints = row.int("focus_bp") ?? 0
        seed = UInt64(bitPattern: row.int64("seed") ?? 0)
        state = State(rawValue: row.string("state") ?? "") ?? .drawn
        reason = row.string("reason") ?? ""
        candidates = row.int("candidates") ?? 0
        drawn = row.int("drawn") ?? 0
        createdAt = row.string("created_at") ?? ""
        createdBy = row.string("created_by") ?? ""
        publishedAt = row.string("published_at") ?? ""
    }
}

/// What a draw would take, before it is run.
public struct DrawPreview: Equatable, Sendable, Codable {
    public var routineCandidates: Int
    public var focusCandidates: Int
    public var routineDrawn: Int
    public var focusDrawn: Int
    public var total: Int { routineDrawn + focusDrawn }
}

/// The draw method, in one place so an outsider can replay it (README, "Enforcement"):
/// SplitMix64 seeded with the draw's seed; a partial Fisher–Yates shuffle (Durstenfeld, from the
/// front: for i in 0..<k, j = i + next() mod (n − i), swap) of the positions 0..<n of a pool in
/// registration-number order, the first k positions being the ones drawn, in that order. The
/// good pool is shuffled first, then the focus pool, then officers are drawn with the same
/// generator: for each drawn enterprise in draw order, for each agency in code order, the
/// eligible officers in id order, index next() mod count.
public enum DrawMethod {
    /// k of 0..<n, in draw order. Only displaced positions are kept, so memory is O(k), not O(n).
    public static func pick(_ k: Int, of n: Int, _ g: inout SeededGenerator) -> [Int] {
        var displaced: [Int: Int] = [:]
        var out: [Int] = []
        out.reserveCapacity(k)
        for i in 0..<min(k, n) {
            let j = i + Int(g.next() % UInt64(n - i))
            let atI = displaced[i] ?? i, atJ = displaced[j] ?? j
            displaced[j] = atI
            displaced[i] = atJ
            out.append(atJ)
        }
        return out
    }

    /// ⌈n · bp / 10,000⌉.
    public static func share(_ n: Int, basisPoints bp: Int) -> Int { (n * bp + 9_999) / 10_000 }
}
