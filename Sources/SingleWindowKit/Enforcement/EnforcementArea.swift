import Store

/// Enforcement: credit records and the four classes, the inspection catalogue, double-random
/// draws and one joint table per drawn enterprise. A new training database gets the catalogue,
/// the conflicts register, credit records that put enterprises in each class, one published
/// draw and one half-filled table (`sample-data/enforcement`).
enum EnforcementArea {
    static let area = DomainArea(
        migrations: MigrationSet(area: "enforcement", migrations: [
            1: EnforcementSchema.migration,
            2: AdministrativeDistrictSchema.migration,
        ]),
        messages: [EnforcementMessages.entries],
        demoOperators: ["enforcement/operators.csv"],
        trainingSamples: { ws, sampleData in try EnforcementSamples.load(into: ws, from: sampleData) })
}
