import Presentation

extension ReviewCommands {
    /// The option tables of `review …` (and `review rules …`, `RiskRuleCommands.tables`).
    static let tables: [OptionTable] = {
        let paging: [CommandOption] = [
            .value("after", "CURSOR", .optAfterCursor), .value("before", "CURSOR", .optBeforeCursor),
            .flag("first", .optFirst), .flag("last", .optLast), .value("limit", "N", .optLimit),
        ]
        let laneVersion = CommandOption.value("lane-version", "V", .optLaneVersion)
        return [
            OptionTable("review queue", "", .cmdReviewQueue, [
                .value("agency", "AGENCY", .optReviewAgency), .value("view", "action|waiting|done", .optQueueView),
                .value("state", "STATE", .optQueueState), .value("channel", "C", .optChannel), .value("credit", "K", .optCredit),
                .value("trader", "USCC", .optTrader), .value("trader-name", "NAME", .optTraderName),
                .value("chapter", "HS", .optChapter), .value("from", "YYYY-MM-DD", .optFromDay),
                .value("until", "YYYY-MM-DD", .optUntilDay), .value("search", "NUMBER|B/L", .optQueueSearch),
                .flag("mine", .optMine), .value("sort", "oldest|newest", .optSort), .value("since", "YYYY-MM-DD", .optSince),
            ] + paging),
            OptionTable("review tasks", "", .cmdReviewTasks, [
                .value("agency", "AGENCY", .optTaskAgency), .value("view", "booked|unbooked|all", .optTaskView),
                .flag("booked", .optBooked), .flag("unbooked", .optUnbooked), .flag("due", .optDue), .flag("mine", .optMineDue),
                .value("day", "YYYY-MM-DD", .optTaskDay),
            ] + paging),
            OptionTable("review show", "ID", .cmdReviewShow, [
                .flag("projection", .optProjection), .value("agency", "AGENCY", .optProjectionAgency),
            ]),
            OptionTable("review claim", "ID", .cmdReviewClaim, [laneVersion]),
            OptionTable("review unclaim", "ID", .cmdReviewUnclaim, [laneVersion]),
            OptionTable("review decide", "ID", .cmdReviewDecide, [
                .value("action", "ACTION", .optAction), .value("reason", "TEXT", .optDecideReason),
                .value("instruction", "TEXT", .optInstruction), .value("result", "TEXT", .optResult),
                .value("amount", "N", .optAmount), .value("currency", "C", .optCurrency),
                .value("number", "N", .optGuaranteeNumber), .value("until", "YYYY-MM-DD", .optGuaranteeUntil), laneVersion,
            ]),
            OptionTable("review pay", "ID", .cmdReviewPay),
            OptionTable("review withdraw", "ID", .cmdReviewWithdraw, [.value("reason", "TEXT", .optWithdrawReason)]),
            OptionTable("review book", "ID", .cmdReviewBook, [.value("slot", "SLOT", .optSlot)]),
            OptionTable("review slots", "ID", .cmdReviewSlots),
            OptionTable("review offer", "", .cmdReviewOffer, [
                .value("place", "PLACE", .optPlace), .value("day", "YYYY-MM-DD", .optOfferDay),
                .value("times", "HH:MM,…", .optTimes), .value("capacity", "N", .optCapacity),
            ]),
        ] + RiskRuleCommands.tables
    }()
}

extension RiskRuleCommands {
    static let tables: [OptionTable] = [
        OptionTable("review rules list", "", .cmdRulesList, [
            .value("agency", "AGENCY", .optRulesAgency), .flag("all", .optAllRules),
        ]),
        OptionTable("review rules history", "KEY", .cmdRulesHistory),
        OptionTable("review rules set", "KEY", .cmdRulesSet, [
            .value("note", "WHY", .optNote), .value("agency", "AGENCY", .optNewRuleAgency),
            .value("priority", "N", .optPriority), .value("credit", "a,b", .optRuleCredit), .value("hs", "0306,03", .optHS),
            .value("origin", "IND,ECU", .optOrigin), .value("scope", "LIST", .optScope), .value("outcome", "X", .optOutcome),
            .value("select-rate", "PCT", .optSelectRate), .value("sampling-rate", "PCT", .optSamplingRate),
            .value("reason-en", "TEXT", .optReasonEn), .value("reason-zh", "TEXT", .optReasonZh),
            .value("active", "yes|no", .optActive),
        ]),
        OptionTable("review rules try", "ID", .cmdRulesTry, [.value("agency", "AGENCY", .optTryAgency)]),
    ]
}
