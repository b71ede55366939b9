import SingleWindowKit

/// The approvals pane's and the `approvals` commands' strings.
public enum AP: String, CatalogueKey {
    // Stages
    case apStage1 = "approvals.stage.1", apStage2 = "approvals.stage.2", apStage3 = "approvals.stage.3", apStage4 = "approvals.stage.4"
    case apStageShort = "approvals.stage.short"
    // Stage states
    case apStLocked = "approvals.st.locked", apStSkipped = "approvals.st.skipped", apStOpen = "approvals.st.open"
    case apStApplied = "approvals.st.applied", apStReturned = "approvals.st.returned", apStReview = "approvals.st.review"
    case apStDecided = "approvals.st.decided"
    // Lane states
    case apLnPending = "approvals.ln.pending", apLnSupplements = "approvals.ln.supplements", apLnApproved = "approvals.ln.approved"
    case apLnConditional = "approvals.ln.conditional", apLnRejected = "approvals.ln.rejected"
    case apLnDeemedTimeout = "approvals.ln.deemedTimeout", apLnDeemedAbsent = "approvals.ln.deemedAbsent"
    case apLnEscalated = "approvals.ln.escalated", apLnBureauApproved = "approvals.ln.bureauApproved"
    case apLnBureauRejected = "approvals.ln.bureauRejected"
    // Land
    case apLandAllocated = "approvals.land.allocated", apLandMarket = "approvals.land.market"
    // Columns
    case apColProject = "approvals.col.project", apColName = "approvals.col.name", apColInvestor = "approvals.col.investor"
    case apColStage = "approvals.col.stage", apColState = "approvals.col.state", apColDepartment = "approvals.col.department"
    case apColDue = "approvals.col.due", apColDaysLeft = "approvals.col.daysLeft", apColItems = "approvals.col.items"
    case apColMaterial = "approvals.col.material", apColPresent = "approvals.col.present", apColElapsed = "approvals.col.elapsed"
    case apColPeriod = "approvals.col.period", apColCases = "approvals.col.cases", apColWhen = "approvals.col.when"
    // Words
    case apPresent = "approvals.word.present", apMissing = "approvals.word.missing", apLate = "approvals.word.late"
    case apFlagged = "approvals.word.flagged", apDaysLeftFormat = "approvals.word.daysLeft", apLateBy = "approvals.word.lateBy"
    case apProvisional = "approvals.word.provisional", apElapsedFormat = "approvals.word.elapsed"
    case apHoliday = "approvals.word.holiday", apMakeUp = "approvals.word.makeUp", apWorkingDays = "approvals.word.workingDays"
    // CLI
    case apCliRegistered = "approvals.cli.registered", apCliApplied = "approvals.cli.applied", apCliReturned = "approvals.cli.returned"
    case apCliAccepted = "approvals.cli.accepted", apCliDecided = "approvals.cli.decided", apCliTicked = "approvals.cli.ticked"
    case apCliIssued = "approvals.cli.issued", apCliPrinted = "approvals.cli.printed", apCliValid = "approvals.cli.valid"
    case apCliUnknown = "approvals.cli.unknown", apCliAltered = "approvals.cli.altered", apCliDue = "approvals.cli.due"
    case apCliCalendarLoaded = "approvals.cli.calendarLoaded", apCliCatalogueLoaded = "approvals.cli.catalogueLoaded"
    case apCliMeetingScheduled = "approvals.cli.meetingScheduled", apCliAttendance = "approvals.cli.attendance"
    case apCliMeetingClosed = "approvals.cli.meetingClosed", apCliNoWarnings = "approvals.cli.noWarnings"
    case apCliNoProjects = "approvals.cli.noProjects", apCliNoLanes = "approvals.cli.noLanes", apCliNextPage = "approvals.cli.nextPage"
    case apCliCalendarYear = "approvals.cli.calendarYear", apCliProvisionalLane = "approvals.cli.provisionalLane"
    // Printout
    case apDocTitle = "approvals.doc.title", apDocNumber = "approvals.doc.number", apDocProject = "approvals.doc.project"
    case apDocInvestor = "approvals.doc.investor", apDocSite = "approvals.doc.site", apDocStage = "approvals.doc.stage"
    case apDocItems = "approvals.doc.items", apDocOpinions = "approvals.doc.opinions", apDocConditions = "approvals.doc.conditions"
    case apDocBasis = "approvals.doc.basis", apDocDeemedTimeout = "approvals.doc.deemedTimeout"
    case apDocDeemedAbsence = "approvals.doc.deemedAbsence", apDocBureau = "approvals.doc.bureau", apDocRejected = "approvals.doc.rejected"
    case apDocDays = "approvals.doc.days", apDocIssued = "approvals.doc.issued", apDocCode = "approvals.doc.code"
    case apDocVerify = "approvals.doc.verify", apDocSeal = "approvals.doc.seal", apDocAccepted = "approvals.doc.accepted"
    // Pane
    case apTitleProjects = "approvals.pane.projects", apTitleQueue = "approvals.pane.queue", apNoProjects = "approvals.pane.noProjects"
    case apNoQueue = "approvals.pane.noQueue", apKeyOpen = "approvals.key.open", apKeyBack = "approvals.key.back"
    case apKeyApply = "approvals.key.apply", apKeyAccept = "approvals.key.accept", apKeyReturn = "approvals.key.return"
    case apKeyIssue = "approvals.key.issue", apKeyPrint = "approvals.key.print", apKeyApprove = "approvals.key.approve"
    case apKeyConditions = "approvals.key.conditions", apKeyReject = "approvals.key.reject"
    case apKeySupplements = "approvals.key.supplements", apKeySupply = "approvals.key.supply"
    case apKeyBureauApprove = "approvals.key.bureauApprove", apKeyBureauReject = "approvals.key.bureauReject"
    case apKeyWarnings = "approvals.key.warnings", apHelpApply = "approvals.help.apply", apHelpAccept = "approvals.help.accept"
    case apHelpReturn = "approvals.help.return", apHelpIssue = "approvals.help.issue", apHelpPrint = "approvals.help.print"
    case apHelpApprove = "approvals.help.approve", apHelpConditions = "approvals.help.conditions", apHelpReject = "approvals.help.reject"
    case apHelpSupplements = "approvals.help.supplements", apHelpSupply = "approvals.help.supply"
    case apHelpBureauApprove = "approvals.help.bureauApprove", apHelpBureauReject = "approvals.help.bureauReject"
    case apHelpWarnings = "approvals.help.warnings", apPromptText = "approvals.prompt.text", apPromptFile = "approvals.prompt.file"
    case apRequired = "approvals.prompt.required", apWarningsTitle = "approvals.pane.warningsTitle"
    case apNotAtWindow = "approvals.refuse.notAtWindow", apNotReviewed = "approvals.refuse.notReviewed"
    case apNoDecision = "approvals.refuse.noDecision", apNotOpen = "approvals.refuse.notOpen", apDone = "approvals.pane.done"
    case apMaterialsTitle = "approvals.pane.materials", apDecisionLine = "approvals.pane.decision"
    case apKeyMeeting = "approvals.key.meeting", apHelpMeeting = "approvals.help.meeting"
    case apPromptMeetingAt = "approvals.prompt.meetingAt", apPromptAbsent = "approvals.prompt.absent"
    case apMeetingLine = "approvals.pane.meeting", apMeetingClosed = "approvals.pane.meetingClosed"
    case apKeyView = "approvals.key.view", apHelpView = "approvals.help.view"
    case apNotInReview = "approvals.refuse.notInReview", apBadTime = "approvals.refuse.badTime"

    public static var table: [AP: (en: String, zh: String)] { ApprovalStringTable.entries }
}

extension Strings {
    public subscript(_ key: AP) -> String { lookup(key) }
    public func format(_ key: AP, _ arguments: Any...) -> String { substitute(self[key], arguments) }
}
