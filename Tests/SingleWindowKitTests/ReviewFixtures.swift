import Foundation
@testable import SingleWindowKit

/// Declarations submitted and routed, for the review tests. The random floors are switched off
/// (as a new rule version, the way an officer would) where a test needs a fixed channel.
enum ReviewFixtures {
    static let customs = DeclarationFixtures.customsOfficer
    static let customs2 = Operator(id: "zhaolei", name: "赵磊", role: .customsOfficer, agency: .customs)
    static let inspection = DeclarationFixtures.inspectionOfficer
    static let border = Operator(id: "liuyang", name: "刘洋", role: .borderOfficer, agency: .border)
    static let broker = DeclarationFixtures.broker
    static let trainer = Operator(id: "trainer", name: "培训讲师", role: .trainer)

    static func workspace(clock: SettableClock = SettableClock(DeclarationFixtures.t0), credit: String = "good") throws -> Workspace {
        let ws = try DeclarationFixtures.workspace(clock: clock)
        try ws.db.write {
            // An upsert: the declaration fixtures register the trader already (with its qualifications).
            try ws.db.run("""
                INSERT INTO enterprise(id, name, kind, credit_class) VALUES (?,?,?,?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, credit_class = excluded.credit_class
                """, [DeclarationFixtures.traderEnterprise, "上海海鲜进出口有限公司", "trader", credit])
        }
        return ws
    }

    /// Saves a new version of each random-floor rule, inactive.
    static func switchOffRandomFloors(_ ws: Workspace) throws {
        for key in ["C-RANDOM-RED", "C-RANDOM-YELLOW"] {
            var rule = try require(try RiskRules.history(ws.db, key: key).last)
            rule.active = false
            try RiskRules.save(ws, rule, note: "switched off for a fixed test channel", by: customs)
        }
    }

    static func submit(_ ws: Workspace, _ d: Declaration) throws -> Declaration {
        try Declarations.submit(ws, try Declarations.createDraft(ws, d, by: broker), by: broker)
    }

    /// The engine's reference to a declaration's lane, as its refusals name it.
    static func ref(_ ws: Workspace, _ id: Int64, _ agency: Agency) throws -> LaneRef {
        LaneRef(kind: .declaration, caseID: String(id), agency: agency, laneID: try lane(ws, id, agency).id)
    }

    static func lane(_ ws: Workspace, _ id: Int64, _ agency: Agency) throws -> Lane {
        try require(try Lanes.lane(ws.db, kind: .declaration, caseID: String(id), agency: agency))
    }
}

struct FixtureMissing: Error {}

/// `#require` for fixtures (outside a test body).
func `require`<T>(_ value: T?) throws -> T {
    guard let value else { throw FixtureMissing() }
    return value
}
