enum CLIStrings {
    static let entries: [S: (en: String, zh: String)] = [
        .cliUsage: ("""
            usage: singlewindow [--db FILE] [--as OPERATOR] [--lang en|zh] [--theme NAME]   open the workstation
                   singlewindow init [--db FILE] --admin OSUSER | --training   a production database and its first administrator, or a training one
                   singlewindow whoami [--json]                   whom this process acts as, and why
                   singlewindow admin operators|enterprises|qualifications …   administrators: who may act, enterprises, their filings
                   singlewindow audit verify [--json]             check the audit log's hash chain
                   singlewindow backup FILE                       copy the database safely while others work
                   singlewindow reset [--yes]                     trainer: make the training database anew, in place
                   singlewindow clock show|set TIME|advance DURATION   trainer: the training clock (TIME: YYYY-MM-DD [HH:MM] | now; DURATION: +2d, +3h, -30m)
                   singlewindow lanes tick [--json]               apply passed lane deadlines by the store's clock (idempotent)
                   singlewindow lanes assign|unassign KIND CASE AGENCY [OPERATOR]   hand a lane to one officer of its agency
                   singlewindow manifest-check [warn|block]       B/L not on the vessel's manifest: warn or refuse
                   singlewindow operators list [--json]           who may act
                   singlewindow declarations import FILE [--submit] [--dry-run] [--rejects PATH]
                   singlewindow declarations create FILE.json     new drafts from a JSON file
                   singlewindow declarations list [--status S] [--search T] [--after CURSOR] [--limit N]
                   singlewindow declarations show|validate|submit ID
                   singlewindow declarations validate FILE        check a file without importing it
                   singlewindow declarations export [ID…] [--format csv|json] [--out FILE [--force]] [--raw]
                   singlewindow declarations copy ID | amend ID | hand ID --broker USCC | templates
                   singlewindow declarations save-template ID --name NAME | from-template TEMPLATE_ID
                   singlewindow vessels create FILE.json [--direction arrival|departure]   declare a call (draft)
                   singlewindow vessels create --from CALL --voyage V [--crew no-change|FILE.csv]   its departure
                   singlewindow vessels import-crew CALL FILE.csv | import-passengers CALL FILE.csv
                   singlewindow vessels submit CALL                  send once to all four agencies
                   singlewindow vessels decide CALL query|answer|hold|release|reject [--agency A] [--message TEXT]
                   singlewindow vessels list [--state S] [--waiting] [--search TEXT] [--after CALL] [--limit N]
                   singlewindow vessels show CALL
                   singlewindow vessels print CALL [--out FILE | --printer lp]   the port clearance (reprints logged)
                   singlewindow vessels verify CODE                  exit 0 valid, 1 unknown or altered
                   singlewindow review queue [--agency A] [--state S|--view action|waiting|done] [--channel C] [--credit K]
                          [--trader USCC|--trader-name NAME] [--chapter HS] [--from DATE] [--until DATE] [--search NUMBER|B/L] [--mine]
                          [--sort oldest|newest] [--after CURSOR|--before CURSOR|--since DATE|--first|--last] [--limit N]
                   singlewindow review show|claim|unclaim ID [--lane-version V] · review show ID --projection [--agency A]
                   singlewindow review decide ID --action return|order-inspection|record-result|assess-duty|guarantee|release|reject
                          [--reason T] [--instruction T] [--result T] [--amount N [--currency C]] [--lane-version V]
                          guarantee (担保): --number N --amount CNY --until YYYY-MM-DD   release before the duty is paid
                   singlewindow review slots|pay ID · review book ID --slot SLOT · review withdraw ID --reason T
                   singlewindow review offer --place P --day YYYY-MM-DD --times 09:00,14:00 [--capacity N]
                   singlewindow review tasks [--view booked|unbooked|all] [--mine] [--day YYYY-MM-DD] [--agency A]
                          [--after CURSOR|--before CURSOR|--first|--last] [--limit N]   joint inspections by appointment
                   singlewindow review rules list [--agency A] [--all] · review rules history KEY   the risk rule book
                   singlewindow review rules set KEY --note WHY [--agency A] [--priority N] [--credit a,b] [--hs 0306,03]
                          [--origin IND,ECU] [--scope both,customs,inspection] [--outcome X] [--select-rate PCT]
                          [--sampling-rate PCT] [--reason-en T] [--reason-zh T] [--active yes|no]   a new version
                   singlewindow review rules try ID   what the current rules would say (nothing written)
                   singlewindow generate --declarations N [--seed S] [--batch N]   synthetic trade (training databases)
                   singlewindow approvals projects|register|apply|accept|decide|meeting|decision|verify|calendar|warnings …
                                                                  investment projects through four approval stages
                   singlewindow enforcement records|class|draw|table|results|catalogue …
                                                                  credit classes, double-random draws, joint inspection tables
                   singlewindow --help | --version · singlewindow COMMAND --help   one command, each option explained
            Add --as OPERATOR to act as someone else (training databases), --json for machine-readable output.
            The database is --db, else $SINGLEWINDOW_DB, else $XDG_DATA_HOME/singlewindow/singlewindow.db.
            """, """
            用法：singlewindow [--db 文件] [--as 操作员] [--lang en|zh] [--theme 主题]   打开工作台
                  singlewindow init [--db 文件] --admin 系统账号 | --training   创建生产库及其首位管理员，或培训库
                  singlewindow whoami [--json]                   本进程以谁的身份操作及原因
                  singlewindow admin operators|enterprises|qualifications …   管理员：操作员、企业及其资质
                  singlewindow audit verify [--json]             校验审计日志哈希链
                  singlewindow backup 文件                        在线安全备份数据库
                  singlewindow reset [--yes]                     培训师：就地重建培训数据库
                  singlewindow clock show|set 时间|advance 时长   培训师：培训时钟（时间：YYYY-MM-DD [HH:MM] | now；时长：+2d、+3h、-30m）
                  singlewindow lanes tick [--json]               按系统时钟处理已到期的环节（可重复执行）
                  singlewindow lanes assign|unassign 类别 案件 机构 [操作员]   将环节分派给本机构的一名人员
                  singlewindow manifest-check [warn|block]       提运单不在舱单中时：提示或拒绝
                  singlewindow operators list [--json]           列出操作员
                  singlewindow declarations import 文件 [--submit] [--dry-run] [--rejects 路径]
                  singlewindow declarations create 文件.json      从 JSON 文件新建草稿
                  singlewindow declarations list [--status 状态] [--search 文本] [--after 游标] [--limit N]
                  singlewindow declarations show|validate|submit 编号
                  singlewindow declarations validate 文件         只校验文件，不导入
                  singlewindow declarations export [编号…] [--format csv|json] [--out 文件 [--force]] [--raw]
                  singlewindow declarations copy 编号 | amend 编号 | hand 编号 --broker 信用代码 | templates
                  singlewindow declarations save-template 编号 --name 名称 | from-template 模板编号
                  singlewindow vessels create 文件.json [--direction arrival|departure]   新建船舶申报（草稿）
                  singlewindow vessels create --from 申报 --voyage 航次 [--crew no-change|文件.csv]   出口岸申报
                  singlewindow vessels import-crew 申报 文件.csv | import-passengers 申报 文件.csv
                  singlewindow vessels submit 申报                  一次申报，同时发送四个部门
                  singlewindow vessels decide 申报 query|answer|hold|release|reject [--agency 部门] [--message 内容]
                  singlewindow vessels list [--state 状态] [--waiting] [--search 文字] [--after 申报] [--limit N]
                  singlewindow vessels show 申报
                  singlewindow vessels print 申报 [--out 文件 | --printer lp]   打印出口岸许可证（补打留痕）
                  singlewindow vessels verify 验证码                 有效退出码 0，无效或被篡改 1
                  singlewindow review queue [--agency 机构] [--state 状态|--view action|waiting|done] [--channel 通道] [--credit 信用]
                         [--trader 信用代码|--trader-name 名称] [--chapter 章] [--from 日期] [--until 日期] [--search 报关单号|提单号] [--mine]
                         [--sort oldest|newest] [--after 游标|--before 游标|--since 日期|--first|--last] [--limit N]
                  singlewindow review show|claim|unclaim 编号 [--lane-version 版本] · review show 编号 --projection [--agency 部门]
                  singlewindow review decide 编号 --action return|order-inspection|record-result|assess-duty|guarantee|release|reject
                         [--reason 原因] [--instruction 查验指令] [--result 结果] [--amount 金额 [--currency 币制]] [--lane-version 版本]
                         guarantee 担保：--number 担保编号 --amount 人民币金额 --until 有效期至   缴税前凭担保放行
                  singlewindow review slots|pay 编号 · review book 编号 --slot 时段 · review withdraw 编号 --reason 原因
                  singlewindow review offer --place 地点 --day 日期 --times 09:00,14:00 [--capacity N]
                  singlewindow review tasks [--view booked|unbooked|all] [--mine] [--day 日期] [--agency 机构]
                         [--after 游标|--before 游标|--first|--last] [--limit N]   按预约时间列出联合查验任务
                  singlewindow review rules list [--agency 机构] [--all] · review rules history 规则   风险规则
                  singlewindow review rules set 规则 --note 说明 [--agency 机构] [--priority N] [--credit a,b] [--hs 0306,03]
                         [--origin IND,ECU] [--scope both,customs,inspection] [--outcome 处置] [--select-rate 百分比]
                         [--sampling-rate 百分比] [--reason-en 英文理由] [--reason-zh 中文理由] [--active yes|no]   保存为新版本
                  singlewindow review rules try 编号   按现行规则试算（不写入）
                  singlewindow generate --declarations N [--seed S] [--batch N]   生成模拟业务数据（培训库）
                  singlewindow approvals projects|register|apply|accept|decide|meeting|decision|verify|calendar|warnings …
                                                                 投资项目四阶段审批
                  singlewindow enforcement records|class|draw|table|results|catalogue …
                                                                 信用分类、双随机抽查、一企一表
                  singlewindow --help | --version · singlewindow 命令 --help   单个命令及其各选项说明
            --as 操作员 以他人身份操作（培训库），--json 输出机器可读格式。
            数据库：--db，否则 $SINGLEWINDOW_DB，否则 $XDG_DATA_HOME/singlewindow/singlewindow.db。
            """),
        .cliLanesTicked: ("{0} lanes moved by their deadline, {1} past their deadline with nothing to apply{2}",
                          "{0} 个环节按期限处理，{1} 个已过期限但无需处理{2}"),
        .cliLanesMore: ("; more remain, run it again", "；尚有未处理的，请再次执行"),
        .cliLaneAssigned: ("{0} {1}/{2}: {3}, v{4}, assigned to {5}", "{0} {1}/{2}：{3}，版本 {4}，已分派给 {5}"),
        .cliLaneUnassigned: ("{0} {1}/{2}: {3}, v{4}, back with the whole agency", "{0} {1}/{2}：{3}，版本 {4}，已收回由本机构办理"),
        .cliUnknownCommand: ("unknown command: {0}", "未知命令：{0}"),
        .cliNoTerminal: ("singlewindow needs a terminal for the workstation; use a headless command (see --help)",
                         "工作台需要终端；无终端时请使用命令行子命令（见 --help）"),
        .cliInitDone: ("Created {0} database {1} ({2} reference rows)", "已创建{0}数据库 {1}（参考数据 {2} 行）"),
        .cliInitExists: ("{0} already exists; reference data refreshed ({1} rows)", "{0} 已存在；参考数据已刷新（{1} 行）"),
        .cliAuditIntact: ("audit log intact: {0} entries checked", "审计日志完整：已校验 {0} 条"),
        .cliAuditBroken: ("audit log BROKEN at entry {0}: {1}", "审计日志在第 {0} 条处断裂：{1}"),
        .cliAuditUnguarded: ("audit log UNGUARDED: the append-only trigger(s) {0} were dropped, so entries could be edited or deleted",
                             "审计日志失去保护：只追加触发器 {0} 已被删除，条目可能被修改或删除"),
        .cliAuditLinksButFails: ("audit log chain links up ({0} entries checked), but it was tampered with:",
                                 "审计日志哈希链前后衔接（已校验 {0} 条），但已被篡改："),
        .cliAuditRowEdited: ("row EDITED outside the application: {0} {1}: {2}", "有记录被绕过系统直接修改：{0} {1}：{2}"),
        .cliRowStateNotLastEvent: ("state '{0}' but its last event moved it to '{1}'", "状态为“{0}”，但其最后一条事件记录的状态为“{1}”"),
        .cliRowVersionNotEvents: ("version {0} but {1} events recorded", "版本为 {0}，但仅记录了 {1} 条事件"),
        .cliRowVersionNotAudited: ("version {0} but {1} audit entries recorded", "版本为 {0}，但审计日志记录了 {1} 条"),
        .cliCheckpointWritten: ("checkpoint of entry {0} written to {1}: keep it away from this database's host",
                                "第 {0} 条的检查点已写入 {1}：请保存在本数据库主机之外"),
        .cliCheckpointExists: ("{0} exists: a checkpoint is never overwritten; choose another name",
                               "{0} 已存在：检查点不会被覆盖，请另选文件名"),
        .cliCheckpointUnreadable: ("{0} is not an audit checkpoint", "{0} 不是审计检查点"),
        .cliCheckpointOnChain: ("checkpoint {0}: entry {1} is still on the chain", "检查点 {0}：第 {1} 条仍在链上"),
        .cliCheckpointChanged: ("checkpoint {0}: entry {1} was REWRITTEN (it or an entry before it was changed and the rest re-hashed)",
                                "检查点 {0}：第 {1} 条已被改写（该条或其之前的条目被修改，其后重新计算了哈希）"),
        .cliCheckpointMoved: ("checkpoint {0}: entry {1} has MOVED to seq {2} (entries were removed or inserted and renumbered)",
                              "检查点 {0}：第 {1} 条已移至第 {2} 条（条目被删除或插入并重新编号）"),
        .cliCheckpointMissing: ("checkpoint {0}: entries {1} to {2} are MISSING (the log was cut)",
                                "检查点 {0}：第 {1} 至 {2} 条缺失（日志被截断）"),
        .cliCheckpointAnotherChain: ("checkpoint {0}: another chain (taken of database id {1}; this database is {2}: a training reset or a replaced file)",
                                     "检查点 {0}：属于另一条链（取自数据库标识 {1}；本库为 {2}：培训库重建或文件被替换）"),
        .cliBackupDone: ("backed up to {0}", "已备份到 {0}"),
        .cliError: ("error: {0}", "错误：{0}"),
        .cliImportSummary: ("{0} declarations: {1} created, {2} updated, {3} submitted, {4} rejected ({5} goods lines)",
                            "{0} 票报关单：新建 {1}，更新 {2}，提交 {3}，退回 {4}（商品 {5} 项）"),
        .cliDryRun: ("(dry run: nothing written)", "（仅校验，未写入）"),
        .cliRejectsWritten: ("rejected rows written to {0}: fix them there and import that file", "被拒行已写入 {0}：修改后可直接导入该文件"),
        .cliReadOnlyView: ("note: {0} is read-only, so the database is opened read-only and as the file stands: another terminal's latest changes may not be in it yet",
                           "注意：{0} 为只读目录，数据库以只读方式按文件现状打开：其他终端的最新更改可能尚未包含在内"),
        .cliExported: ("exported {0} declarations to {1}", "已导出 {0} 票报关单到 {1}"),
        .cliValid: ("valid: no problems", "校验通过"),
        .cliSubmitted: ("submitted as {0}; lanes: {1}", "已提交，编号 {0}；通道：{1}"),
        .cliResetConfirm: ("Reset the training database {0}? Everything done on it since it was made is erased; workstations open on it will show the fresh data. [y/N] ",
                           "重建培训数据库 {0}？自创建以来的所有操作都将清除；打开此库的工作台将显示新数据。[y/N] "),
        .cliResetNeedsYes: ("reset erases the training database {0} and there is no terminal to ask: pass --yes to confirm",
                            "重建将清除培训数据库 {0}，且无终端可确认：请加 --yes 确认"),
        .cliResetCancelled: ("reset cancelled: nothing changed", "已取消重建：未作任何改动"),
        .cliResetDone: ("Training database {0} made anew in place from the sample data (database id {1}, was {2})",
                        "已就地重建培训数据库 {0} 并载入样例数据（数据库标识 {1}，原为 {2}）"),
        .cliClockShow: ("training clock: {0} (moved by {1} from real time)", "培训时钟：{0}（较实际时间调整 {1}）"),
        .cliClockReal: ("training clock: {0} (real time)", "培训时钟：{0}（实际时间）"),
        .cliClockMoved: ("training clock moved to {0}", "培训时钟已调至 {0}"),
        .cliClockBadTime: ("cannot read the time “{0}”: use YYYY-MM-DD HH:MM, YYYY-MM-DD, or now",
                           "无法识别时间“{0}”：请用 YYYY-MM-DD HH:MM、YYYY-MM-DD 或 now"),
        .cliClockBadDuration: ("cannot read the duration “{0}”: use +2d, +3h, -30m (days, hours, minutes)",
                               "无法识别时长“{0}”：请用 +2d、+3h、-30m（天、小时、分钟）"),
        .localeUsingCUTF8: ("the locale {0} has no UTF-8, which Chinese needs: drawing through C.UTF-8 instead",
                            "区域设置 {0} 不是 UTF-8，无法显示中文：改用 C.UTF-8"),
        .localeFallbackEnglish: ("the locale {0} has no UTF-8 and this machine has no C.UTF-8: the workstation speaks English",
                                 "区域设置 {0} 不是 UTF-8，且本机没有 C.UTF-8：工作台改用英文"),
    ]
}
