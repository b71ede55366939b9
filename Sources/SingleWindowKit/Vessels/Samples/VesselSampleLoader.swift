import Foundation
import Store

/// What a sample load did.
public struct VesselSampleLoadResult: Equatable, Sendable {
    /// Call ids created, in file order.
    public var created: [String]
    /// Files whose call was already there.
    public var skipped: [String]
}

/// Loads `sample-data/vessels` into a training database: every `NN-*.json` in name order, each
/// one call, with its crew and passenger CSVs. The calls are declared through the same actions
/// an agent uses (validation, lanes, audit) in the name of the sample's shipping agent, so the
/// samples can never hold a call the product would refuse; the load itself is logged as done by
/// the trainer. Idempotent: a call with the same IMO number, voyage and direction is skipped.
/// One transaction: a broken sample leaves nothing behind.
public enum VesselSampleLoader {
    struct Sample: Decodable {
        var direction: CallDirection
        var agentOperatorID: String
        var agentEnterpriseID: String
        /// ETA of an arrival or ETD of a departure, in hours after the load time.
        var hoursFromNow: Double
        var submit: Bool
        var crewCSV: String?
        var passengerCSV: String?
        var declaration: VesselDeclaration?
        /// Departure: the ship and its arrival voyage, whose crew list is reused "no change".
        var imo: String?
        var arrivalVoyage: String?
        var departureVoyage: VoyageParticulars?
    }

    /// The directory under `sample-data` the samples live in.
    public static let directoryName = "vessels"

    /// What a new training database gets: the samples in `sample-data/vessels`, loaded in the
    /// trainer's name at the workspace clock. Nothing when there is no such directory or no trainer.
    @discardableResult
    public static func loadTrainingSamples(into ws: Workspace, from sampleData: URL) throws -> VesselSampleLoadResult? {
        let directory = sampleData.appendingPathComponent(directoryName)
        guard FileManager.default.fileExists(atPath: directory.path),
              let trainer = try Operators.list(ws.db, role: .trainer, limit: 1).first else { return nil }
        return try load(ws.db, from: directory, by: trainer, at: ws.now())
    }

    @discardableResult
    public static func load(_ db: Database, from directory: URL, by actor: Operator, at date: Date) throws -> VesselSampleLoadResult {
        try Authority.require(actor, "vessel.sample.load", roles: [.trainer])
        let ws = Workspace(db: db, kind: .training, clock: SettableClock(date))
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try db.write {
            var result = VesselSampleLoadResult(created: [], skipped: [])
            for file in files {
                let sample = try JSONDecoder().decode(Sample.self, from: Data(contentsOf: file))
                if let id = try load(sample, ws: ws, directory: directory, at: date) {
                    result.created.append(id)
                } else {
                    result.skipped.append(file.lastPathComponent)
                }
            }
            try AuditLog.append(db, at: date, by: actor, action: "vessel.sample.load", entity: "vessel_call", entityID: "*",
                                after: "\(result.created.count) created, \(result.skipped.count) already present")
            return result
        }
    }

    private static func load(_ s: Sample, ws: Workspace, directory: URL, at date: Date) throws -> String? {
        let db = ws.db
        let agent = Operator(id: s.agentOperatorID, name: s.agentOperatorID, role: .shippingAgent, enterpriseID: s.agentEnterpriseID)
        guard let expected = VesselTimeOffset.expected(from: date, hours: s.hoursFromNow) else {
            throw DomainError.invalid([Problem("hoursFromNow", "vessel.hoursFromNow.range", ["\(Int(VesselTimeOffset.maxHours))"])])
        }
        let call: VesselCall
        switch s.direction {
        case .arrival:
            guard var d = s.declaration else { throw DomainError.invalid([Problem("declaration", "problem.required")]) }
            if try exists(db, imo: d.ship.imo, voyage: d.voyage.voyageNumber, direction: .arrival) { return nil }
            d.voyage.eta = expected
            d.voyage.etd = expected.addingTimeInterval(48 * 3600)
            call = try VesselCalls.create(ws, direction: .arrival, declaration: d, by: agent)
        case .departure:
            guard let imo = s.imo, let arrivalVoyage = s.arrivalVoyage, var voyage = s.departureVoyage else {
                throw DomainError.invalid([Problem("departureVoyage", "problem.required")])
            }
            if try exists(db, imo: imo, voyage: voyage.voyageNumber, direction: .departure) { return nil }
            guard let arrivalID = try db.scalar("SELECT id FROM vessel_call WHERE imo = ? AND voyage = ? AND direction = 'arrival'",
                                                [imo, arrivalVoyage]).string else {
                throw DomainError.notFound(entity: "vessel_call", id: "\(imo) \(arrivalVoyage)")
            }
            voyage.etd = expected
            call = try VesselDeparture.create(ws, fromArrival: arrivalID, voyage: voyage, crew: .noChange, by: agent)
        }
        var current = call
        if let name = s.crewCSV {
            current = try VesselCalls.importCrew(ws, callID: current.id, expectedVersion: current.version,
                                                 csv: try Data(contentsOf: directory.appendingPathComponent(name)), fileName: name, by: agent)
        }
        if let name = s.passengerCSV {
            current = try VesselCalls.importPassengers(ws, callID: current.id, expectedVersion: current.version,
                                                       csv: try Data(contentsOf: directory.appendingPathComponent(name)), fileName: name, by: agent)
        }
        if s.submit {
            current = try VesselCalls.submit(ws, callID: current.id, expectedVersion: current.version, by: agent)
        }
        return current.id
    }

    private static func exists(_ db: Database, imo: String, voyage: String, direction: CallDirection) throws -> Bool {
        let digits = (try? IMONumber(parsing: imo).digits) ?? imo
        return try db.queryOne("SELECT 1 FROM vessel_call WHERE imo = ? AND voyage = ? AND direction = ?",
                               [digits, voyage, direction.rawValue]) != nil
    }
}
