import Foundation

/// Gross and net tonnage (ITC 1969): dimensionless, positive, and net never above gross (net
/// tonnage is gross less the spaces not used for cargo or passengers).
public struct Tonnage: Hashable, Codable, Sendable {
    public var gross: Decimal
    public var net: Decimal

    /// Checks both figures; problems are reported at `path.grossTonnage` / `path.netTonnage`.
    public static func problems(gross: Decimal, net: Decimal, path: String) -> [Problem] {
        var found: [Problem] = []
        if gross <= 0 { found.append(Problem("\(path).grossTonnage", "vessel.positive", [VesselDecimal.string(gross)])) }
        if net <= 0 { found.append(Problem("\(path).netTonnage", "vessel.positive", [VesselDecimal.string(net)])) }
        if gross > 0, net > gross {
            found.append(Problem("\(path).netTonnage", "vessel.tonnage.netAboveGross",
                                 [VesselDecimal.string(net), VesselDecimal.string(gross)]))
        }
        return found
    }

    public var problems: [Problem] { Tonnage.problems(gross: gross, net: net, path: "ship") }
}
