import Foundation
import Presentation
import SingleWindowKit

/// `singlewindow review rules …`: the rule book headless, through the same domain API as the
/// pane (`RiskRules`, `RiskAssessment.trial`) and the same reading of typed values
/// (`RiskRuleInput`). Problems exit 1, one per line in the user's language; refusals exit 3.
enum RiskRuleCommands {
    static let verbs: [String: SingleWindowCLI.Command] = [
        "list": list,
        "history": history,
        "set": set,
        "try": trial,
    ]

    /// `review rules VERB …`
    static func run(_ context: inout CommandContext) throws -> ExitCode {
        guard let verb = context.nextWord(), let command = verbs[verb] else {
            throw UsageError("review rules needs one of: \(verbs.keys.sorted().joined(separator: ", "))")
        }
        return try command(&context)
    }

    /// Option → `RiskRuleInput` field.
    static let options: [(option: String, field: String)] = [
        ("priority", "priority"), ("credit", "creditClasses"), ("hs", "hsPrefixes"), ("origin", "origins"), ("scope", "scopes"),
        ("outcome", "outcome"), ("select-rate", "selectBasisPoints"), ("sampling-rate", "samplingBasisPoints"),
        ("reason-en", "reasonEn"), ("reason-zh", "reasonZh"), ("active", "active"),
    ]

    /// The rule book is the agencies' own: officers and trainers read it, nobody else.
    static func reader(_ context: CommandContext) throws -> DeclarationCommands.Session {
        let s = try DeclarationCommands.session(context)
        guard [.customsOfficer, .inspectionOfficer, .trainer].contains(s.actor.role) else {
            throw Refusal(text: context.strings[.rbErrReader])
        }
        return s
    }

    /// `--agency`, else the officer's own, else (the trainer) both.
    static func agencies(_ context: CommandContext, _ actor: Operator) throws -> [Agency] {
        if let text = context.arguments.option("agency") {
            guard let a = Agency(rawValue: text), a == .customs || a == .inspection else {
                throw UsageError("--agency must be customs or inspection")
            }
            return [a]
        }
        return actor.role.declarationReviewAgency.map { [$0] } ?? [.customs, .inspection]
    }

    // MARK: - list / history

    /// `review rules list [--agency A] [--all]`: the current rules; `--all` adds the switched-off ones.
    static func list(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        return try refusing(context) {
            let s = try reader(context)
            let rules = try agencies(context, s.actor).flatMap {
                try RiskRules.all(s.workspace.db, agency: $0, includeInactive: context.arguments.has("all"))
            }
            if context.json {
                try context.console.json(rules.map { RuleOutput($0) })
                return .success
            }
            let strings = context.strings
            for rule in rules {
                context.console.print(TextColumns.line([
                    rule.key, "v\(rule.version)", String(rule.priority), rule.outcome, RiskRuleText.percent(rule.selectBasisPoints),
                    RiskRuleText.sampling(rule), strings[rule.active ? .rbOn : .rbOff], RiskRuleText.conditions(rule, strings),
                ], widths: [20, 5, 5, 22, 6, 6, 6, 60]))
            }
            if rules.isEmpty { context.console.print("(empty)") }
            return .success
        }
    }

    /// `review rules history KEY`: every version, oldest first, with who changed it, when and why.
    static func history(_ context: inout CommandContext) throws -> ExitCode {
        guard let key = context.nextWord() else { throw UsageError("review rules history needs a rule KEY") }
        try context.expectNoMoreWords()
        return try refusing(context) {
            let s = try reader(context)
            let versions = try RiskRules.history(s.workspace.db, key: key)
            guard !versions.isEmpty else { throw DomainError.notFound(entity: "risk_rule", id: key) }
            if context.json {
                try context.console.json(versions.map { RuleOutput($0) })
                return .success
            }
            let strings = context.strings
            for v in versions {
                context.console.print("v\(v.version)  \(context.localTime.stringWithZone(v.changedAt))  \(v.changedBy)  \(v.outcome)  "
                                      + "\(strings[v.active ? .rbOn : .rbOff])  \(RiskRuleText.conditions(v, strings))  — \(v.changeNote)")
                context.console.print("    \(v.reason(strings.language))")
            }
            return .success
        }
    }

    // MARK: - set

    /// `review rules set KEY --note WHY [--agency A] [--priority N] [--credit a,b] [--hs 0306,03]
    /// [--origin IND,ECU] [--scope both,customs,inspection] [--outcome X] [--select-rate PCT]
    /// [--sampling-rate PCT] [--reason-en T] [--reason-zh T] [--active yes|no]`: a new version,
    /// starting from the current one (fields not given are kept; an empty value clears a list).
    static func set(_ context: inout CommandContext) throws -> ExitCode {
        guard let word = context.nextWord() else { throw UsageError("review rules set needs a rule KEY") }
        try context.expectNoMoreWords()
        let key = word.uppercased()
        let args = context.arguments
        return try refusing(context) {
            let s = try reader(context)
            var base: RiskRule
            if let latest = try RiskRules.latest(s.workspace.db, key: key) {
                if let text = args.option("agency"), text != latest.agency.rawValue {
                    throw UsageError("\(key) is a \(latest.agency.rawValue) rule: --agency is only for a new key")
                }
                base = latest
            } else {
                let agency = try agencies(context, s.actor)
                guard agency.count == 1 else { throw UsageError("a new rule needs --agency customs|inspection") }
                base = RiskRule(key: key, agency: agency[0], outcome: "", reasonEn: "", reasonZh: "")
            }
            var input = RiskRuleInput(base)
            for (option, field) in options { if let value = args.option(option) { input[field] = value } }
            var (rule, unread) = input.apply(to: base)
            rule.key = key
            let note = args.option("note") ?? ""
            let problems = input.problems(rule, read: unread, note: note)
            guard problems.isEmpty else { return try printProblems(problems, context) }
            let saved: RiskRule
            do {
                saved = try RiskRules.save(s.workspace, rule, note: note, by: s.actor)
            } catch let DomainError.invalid(problems) {
                return try printProblems(problems, context)
            } catch DomainError.notAuthorized {
                throw Refusal(text: context.strings.format(.rbErrNotAuthorized, s.actor.id, rule.agency.rawValue))
            }
            if context.json {
                try context.console.json(RuleOutput(saved))
            } else {
                context.console.print(context.strings.format(.rbSaved, saved.key, saved.version) + ": \(saved.outcome), "
                                      + RiskRuleText.conditions(saved, context.strings))
            }
            return .success
        }
    }

    /// Each problem on its own line, named by the option that set it.
    static func printProblems(_ problems: [Problem], _ context: CommandContext) throws -> ExitCode {
        let text = problems.map { p -> String in
            let field = p.path.hasPrefix("rule.") ? String(p.path.dropFirst(5)) : p.path
            let option = field == "note" ? "note" : (options.first { $0.field == field }?.option ?? field)
            return "--\(option): \(context.strings.message(p.key, p.arguments))"
        }
        if context.json {
            struct Output: Encodable { var valid: Bool; var problems: [String] }
            try context.console.json(Output(valid: false, problems: text))
        } else {
            text.forEach { context.console.error($0) }
        }
        return .problems
    }

    // MARK: - try

    /// `review rules try ID|NUMBER`: what the current rules would say about a declaration, beside
    /// what was stored when it was routed. Nothing is written.
    static func trial(_ context: inout CommandContext) throws -> ExitCode {
        let id = try context.declarationID()
        try context.expectNoMoreWords()
        return try refusing(context) {
            let s = try reader(context)
            var trials = try RiskAssessment.trial(s.workspace, declarationID: id, by: s.actor)
            if let mine = s.actor.role.declarationReviewAgency, context.arguments.option("agency") == nil { trials = trials.filter { $0.agency == mine } }
            if let text = context.arguments.option("agency") { trials = trials.filter { $0.agency.rawValue == text } }
            let strings = context.strings
            if context.json {
                try context.console.json(trials.map { TrialOutput($0, strings.language) })
                return .success
            }
            for t in trials {
                let line = t.stored.map {
                    strings.format(.rbTryLine, t.agency.rawValue, t.verdict.outcome, $0.outcome, strings[t.changed ? .rbTryChanged : .rbTrySame])
                } ?? strings.format(.rbTryUnrouted, t.agency.rawValue, t.verdict.outcome)
                context.console.print(line)
                for hit in t.verdict.hits {
                    let draw = hit.draw.map { " draw \($0) < \(hit.selectBasisPoints)? \(hit.selected ? "selected" : "not selected")" } ?? ""
                    context.console.print("  \(hit.decisive ? "←" : " ") \(hit.ruleKey) v\(hit.ruleVersion) \(hit.outcome)\(draw)"
                                          + (hit.decisive ? ": " + (t.rule(hit)?.reason(strings.language) ?? "") : ""))
                }
                if let sampled = t.verdict.sampled {
                    context.console.print("  sampling draw \(t.verdict.samplingDraw ?? 0) < \(t.verdict.samplingBasisPoints)? "
                                          + (sampled ? "sampled" : "not sampled"))
                }
            }
            return .success
        }
    }

    // MARK: - refusals

    /// A refusal already worded for the user.
    struct Refusal: Error { var text: String }

    /// Refusals exit 3 with their message in the user's language.
    static func refusing(_ context: CommandContext, _ body: () throws -> ExitCode) throws -> ExitCode {
        do {
            return try body()
        } catch let refusal as Refusal {
            return refuse(refusal.text, context)
        } catch DomainError.notAuthorized {
            return refuse(context.strings[.rbErrReader], context)
        }
    }

    static func refuse(_ text: String, _ context: CommandContext) -> ExitCode {
        if context.json { try? context.console.json(["error": text]) }
        context.console.error(context.strings.format(.cliError, text))
        return .failure
    }
}
