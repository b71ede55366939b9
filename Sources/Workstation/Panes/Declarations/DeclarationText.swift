import Presentation
import SingleWindowKit
import TerminalUI

/// How declaration facts read on screen: statuses, scopes, lane states and their colours.
enum DeclarationText {
    static func status(_ status: DeclarationStatus, _ s: Strings) -> String {
        switch status {
        case .draft: return s[.statusDraft]
        case .submitted: return s[.statusSubmitted]
        case .returned: return s[.statusReturned]
        }
    }

    static func scope(_ scope: DeclarationScope, _ s: Strings) -> String {
        switch scope {
        case .customsAndInspection: return s[.scopeBoth]
        case .customsOnly: return s[.scopeCustoms]
        case .inspectionOnly: return s[.scopeInspection]
        }
    }

    /// The narrow form for the list's scope column.
    static func scopeShort(_ scope: DeclarationScope, _ s: Strings) -> String {
        switch scope {
        case .customsAndInspection: return s[.scopeBothShort]
        case .customsOnly: return s[.scopeCustomsShort]
        case .inspectionOnly: return s[.scopeInspectionShort]
        }
    }

    /// The header form with the choice fields' codes named beside them (申报类别 "both" → 报关报检;
    /// 进出口标志 "I" → 进口), as the value is typed or chosen.
    static func namingChoices(_ form: FormState, _ s: Strings) -> FormState {
        var named = form
        for i in named.sections.indices {
            for j in named.sections[i].fields.indices {
                let field = named.sections[i].fields[j]
                switch field.id {
                case "scope": named.sections[i].fields[j].note = DeclarationScope(rawValue: field.value.trimmed).map { scope($0, s) }
                case "direction":
                    let flag = field.value.trimmed.uppercased()
                    named.sections[i].fields[j].note = flag == "I" ? s[.directionImport] : flag == "E" ? s[.directionExport] : nil
                default: break
                }
            }
        }
        return named
    }

    static func direction(_ direction: DeclarationDirection, _ s: Strings) -> String {
        direction == .import ? s[.directionImport] : s[.directionExport]
    }

    /// "220120261000000001", or "Draft #12" before a number is assigned, or "New" before the first save.
    static func title(_ d: Declaration, _ s: Strings) -> String {
        if let number = d.number { return number }
        return d.id == 0 ? s[.newDeclaration] : s.format(.draftNumber, d.id)
    }

    static func title(_ d: DeclarationSummary, _ s: Strings) -> String {
        d.number ?? s.format(.draftNumber, d.id)
    }
}
