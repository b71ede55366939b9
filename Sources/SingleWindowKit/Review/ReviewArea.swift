import Store

/// Review: the agencies' queues, decisions, joint inspections, duties and risk rules. A new
/// training database gets offered inspection slots (`sample-data/review`).
enum ReviewArea {
    static let area = DomainArea(
        migrations: MigrationSet(area: "review", migrations: [
            1: ReviewSchema.migration,
            2: ReviewTaskSchema.migration,
            3: ReviewTaskDueSchema.migration,
            4: ReviewDutySchema.migration,
            5: ReviewQueueBackfillSchema.migration,
            6: ReviewCreditClassSchema.migration,
        ]),
        messages: [ReviewMessages.entries],
        trainingSamples: { ws, sampleData in _ = try InspectionSlotSamples.load(into: ws, from: sampleData) })
}
