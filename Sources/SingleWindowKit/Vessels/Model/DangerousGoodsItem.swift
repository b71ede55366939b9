import Foundation

/// One entry of the dangerous goods manifest (FAL 7), declared to the maritime authority.
public struct DangerousGoodsItem: Equatable, Codable, Sendable {
    /// Booking or B/L reference; when given it must match a line of the cargo declaration.
    public var reference: String
    /// Marks and numbers: container id or vehicle registration.
    public var marks: String
    public var unNumber: String
    public var properShippingName: String
    public var hazardClass: String
    /// "I", "II", "III", or "" where the class has none.
    public var packingGroup: String
    /// Subsidiary risk classes, e.g. ["6.1"].
    public var subsidiaryRisks: [String]
    /// °C closed cup; required for class 3.
    public var flashpointC: Decimal?
    public var marinePollutant: Bool
    /// "F-E, S-D".
    public var ems: String
    /// Stowage position on board (bay-row-tier, e.g. "0340282", or hold/deck).
    public var stowage: String
    public var packages: Int
    public var packageKind: String
    public var grossMassKg: Decimal
    public var netMassKg: Decimal?

    public init(reference: String = "", marks: String = "", unNumber: String, properShippingName: String, hazardClass: String,
                packingGroup: String = "", subsidiaryRisks: [String] = [], flashpointC: Decimal? = nil,
                marinePollutant: Bool = false, ems: String, stowage: String, packages: Int, packageKind: String,
                grossMassKg: Decimal, netMassKg: Decimal? = nil) {
        self.reference = reference; self.marks = marks; self.unNumber = unNumber; self.properShippingName = properShippingName
        self.hazardClass = hazardClass; self.packingGroup = packingGroup; self.subsidiaryRisks = subsidiaryRisks
        self.flashpointC = flashpointC; self.marinePollutant = marinePollutant; self.ems = ems; self.stowage = stowage
        self.packages = packages; self.packageKind = packageKind; self.grossMassKg = grossMassKg; self.netMassKg = netMassKg
    }
}
