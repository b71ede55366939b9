import Presentation
import SingleWindowKit
import TerminalUI

/// A credit class's name and colour, as the review screens show a trader's class too.
extension EnterpriseCreditPane {
    static func creditName(_ raw: String, _ s: Strings) -> String {
        S(rawValue: "credit.\(raw)").map { s[$0] } ?? raw
    }

    static func creditRole(_ raw: String) -> ThemeRole { EnforcementLists.classRole(raw) }
}
