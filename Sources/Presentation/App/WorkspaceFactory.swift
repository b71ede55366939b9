import Foundation
import SingleWindowKit

/// Opens the workspace a command or the TUI works on, creating and loading it when asked.
public enum WorkspaceFactory {
    public struct Opened {
        public var workspace: Workspace
        public var created: Bool
        public var referenceRows: Int
        public var problems: [String]
    }

    /// Opens `path`, creating it as `kind` if there is no database there yet and loading what a
    /// new database of that kind starts with (reference tables; the demo set for training).
    /// With `refresh`, an existing database has its reference tables reloaded (idempotent).
    public static func open(path: String, createAs kind: DatabaseKind, refresh: Bool, environment: [String: String]) throws -> Opened {
        let existed = Workspace.holdsData(path)
        let workspace = try Workspace.open(path: path, createAs: existed ? nil : kind)
        guard !existed || refresh else {
            return Opened(workspace: workspace, created: false, referenceRows: 0, problems: [])
        }
        let loadKind: DatabaseKind = existed ? .production : workspace.kind
        let report = try load(loadKind, into: workspace, label: path, environment: environment)
        return Opened(workspace: workspace, created: !existed,
                      referenceRows: report.rowCounts.values.reduce(0, +),
                      problems: report.problems.map(\.description))
    }

    /// Loads what a new database of `kind` starts with into `workspace` — the reference tables;
    /// for training also the demo set, vessel calls and inspection slots — and audits the load
    /// under `label` (the database's path). `open` and the trainer's reset share it.
    @discardableResult
    public static func load(_ kind: DatabaseKind, into workspace: Workspace, label: String,
                     environment: [String: String]) throws -> LoadReport {
        guard let sampleData = SampleData.locateDirectory(environment: environment) else {
            throw SampleDataMissing(path: environment[SampleData.environmentVariable])
        }
        let report = try SampleData.load(into: workspace.db, kind: kind, from: sampleData, asOf: workspace.now())
        if kind == .training { try DomainAreas.loadTrainingSamples(into: workspace, from: sampleData) }
        let counts = report.rowCounts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        try workspace.db.write {
            try AuditLog.append(workspace.db, at: workspace.now(), by: .system,
                                action: kind == .training ? "sampledata.load" : "reference.load",
                                entity: "database", entityID: label, after: counts)
        }
        return report
    }

    /// Reloads the reference tables of an existing database from the sample data (never the
    /// demo set), without auditing: the caller (`ReferenceReload`) audits what changed.
    public static func reloadReference(_ workspace: Workspace, environment: [String: String]) throws -> LoadReport {
        guard let sampleData = SampleData.locateDirectory(environment: environment) else {
            throw SampleDataMissing(path: environment[SampleData.environmentVariable])
        }
        return try SampleData.load(into: workspace.db, kind: .production, from: sampleData)
    }

    /// Who acts: on production the operator mapped to the OS account `login`; on training
    /// `asID`, else `login`'s operator. A training database opened by someone with no operator
    /// of their own starts as its trainer, who can then switch (F9): a class on a fresh machine
    /// should not begin with an error. Both faces ask this.
    public static func actor(_ workspace: Workspace, asID: String?, login: OSLogin) throws -> Operator {
        try identity(workspace, asID: asID, login: login).actor
    }

    /// `actor`, with how it was found (`whoami`).
    public static func identity(_ workspace: Workspace, asID: String?, login: OSLogin) throws -> ResolvedIdentity {
        do {
            return try Identity.resolveWithReason(workspace.db, asID: asID, login: login, kind: workspace.kind)
        } catch let error as IdentityError where workspace.kind == .training {
            switch error {
            case .unmappedOSUser, .noPasswdEntry:
                guard let trainer = try Operators.list(workspace.db, role: .trainer, limit: 1).first else { throw error }
                return ResolvedIdentity(actor: trainer, login: login, via: .trainingDefault, kind: .training)
            default: throw error
            }
        }
    }

    /// Resets the training database at `workspace` in place (see `Workspace.resetTraining`),
    /// loading the sample data a new training database starts with.
    @discardableResult
    public static func resetTraining(_ workspace: Workspace, by actor: Operator, environment: [String: String]) throws -> TrainingReset {
        try workspace.resetTraining(by: actor) { fresh in
            try load(.training, into: fresh, label: workspace.db.path, environment: environment)
        }
    }
}

public struct SampleDataMissing: Error, CustomStringConvertible {
    public var path: String?
    public var description: String {
        if let path { return "SINGLEWINDOW_SAMPLE_DATA=\(path) does not hold sample data (reference/tables.csv)" }
        return "cannot find the sample-data directory (next to the program or above the current directory); set SINGLEWINDOW_SAMPLE_DATA"
    }
}
