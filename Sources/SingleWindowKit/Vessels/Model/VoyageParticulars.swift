import Foundation

/// The call itself (FAL 1): voyage, port, berth, times, ports before and after, master, and the
/// general declaration's free-text items.
public struct VoyageParticulars: Equatable, Codable, Sendable {
    public var voyageNumber: String
    /// UN/LOCODE of the port of arrival or departure; must be a port the single window serves.
    public var port: String
    /// Position of the ship in the port (berth or anchorage).
    public var berth: String
    public var eta: Date?
    public var etd: Date?
    public var ata: Date?
    public var atd: Date?
    /// UN/LOCODE. Last port of call is required on arrival, next port on departure.
    public var lastPort: String
    public var nextPort: String
    public var masterName: String
    /// Brief description of the cargo (FAL 1).
    public var cargoDescription: String
    /// Brief voyage particulars (FAL 1), e.g. previous and subsequent ports.
    public var voyageSummary: String
    /// Waste and residue reception needs (FAL 1).
    public var wasteRequirements: String
    public var remarks: String

    public init(voyageNumber: String, port: String, berth: String = "", eta: Date? = nil, etd: Date? = nil,
                ata: Date? = nil, atd: Date? = nil, lastPort: String = "", nextPort: String = "", masterName: String,
                cargoDescription: String = "", voyageSummary: String = "", wasteRequirements: String = "", remarks: String = "") {
        self.voyageNumber = voyageNumber; self.port = port; self.berth = berth
        self.eta = eta; self.etd = etd; self.ata = ata; self.atd = atd
        self.lastPort = lastPort; self.nextPort = nextPort; self.masterName = masterName
        self.cargoDescription = cargoDescription; self.voyageSummary = voyageSummary
        self.wasteRequirements = wasteRequirements; self.remarks = remarks
    }
}
