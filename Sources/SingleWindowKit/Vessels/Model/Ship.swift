import Foundation

/// The ship's particulars as FAL 1 asks for them. The IMO number is the key: name, flag and call
/// sign may change over a hull's life, the IMO number does not.
public struct Ship: Equatable, Codable, Sendable {
    /// Seven digits (validated as an `IMONumber`).
    public var imo: String
    public var name: String
    public var callSign: String
    /// Flag State, ISO 3166 alpha-3 (see `VesselCountries`).
    public var flag: String
    /// Ship type in plain words ("container ship", "bulk carrier", "ro-ro passenger ferry").
    public var shipType: String
    public var grossTonnage: Decimal
    public var netTonnage: Decimal
    /// Nine digits, or "" when the ship has none declared.
    public var mmsi: String
    /// Port of registry (certificate of registry particulars), free text.
    public var portOfRegistry: String

    public init(imo: String, name: String, callSign: String, flag: String, shipType: String,
                grossTonnage: Decimal, netTonnage: Decimal, mmsi: String = "", portOfRegistry: String = "") {
        self.imo = imo; self.name = name; self.callSign = callSign; self.flag = flag; self.shipType = shipType
        self.grossTonnage = grossTonnage; self.netTonnage = netTonnage; self.mmsi = mmsi; self.portOfRegistry = portOfRegistry
    }
}
