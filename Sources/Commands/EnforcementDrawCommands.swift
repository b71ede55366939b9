import Foundation
import Presentation
import SingleWindowKit
import TextWidth

/// `enforcement draw …`, `enforcement table …` and `enforcement results`.
extension EnforcementCommands {
    /// The draw's settings; `running` reads the seed and the reason too (`draw run` only).
    static func parameters(_ context: CommandContext, running: Bool = false) throws -> DrawParameters {
        let a = context.arguments
        let yearText = try required(context, "year")
        guard let year = Int(yearText) else { throw UsageError(context.strings.message("enforcement.draw.year", [yearText])) }
        let ratioText = try required(context, "ratio")
        guard let ratio = DrawParameters.basisPoints(percent: ratioText) else {
            throw UsageError(context.strings.message("enforcement.draw.ratio", [ratioText]))
        }
        var focus = 10_000
        if let f = a.option("focus"), f != "all" {
            guard let bp = DrawParameters.basisPoints(percent: f) else { throw UsageError(context.strings.message("enforcement.draw.ratio", [f])) }
            focus = bp
        }
        let seed = try (running ? a.option("seed") : nil).map { t -> UInt64 in
            guard let s = UInt64(t) else { throw UsageError("--seed is a whole number 0…18446744073709551615") }
            return s
        }
        let district = a.option("district") ?? ""
        if let problem = AdministrativeDivision.scopeProblem(district) {
            // The register mixes customs districts (2200) with administrative ones: say which kind a draw takes.
            throw UsageError(context.strings.message(problem.key, problem.arguments))
        }
        return DrawParameters(scope: DrawScope(year: year, district: district, industry: a.option("industry") ?? "",
                                               entityKind: a.option("kind") ?? ""),
                              ratioBasisPoints: ratio, focusBasisPoints: focus, seed: seed,
                              reason: running ? a.option("reason") ?? "" : "")
    }

    static func drawPreview(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let p = try parameters(context)
        let (ws, actor) = try open(context)
        let v = try Draws.preview(ws, p, by: actor)
        try say(context, context.strings.format(.enfDrawPreview, v.routineDrawn, v.routineCandidates, v.focusDrawn, v.focusCandidates, v.total),
                json: v)
        return .success
    }

    struct DrawJSON: Encodable {
        var draw: Draw
        var seedText: String
        var tables: [TableRef]
        struct TableRef: Encodable { var table: Int64; var enterprise: String; var name: String; var pick: Int; var focus: Bool }
    }

    static func drawText(_ d: Draw, _ s: Strings) -> String {
        s.format(.enfDrawLine, d.id, EnforcementText.drawState(d.state, s), d.drawn, d.candidates, String(d.seed)) + "\n"
            + s.format(.enfDrawParams, d.scope.year, d.scope.district.isEmpty ? "*" : EnforcementText.district(code: d.scope.district, s),
                       d.scope.industry.isEmpty ? "*" : d.scope.industry, d.scope.entityKind.isEmpty ? "*" : d.scope.entityKind,
                       EnforcementText.percent(d.ratioBasisPoints), EnforcementText.percent(d.focusBasisPoints))
    }

    static func showDraw(_ context: CommandContext, _ ws: Workspace, _ d: Draw) throws {
        let tables = try JointTables.list(ws.db, drawID: d.id, limit: 1000)
        if context.json {
            try context.console.json(DrawJSON(draw: d, seedText: String(d.seed), tables: tables.map {
                .init(table: $0.id, enterprise: $0.enterpriseID, name: $0.name, pick: $0.pick, focus: $0.focus)
            }))
            return
        }
        context.console.print(drawText(d, context.strings))
        for t in tables {
            context.console.print(TextColumns.line([String(t.pick), "#\(t.id)", t.enterpriseID, t.name, t.focus ? "*" : ""],
                                                   widths: [4, 6, 19, 40, 2]))
        }
    }

    static func drawRun(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let p = try parameters(context, running: true)
        let (ws, actor) = try open(context)
        try showDraw(context, ws, try Draws.run(ws, p, by: actor))
        return .success
    }

    static func drawPublish(_ context: inout CommandContext) throws -> ExitCode {
        let id = try id(&context, "ID")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let d = try Draws.publish(ws, id: id, by: actor)
        try say(context, context.strings.format(.enfPublished, d.id, String(d.seed)), json: d)
        return .success
    }

    static func drawReplay(_ context: inout CommandContext) throws -> ExitCode {
        let id = try id(&context, "ID")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let r = try Draws.replay(ws, id: id, by: actor)
        let s = context.strings
        var lines = [r.same ? s.format(.enfReplaySame, r.drawID, String(r.seed), r.replayed.count)
                            : s.format(.enfReplayDiffers, r.drawID, String(r.seed))]
        lines += r.replayed.enumerated().map { "\($0.offset + 1)  \($0.element)" }
        lines.append(s.format(.enfReplayChanged, r.added.count, r.removed.count, r.reclassed.count))
        lines += r.added.map { "+ \($0)" } + r.removed.map { "- \($0)" } + r.reclassed.map { "~ \($0)" }
        try say(context, lines.joined(separator: "\n"), json: r)
        return r.same ? .success : .problems
    }

    static func drawList(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        let draws = try Draws.list(ws.db, limit: try context.intOption("limit", default: 50, range: 1...1000))
        if context.json { try context.console.json(draws) } else {
            if draws.isEmpty { context.console.print(context.strings[.enfNoDraws]) }
            for d in draws { context.console.print(drawText(d, context.strings)) }
        }
        return .success
    }

    struct DistrictJSON: Encodable { var code: String; var name: String; var enterprises: Int }

    /// The districts F4 lists on the draw screen: each code, its name, its enterprises.
    static func drawDistricts(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        let s = context.strings
        let rows = try Draws.districts(ws.db)
        if context.json {
            try context.console.json(rows.map { DistrictJSON(code: $0.code, name: AdministrativeDistrict.name($0.code, s.language), enterprises: $0.enterprises) })
        } else {
            for r in rows {
                context.console.print(TextColumns.line([r.code, AdministrativeDistrict.name(r.code, s.language), String(r.enterprises)], widths: [8, 24, 6]))
            }
        }
        return .success
    }

    static func drawShow(_ context: inout CommandContext) throws -> ExitCode {
        let id = try id(&context, "ID")
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        guard let d = try Draws.find(ws.db, id: id) else { throw DomainError.notFound(entity: "draw", id: String(id)) }
        try showDraw(context, ws, d)
        return .success
    }

    // MARK: - tables

    static func table(_ ws: Workspace, _ id: Int64) throws -> JointTable {
        guard let t = try JointTables.find(ws.db, id: id) else { throw DomainError.notFound(entity: "joint_table", id: String(id)) }
        return t
    }

    static func tableShow(_ context: inout CommandContext) throws -> ExitCode {
        let id = try id(&context, "ID")
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        let t = try table(ws, id)
        if context.json { try context.console.json(t) } else {
            context.console.print(JointTableOutput.text(t, db: ws.db, context.strings))
        }
        return .success
    }

    static func tableFill(_ context: inout CommandContext) throws -> ExitCode {
        let id = try id(&context, "ID")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let a = context.arguments
        if let obstacle = a.option("obstacle") {
            let agency = try required(context, "agency")
            let value: InspectionObstacle?
            if obstacle == "none" { value = nil } else {
                guard let o = InspectionObstacle(rawValue: obstacle) else { throw UsageError("--obstacle is refused, unreachable or none") }
                value = o
            }
            try JointTables.obstacle(ws, tableID: id, agency: agency, value, by: actor)
            try say(context, context.strings.format(.enfFilled, id, agency, obstacle), json: ["table": String(id), "agency": agency, "obstacle": obstacle])
            return .success
        }
        let lineText = try required(context, "line")
        guard let seq = Int(lineText) else { throw UsageError("--line is a line number") }
        let resultText = try required(context, "result")
        guard let result = InspectionResult(rawValue: resultText) else { throw UsageError(context.strings.message("enforcement.table.result", [resultText])) }
        try JointTables.fill(ws, tableID: id, seq: seq, result: result, remark: a.option("remark") ?? "", by: actor)
        try say(context, context.strings.format(.enfFilled, id, seq, EnforcementText.result(result, context.strings)),
                json: ["table": String(id), "line": String(seq), "result": result.rawValue])
        return .success
    }

    static func tableSign(_ context: inout CommandContext) throws -> ExitCode {
        let id = try id(&context, "ID")
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let agency = context.arguments.option("agency") ?? actor.agency.rawValue
        let r = try JointTables.sign(ws, tableID: id, agency: agency, by: actor)
        let s = context.strings
        try say(context, s.format(.enfSignedResult, id, EnforcementText.agency(agency, ws.db, s), EnforcementText.outcome(r.outcome, s),
                                  r.enterpriseName, EnforcementText.className(r.classAfter, s)), json: r)
        return .success
    }

    static func tablePrint(_ context: inout CommandContext) throws -> ExitCode {
        let id = try id(&context, "ID")
        try context.expectNoMoreWords()
        let out = context.arguments.option("out"), printer = context.arguments.option("printer")
        if out != nil && printer != nil { throw UsageError("enforcement table print: --out or --printer, not both") }
        let (ws, _) = try open(context)
        let text = JointTableOutput.text(try table(ws, id), db: ws.db, context.strings)
        var destination = "stdout"
        if let out { destination = try JointTableOutput.write(text, to: out) } else if let printer {
            try JointTableOutput.print(text, command: printer.isEmpty ? JointTableOutput.printerCommand(context.environment) : printer)
            destination = printer
        }
        if context.json { try context.console.json(["table": String(id), "destination": destination, "text": text]) }
        else if destination == "stdout" { context.console.print(text) }
        else { context.console.print(context.strings.format(.enfPrinted, id, destination)) }
        return .success
    }

    static func tableMine(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let (ws, actor) = try open(context)
        let mine = try JointTables.assigned(ws.db, officerID: actor.id, limit: try context.intOption("limit", default: 50, range: 1...1000))
        if context.json {
            try context.console.json(mine.map { ["table": String($0.id), "agency": $0.agency, "enterprise": $0.name, "signed": $0.signed ? "yes" : "no"] })
        } else {
            if mine.isEmpty { context.console.print(context.strings[.enfNoTables]) }
            for t in mine {
                context.console.print(TextColumns.line(["#\(t.id)", EnforcementText.agency(t.agency, ws.db, context.strings), t.name,
                                                        t.signed ? "✓" : ""], widths: [6, 14, 40, 2]))
            }
        }
        return .success
    }

    static func results(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let (ws, _) = try open(context)
        let list = try JointTables.results(ws.db, enterpriseID: context.arguments.option("enterprise"),
                                           limit: try context.intOption("limit", default: 50, range: 1...1000))
        let s = context.strings
        if context.json { try context.console.json(list) } else {
            if list.isEmpty { context.console.print(s[.enfNoResults]) }
            for r in list {
                context.console.print(s.format(.enfResultLine, String(r.publishedAt.prefix(10)), r.enterpriseName,
                                               EnforcementText.agency(r.agency, ws.db, s), EnforcementText.outcome(r.outcome, s),
                                               EnforcementText.className(r.classAfter, s)))
            }
        }
        return .success
    }
}
