import Foundation
import Store

/// One area of the domain as the house assembles it: its migrations, numbered within the area;
/// the message tables its problems and refusals use; and what a new training database gets from
/// it after the reference tables and the demo set. Each area declares its own in its folder
/// (`Review/ReviewArea.swift`…); `DomainAreas.all` lists them.
public struct DomainArea: Sendable {
    public let migrations: MigrationSet
    let messages: [[String: (en: String, zh: String)]]
    let trainingSamples: (@Sendable (Workspace, URL) throws -> Void)?
    /// The area's own demo operators (its officers, its window), as files under `sample-data`
    /// in the demo operators' format, loaded into a training database after the shared demo set.
    let demoOperators: [String]
    /// The area's training cases (`sample-data/training`): work already under way, played through
    /// the area's actions on the training timeline. Run after every area's samples, since a case
    /// may stand on another area's (an officer, an offered slot, a sample ship).
    let trainingCases: (@Sendable (Workspace, URL) throws -> Void)?

    init(migrations: MigrationSet, messages: [[String: (en: String, zh: String)]] = [], demoOperators: [String] = [],
         trainingSamples: (@Sendable (Workspace, URL) throws -> Void)? = nil,
         trainingCases: (@Sendable (Workspace, URL) throws -> Void)? = nil) {
        self.migrations = migrations
        self.messages = messages
        self.demoOperators = demoOperators
        self.trainingSamples = trainingSamples
        self.trainingCases = trainingCases
    }

    public var name: String { migrations.area }
}

/// Every area, in dependency order: an area's migrations may refer only to tables of the areas
/// above it, since a new database applies them in this order. A new area (approvals,
/// enforcement) adds its folder with its `…Area.swift` and one line here.
public enum DomainAreas {
    public static let all: [DomainArea] = [
        FoundationArea.area,
        LaneArea.area,
        DeclarationArea.area,
        VesselArea.area,
        ReviewArea.area,
        ApprovalsArea.area,
        EnforcementArea.area,
    ]

    /// Loads each area's training samples into a new (or reset) training database, in area
    /// order, from the `sample-data` directory; then each area's training cases.
    public static func loadTrainingSamples(into ws: Workspace, from sampleData: URL) throws {
        for area in all {
            try area.trainingSamples?(ws, sampleData)
        }
        for area in all {
            try area.trainingCases?(ws, sampleData)
        }
    }
}
