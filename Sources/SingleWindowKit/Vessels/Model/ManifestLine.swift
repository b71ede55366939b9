import Foundation

/// One consignment on the cargo declaration (FAL 2) / manifest (舱单): the line a customs
/// declaration's bill of lading must match.
public struct ManifestLine: Equatable, Codable, Sendable {
    /// Transport document (bill of lading) number.
    public var blNumber: String
    public var marks: String
    public var packages: Int
    /// Kind of packages, outermost unit ("cartons", "pallets", "drums", "bulk").
    public var packageKind: String
    public var description: String
    /// HS code if available: 6 to 10 digits.
    public var hsCode: String
    /// Gross mass in kilograms.
    public var grossMassKg: Decimal
    /// ISO 6346 container numbers, where the cargo is containerised.
    public var containers: [String]
    public var portOfLoading: String
    public var portOfDischarge: String
    /// Cargo that stays on board at this port (to be discharged later).
    public var remainsOnBoard: Bool
    /// Carried over from the arrival declaration: declared once, no new declaration on departure
    /// (FAL Standard 2.12.1).
    public var carriedOver: Bool

    public init(blNumber: String, marks: String = "", packages: Int, packageKind: String, description: String,
                hsCode: String = "", grossMassKg: Decimal, containers: [String] = [], portOfLoading: String,
                portOfDischarge: String, remainsOnBoard: Bool = false, carriedOver: Bool = false) {
        self.blNumber = blNumber; self.marks = marks; self.packages = packages; self.packageKind = packageKind
        self.description = description; self.hsCode = hsCode; self.grossMassKg = grossMassKg; self.containers = containers
        self.portOfLoading = portOfLoading; self.portOfDischarge = portOfDischarge
        self.remainsOnBoard = remainsOnBoard; self.carriedOver = carriedOver
    }
}
