enum CLIStrings {
    static let entries: [S: (en: String, zh: String)] = [
        .cliUsage: ("""
            usage: singlewindow [--db FILE] [--as OPERATOR] [--lang en|zh] [--theme NAME]   open the workstation
                   singlewindow init [--db FILE] [--training]     create a database (production unless --training)
                   singlewindow audit verify [--json]             check the audit log's hash chain
                   singlewindow backup FILE                       copy the database safely while others work
                   singlewindow operators list [--json]           who may act
                   singlewindow --help | --version
            The database is --db, else $SINGLEWINDOW_DB, else $XDG_DATA_HOME/singlewindow/singlewindow.db.
            """, """
            用法：singlewindow [--db 文件] [--as 操作员] [--lang en|zh] [--theme 主题]   打开工作台
                  singlewindow init [--db 文件] [--training]     创建数据库（默认生产库，--training 为培训库）
                  singlewindow audit verify [--json]             校验审计日志哈希链
                  singlewindow backup 文件                        在线安全备份数据库
                  singlewindow operators list [--json]           列出操作员
                  singlewindow --help | --version
            数据库：--db，否则 $SINGLEWINDOW_DB，否则 $XDG_DATA_HOME/singlewindow/singlewindow.db。
            """),
        .cliUnknownCommand: ("unknown command: {0}", "未知命令：{0}"),
        .cliNoTerminal: ("singlewindow needs a terminal for the workstation; use a headless command (see --help)",
                         "工作台需要终端；无终端时请使用命令行子命令（见 --help）"),
        .cliInitDone: ("Created {0} database {1} ({2} reference rows)", "已创建{0}数据库 {1}（参考数据 {2} 行）"),
        .cliInitExists: ("{0} already exists; reference data refreshed ({1} rows)", "{0} 已存在；参考数据已刷新（{1} 行）"),
        .cliAuditIntact: ("audit log intact: {0} entries checked", "审计日志完整：已校验 {0} 条"),
        .cliAuditBroken: ("audit log BROKEN at entry {0}: {1}", "审计日志在第 {0} 条处断裂：{1}"),
        .cliBackupDone: ("backed up to {0}", "已备份到 {0}"),
        .cliError: ("error: {0}", "错误：{0}"),
    ]
}
