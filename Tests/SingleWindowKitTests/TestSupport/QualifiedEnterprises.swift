import Foundation
@testable import SingleWindowKit

/// Submission needs the broker's customs registration and the trader's foreign-trade filing.
/// Fixtures that declare for enterprises outside the demo set register them here, with every
/// qualification valid from 2000 to 2099, so their tests test what they are about.
enum QualifiedEnterprises {
    /// The fixtures' brokers and traders, and the ERP sample batch's.
    static let fixtureIDs = ["91310000MA1K3Y8B38", "91310000132149237G", "91310115MA1H7A2Q0G",
                             "91310115MA1FL0XX19", "91310104MA1FR5K22L"]

    static func grant(_ db: Database, _ ids: [String] = fixtureIDs) throws {
        try db.write {
            for id in ids {
                try db.run("INSERT OR IGNORE INTO enterprise(id, name, kind) VALUES (?, ?, 'trader')", [id, "fixture " + id])
                for kind in Qualification.Kind.allCases {
                    try db.run("""
                        INSERT OR IGNORE INTO qualification(enterprise_id, kind, number, valid_from, valid_until)
                        VALUES (?, ?, ?, '2000-01-01', '2099-12-31')
                        """, [id, kind.rawValue, "Q-" + id.suffix(6)])
                }
            }
        }
    }
}
