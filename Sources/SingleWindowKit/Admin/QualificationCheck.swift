import Foundation
import Store

/// What a submission needs the enterprises on it to hold: the broker a valid customs
/// registration (报关单位注册), the trader a foreign-trade filing (对外贸易经营者备案). Refusals
/// name what is missing or the day it expired; a registration ending within a month is a warning.
public enum QualificationCheck {
    /// How many days ahead an expiry is warned about.
    public static let warningDays = 30

    /// The refusals for submitting `d` on `now` (China date), all of them.
    public static func problems(_ db: Database, _ d: Declaration, at now: Date) throws -> [Problem] {
        let day = ChinaDate.string(now)
        var problems: [Problem] = []
        for (path, enterprise, kind) in required(d) {
            guard let q = try Qualifications.find(db, enterpriseID: enterprise, kind: kind) else {
                problems.append(Problem(path, "qualification.missing.\(kind.rawValue)", [enterprise]))
                continue
            }
            switch q.status(on: day) {
            case .valid: break
            case let .expired(on): problems.append(Problem(path, "qualification.expired.\(kind.rawValue)", [enterprise, q.number, on]))
            case let .notYet(from): problems.append(Problem(path, "qualification.notYet.\(kind.rawValue)", [enterprise, q.number, from]))
            }
        }
        return problems
    }

    /// Qualifications on `d` that are valid now but end within `warningDays`.
    public static func warnings(_ db: Database, _ d: Declaration, at now: Date) throws -> [Problem] {
        let day = ChinaDate.string(now)
        guard let horizon = ChinaDate.adding(warningDays, to: day) else { return [] }
        return try required(d).compactMap { path, enterprise, kind in
            guard let q = try Qualifications.find(db, enterpriseID: enterprise, kind: kind), q.status(on: day) == .valid,
                  !q.validUntil.isEmpty, q.validUntil <= horizon else { return nil }
            return Problem(path, "qualification.expiring.\(kind.rawValue)", [enterprise, q.number, q.validUntil])
        }
    }

    /// (field path, enterprise, qualification) the declaration needs. A declaration without a
    /// broker is the trader declaring for itself: it then needs the customs registration too.
    static func required(_ d: Declaration) -> [(String, String, Qualification.Kind)] {
        var needs: [(String, String, Qualification.Kind)] = []
        if !d.traderID.isEmpty { needs.append(("traderID", d.traderID, .foreignTradeFiling)) }
        let declarant = d.brokerID.isEmpty ? d.traderID : d.brokerID
        if !declarant.isEmpty { needs.append((d.brokerID.isEmpty ? "traderID" : "brokerID", declarant, .customsRegistration)) }
        return needs
    }
}
