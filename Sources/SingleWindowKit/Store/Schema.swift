/// The list of migrations, one file per area so that each area owns its tables.
/// Numbering is global and forward-only: add at the end.
public enum Schema {
    public static let migrations: [Migration] = [
        FoundationSchema.migration,   // 1
        LaneSchema.migration,         // 3
        DeclarationSchema.migration,  // 4
    ]
}
