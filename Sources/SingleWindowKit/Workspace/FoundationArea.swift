import Store

/// Foundation: settings (`meta`), the operator and enterprise registers, the reference tables
/// and the audit chain — what every other area stands on. Its demo enterprises and operators
/// come with the reference tables (`SampleData.load`).
enum FoundationArea {
    static let area = DomainArea(
        migrations: MigrationSet(area: "foundation", migrations: [
            1: FoundationSchema.migration,
            2: AdminSchema.migration,
            3: AuditKeySchema.migration,
        ]),
        messages: [CommonMessages.entries, CSVImportMessages.entries, AdminMessages.entries])
}
