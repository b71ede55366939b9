import Foundation
import SingleWindowKit

/// How rules read, on screen and headless: conditions in a few words, rates in percent.
public enum RiskRuleText {
    public static func percent(_ bp: Int) -> String { RiskRuleInput.percent(bp) + "%" }

    /// The sampling rate where it means something: a sampling release.
    public static func sampling(_ rule: RiskRule) -> String {
        rule.outcome == ReleaseMode.samplingRelease.rawValue || rule.samplingBasisPoints > 0 ? percent(rule.samplingBasisPoints) : "—"
    }

    public static func conditions(_ rule: RiskRule, _ s: Strings) -> String {
        var parts: [String] = []
        if !rule.creditClasses.isEmpty { parts.append(s.format(.rbCondCredit, rule.creditClasses.map { creditName($0, s) }.joined(separator: ","))) }
        if !rule.hsPrefixes.isEmpty { parts.append(s.format(.rbCondHS, rule.hsPrefixes.joined(separator: ","))) }
        if !rule.origins.isEmpty { parts.append(s.format(.rbCondOrigin, rule.origins.joined(separator: ","))) }
        if !rule.scopes.isEmpty { parts.append(s.format(.rbCondScope, rule.scopes.map { scopeName($0, s) }.joined(separator: ","))) }
        return parts.isEmpty ? s[.rbAny] : parts.joined(separator: " · ")
    }

    /// A rule's HS prefixes named by what they are: "chapter 03, heading 0306, subheading 030617".
    public static func hsCodes(_ prefixes: [String], _ s: Strings) -> String {
        guard !prefixes.isEmpty else { return s[.rbAny] }
        return prefixes.map { p in
            switch p.count {
            case 2: return s.format(.rbHSChapter, p)
            case 4: return s.format(.rbHSHeading, p)
            case 6: return s.format(.rbHSSubheading, p)
            default: return s.format(.rbHSCode, p)
            }
        }.joined(separator: s.language == .zh ? "、" : ", ")
    }

    /// A credit class code by its name (the zh screen says 失信, not `dishonest`); a code the
    /// catalogue does not name (a legacy letter such as `B`) stays as stored.
    public static func creditName(_ code: String, _ s: Strings) -> String {
        switch code {
        case "good": return s[.creditGood]
        case "warning": return s[.creditWarning]
        case "dishonest": return s[.creditDishonest]
        case "seriously_dishonest": return s[.creditSeriouslyDishonest]
        default: return code
        }
    }

    /// A declaration scope by its name.
    public static func scopeName(_ scope: DeclarationScope, _ s: Strings) -> String {
        switch scope {
        case .customsAndInspection: return s[.rbScopeBoth]
        case .customsOnly: return s[.rbScopeCustoms]
        case .inspectionOnly: return s[.rbScopeInspection]
        }
    }

    public static func list(_ items: [String], _ s: Strings) -> String { items.isEmpty ? s[.rbAny] : items.joined(separator: ", ") }
}
