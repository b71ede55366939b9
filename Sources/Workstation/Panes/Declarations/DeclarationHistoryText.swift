import Presentation
import SingleWindowKit

/// A history line of the status page in the user's words. The audit log keeps its action and
/// its summary as the domain wrote them (`declaration.import`, "draft import both ref=… lines=3
/// v1"); the Chinese screen names each coded word — status, direction, scope, agency, role —
/// and keeps what is already a code, a number or a file (the English screen shows the summary).
enum DeclarationHistoryText {
    static func action(_ action: String, _ s: Strings) -> String {
        let name = action.hasPrefix("declaration.") ? String(action.dropFirst("declaration.".count)) : action
        return DS(rawValue: "decl.history.\(name)").map { s[$0] } ?? action
    }

    static func detail(_ summary: String, _ app: AppContext) -> String {
        let s = app.strings
        guard s.language == .zh else { return summary }
        return summary.split(separator: " ").map { word(String($0), app) }.joined(separator: " ")
    }

    /// A lane event's message: the routing's "green: C-DEFAULT v1" names its channel (or release
    /// mode) in the user's language and keeps the rule keys, which are codes; other messages are
    /// the officers' own words and stay as typed.
    static func eventMessage(_ message: String, _ s: Strings) -> String {
        guard let colon = message.firstIndex(of: ":") else { return message }
        let outcome = String(message[..<colon])
        let named = ReviewText.channel(outcome, s)
        guard named != outcome else { return message }
        let rest = message[message.index(after: colon)...]
        return s.language == .zh ? named + "：" + rest.drop { $0 == " " } : named + ":" + rest
    }

    private static func word(_ token: String, _ app: AppContext) -> String {
        let s = app.strings
        if token == "released:" { return s[.historyReleasedBy] }
        if token.hasPrefix("ref=") { return s.format(.historyRef, String(token.dropFirst(4))) }
        if token.hasPrefix("lines=") { return s.format(.historyLines, String(token.dropFirst(6))) }
        if token.contains("+") {
            return token.split(separator: "+").map { word(String($0), app) }.joined(separator: "、")
        }
        if let status = DeclarationStatus(rawValue: token) { return DeclarationText.status(status, s) }
        if let direction = DeclarationDirection(rawValue: token) { return DeclarationText.direction(direction, s) }
        if token == DeclarationScope.customsAndInspection.rawValue { return DeclarationText.scope(.customsAndInspection, s) }
        if let agency = Agency.allCases.first(where: { $0.rawValue == token }) { return app.agencyName(agency) }
        if let role = Role(rawValue: token) { return app.roleName(role) }
        return token
    }
}
