import Store

/// Declarations: the big table, its goods, containers and documents, templates and drafts.
enum DeclarationArea {
    static let area = DomainArea(
        migrations: MigrationSet(area: "declarations", migrations: [
            1: DeclarationSchema.migration,
            2: DeclarationSearchSchema.migration,
        ]),
        messages: [DeclarationMessages.entries, ManifestMessages.entries],
        trainingSamples: { ws, sampleData in try DeclarationTemplateSamples.load(into: ws, from: sampleData) },
        trainingCases: { ws, sampleData in try DeclarationTrainingCases.load(into: ws, from: sampleData) })
}
