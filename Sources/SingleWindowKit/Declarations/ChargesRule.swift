/// Which charges the declarant adds to the price, by terms of transaction and direction.
///
/// China declares imports at CIF value and exports at FOB value, so the charges the agreed
/// terms leave out of the price must be declared, and those already in it must not be (they
/// would be counted twice). Terms 5 (market price) and 6 (垫仓) are not checked.
public struct ChargesRule: Equatable, Sendable {
    public var freight: Bool
    public var insurance: Bool

    /// trade_terms code → (import rule, export rule).
    public static let table: [String: (import: ChargesRule, export: ChargesRule)] = [
        "1": (ChargesRule(freight: false, insurance: false), ChargesRule(freight: true, insurance: true)),   // CIF
        "2": (ChargesRule(freight: false, insurance: true), ChargesRule(freight: true, insurance: false)),   // C&F / CFR
        "3": (ChargesRule(freight: true, insurance: true), ChargesRule(freight: false, insurance: false)),   // FOB
        "4": (ChargesRule(freight: true, insurance: false), ChargesRule(freight: false, insurance: true)),   // C&I
        "7": (ChargesRule(freight: true, insurance: true), ChargesRule(freight: false, insurance: false)),   // EXW
    ]

    public static func rule(terms: String, direction: DeclarationDirection) -> ChargesRule? {
        table[terms].map { direction == .import ? $0.import : $0.export }
    }

    /// Allowed marks (research §2.4.6): freight by rate, per unit or total; insurance and other
    /// charges by rate or total only.
    public static let freightMarks: Set<String> = ["1", "2", "3"]
    public static let insuranceMarks: Set<String> = ["1", "3"]
    public static let otherMarks: Set<String> = ["1", "3"]
}
