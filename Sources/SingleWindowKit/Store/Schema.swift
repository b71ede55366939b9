/// The list of migrations, one file per area so that each area owns its tables.
/// Numbering is global, dense and forward-only: add at the end, never edit a released one.
public enum Schema {
    public static let migrations: [Migration] = [
        FoundationSchema.migration,   // 1
        LaneSchema.migration,         // 2
        DeclarationSchema.migration,  // 3
        VesselSchema.migration,       // 4
        ReviewSchema.migration,       // 5
        ReviewTaskSchema.migration,   // 6
        ReviewTaskDueSchema.migration, // 7
        ReviewDutySchema.migration,   // 8
        ReviewQueueBackfillSchema.migration, // 9
        LaneEngineSchema.migration,   // 10 (lanes area; renumbered when per-area numbering lands)
    ]
}
