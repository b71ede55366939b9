import Presentation

/// The scenario board's own lines (the scenarios and keys themselves are the shell's `S` keys):
/// what each demo operator plays, what the fresh database already holds, how to leave.
public enum SB: String, CatalogueKey {
    case sbOperators = "board.operators"
    case sbSeeded = "board.seeded"
    case sbLeave = "board.leave"
    case sbPlaysLiwei = "board.plays.liwei"
    case sbPlaysZhangmin = "board.plays.zhangmin"
    case sbPlaysWangqiang = "board.plays.wangqiang"
    case sbPlaysChenjing = "board.plays.chenjing"
    case sbPlaysLiuyang = "board.plays.liuyang"
    case sbPlaysZhoujun = "board.plays.zhoujun"
    case sbPlaysYangfan = "board.plays.yangfan"
    case sbPlaysGuojing = "board.plays.guojing"
    case sbPlaysAdmin = "board.plays.admin"

    public static let table: [SB: (en: String, zh: String)] = [
        .sbOperators: ("Switch to (F9): who plays what", "切换到（F9）：谁扮演什么"),
        .sbSeeded: ("Already in this database: declarations TRN-2026-001 to 017 in every state (李伟's list, the officers' queues), vessel calls in every state (F6), 李伟's templates (t)",
                    "本库已有：各种状态的报关单 TRN-2026-001 至 017（李伟的列表、关员的队列），各种状态的船舶申报（F6），李伟的模板（t）"),
        .sbLeave: ("close this board (F5–F8 go to a tab; ↑↓ PgDn scroll)", "关闭本页（F5–F8 进入标签页；↑↓ PgDn 翻看）"),
        .sbPlaysLiwei: ("S1 imports and submits; S2 books b, pays p", "S1 导入、申报；S2 b 预约、p 缴税"),
        .sbPlaysZhangmin: ("S2 claims k, orders i, releases F10; S3 customs", "S2 k 认领、i 布控、F10 放行；S3 海关"),
        .sbPlaysWangqiang: ("S2 orders inspection, records t, releases; S3 quarantine", "S2 布控查验、t 录入结果、放行；S3 检疫"),
        .sbPlaysChenjing: ("S3 declares, answers a, departure d, prints F12", "S3 申报、a 答复、d 出港、F12 打印"),
        .sbPlaysLiuyang: ("S3 asks about a passport r", "S3 r 询问船员护照"),
        .sbPlaysZhoujun: ("S3 grants departure last (the maritime gate)", "S3 最后准予出港（海事把关）"),
        .sbPlaysYangfan: ("S4 the approval window", "S4 审批窗口"),
        .sbPlaysGuojing: ("S5 the random inspection draw", "S5 双随机抽查"),
        .sbPlaysAdmin: ("S7 operators and the audit (commands)", "S7 操作员与审计（命令行）"),
    ]
}

extension Strings {
    public subscript(_ key: SB) -> String { lookup(key) }
}
