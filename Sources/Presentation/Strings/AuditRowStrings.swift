import SingleWindowKit

/// `audit verify`'s words for declarations and vessel calls held against their audit entries,
/// and for the generator's batch digests (`AuditReconciliation`).
public enum AR: String, CatalogueKey {
    case rowStateNotLastEntry = "audit.row.stateNotLastEntry"
    case rowVersionNotLastEntry = "audit.row.versionNotLastEntry"
    case rowNoAuditEntry = "audit.row.noAuditEntry"
    case rowBatchDigestDiffers = "audit.row.batchDigestDiffers"
    case rowsPredating = "audit.row.predating"

    public static let table: [AR: (en: String, zh: String)] = [
        .rowStateNotLastEntry: ("state '{0}' but its last audit entry recorded '{1}'", "状态为“{0}”，但其最后一条审计记录为“{1}”"),
        .rowVersionNotLastEntry: ("version {0} but its last audit entry recorded version {1}", "版本为 {0}，但其最后一条审计记录为版本 {1}"),
        .rowNoAuditEntry: ("no audit entry records this row", "没有任何审计记录对应此记录"),
        .rowBatchDigestDiffers: ("rows the generator wrote in one batch no longer match the digest its entry {0} recorded (edited, added or removed since)",
                                 "生成器同一批写入的记录与其第 {0} 条审计记录的摘要不符（此后被修改、增加或删除）"),
        .rowsPredating: ("{0} rows predate recorded versions (their last entry records no state or version): not judged",
                         "{0} 条记录早于版本记录（其最后一条审计记录未记载状态和版本）：未作判断"),
    ]
}

extension Strings {
    public subscript(_ key: AR) -> String { lookup(key) }
    public func format(_ key: AR, _ arguments: Any...) -> String { substitute(self[key], arguments) }
}
