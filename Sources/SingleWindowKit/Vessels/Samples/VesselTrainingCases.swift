import Foundation
import Store

/// The vessel calls a fresh training database has besides the S3 samples
/// (`sample-data/training/vessels.json`): earlier voyages of the sample ships in every state —
/// cleared inward, a departure with its port clearance, a departure waiting at the maritime gate,
/// lanes pending, queried, answered, held, released and rejected — played through the agent's
/// and the officers' actions (`VesselCalls`, `VesselDeparture`, `VesselClearance`) on the
/// training timeline. The ships and lists are the samples' (`sample-data/vessels`); only the
/// voyage number and the times are the case's, so the S3 calls themselves are untouched.
enum VesselTrainingCases {
    static let file = "training/vessels.json"

    struct File: Decodable {
        var agent: String
        var calls: [Case]
    }

    struct Case: Decodable {
        var name: String
        /// An arrival: the sample file under `sample-data/vessels` whose ship, documents and lists it declares.
        var sample: String?
        /// A departure: the case whose arrival it leaves from (crew list "no change").
        var departureOf: String?
        var voyage: String
        var steps: [TrainingStep]
        enum CodingKeys: String, CodingKey { case name = "case", sample, departureOf, voyage, steps }
    }

    static func load(into ws: Workspace, from sampleData: URL) throws {
        let url = sampleData.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let cases = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        let samples = sampleData.appendingPathComponent(VesselSampleLoader.directoryName)
        let agent = try TrainingTimeline.actor(ws.db, cases.agent)
        var ids: [String: String] = [:]
        try TrainingTimeline.run(cases.calls.map(\.steps), endingAt: ws.now(), db: ws.db, names: cases.calls.map(\.name)) { index, step, ws in
            let c = cases.calls[index]
            let actor = try step.actor.map { try TrainingTimeline.actor(ws.db, $0) } ?? agent
            if step.action == "create" {
                ids[c.name] = try create(c, step: step, ws: ws, samples: samples, ids: ids, by: actor)
                return
            }
            guard let id = ids[c.name] else { throw DomainError.notFound(entity: "vessel_call", id: c.name) }
            if step.action == "submit" {
                // The version only: loading the whole call (its lists) for each step would double the load's time.
                let version = try ws.db.scalar("SELECT version FROM vessel_call WHERE id = ?", [id]).int64 ?? 0
                try VesselCalls.submit(ws, callID: id, expectedVersion: version, by: actor)
                return
            }
            guard let decision = VesselDecision(rawValue: step.action) else {
                throw DomainError.invalid([Problem("do", "problem.badFormat", [step.action])])
            }
            let agency = step.agency.flatMap(Agency.init(rawValue:)) ?? actor.role.impliedAgency ?? .none
            try VesselClearance.apply(decision, ws, callID: id, agency: agency, laneVersion: nil, text: step.text ?? "", by: actor)
        }
    }

    /// Declares the case's call: an arrival from its sample (ETA `hours` after the step), or a
    /// departure from its arrival (ETD `hours` after the step).
    private static func create(_ c: Case, step: TrainingStep, ws: Workspace, samples: URL, ids: [String: String],
                               by agent: Operator) throws -> String {
        let expected = ws.now().addingTimeInterval((step.hours ?? 6) * 3600)
        if let arrivalCase = c.departureOf {
            guard let arrivalID = ids[arrivalCase], let arrival = try VesselCalls.call(ws.db, id: arrivalID) else {
                throw DomainError.notFound(entity: "vessel_call", id: arrivalCase)
            }
            var voyage = VesselDepartureVoyage.make(from: arrival, voyageNumber: c.voyage, now: ws.now())
            voyage.etd = expected
            return try VesselDeparture.create(ws, fromArrival: arrivalID, voyage: voyage, crew: .noChange, by: agent).id
        }
        guard let name = c.sample else { throw DomainError.invalid([Problem("sample", "problem.required")]) }
        let sample = try JSONDecoder().decode(VesselSampleLoader.Sample.self, from: Data(contentsOf: samples.appendingPathComponent(name)))
        guard var d = sample.declaration else { throw DomainError.invalid([Problem("declaration", "problem.required")]) }
        d.voyage.voyageNumber = c.voyage
        d.voyage.eta = expected
        d.voyage.etd = expected.addingTimeInterval(48 * 3600)
        var call = try VesselCalls.create(ws, direction: .arrival, declaration: d, by: agent)
        if let csv = sample.crewCSV {
            call = try VesselCalls.importCrew(ws, callID: call.id, expectedVersion: call.version,
                                              csv: try Data(contentsOf: samples.appendingPathComponent(csv)), fileName: csv, by: agent)
        }
        if let csv = sample.passengerCSV {
            call = try VesselCalls.importPassengers(ws, callID: call.id, expectedVersion: call.version,
                                                   csv: try Data(contentsOf: samples.appendingPathComponent(csv)), fileName: csv, by: agent)
        }
        return call.id
    }
}
