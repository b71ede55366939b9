import Foundation
import Store

/// One credit record of an enterprise, as an agency files it (source, case 6): an administrative
/// penalty, the abnormal-operation list, being marked abnormal, the serious-violation list, a
/// performance record, or liability for a major safety or food accident. Identified by its case
/// number, so importing an agency's file twice records it once.
public struct CreditRecord: Equatable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case penalty
        case abnormalList = "abnormal_list"           // 经营异常名录
        case markedAbnormal = "marked_abnormal"       // 标记为经营异常状态
        case seriousViolation = "serious_violation"   // 严重违法失信名单
        case performance                              // 履约记录 (good / bad)
        case majorAccident = "major_accident"         // 重大安全/食品事故责任
    }

    /// The kinds of administrative penalty (行政处罚).
    public enum Penalty: String, CaseIterable, Codable, Sendable {
        case warning          // 警告
        case fine             // 罚款
        case confiscation     // 没收违法所得、非法财物
        case suspension       // 责令停产停业 (temporary)
        case revocation       // 吊销许可证、执照
        case stopOrder = "stop_order" // 责令关闭 / ordered to stop business

        /// Fines and confiscations carry the amounts the 500,000-yuan line adds up.
        public var hasAmount: Bool { self == .fine || self == .confiscation }
    }

    public var id: Int64
    public var enterpriseID: String
    public var kind: Kind
    public var penalty: Penalty?
    /// Yuan, in fen (exact).
    public var amountFen: Int64
    /// Performance: good or bad. Empty for other kinds.
    public var performance: String
    public var occurredOn: String
    /// Abnormal-operation list: the day it was removed and why; empty while listed.
    public var removedOn: String
    public var removalReason: String
    public var agency: String
    public var legalBasis: String
    public var caseNumber: String
    public var reason: String
    public var source: String
    public var recordedAt: String
    public var recordedBy: String

    public init(enterpriseID: String, kind: Kind, penalty: Penalty? = nil, amountFen: Int64 = 0, performance: String = "",
                occurredOn: String, agency: String = "market", legalBasis: String = "", caseNumber: String,
                reason: String = "", source: String = "entered") {
        self.id = 0; self.enterpriseID = enterpriseID; self.kind = kind; self.penalty = penalty; self.amountFen = amountFen
        self.performance = performance; self.occurredOn = occurredOn; self.removedOn = ""; self.removalReason = ""
        self.agency = agency; self.legalBasis = legalBasis; self.caseNumber = caseNumber; self.reason = reason
        self.source = source; self.recordedAt = ""; self.recordedBy = ""
    }

    init(row: Row) {
        id = row.int64("id") ?? 0
        enterpriseID = row.string("enterprise_id") ?? ""
        kind = Kind(rawValue: row.string("kind") ?? "") ?? .penalty
        penalty = Penalty(rawValue: row.string("penalty") ?? "")
        amountFen = row.int64("amount_fen") ?? 0
        performance = row.string("performance") ?? ""
        occurredOn = row.string("occurred_on") ?? ""
        removedOn = row.string("removed_on") ?? ""
        removalReason = row.string("removal_reason") ?? ""
        agency = row.string("agency") ?? ""
        legalBasis = row.string("legal_basis") ?? ""
        caseNumber = row.string("case_number") ?? ""
        reason = row.string("reason") ?? ""
        source = row.string("source") ?? ""
        recordedAt = row.string("recorded_at") ?? ""
        recordedBy = row.string("recorded_by") ?? ""
    }

    /// The amount as yuan text, two decimals ("500000.01").
    public var amountText: String { Yuan.text(amountFen) }
}

/// Yuan amounts as the agencies write them, held in fen.
public enum Yuan {
    /// "500000", "500,000.01", "12.5" → fen; nil for anything else (negative, three decimals).
    public static func fen(_ text: String) -> Int64? {
        let t = text.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCII),
              let yuan = Int64(whole), yuan >= 0, yuan < 1_000_000_000_000 else { return nil }
        var fen: Int64 = 0
        if parts.count == 2 {
            let frac = parts[1]
            guard (1...2).contains(frac.count), frac.allSatisfy({ $0.isASCII && $0.isNumber }), let f = Int64(frac) else { return nil }
            fen = frac.count == 1 ? f * 10 : f
        }
        return yuan * 100 + fen
    }

    public static func text(_ fen: Int64) -> String {
        String(format: "%lld.%02lld", fen / 100, fen % 100)
    }
}
