import SingleWindowKit

/// What `audit verify` says of the keyed chain, and `audit schedule` of automatic checkpoints
/// (see `CatalogueKey`), in English and Chinese.
public enum AK: String, CatalogueKey {
    case akKeyedVerified = "audit.keyedVerified"
    case akKeyedSkipped = "audit.keyedSkipped"
    case akUnkeyed = "audit.unkeyed"
    case akKeyAnotherDatabase = "audit.keyAnotherDatabase"
    case akScheduleOff = "audit.scheduleOff"
    case akScheduleOn = "audit.scheduleOn"
    case akScheduleBadInterval = "audit.scheduleBadInterval"
    case akScheduleTrainingRefused = "audit.scheduleTraining"

    public static var table: [AK: (en: String, zh: String)] { entries }

    static let entries: [AK: (en: String, zh: String)] = [
        .akKeyedVerified: ("keyed chain checked: every entry from {0} on carries a MAC that matches the audit key",
                           "密钥链已校验：自第 {0} 条起每条的 MAC 均与审计密钥相符"),
        .akKeyedSkipped: ("keyed check SKIPPED: the audit key {0} cannot be read here, so only the plain chain was checked (an entry forged after the last checkpoint would pass it); verify with the installed singlewindow or as its administrator",
                          "密钥校验已跳过：此处无法读取审计密钥 {0}，仅校验了普通哈希链（最后一个检查点之后伪造的条目无法被发现）；请使用已安装的 singlewindow 或以管理员身份校验"),
        .akUnkeyed: ("not a keyed chain (no audit key): only the plain chain was checked",
                     "非密钥链（无审计密钥）：仅校验了普通哈希链"),
        .akKeyAnotherDatabase: ("audit key {0} belongs to another database ({1}): the database or its key was REPLACED",
                                "审计密钥 {0} 属于另一个数据库（{1}）：数据库或其密钥已被替换"),
        .akScheduleOff: ("automatic checkpoints: off", "自动检查点：未开启"),
        .akScheduleOn: ("automatic checkpoints: every {0} minutes to {1}", "自动检查点：每 {0} 分钟写入 {1}"),
        .akScheduleBadInterval: ("--every takes whole minutes from 1 to 10080, not {0}", "--every 须为 1 至 10080 的整数分钟，而非 {0}"),
        .akScheduleTrainingRefused: ("automatic checkpoints are for production databases only (a training database is reset at will)",
                                     "自动检查点仅用于生产数据库（培训库可随时重建）"),
    ]
}

extension Strings {
    public subscript(_ key: AK) -> String { lookup(key) }
    public func format(_ key: AK, _ arguments: Any...) -> String { substitute(self[key], arguments) }
}
