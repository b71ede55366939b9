import Store

/// Vessels: ships, calls and their declarations to the four agencies. A new training database
/// gets the area's agents and officers and the sample calls (`sample-data/vessels`).
enum VesselArea {
    static let area = DomainArea(
        migrations: MigrationSet(area: "vessels", migrations: [
            1: VesselSchema.migration,
            2: VesselQueueSchema.migration,
        ]),
        messages: [VesselMessages.entries],
        demoOperators: ["vessels/operators.csv"],
        trainingSamples: { ws, sampleData in _ = try VesselSampleLoader.loadTrainingSamples(into: ws, from: sampleData) },
        trainingCases: { ws, sampleData in try VesselTrainingCases.load(into: ws, from: sampleData) })
}
