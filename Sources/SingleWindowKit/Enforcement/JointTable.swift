import Foundation
import Store

/// What an officer finds on one sub-item.
public enum InspectionResult: String, CaseIterable, Codable, Sendable {
    case compliant
    case needsCorrection = "needs_correction"
    case violation
    case notApplicable = "not_applicable"
}

/// Why an agency could not check its lines at all.
public enum InspectionObstacle: String, CaseIterable, Codable, Sendable {
    case refused      // serious refusal to cooperate
    case unreachable  // the enterprise cannot be found at its address
}

/// The four outcomes the source feeds back into the class (case 6).
public enum FeedbackOutcome: String, CaseIterable, Codable, Sendable {
    /// Nothing found: published, class unchanged.
    case nothingFound = "nothing_found"
    /// Refusal to cooperate or problems needing correction: a bad performance record → warning.
    case correction
    case refused
    /// Unreachable: onto the abnormal-operation list → dishonest.
    case unreachable
    /// A violation: warning now (a bad performance record); the penalty, once filed, decides the rest.
    case violation
}

/// One enterprise's joint-inspection table (一企一表), as the record sheet prints it.
public struct JointTable: Equatable, Sendable, Codable {
    public struct Member: Equatable, Sendable, Codable {
        public var agency: String
        public var officerID: String
        public var officerName: String
        public var certificate: String
        public var obstacle: InspectionObstacle?
        public var signedAt: String
        public var signed: Bool { !signedAt.isEmpty }
    }

    public struct Line: Equatable, Sendable, Codable {
        public var seq: Int
        public var agency: String
        public var item: InspectionItem?
        public var itemCode: String
        public var subCode: String
        public var result: InspectionResult?
        public var remark: String
    }

    public var id: Int64
    public var drawID: Int64
    public var year: Int
    public var drawState: Draw.State
    public var enterprise: Enterprise
    public var pick: Int
    public var focus: Bool
    public var inspectionDate: String
    public var team: [Member]
    public var lines: [Line]

    public func member(_ agency: String) -> Member? { team.first { $0.agency == agency } }
    public var isComplete: Bool { !team.isEmpty && team.allSatisfy(\.signed) }
}

/// A published result: one agency's part of a table and what it did to the class.
public struct JointResult: Equatable, Sendable, Codable {
    public var id: Int64
    public var tableID: Int64
    public var agency: String
    public var enterpriseID: String
    public var enterpriseName: String
    public var outcome: FeedbackOutcome
    public var caseNumber: String
    public var classAfter: CreditClass
    public var publishedAt: String
}
