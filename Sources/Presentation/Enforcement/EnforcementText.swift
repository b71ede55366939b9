import Foundation
import SingleWindowKit

/// Names of the enforcement area's values in the operator's language, for both faces.
public enum EnforcementText {
    public static func className(_ c: CreditClass, _ s: Strings) -> String {
        switch c {
        case .good: return s[.enfGood]
        case .warning: return s[.enfWarning]
        case .dishonest: return s[.enfDishonest]
        case .seriouslyDishonest: return s[.enfSeriouslyDishonest]
        }
    }

    public static func className(raw: String, _ s: Strings) -> String {
        CreditClass(rawValue: raw).map { className($0, s) } ?? raw
    }

    /// The enterprise's administrative district, named, with its code: "Pudong New Area 310115"
    /// (`AdministrativeDistrict`: never a customs district beside a county).
    public static func district(_ e: Enterprise, _ s: Strings) -> String {
        guard let code = e.administrativeDistrict else { return "—" }
        return district(code: code, s)
    }

    /// A district code named, with the code: "浦东新区 310115" (the draw screen's scope, F4's rows).
    public static func district(code: String, _ s: Strings) -> String {
        // A draw stored before scopes were administrative may hold a customs district: shown as stored.
        guard AdministrativeDivision.isDivision(code) else { return code }
        let name = AdministrativeDistrict.name(code, s.language)
        return name.hasSuffix(code) ? name : name + " " + code
    }

    public static func colour(_ c: CreditClass, _ s: Strings) -> String {
        switch c {
        case .good: return s[.enfColourGreen]
        case .warning: return s[.enfColourYellow]
        case .dishonest: return s[.enfColourRed]
        case .seriouslyDishonest: return s[.enfColourBlack]
        }
    }

    /// The rule that placed the enterprise, in words.
    public static func rule(_ r: CreditRule, _ s: Strings) -> String { s.message("credit.rule.\(r.rawValue)", []) }

    public static func kind(_ r: CreditRecord, _ s: Strings) -> String {
        switch r.kind {
        case .penalty:
            switch r.penalty {
            case .warning?: return s[.enfPenWarning]
            case .fine?: return s[.enfPenFine]
            case .confiscation?: return s[.enfPenConfiscation]
            case .suspension?: return s[.enfPenSuspension]
            case .revocation?: return s[.enfPenRevocation]
            case .stopOrder?: return s[.enfPenStop]
            case nil: return s[.enfKindPenalty]
            }
        case .abnormalList: return s[.enfKindAbnormal]
        case .markedAbnormal: return s[.enfKindMarked]
        case .seriousViolation: return s[.enfKindSerious]
        case .performance: return s[.enfKindPerformance] + " " + (r.performance == "bad" ? s[.enfPerfBad] : s[.enfPerfGood])
        case .majorAccident: return s[.enfKindAccident]
        }
    }

    /// One record as a line: date, kind, amount, case number, agency, removal.
    public static func record(_ r: CreditRecord, _ s: Strings) -> String {
        var parts = [r.occurredOn, kind(r, s)]
        if r.amountFen > 0 { parts.append("¥" + r.amountText) }
        parts.append(r.caseNumber)
        if !r.removedOn.isEmpty { parts.append(s.format(.enfRemovedOn, r.removedOn)) }
        return parts.joined(separator: "  ")
    }

    public static func cause(_ raw: String, _ s: Strings) -> String {
        switch raw {
        case "added": return s[.enfCauseAdded]
        case "removed": return s[.enfCauseRemoved]
        case "delisted": return s[.enfCauseDelisted]
        default: return s[.enfCauseReclassified]
        }
    }

    public static func history(_ h: CreditClassChange, _ s: Strings, localTime: LocalTime) -> String {
        s.format(.enfHistoryLine, Timestamp.date(h.changedAt).map(localTime.string) ?? h.changedAt, className(h.from, s), className(h.to, s),
                 cause(h.cause, s), h.caseNumber) + " · " + rule(h.rule, s)
    }

    public static func result(_ r: InspectionResult?, _ s: Strings) -> String {
        switch r {
        case .compliant?: return s[.enfResCompliant]
        case .needsCorrection?: return s[.enfResCorrection]
        case .violation?: return s[.enfResViolation]
        case .notApplicable?: return s[.enfResNA]
        case nil: return s[.enfResOpen]
        }
    }

    public static func outcome(_ o: FeedbackOutcome, _ s: Strings) -> String {
        switch o {
        case .nothingFound: return s[.enfOutNothing]
        case .correction: return s[.enfOutCorrection]
        case .refused: return s[.enfOutRefused]
        case .unreachable: return s[.enfOutUnreachable]
        case .violation: return s[.enfOutViolation]
        }
    }

    public static func drawState(_ st: Draw.State, _ s: Strings) -> String {
        switch st {
        case .drawn: return s[.enfDrawDrawn]
        case .published: return s[.enfDrawPublished]
        case .superseded: return s[.enfDrawSuperseded]
        }
    }

    /// "5" for 500 bp, "2.5" for 250.
    public static func percent(_ bp: Int) -> String {
        bp % 100 == 0 ? String(bp / 100) : String(format: "%.2f", Double(bp) / 100).replacingOccurrences(of: "0$", with: "", options: .regularExpression)
    }

    public static func agency(_ code: String, _ db: Database, _ s: Strings) -> String {
        guard let e = try? AgencyRegister.find(db, Agency(code)) else { return code }
        return s.language == .zh ? e.nameZh : e.nameEn
    }

    public static func item(_ i: InspectionItem?, code: String, _ s: Strings) -> String {
        guard let i else { return code }
        return s.language == .zh ? i.itemZh : (i.itemEn.isEmpty ? i.itemZh : i.itemEn)
    }

    public static func subItem(_ i: InspectionItem?, code: String, _ s: Strings) -> String {
        guard let i else { return code }
        return s.language == .zh ? i.subZh : (i.subEn.isEmpty ? i.subZh : i.subEn)
    }
}
