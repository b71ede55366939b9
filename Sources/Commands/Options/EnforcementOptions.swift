import Presentation

extension EnforcementCommands {
    static let drawOptions: [CommandOption] = [
        .value("year", "YYYY", .optEnfYear), .value("ratio", "PERCENT", .optEnfRatio), .value("focus", "PERCENT|all", .optEnfFocus),
        .value("district", "CODE", .optEnfDistrict), .value("industry", "CODE", .optEnfIndustry), .value("kind", "KIND", .optEnfKind),
    ]

    /// The option tables of `enforcement …`.
    static let tables: [OptionTable] = [
        OptionTable("enforcement records add", "ENTERPRISE", .cmdEnfRecordAdd, [
            .value("kind", "KIND", .optEnfRecordKind), .value("penalty", "PENALTY", .optEnfPenalty),
            .value("amount", "YUAN", .optEnfAmount), .value("performance", "good|bad", .optEnfPerformance),
            .value("date", "YYYY-MM-DD", .optEnfDate), .value("agency", "AGENCY", .optEnfAgency),
            .value("basis", "TEXT", .optEnfBasis), .value("case", "NUMBER", .optEnfCase), .value("reason", "TEXT", .optEnfReason),
        ]),
        OptionTable("enforcement records import", "FILE.csv", .cmdEnfRecordImport),
        OptionTable("enforcement records remove", "CASE", .cmdEnfRecordRemove, [.value("reason", "TEXT", .optEnfReason)]),
        OptionTable("enforcement records delist", "CASE", .cmdEnfRecordDelist, [
            .value("on", "YYYY-MM-DD", .optEnfDate), .value("reason", "TEXT", .optEnfReason),
        ]),
        OptionTable("enforcement records list", "ENTERPRISE", .cmdEnfRecordList, [
            .value("before", "ID", .optEnfBefore), .value("limit", "N", .optLimit),
        ]),
        OptionTable("enforcement class show", "ENTERPRISE", .cmdEnfClassShow),
        OptionTable("enforcement class history", "ENTERPRISE", .cmdEnfClassHistory, [.value("limit", "N", .optLimit)]),
        OptionTable("enforcement class board", "", .cmdEnfClassBoard, [
            .value("class", "CLASS", .optEnfClass), .value("after", "NAME<TAB>ID", .optEnfAfter), .value("limit", "N", .optLimit),
        ]),
        OptionTable("enforcement class reclassify", "", .cmdEnfReclassify),
        OptionTable("enforcement catalogue", "[load FILE.csv]", .cmdEnfCatalogue, [
            .value("industry", "CODE", .optEnfIndustry), .value("limit", "N", .optLimit),
        ]),
        OptionTable("enforcement conflicts add", "OFFICER ENTERPRISE", .cmdEnfConflictAdd, [.value("reason", "TEXT", .optEnfReason)]),
        OptionTable("enforcement draw preview", "", .cmdEnfDrawPreview, drawOptions),
        OptionTable("enforcement draw run", "", .cmdEnfDrawRun, drawOptions + [
            .value("seed", "N", .optEnfSeed), .value("reason", "TEXT", .optEnfRedrawReason),
        ]),
        OptionTable("enforcement draw publish", "ID", .cmdEnfDrawPublish),
        OptionTable("enforcement draw replay", "ID", .cmdEnfDrawReplay),
        OptionTable("enforcement draw list", "", .cmdEnfDrawList, [.value("limit", "N", .optLimit)]),
        OptionTable("enforcement draw districts", "", .cmdEnfDrawDistricts),
        OptionTable("enforcement draw show", "ID", .cmdEnfDrawShow),
        OptionTable("enforcement table show", "ID", .cmdEnfTableShow),
        OptionTable("enforcement table fill", "ID", .cmdEnfTableFill, [
            .value("line", "N", .optEnfLine), .value("result", "RESULT", .optEnfResult), .value("remark", "TEXT", .optEnfRemark),
            .value("agency", "AGENCY", .optEnfAgency), .value("obstacle", "refused|unreachable|none", .optEnfObstacle),
        ]),
        OptionTable("enforcement table sign", "ID", .cmdEnfTableSign, [.value("agency", "AGENCY", .optEnfAgency)]),
        OptionTable("enforcement table print", "ID", .cmdEnfTablePrint, [
            .value("out", "FILE", .optPrintOut), .value("printer", "COMMAND", .optEnfPrinter),
        ]),
        OptionTable("enforcement table mine", "", .cmdEnfTableMine, [.value("limit", "N", .optLimit)]),
        OptionTable("enforcement results", "", .cmdEnfResults, [
            .value("enterprise", "ENTERPRISE", .optEnfEnterprise), .value("limit", "N", .optLimit),
        ]),
    ]
}
