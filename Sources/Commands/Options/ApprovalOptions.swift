import Presentation

extension ApprovalCommands {
    /// The option tables of `approvals …`.
    static let tables: [OptionTable] = [
        OptionTable("approvals projects", "", .cmdApprovalProjects, [.value("after", "PROJECT", .optApprovalAfter), .value("limit", "N", .optLimit)]),
        OptionTable("approvals register", "", .cmdApprovalRegister, [
            .value("investor", "USCC", .optApprovalInvestor), .value("investor-name", "TEXT", .optApprovalInvestorName),
            .value("name", "TEXT", .optApprovalName), .value("site", "TEXT", .optApprovalSite),
            .value("district", "TEXT", .optApprovalDistrict), .value("industry", "CODE", .optApprovalIndustry),
            .value("investment", "AMOUNT", .optApprovalInvestment), .value("currency", "CODE", .optApprovalCurrency),
            .value("land", "allocated|market", .optApprovalLand), .value("contact", "TEXT", .optApprovalContact),
        ]),
        OptionTable("approvals show", "PROJECT", .cmdApprovalShow),
        OptionTable("approvals apply", "PROJECT/STAGE", .cmdApprovalApply, [
            .value("materials", "M01,M02…", .optApprovalMaterials), .value("items", "CODE,…", .optApprovalItems),
            .value("data", "ID=VALUE,…", .optApprovalData),
        ]),
        OptionTable("approvals check", "PROJECT/STAGE", .cmdApprovalCheck),
        OptionTable("approvals accept", "PROJECT/STAGE", .cmdApprovalAccept),
        OptionTable("approvals return", "PROJECT/STAGE", .cmdApprovalReturn, [.value("missing", "M01,…", .optApprovalMissing)]),
        OptionTable("approvals decide", "PROJECT/STAGE approve|conditions|reject|supplements|supply|bureau-approve|bureau-reject|reapply",
                    .cmdApprovalDecide, [
            .value("department", "CODE", .optApprovalDepartment), .value("text", "TEXT", .optApprovalText),
            .value("items", "CODE,…", .optApprovalRejectItems),
        ]),
        OptionTable("approvals queue", "", .cmdApprovalQueue, [
            .value("department", "CODE", .optApprovalDepartment), .value("after", "DEADLINE,ID", .optApprovalQueueAfter),
            .value("limit", "N", .optLimit),
        ]),
        OptionTable("approvals tick", "", .cmdApprovalTick),
        OptionTable("approvals verify", "CODE", .cmdApprovalVerify),
        OptionTable("approvals meeting schedule", "PROJECT/STAGE", .cmdApprovalMeetingSchedule, [.value("at", "\"YYYY-MM-DD HH:MM\"", .optApprovalAt)]),
        OptionTable("approvals meeting attendance", "PROJECT/STAGE", .cmdApprovalMeetingAttendance, [
            .value("department", "CODE", .optApprovalDepartment), .flag("present", .optApprovalPresent), .flag("absent", .optApprovalAbsent),
        ]),
        OptionTable("approvals meeting close", "PROJECT/STAGE", .cmdApprovalMeetingClose),
        OptionTable("approvals decision issue", "PROJECT/STAGE", .cmdApprovalDecisionIssue),
        OptionTable("approvals decision print", "PROJECT/STAGE", .cmdApprovalDecisionPrint, [
            .value("out", "FILE", .optPrintOut), .value("printer", "COMMAND", .optApprovalPrinter),
        ]),
        OptionTable("approvals decision verify", "CODE", .cmdApprovalVerify),
        OptionTable("approvals calendar show", "YEAR", .cmdApprovalCalendarShow),
        OptionTable("approvals calendar due", "DATE N", .cmdApprovalCalendarDue),
        OptionTable("approvals calendar load", "FILE", .cmdApprovalCalendarLoad),
        OptionTable("approvals warnings list", "", .cmdApprovalWarnings, [.value("department", "CODE", .optApprovalDepartment)]),
        OptionTable("approvals catalogue load", "DIR", .cmdApprovalCatalogueLoad),
    ]
}
