import Foundation

/// What one submission sends to whom, for the confirm dialog ("customs gets 58 items and 3
/// goods lines, inspection gets 52 items …"). The scope decides which projections exist.
public struct SubmissionPlan: Equatable, Sendable {
    public struct Part: Equatable, Sendable {
        public var agency: Agency
        /// Header items filled and sent to this agency.
        public var headerItems: Int
        /// Goods-line items this agency receives per line (catalogue count).
        public var goodsItemsPerLine: Int
        public var goodsLines: Int
        public var containers: Int
        public var documents: Int
    }

    public var declarationID: Int64
    public var scope: DeclarationScope
    public var parts: [Part]
    /// Value per currency across all lines.
    public var totals: [String: Decimal]
    /// Qualifications on it that end soon (`QualificationCheck.warnings`): shown, not refusing.
    public var warnings: [Problem] = []

    public var agencies: [Agency] { parts.map(\.agency) }

    static func make(_ d: Declaration, reference: DeclarationReference) throws -> SubmissionPlan {
        let parts = try d.scope.agencies.map { agency -> Part in
            let p = try ProjectionBuilder.build(d, for: agency, reference: reference)
            return Part(agency: agency, headerItems: p.headerFieldCount, goodsItemsPerLine: p.goodsFieldCount,
                        goodsLines: p.goods.count, containers: p.containers.count, documents: p.documents.count)
        }
        return SubmissionPlan(declarationID: d.id, scope: d.scope, parts: parts, totals: d.totalsByCurrency)
    }
}
