/// The market regulator's four credit risk classes (source, case 6), most severe last. This is
/// the enterprise's one credit class: the risk rules of customs and inspection read it. Customs'
/// own AA–D rating is a separate scheme of the `credit_class` code table.
public enum CreditClass: String, CaseIterable, Codable, Sendable, Comparable {
    case good                                      // 良好 · green
    case warning                                   // 警示 · yellow
    case dishonest                                 // 失信 · red
    case seriouslyDishonest = "seriously_dishonest" // 严重失信 · black

    var severity: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (a: CreditClass, b: CreditClass) -> Bool { a.severity < b.severity }

    /// The colour the source gives each class.
    public var colour: String {
        switch self {
        case .good: return "green"
        case .warning: return "yellow"
        case .dishonest: return "red"
        case .seriouslyDishonest: return "black"
        }
    }

    /// Warning, dishonest and seriously dishonest enterprises are the draws' focus targets.
    public var isFocusTarget: Bool { self != .good }
}

/// The one clause of the source's table that placed an enterprise in its class, so a screen can
/// say in words why (message `credit.rule.<raw>`).
public enum CreditRule: String, CaseIterable, Codable, Sendable {
    // good
    case clean = "clean"
    // warning
    case warningsOnly = "warnings_only"
    case badPerformance = "bad_performance"
    // dishonest
    case abnormalList = "abnormal_list"
    case markedAbnormal = "marked_abnormal"
    case penaltiesWithinLimits = "penalties_within_limits"
    // seriously dishonest
    case seriousViolationList = "serious_violation_list"
    case moreThanFivePenalties = "more_than_five_penalties"
    case totalOverLimit = "total_over_limit"
    case stopOrRevocation = "stop_or_revocation"
    case majorAccident = "major_accident"

    public var creditClass: CreditClass {
        switch self {
        case .clean: return .good
        case .warningsOnly, .badPerformance: return .warning
        case .abnormalList, .markedAbnormal, .penaltiesWithinLimits: return .dishonest
        case .seriousViolationList, .moreThanFivePenalties, .totalOverLimit, .stopOrRevocation, .majorAccident:
            return .seriouslyDishonest
        }
    }
}

/// What the class rules look at: an enterprise's records, counted. Amounts are in fen so the
/// 500,000-yuan line is compared exactly (500,000.00 is within it, 500,000.01 is over).
public struct CreditSummary: Equatable, Sendable {
    public var warnings = 0
    /// Penalties other than warnings: fines, confiscations, suspensions, revocations, stop orders.
    public var otherPenalties = 0
    /// Fines and confiscations together, in fen.
    public var totalFen: Int64 = 0
    public var stopOrRevocation = 0
    public var abnormalListed = 0
    public var markedAbnormal = 0
    public var seriousViolation = 0
    public var badPerformance = 0
    public var majorAccident = 0

    public init() {}

    /// 500,000 yuan, in fen.
    public static let limitFen: Int64 = 50_000_000
    /// "Up to 5" penalties other than warnings.
    public static let penaltyLimit = 5
}

/// The class table of the source, as written: any one condition suffices and the most severe
/// class wins. Penalties never expire here; records are corrected or removed instead.
public enum CreditRules {
    /// Every rule that holds, most severe first; the first is the class.
    public static func rules(_ s: CreditSummary) -> [CreditRule] {
        var hold: [CreditRule] = []
        if s.seriousViolation > 0 { hold.append(.seriousViolationList) }
        if s.otherPenalties > CreditSummary.penaltyLimit { hold.append(.moreThanFivePenalties) }
        if s.totalFen > CreditSummary.limitFen { hold.append(.totalOverLimit) }
        if s.stopOrRevocation > 0 { hold.append(.stopOrRevocation) }
        if s.majorAccident > 0 { hold.append(.majorAccident) }
        if s.abnormalListed > 0 { hold.append(.abnormalList) }
        if s.markedAbnormal > 0 { hold.append(.markedAbnormal) }
        if s.otherPenalties > 0, s.otherPenalties <= CreditSummary.penaltyLimit, s.totalFen <= CreditSummary.limitFen {
            hold.append(.penaltiesWithinLimits)
        }
        if s.warnings > 0, s.otherPenalties == 0 { hold.append(.warningsOnly) }
        if s.badPerformance > 0 { hold.append(.badPerformance) }
        if hold.isEmpty { hold.append(.clean) }
        return hold.sorted { $0.creditClass > $1.creditClass }
    }

    public static func classify(_ s: CreditSummary) -> (creditClass: CreditClass, rule: CreditRule) {
        let rule = rules(s).first ?? .clean
        return (rule.creditClass, rule)
    }
}
