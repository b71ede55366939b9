import Foundation
import Presentation
import SingleWindowKit
import TextWidth

/// `singlewindow review …`: the officers' queue and decisions, headless. Every verb calls the
/// same domain API a queue pane calls (`ReviewQueue`, `Review`, `InspectionSlots`, `ReviewCases`).
enum ReviewCommands {
    static let verbs: [String: SingleWindowCLI.Command] = [
        "queue": queue,
        "tasks": tasks,
        "show": show,
        "claim": claim,
        "unclaim": unclaim,
        "decide": decide,
        "pay": pay,
        "withdraw": withdraw,
        "book": book,
        "slots": slots,
        "offer": offer,
        "rules": RiskRuleCommands.run,
    ]

    // MARK: - queue

    /// `review queue [--agency A] [--state S|--view action|waiting|done] [--channel C] [--credit K]
    /// [--trader USCC|--trader-name NAME] [--chapter HS2] [--from DATE] [--until DATE] [--search NUMBER|B/L] [--mine]
    /// [--sort oldest|newest] [--after CURSOR|--before CURSOR|--since DATE|--first|--last] [--limit N]`
    static func queue(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let s = try DeclarationCommands.session(context)
        let filter = try queueFilter(context, actor: s.actor, db: s.workspace.db)
        let limit = try context.intOption("limit", default: 20, range: 1...1000)
        let page = try ReviewQueue.page(s.workspace, filter: filter, position: try position(context), limit: limit, by: s.actor)
        if context.json {
            try context.console.json(QueueOutput(page))
        } else {
            for row in page.rows {
                context.console.print(TextColumns.line([
                    row.number ?? "#\(row.declarationID)", row.state, row.channel, row.creditClass, row.traderName, row.hsChapter,
                    context.localTime.string(row.waitingSince), row.claimedBy ?? "",
                ], widths: [20, 19, 22, 20, 26, 4, 18, 10]))
            }
            printPageEnds(page, context)
        }
        return .success
    }

    static func queueFilter(_ context: CommandContext, actor: Operator, db: Database) throws -> QueueFilter {
        let args = context.arguments
        var agency: Agency
        if let text = args.option("agency") {
            agency = try reviewAgency(text)
        } else {
            guard let implied = actor.role.declarationReviewAgency else {
                throw UsageError("--agency customs|inspection is needed for \(actor.id)")
            }
            agency = implied
        }
        var filter = QueueFilter(agency: agency)
        if let text = args.option("view") {
            guard let bucket = QueueBucket(rawValue: text) else { throw UsageError("--view must be action, waiting or done") }
            filter.bucket = bucket
        }
        if let text = args.option("state") {
            guard let state = ReviewState(rawValue: text) else {
                throw UsageError("--state must be one of \(ReviewState.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            filter.state = state
        }
        if let text = args.option("channel") {
            let known = Channel.allCases.map(\.rawValue) + ReleaseMode.allCases.map(\.rawValue)
            guard known.contains(text) else { throw UsageError("--channel must be one of \(known.joined(separator: ", "))") }
            filter.channel = text
        }
        // The same checks as the pane's filter form: a wrong value is an error, never an empty page.
        if let text = args.option("credit") {
            let known = ReviewFilterInput.creditChoices(db, .en).map(\.code)
            guard known.contains(text) else { throw UsageError("--credit must be one of \(known.joined(separator: ", "))") }
            filter.creditClass = text
        }
        if let text = args.option("trader") {
            let code = USCC.normalized(text)
            guard USCC.isValid(code) else { throw UsageError("--trader \(text) is not a valid USCC (use --trader-name for a name)") }
            filter.traderID = code
        }
        if let text = args.option("trader-name"), !text.isEmpty { filter.traderName = text }
        if let text = args.option("chapter") {
            guard ReviewFilterInput.isChapter(text) else { throw UsageError("--chapter must be two digits 01–97") }
            filter.hsChapter = text
        }
        filter.from = try args.option("from").map { try date($0, "from", context.localTime.zone) }
        filter.until = try args.option("until").map { try date($0, "until", context.localTime.zone) }
        if let from = filter.from, let until = filter.until, until < from { throw UsageError("--until is before --from") }
        filter.search = args.option("search") ?? ""
        if args.has("mine") { filter.claimedBy = actor.id }
        if let text = args.option("sort") {
            guard let sort = QueueSort(rawValue: text) else { throw UsageError("--sort must be oldest or newest") }
            filter.sort = sort
        }
        return filter
    }

    static func position(_ context: CommandContext) throws -> QueuePosition {
        let args = context.arguments
        if let p = try cursorPosition(args, QueueCursor.init(text:), after: QueuePosition.after, before: QueuePosition.before) {
            return p
        }
        if let text = args.option("since") { return .since(try date(text, "since", context.localTime.zone)) }
        return args.has("last") ? .last : .first
    }

    /// YYYY-MM-DD (the start of that day where the workstation is, as on screen) or a full
    /// stored timestamp.
    static func date(_ text: String, _ name: String, _ zone: TimeZone) throws -> Date {
        if let d = Timestamp.date(text) ?? ReviewFilterInput.parseDay(text, zone) { return d }
        throw UsageError("--\(name) must be a date YYYY-MM-DD")
    }

    // MARK: - tasks

    /// `review tasks [--booked|--unbooked|--view booked|unbooked|all] [--due|--mine] [--day YYYY-MM-DD]
    /// [--agency A] [--after CURSOR|--before CURSOR|--first|--last] [--limit N]`: the joint
    /// inspections by appointment time. `--mine` is "my agency's result due", as `--due`.
    static func tasks(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let s = try DeclarationCommands.session(context)
        let filter = try taskFilter(context)
        let limit = try context.intOption("limit", default: 20, range: 1...1000)
        let page = try JointTasks.page(s.workspace, filter: filter, position: try taskPosition(context), limit: limit, by: s.actor)
        if context.json {
            try context.console.json(TasksOutput(page))
            return .success
        }
        for row in page.rows {
            let results = row.agencies.map { "\($0.rawValue) \(row.results[$0] == nil ? "due" : "done")" }.joined(separator: ", ")
            context.console.print(TextColumns.line([
                row.appointment.map { "\($0.day) \($0.start)" } ?? "not booked", row.number ?? "#\(row.declarationID)", row.place,
                row.agencies.map(\.rawValue).joined(separator: "+"), results, row.bookedBy ?? "", row.isReleased ? "released" : "",
            ], widths: [18, 20, 22, 20, 30, 10, 9]))
        }
        printPageEnds(page, context)
        return .success
    }

    static func taskFilter(_ context: CommandContext) throws -> JointTaskFilter {
        let args = context.arguments
        var filter = JointTaskFilter()
        if let text = args.option("agency") { filter.agency = try reviewAgency(text) }
        if args.has("booked") && args.has("unbooked") { throw UsageError("--booked and --unbooked exclude each other") }
        if args.has("booked") { filter.booking = .booked }
        if args.has("unbooked") { filter.booking = .unbooked }
        if let text = args.option("view") {
            guard let booking = JointTaskBooking(rawValue: text) else { throw UsageError("--view must be booked, unbooked or all") }
            filter.booking = booking
        }
        filter.due = args.has("due") || args.has("mine")
        if let day = args.option("day") {
            guard InspectionSlots.isDay(day) else { throw UsageError("--day must be a date YYYY-MM-DD") }
            filter.day = day
        }
        return filter
    }

    static func taskPosition(_ context: CommandContext) throws -> JointTaskPosition {
        let args = context.arguments
        if let p = try cursorPosition(args, JointTaskCursor.init(text:), after: JointTaskPosition.after,
                                      before: JointTaskPosition.before) {
            return p
        }
        return args.has("last") ? .last : .first
    }

    /// `--agency customs|inspection`: the two agencies that review declarations.
    static func reviewAgency(_ text: String) throws -> Agency {
        guard let a = Agency(rawValue: text), a == .customs || a == .inspection else {
            throw UsageError("--agency must be customs or inspection")
        }
        return a
    }

    /// `--after CURSOR` or `--before CURSOR` (the first given wins), as the page position `after` or
    /// `before` makes of it; nil when neither is given.
    static func cursorPosition<C, P>(_ args: ParsedArguments, _ parse: (String) -> C?,
                                     after: (C) -> P, before: (C) -> P) throws -> P? {
        func cursor(_ name: String) throws -> C? {
            guard let text = args.option(name) else { return nil }
            guard let c = parse(text) else { throw UsageError("--\(name) takes the cursor a previous page printed") }
            return c
        }
        if let c = try cursor("after") { return after(c) }
        if let c = try cursor("before") { return before(c) }
        return nil
    }

    /// Below a printed page: "(empty)", and the cursors to the pages either side where there are some.
    static func printPageEnds(_ page: some KeysetPage, _ context: CommandContext) {
        if page.isEmpty { context.console.print("(empty)") }
        if let c = page.previousCursor { context.console.print("previous: --before \(c)") }
        if let c = page.nextCursor { context.console.print("next: --after \(c)") }
    }

    // MARK: - show

    /// `review show ID`: lanes with versions, why the rules routed it, the joint inspection, the release.
    static func show(_ context: inout CommandContext) throws -> ExitCode {
        let (id, s) = try declarationSession(&context)
        let c = try ReviewCases.show(s.workspace, declarationID: id, by: s.actor)
        let language = context.strings.language
        if context.arguments.has("projection") { return try projection(c.declaration, context, s) }
        if context.json {
            try context.console.json(CaseOutput(c, language: language))
            return .success
        }
        let d = c.declaration
        context.console.print("\(d.number ?? "#\(d.id)")  \(d.scope.rawValue)  rev \(d.revision)  trader \(d["traderName"]) [\(c.creditClass)]")
        for lane in c.lanes {
            let route = lane.detail["channel"] ?? lane.detail["release_mode"] ?? ""
            let duty = lane.detail["duty"].flatMap { $0.isEmpty ? nil : "  duty \($0)" + (lane.detail["paid_at"].map { $0.isEmpty ? "" : " paid" } ?? "") }
            context.console.print("  \(lane.agency.rawValue): \(lane.state)  \(route)  v\(lane.version)"
                                  + (lane.claimedBy.map { "  claimed by \($0)" } ?? "") + (duty ?? ""))
            if lane.agency == .customs {
                switch c.duty {
                case .dutiable: context.console.print("    dutiable (levy nature \(d["levyNature"]))")
                case let .dutyFreeLevyNature(levy): context.console.print("    duty-free: levy nature \(levy) charges no duty")
                case .zeroRate: context.console.print("    no duty: rate 0 on every goods line")
                }
                if let g = c.guarantee {
                    context.console.print("    guarantee \(g.text)" + (g.isValid(on: c.today) ? "" : " — expired, does not count"))
                }
            }
            for reason in c.reasons where reason.agency == lane.agency && reason.decisive {
                context.console.print("    ← \(reason.ruleKey) v\(reason.ruleVersion): \(reason.text(language))")
            }
            if let sampled = c.assessments.first(where: { $0.verdict.agency == lane.agency && $0.verdict.sampled != nil }) {
                context.console.print("    sampling draw \(sampled.verdict.samplingDraw ?? 0) < \(sampled.verdict.samplingBasisPoints)? "
                                      + "\(sampled.verdict.sampled == true ? "sampled" : "not sampled") (seed \(sampled.verdict.seed))")
            }
        }
        if let joint = c.jointInspection {
            let when = c.bookedSlot.map { ", booked \($0.day) \($0.start)" + (joint.bookedBy.map { " by \($0)" } ?? "") }
                ?? (joint.slotID.map { ", slot \($0)" } ?? ", not booked")
            context.console.print("  joint inspection at \(joint.place)" + when)
            for item in joint.items { context.console.print("    [\(item.agencies.map(\.rawValue).joined(separator: "+"))] \(item.text)") }
            for (agency, result) in joint.results.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                context.console.print("    result \(agency.rawValue): \(result)")
            }
        }
        for task in c.supervisionTasks { context.console.print("  supervision: \(task)") }
        let h = c.traderHistory
        context.console.print("  trader, 12 months: \(h.submitted) submitted, \(h.returned) returned, \(h.inspected) inspected, "
                              + "\(h.rejected) rejected, \(h.released) released")
        if let diff = c.revisionDiff, !diff.isEmpty {
            context.console.print("  changed since revision \(diff.fromRevision):")
            for f in diff.header { context.console.print("    \(f.key): \(f.old) → \(f.new)") }
            for g in diff.goods { context.console.print("    goods line \(g.lineNo) \(g.kind.rawValue) \(g.keys.joined(separator: ","))") }
            if diff.containersChanged > 0 { context.console.print("    containers changed: \(diff.containersChanged)") }
            if diff.documentsChanged > 0 { context.console.print("    documents changed: \(diff.documentsChanged)") }
        }
        context.console.print(c.releasedAt.map { "  released \(context.localTime.stringWithZone($0))" } ?? "  not released")
        return .success
    }

    // MARK: - claim / decide

    /// The lane version to decide on: `--lane-version` as seen on screen, else the current one (the
    /// command is then its own load).
    static func version(_ context: CommandContext, _ s: DeclarationCommands.Session, _ id: Int64) throws -> Int64 {
        if let text = context.arguments.option("lane-version") {
            guard let v = Int64(text) else { throw UsageError("--lane-version must be a whole number") }
            return v
        }
        let agency = try agencyOf(s.actor)
        guard let lane = try Lanes.lane(s.workspace.db, kind: .declaration, caseID: String(id), agency: agency) else {
            throw ReviewError.noLane(declarationID: id, agency: agency)
        }
        return lane.version
    }

    /// `review show ID --projection [--agency A]`: the declaration as the agency received it,
    /// the same projection as the review screen's `p` page.
    static func projection(_ d: Declaration, _ context: CommandContext, _ s: DeclarationCommands.Session) throws -> ExitCode {
        let agency: Agency
        if let text = context.arguments.option("agency") {
            guard let a = Agency(rawValue: text), a == .customs || a == .inspection else { throw UsageError("--agency must be customs or inspection") }
            agency = a
        } else {
            guard let own = s.actor.role.declarationReviewAgency else { throw UsageError("--agency customs|inspection is needed for \(s.actor.id)") }
            agency = own
        }
        let reference = DeclarationReference(db: s.workspace.db)
        let p = agency == .inspection ? try InspectionProjection.make(d, reference: reference) : try CustomsProjection.make(d, reference: reference)
        func object(_ items: [AgencyProjection.Item]) -> [String: String] {
            Dictionary(items.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        if context.json {
            try context.console.json(ProjectionOutput(agency: agency.rawValue, header: object(p.header), goods: p.goods.map(object),
                                                      containers: p.containers.map(object), documents: p.documents.map(object)))
            return .success
        }
        let language = context.strings.language
        func print(_ items: [AgencyProjection.Item], indent: String) {
            for item in items {
                context.console.print("\(indent)\(FieldCatalogue.field(item.key)?.label(language) ?? item.key): \(item.value)")
            }
        }
        context.console.print("\(d.number ?? "#\(d.id)") as received by \(agency.rawValue)")
        print(p.header, indent: "  ")
        for (n, line) in p.goods.enumerated() {
            context.console.print("  goods line \(n + 1)")
            print(line, indent: "    ")
        }
        for (title, rows) in [("containers", p.containers), ("documents", p.documents)] where !rows.isEmpty {
            context.console.print("  \(title)")
            for row in rows { context.console.print("    " + row.map(\.value).joined(separator: " · ")) }
        }
        return .success
    }

    /// `review VERB ID` with no more words: the declaration id and the session to act in.
    static func declarationSession(_ context: inout CommandContext) throws -> (id: Int64, session: DeclarationCommands.Session) {
        let id = try context.declarationID()
        try context.expectNoMoreWords()
        return (id, try DeclarationCommands.session(context))
    }

    static func agencyOf(_ actor: Operator) throws -> Agency {
        guard let agency = actor.role.declarationReviewAgency else { throw ReviewError.wrongAgency(operatorID: actor.id, agency: actor.agency) }
        return agency
    }

    static func claim(_ context: inout CommandContext) throws -> ExitCode {
        try claimOrUnclaim(&context, Review.claim(_:declarationID:expectedVersion:by:))
    }

    static func unclaim(_ context: inout CommandContext) throws -> ExitCode {
        try claimOrUnclaim(&context, Review.unclaim(_:declarationID:expectedVersion:by:))
    }

    /// `review claim|unclaim ID [--lane-version V]`: the officer's lane after the action.
    static func claimOrUnclaim(_ context: inout CommandContext,
                               _ action: (Workspace, Int64, Int64, Operator) throws -> Lane) throws -> ExitCode {
        let (id, s) = try declarationSession(&context)
        let lane = try action(s.workspace, id, try version(context, s, id), s.actor)
        return try printLane(lane, released: false, context)
    }

    /// `review decide ID --action return|order-inspection|record-result|assess-duty|guarantee|release|reject
    /// [--reason T] [--instruction T] [--result T] [--amount N [--currency C]] [--number N --amount CNY --until DAY]
    /// [--version V]`
    static func decide(_ context: inout CommandContext) throws -> ExitCode {
        let id = try context.declarationID()
        try context.expectNoMoreWords()
        let args = context.arguments
        let decision: ReviewDecision
        switch args.option("action") {
        case "return": decision = .returnForCorrection(reason: try text(args, "reason"))
        case "order-inspection": decision = .orderInspection(InspectionInstruction(try text(args, "instruction")))
        case "record-result": decision = .recordResult(try text(args, "result"))
        case "assess-duty":
            var amount: Decimal?
            if let a = args.option("amount") {
                guard let parsed = Decimal(string: a, locale: Locale(identifier: "en_US_POSIX")) else { throw UsageError("--amount must be a number") }
                amount = parsed
            }
            decision = .assessDuty(amount: amount, currency: args.option("currency"))
        case "guarantee":
            let amountText = try text(args, "amount")
            guard let amount = Decimal(string: amountText, locale: Locale(identifier: "en_US_POSIX")) else {
                throw UsageError("--amount must be a number (CNY)")
            }
            decision = .recordGuarantee(DutyGuarantee(number: try text(args, "number"), amount: amount, validUntil: try text(args, "until")))
        case "release": decision = .release
        case "reject": decision = .reject(reason: try text(args, "reason"))
        default:
            throw UsageError("--action must be return, order-inspection, record-result, assess-duty, guarantee, release or reject")
        }
        let s = try DeclarationCommands.session(context)
        let outcome = try Review.decide(s.workspace, declarationID: id, expectedVersion: try version(context, s, id),
                                        decision: decision, by: s.actor)
        return try printLane(outcome.lane, released: outcome.declarationReleased, context)
    }

    static func text(_ args: ParsedArguments, _ name: String) throws -> String {
        guard let value = args.option(name), !value.trimmed.isEmpty else {
            throw UsageError("this action needs --\(name)")
        }
        return value
    }

    static func printLane(_ lane: Lane, released: Bool, _ context: CommandContext) throws -> ExitCode {
        if context.json {
            try context.console.json(LaneOutput(lane, declarationReleased: released))
        } else {
            context.console.print("\(lane.agency.rawValue): \(lane.state)  v\(lane.version)" + (lane.claimedBy.map { "  claimed by \($0)" } ?? "")
                                  + (released ? "  — declaration released" : ""))
        }
        return .success
    }

    // MARK: - the broker's verbs

    static func pay(_ context: inout CommandContext) throws -> ExitCode {
        let (id, s) = try declarationSession(&context)
        let outcome = try Review.pay(s.workspace, declarationID: id, by: s.actor)
        return try printLane(outcome.lane, released: outcome.declarationReleased, context)
    }

    static func withdraw(_ context: inout CommandContext) throws -> ExitCode {
        let (id, s) = try declarationSession(&context)
        for lane in try Review.withdraw(s.workspace, declarationID: id, reason: try text(context.arguments, "reason"), by: s.actor) {
            _ = try printLane(lane, released: false, context)
        }
        return .success
    }

    /// `review book ID --slot SLOT`: the broker books the joint inspection.
    static func book(_ context: inout CommandContext) throws -> ExitCode {
        let id = try context.declarationID()
        try context.expectNoMoreWords()
        guard let slot = context.arguments.option("slot").flatMap(Int64.init) else { throw UsageError("review book needs --slot SLOT (see review slots ID)") }
        let s = try DeclarationCommands.session(context)
        let joint = try InspectionSlots.book(s.workspace, declarationID: id, slotID: slot, by: s.actor)
        if context.json {
            try context.console.json(["declarationID": String(id), "slot": String(slot), "place": joint.place])
        } else {
            context.console.print("joint inspection \(joint.id) booked: slot \(slot) at \(joint.place)")
        }
        return .success
    }

    /// `review slots ID`: the slots with room at the declaration's inspection place.
    static func slots(_ context: inout CommandContext) throws -> ExitCode {
        let (id, s) = try declarationSession(&context)
        let c = try ReviewCases.show(s.workspace, declarationID: id, by: s.actor)
        guard c.jointInspection != nil else { throw UsageError("declaration \(id) has no inspection ordered") }
        if context.json {
            try context.console.json(c.offeredSlots.map { ["id": String($0.id), "place": $0.place, "day": $0.day, "start": $0.start,
                                                           "free": String($0.capacity - $0.booked)] })
        } else {
            for slot in c.offeredSlots {
                context.console.print("\(slot.id)  \(slot.day) \(slot.start)  \(slot.place)  \(slot.capacity - slot.booked) free")
            }
            if c.offeredSlots.isEmpty { context.console.print("(no slots offered)") }
        }
        return .success
    }

    /// `review offer --place P --day YYYY-MM-DD --times 09:00,14:00 [--capacity N]`: an officer offers slots.
    static func offer(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let args = context.arguments
        let place = try text(args, "place"), day = try text(args, "day")
        let times = try text(args, "times").split(separator: ",").map { $0.trimmed }
        let capacity = try context.intOption("capacity", default: 1, range: 0...1000)
        let s = try DeclarationCommands.session(context)
        let offered = try InspectionSlots.offer(s.workspace, place: place, day: day, starts: times, capacity: capacity, by: s.actor)
        for slot in offered { context.console.print("\(slot.id)  \(slot.day) \(slot.start)  \(slot.place)  capacity \(slot.capacity)") }
        return .success
    }
}

// MARK: - Pages

/// A keyset page as the review verbs print it: whether it has rows, and the cursor texts to pass as
/// `--before`/`--after` for the pages either side (nil where there is no such page).
protocol KeysetPage {
    var isEmpty: Bool { get }
    var previousCursor: String? { get }
    var nextCursor: String? { get }
}

extension QueuePage: KeysetPage {
    var isEmpty: Bool { rows.isEmpty }
    var previousCursor: String? { hasPrevious ? firstCursor?.text : nil }
    var nextCursor: String? { hasNext ? lastCursor?.text : nil }
}

extension JointTaskPage: KeysetPage {
    var isEmpty: Bool { rows.isEmpty }
    var previousCursor: String? { hasPrevious ? firstCursor?.text : nil }
    var nextCursor: String? { hasNext ? lastCursor?.text : nil }
}

// MARK: - JSON shapes

struct QueueOutput: Encodable {
    struct Item: Encodable {
        var declarationID: Int64, laneID: Int64, laneVersion: Int64
        var number: String?, state: String, channel: String, creditClass: String, traderID: String, traderName: String
        var hsChapter: String, billNo: String, waitingSince: String, claimedBy: String?
    }
    var items: [Item]
    var previous: String?
    var next: String?

    init(_ page: QueuePage) {
        items = page.rows.map { Item(declarationID: $0.declarationID, laneID: $0.laneID, laneVersion: $0.laneVersion, number: $0.number,
                                     state: $0.state, channel: $0.channel, creditClass: $0.creditClass, traderID: $0.traderID,
                                     traderName: $0.traderName, hsChapter: $0.hsChapter, billNo: $0.billNo,
                                     waitingSince: $0.cursor.key, claimedBy: $0.claimedBy) }
        previous = page.previousCursor
        next = page.nextCursor
    }
}

struct TasksOutput: Encodable {
    struct Item: Encodable { var agencies: [String], text: String }
    struct Task: Encodable {
        var jointID: Int64, declarationID: Int64, number: String?, billNo: String, traderName: String, place: String
        var items: [Item]
        var agencies: [String]
        var day: String?, start: String?, bookedBy: String?
        var results: [String: String]
        var due: [String]
        var released: Bool
        var cursor: String
    }
    var items: [Task]
    var previous: String?
    var next: String?

    init(_ page: JointTaskPage) {
        items = page.rows.map { r in
            Task(jointID: r.jointID, declarationID: r.declarationID, number: r.number, billNo: r.billNo, traderName: r.traderName,
                 place: r.place, items: r.items.map { Item(agencies: $0.agencies.map(\.rawValue), text: $0.text) },
                 agencies: r.agencies.map(\.rawValue), day: r.appointment?.day, start: r.appointment?.start, bookedBy: r.bookedBy,
                 results: Dictionary(uniqueKeysWithValues: r.results.map { ($0.key.rawValue, $0.value) }),
                 due: r.agencies.filter { r.isDue($0) }.map(\.rawValue), released: r.isReleased, cursor: r.cursor.text)
        }
        previous = page.previousCursor
        next = page.nextCursor
    }
}

struct LaneOutput: Encodable {
    var agency: String, state: String, version: Int64, claimedBy: String?, detail: [String: String], declarationReleased: Bool
    init(_ lane: Lane, declarationReleased: Bool) {
        agency = lane.agency.rawValue; state = lane.state; version = lane.version; claimedBy = lane.claimedBy
        detail = lane.detail; self.declarationReleased = declarationReleased
    }
}

struct CaseOutput: Encodable {
    struct Reason: Encodable { var agency: String, rule: String, version: Int, outcome: String, decisive: Bool, reason: String }
    struct Draw: Encodable { var agency: String, outcome: String, seed: String, sampled: Bool?, samplingDraw: Int?, samplingRate: Int }
    var id: Int64, number: String?, revision: Int, creditClass: String
    var lanes: [LaneOutput]
    var reasons: [Reason]
    var draws: [Draw]
    var jointInspection: [String: String]?
    var releasedAt: String?
    var traderHistory: [String: Int]
    var changes: [String]
    /// "dutiable", "duty-free" or "zero-rate"; the duty-free levy nature; the guarantee on file.
    var duty: String
    var dutyFreeLevyNature: String?
    var guarantee: [String: String]?

    init(_ c: ReviewCase, language: Language) {
        id = c.declaration.id; number = c.declaration.number; revision = c.declaration.revision; creditClass = c.creditClass
        lanes = c.lanes.map { LaneOutput($0, declarationReleased: c.releasedAt != nil) }
        reasons = c.reasons.map { Reason(agency: $0.agency.rawValue, rule: $0.ruleKey, version: $0.ruleVersion, outcome: $0.outcome,
                                         decisive: $0.decisive, reason: $0.text(language)) }
        draws = c.assessments.map { Draw(agency: $0.verdict.agency.rawValue, outcome: $0.verdict.outcome, seed: String($0.verdict.seed),
                                         sampled: $0.verdict.sampled, samplingDraw: $0.verdict.samplingDraw,
                                         samplingRate: $0.verdict.samplingBasisPoints) }
        jointInspection = c.jointInspection.map { j in
            ["id": String(j.id), "place": j.place, "slot": j.slotID.map { String($0) } ?? "",
             "appointment": c.bookedSlot.map { "\($0.day) \($0.start)" } ?? "", "bookedBy": j.bookedBy ?? "",
             "items": j.items.map { "[\($0.agencies.map(\.rawValue).joined(separator: "+"))] \($0.text)" }.joined(separator: "; ")]
        }
        releasedAt = c.releasedAt.map(Timestamp.string)
        let h = c.traderHistory
        traderHistory = ["submitted": h.submitted, "returned": h.returned, "inspected": h.inspected,
                         "rejected": h.rejected, "released": h.released]
        changes = (c.revisionDiff?.header.map { "\($0.key): \($0.old) → \($0.new)" } ?? [])
            + (c.revisionDiff?.goods.map { "goods line \($0.lineNo) \($0.kind.rawValue) \($0.keys.joined(separator: ","))" } ?? [])
        switch c.duty {
        case .dutiable: duty = "dutiable"
        case let .dutyFreeLevyNature(levy): duty = "duty-free"; dutyFreeLevyNature = levy
        case .zeroRate: duty = "zero-rate"
        }
        guarantee = c.guarantee.map { ["number": $0.number, "amountCNY": DutyRates.format($0.amount), "validUntil": $0.validUntil,
                                       "valid": $0.isValid(on: c.today) ? "yes" : "no"] }
    }
}

struct ProjectionOutput: Encodable {
    var agency: String
    var header: [String: String]
    var goods: [[String: String]]
    var containers: [[String: String]]
    var documents: [[String: String]]
}
