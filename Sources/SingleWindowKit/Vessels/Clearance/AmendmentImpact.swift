/// Which agencies' decisions rest on which part of the declaration: an amendment after
/// submission reopens exactly these lanes, and no others.
///
/// - Ship particulars and voyage particulars are FAL 1, which goes to every agency (five copies on
///   arrival under the annex): all four lanes.
/// - Cargo (FAL 2), ship's stores (FAL 3) and crew's effects (FAL 4) are customs matters.
/// - Crew (FAL 5) and passengers (FAL 6): border control checks the persons, quarantine the
///   health risk of who is on board.
/// - Dangerous goods (FAL 7) go to the maritime authority (Fujian: "危险品货物向海事的申报").
///   Customs is not reset by a dangerous-goods change alone: when the consignment itself
///   changes, the cargo declaration changes too, and that resets customs on its own account.
/// - The Maritime Declaration of Health is quarantine's.
public enum AmendmentImpact {
    public static let table: [DeclarationPart: Set<Agency>] = [
        .ship: [.customs, .inspection, .border, .maritime],
        .voyage: [.customs, .inspection, .border, .maritime],
        .cargo: [.customs],
        .stores: [.customs],
        .crewEffects: [.customs],
        .crew: [.border, .inspection],
        .passengers: [.border, .inspection],
        .dangerousGoods: [.maritime],
        .health: [.inspection],
    ]

    /// The lanes to reopen for a set of changed parts, in the window's usual lane order.
    public static func agencies(for parts: [DeclarationPart]) -> [Agency] {
        let union = parts.reduce(into: Set<Agency>()) { $0.formUnion(table[$1] ?? []) }
        return VesselRuleSet.agencies.filter(union.contains)
    }
}
