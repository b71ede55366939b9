import Foundation

/// How far apart figures that should agree may be, stated once.
public enum WeightTolerance {
    /// The goods lines' net weights must add up to the header's net weight within the larger
    /// of 1 % of the header net weight and 0.5 kg (one broker tool warns at 0.5 kg; a percentage
    /// keeps large bulk shipments from failing on rounding per line).
    public static let netSumRelative: Decimal = Decimal(string: "0.01")!
    public static let netSumAbsoluteKg: Decimal = Decimal(string: "0.5")!

    public static func netSumAllowance(headerNet: Decimal) -> Decimal {
        max(abs(headerNet) * netSumRelative, netSumAbsoluteKg)
    }

    /// A line's total may differ from quantity × unit price by at most this (rounding to cents).
    public static let lineTotal: Decimal = Decimal(string: "0.01")!
}
