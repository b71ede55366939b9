import Foundation
import Presentation
import SingleWindowKit

/// `singlewindow vessels …`: the vessels pane without a terminal. Each verb makes the same
/// domain call as the pane's key for it; refusals print the domain's message.
enum VesselCommands {
    static let verbs: [String: SingleWindowCLI.Command] = [
        "create": { try guarded(&$0, create) },
        "new": { try guarded(&$0, VesselNewCommand.new) },
        "attach": { try guarded(&$0, VesselNewCommand.attach) },
        "import-crew": { try guarded(&$0) { try importList(&$0, crew: true) } },
        "import-passengers": { try guarded(&$0) { try importList(&$0, crew: false) } },
        "submit": { try guarded(&$0, submit) },
        "decide": { try guarded(&$0, decide) },
        "list": { try guarded(&$0, list) },
        "show": { try guarded(&$0, show) },
        "print": { try guarded(&$0, print) },
        "verify": { try guarded(&$0, verify) },
    ]

    /// A domain refusal is the command's answer, not a crash (`AreaCommandSupport.guarded`); a
    /// crew or passenger list says how many problems before listing them.
    static func guarded(_ context: inout CommandContext, _ body: (inout CommandContext) throws -> ExitCode) throws -> ExitCode {
        try AreaCommandSupport.guarded(&context, lines: VesselErrorText.lines,
                                       summary: { error, s in (error as? PersonListImportError).map { s.format(.cliProblems, $0.problems.count) } },
                                       failure: { error in
                                           switch error {
                                           case is VesselFileError, is FileWriteError, LaneError.stale: return true
                                           default: return false
                                           }
                                       }, body)
    }

    static func open(_ context: CommandContext) throws -> (Workspace, Operator) { try AreaCommandSupport.open(context) }

    static func word(_ context: inout CommandContext, _ what: String) throws -> String {
        try AreaCommandSupport.word(&context, "vessels", what)
    }

    static func requireCall(_ db: Database, _ id: String) throws -> VesselCall {
        guard let call = try VesselCalls.call(db, id: id) else { throw DomainError.notFound(entity: "vessel_call", id: id) }
        return call
    }

    static func report(_ context: CommandContext, _ call: VesselCall, _ text: String) throws {
        if context.json { try context.console.json(VesselJSONOutput.Call(call)) } else { context.console.print(text) }
    }

    // MARK: - Verbs

    static func create(_ context: inout CommandContext) throws -> ExitCode {
        let direction = try context.arguments.option("direction").map { raw -> CallDirection in
            guard let d = CallDirection(rawValue: raw) else { throw UsageError("--direction is arrival or departure, not \(raw)") }
            return d
        }
        let s = context.strings
        if let arrivalID = context.arguments.option("from") {
            guard direction != .arrival else { throw UsageError("--from makes a departure") }
            guard let voyageNumber = context.arguments.option("voyage") else { throw UsageError("a departure needs --voyage V") }
            try context.expectNoMoreWords()
            let (ws, actor) = try open(context)
            let arrival = try requireCall(ws.db, arrivalID)
            let crew: CrewListReuse
            switch context.arguments.option("crew") ?? "no-change" {
            case "no-change": crew = .noChange
            case let path:
                let url = VesselFilePath.url(path)
                let data: Data
                do { data = try Data(contentsOf: url) } catch {
                    throw VesselFileError.unreadable(path: path, detail: error.localizedDescription)
                }
                crew = .amended(try CrewListCSV.parse(ws.db, data: data, fileName: url.lastPathComponent))
            }
            let voyage = VesselDepartureVoyage.make(from: arrival, voyageNumber: voyageNumber, now: ws.now())
            let call = try VesselDeparture.create(ws, fromArrival: arrivalID, voyage: voyage, crew: crew, by: actor)
            try report(context, call, s.format(.cliCreated, call.id, s[.departure], call.declaration.ship.name))
            return .success
        }
        let path = try word(&context, "FILE.json (or --from CALL --voyage V)")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let file = try VesselDeclarationFile.read(path: path, now: ws.now())
        let chosen = direction ?? file.direction ?? .arrival
        let call = try VesselCalls.create(ws, direction: chosen, declaration: file.declaration, by: actor)
        try report(context, call, s.format(.cliCreated, call.id, chosen == .arrival ? s[.arrival] : s[.departure], call.declaration.ship.name))
        return .success
    }

    static func importList(_ context: inout CommandContext, crew: Bool) throws -> ExitCode {
        let id = try word(&context, "CALL")
        let path = try word(&context, "FILE.csv")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let call = try requireCall(ws.db, id)
        let url = VesselFilePath.url(path)
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw VesselFileError.unreadable(path: path, detail: error.localizedDescription) }
        let s = context.strings
        let done: VesselCall
        if crew {
            done = try VesselCalls.importCrew(ws, callID: id, expectedVersion: call.version, csv: data, fileName: url.lastPathComponent, by: actor)
        } else {
            done = try VesselCalls.importPassengers(ws, callID: id, expectedVersion: call.version, csv: data, fileName: url.lastPathComponent, by: actor)
        }
        let count = crew ? done.declaration.crew.count : done.declaration.passengers.count
        try report(context, done, s.format(.cliImported, id, count, crew ? s[.keyImportCrew] : s[.keyImportPassengers], url.lastPathComponent))
        return .success
    }

    static func submit(_ context: inout CommandContext) throws -> ExitCode {
        let id = try word(&context, "CALL")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let call = try requireCall(ws.db, id)
        let done = try VesselCalls.submit(ws, callID: id, expectedVersion: call.version, by: actor)
        try report(context, done, context.strings.format(VS.vesselCliSubmitted, id))
        return .success
    }

    static func decide(_ context: inout CommandContext) throws -> ExitCode {
        let id = try word(&context, "CALL")
        let name = try word(&context, "ACTION (query|answer|hold|release|reject)")
        guard let decision = VesselDecision(rawValue: name) else {
            throw UsageError("vessels decide: ACTION is query, answer, hold, release or reject, not \(name)")
        }
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let lanes = try VesselClearance.lanes(ws.db, callID: id)
        let agency: Agency
        if let raw = context.arguments.option("agency") {
            guard let a = Agency(rawValue: raw), VesselRuleSet.agencies.contains(a) else {
                throw UsageError("--agency is customs, inspection, border or maritime, not \(raw)")
            }
            agency = a
        } else if let own = VesselText.officerAgency(actor) {
            agency = own
        } else if decision == .answer, let only = lanes.filter({ $0.state == VesselLaneState.query.rawValue }).map(\.agency).first,
                  lanes.filter({ $0.state == VesselLaneState.query.rawValue }).count == 1 {
            agency = only
        } else {
            throw UsageError("vessels decide: say which lane with --agency")
        }
        let text = context.arguments.option("message") ?? context.arguments.option("reason") ?? ""
        let outcome = try VesselClearance.apply(decision, ws, callID: id, agency: agency, laneVersion: nil, text: text, by: actor)
        let call = try requireCall(ws.db, id)
        let laneState = try VesselClearance.lanes(ws.db, callID: id).first { $0.agency == agency }?.state ?? ""
        let clearance = outcome?.portClearance?.facts.number
        if context.json {
            try context.console.json(VesselJSONOutput.Decision(call: id, agency: agency.rawValue, action: decision.rawValue,
                                                               laneState: laneState, callState: call.state.rawValue,
                                                               portClearance: clearance))
        } else {
            let s = context.strings
            context.console.print(s.format(.cliDecided, id, agency.rawValue, laneState))
            if let clearance { context.console.print(s.format(.clearanceIssued, clearance)) } else if outcome?.call.state == .cleared {
                context.console.print(s.format(.clearedInward, id))
            }
        }
        return .success
    }

    static func list(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let state = try context.arguments.option("state").map { raw -> VesselCallState in
            guard let st = VesselCallState(rawValue: raw) else { throw UsageError("--state is draft, submitted or cleared, not \(raw)") }
            return st
        }
        let limitText = context.arguments.option("limit") ?? "50"
        guard let limit = Int(limitText), (1...1000).contains(limit) else { throw UsageError("--limit is 1 to 1000, not \(limitText)") }
        let (ws, actor) = try open(context)
        let waiting = context.arguments.switches.contains("waiting")
        if waiting, VesselText.officerAgency(actor) == nil { throw UsageError("--waiting is for officers: the calls waiting for their agency") }
        let search = VesselCallSearch.visible(to: actor, state: state, text: context.arguments.option("search") ?? "", waiting: waiting)
        // The cursor is the last call id of the previous page: its place in the order is looked up.
        var cursor: VesselCallCursor?
        if let after = context.arguments.option("after") {
            guard let row = try ws.db.queryOne("SELECT expected_at FROM vessel_call WHERE id = ?", [after]) else {
                throw UsageError("--after \(after): no such call")
            }
            cursor = VesselCallCursor(expectedAt: row.string("expected_at") ?? "", id: after)
        }
        let rows = try VesselQueries.search(ws.db, search, after: cursor, limit: limit + 1)
        let page = Array(rows.prefix(limit))
        let next = rows.count > limit ? page.last?.id : nil
        if context.json {
            try context.console.json(VesselJSONOutput.List(calls: page.map(VesselJSONOutput.Row.init), next: next))
        } else {
            let s = context.strings
            for c in page {
                context.console.print(TextColumns.line([c.id, c.shipName, c.direction.rawValue, c.voyage,
                                                        c.expectedAt.map(context.localTime.string) ?? "", VesselText.listState(c, s)],
                                                       widths: [16, 22, 10, 8, 25, 10]))
            }
            if let next { context.console.print(s.format(.cliNextPage, next)) }
        }
        return .success
    }

    static func show(_ context: inout CommandContext) throws -> ExitCode {
        let id = try word(&context, "CALL")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        guard let detail = try VesselQueries.detail(ws.db, callID: id) else { throw DomainError.notFound(entity: "vessel_call", id: id) }
        try VesselReadAccess.require(actor, detail.call)
        if context.json { try context.console.json(VesselJSONOutput.Detail(detail)) } else {
            for line in VesselTextOutput.detail(detail, context.strings, context.localTime) { context.console.print(line) }
        }
        return .success
    }

    static func print(_ context: inout CommandContext) throws -> ExitCode {
        let id = try word(&context, "CALL")
        try context.expectNoMoreWords()
        let out = context.arguments.option("out"), printer = context.arguments.option("printer")
        if out != nil && printer != nil { throw UsageError("vessels print: --out or --printer, not both") }
        if let printer, printer != PortClearanceOutput.printer { throw UsageError("--printer: only lp is supported") }
        let destination = out ?? printer ?? "stdout"
        let (ws, actor) = try open(context)
        if destination != "stdout" { try PortClearanceOutput.check(destination) }
        let printout = try PortClearances.print(ws, callID: id, destination: destination, language: context.strings.language,
                                                  localTime: context.localTime, by: actor)
        guard let clearance = try PortClearances.clearance(ws.db, callID: id) else { throw VesselError.noPortClearance(callID: id) }
        let written = destination == "stdout" ? destination : try PortClearanceOutput.deliver(printout.text, to: destination)
        if context.json {
            try context.console.json(VesselJSONOutput.Printed(number: clearance.facts.number, code: clearance.verificationCode,
                                                              destination: written, copy: printout.copy,
                                                              text: destination == "stdout" ? printout.text : nil))
        } else if destination == "stdout" {
            context.console.print(printout.text)
        } else {
            context.console.print(context.strings.format(.cliPrinted, clearance.facts.number, printout.copy, written,
                                                         clearance.verificationCode))
        }
        return .success
    }

    static func verify(_ context: inout CommandContext) throws -> ExitCode {
        let code = try word(&context, "CODE")
        try context.expectNoMoreWords()
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        let s = context.strings
        switch try PortClearances.verify(workspace.db, code: code) {
        case let .valid(c):
            let f = c.facts
            if context.json {
                try context.console.json(VesselJSONOutput.Verified(status: "valid", number: f.number, ship: f.shipName, imo: f.imo,
                                                                   voyage: f.voyage, issuedAt: f.issuedAt, crew: f.crewCount,
                                                                   passengers: f.passengerCount))
            } else {
                context.console.print(s.format(VS.vesselCliValid, f.number, f.shipName, f.imo, f.voyage,
                                               context.localTime.stringWithZone(iso: f.issuedAt)))
            }
            return .success
        case .unknownCode:
            if context.json { try context.console.json(VesselJSONOutput.Verified(status: "unknown")) } else {
                context.console.print(s.format(.cliUnknownCode, code))
            }
            return .problems
        case let .altered(number):
            if context.json { try context.console.json(VesselJSONOutput.Verified(status: "altered", number: number)) } else {
                context.console.print(s.format(.cliAltered, number))
            }
            return .problems
        }
    }
}

extension VesselCommands {
    static let commandArea = CommandArea(name: "vessels", commands: ["vessels": verbs], tables: tables)
}
