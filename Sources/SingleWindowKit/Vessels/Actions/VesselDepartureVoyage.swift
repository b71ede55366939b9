import Foundation

/// The voyage of a departure made from an arrival: only the voyage number is new; the port,
/// next port, master and berth are the arrival's, and the departure time the arrival's planned
/// one (or a day from now), so the draft passes validation and the agent amends what differs.
public enum VesselDepartureVoyage {
    public static func make(from arrival: VesselCall, voyageNumber: String, now: Date) -> VoyageParticulars {
        let a = arrival.declaration.voyage
        let planned = a.etd.flatMap { $0 > now ? $0 : nil } ?? now.addingTimeInterval(24 * 3600)
        return VoyageParticulars(voyageNumber: voyageNumber.trimmingCharacters(in: .whitespaces), port: a.port, berth: a.berth,
                                 etd: planned, lastPort: a.lastPort, nextPort: a.nextPort, masterName: a.masterName)
    }
}
