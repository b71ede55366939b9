import Foundation
import SingleWindowKit

/// The operator a pane names as the next to act (Ctrl-O, F9's first offer) when a case waits on
/// an agency rather than a person: the first active officer of the agency's officer role.
enum NextOperator {
    static func officer(of agency: Agency, _ db: Database) -> String? {
        for role in Role.allCases where role.isOfficer && role.impliedAgency == agency {
            if let found = (try? Operators.list(db, role: role, limit: 20))?.first(where: \.active) { return found.id }
        }
        return nil
    }
}
