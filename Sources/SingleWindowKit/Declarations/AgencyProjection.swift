import TextWidth
/// What one agency receives from the one record: the shared items and its own, with its own
/// codes where the tables differ. Built fresh from the declaration; never stored separately,
/// so the two messages cannot disagree on a shared fact.
public struct AgencyProjection: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var key: String
        public var value: String
    }

    public var agency: Agency
    public var header: [Item]
    public var goods: [[Item]]
    public var containers: [[Item]]
    public var documents: [[Item]]

    /// Number of distinct header and goods items this agency receives (filled or not).
    public var headerFieldCount: Int { header.count }
    public var goodsFieldCount: Int

    public func value(_ key: String) -> String? { header.first { $0.key == key }?.value }
}

/// Builds projections. Per-agency code mapping lives here: the inspection side gets the CIQ
/// package code (`code_entry.extra["ciq"]`), customs the GB/customs code as typed.
enum ProjectionBuilder {
    static func build(_ d: Declaration, for agency: Agency, reference: DeclarationReference) throws -> AgencyProjection {
        func items(_ level: FieldDefinition.Level, _ value: (String) -> String) throws -> [AgencyProjection.Item] {
            try FieldCatalogue.fields(level: level).filter { $0.owner.isSent(to: agency) }.compactMap { field in
                let raw = value(field.key).trimmed
                guard !raw.isEmpty else { return nil }
                return AgencyProjection.Item(key: field.key, value: try mapped(raw, field, agency, reference))
            }
        }
        let goodsFields = FieldCatalogue.fields(level: .goods).filter { $0.owner.isSent(to: agency) }
        return AgencyProjection(
            agency: agency,
            header: try items(.header) { d[$0] },
            goods: try d.goods.map { line in try items(.goods) { line[$0] } },
            containers: try d.containers.map { c in try items(.container) { c[$0] } },
            documents: try d.documents.map { doc in try items(.document) { doc[$0] } },
            goodsFieldCount: goodsFields.count)
    }

    private static func mapped(_ value: String, _ field: FieldDefinition, _ agency: Agency,
                               _ reference: DeclarationReference) throws -> String {
        // The reference CSV's column is `ciq_code`; `ciq` is accepted too.
        if agency == .inspection, field.codeTable == "package_type",
           let extra = try reference.entry(table: "package_type", code: value)?.extra,
           let ciq = extra["ciq_code"] ?? extra["ciq"], !ciq.isEmpty {
            return ciq
        }
        return value
    }
}

/// The customs declaration (报关单) derived from the record.
public enum CustomsProjection {
    public static func make(_ d: Declaration, reference: DeclarationReference) throws -> AgencyProjection {
        try ProjectionBuilder.build(d, for: .customs, reference: reference)
    }
}

/// The inspection declaration (报检单) derived from the record.
public enum InspectionProjection {
    public static func make(_ d: Declaration, reference: DeclarationReference) throws -> AgencyProjection {
        try ProjectionBuilder.build(d, for: .inspection, reference: reference)
    }
}
