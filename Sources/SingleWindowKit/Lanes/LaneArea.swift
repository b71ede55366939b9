import Store

/// Lanes: the cases, their lanes and each lane's timeline, shared by every pane.
enum LaneArea {
    static let area = DomainArea(
        migrations: MigrationSet(area: "lanes", migrations: [
            1: LaneSchema.migration,
            2: LaneEngineSchema.migration,
        ]),
        messages: [LaneMessages.entries])
}
