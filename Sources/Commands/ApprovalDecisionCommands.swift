import Foundation
import Presentation
import SingleWindowKit

/// `approvals decision issue|print|verify`, and `approvals verify CODE` (exit 0 valid, 1
/// unknown or altered, as the port clearance's).
enum ApprovalDecisionCommands {
    typealias C = ApprovalCommands

    static let verbs: [String: SingleWindowCLI.Command] = [
        "issue": { try C.guarded(&$0, issue) },
        "print": { try C.guarded(&$0, print) },
        "verify": { try C.guarded(&$0, verify) },
    ]

    static func issue(_ context: inout CommandContext) throws -> ExitCode {
        let (_, _, caseID) = try C.caseWord(&context)
        try context.expectNoMoreWords()
        let (ws, actor) = try C.open(context)
        let d = try ApprovalDecisions.issue(ws, caseID: caseID, by: actor)
        if context.json { try context.console.json(ApprovalJSON.DecisionOut(d)) } else {
            context.console.print(context.strings.format(.apCliIssued, d.facts.number, caseID, d.verificationCode))
        }
        return .success
    }

    /// `approvals decision print PROJECT/STAGE [--out FILE | --printer CMD]`: no destination
    /// prints to stdout.
    static func print(_ context: inout CommandContext) throws -> ExitCode {
        let (_, _, caseID) = try C.caseWord(&context)
        try context.expectNoMoreWords()
        let out = context.arguments.option("out"), printer = context.arguments.option("printer")
        if out != nil && printer != nil { throw UsageError("approvals decision print: --out or --printer, not both") }
        let (ws, actor) = try C.open(context)
        guard let d = try ApprovalDecisions.latest(ws.db, caseID: caseID) else { throw DomainError.notFound(entity: "decision", id: caseID) }
        let text = ApprovalDecisionOutput.text(d, context.strings, db: ws.db, localTime: context.localTime)
        if let out { try PortClearanceOutput.check(out) }
        let copy = try ApprovalDecisions.recordPrint(ws, number: d.facts.number, by: actor)
        if out == nil && printer == nil {
            if context.json { try context.console.json(ApprovalJSON.Printed(number: d.facts.number, code: d.verificationCode, destination: "stdout", copy: copy, text: text)) } else {
                context.console.print(text)
            }
            return .success
        }
        let written = try ApprovalDecisionOutput.deliver(text, toFile: out, printer: printer ?? ApprovalDecisionOutput.printerCommand(context.environment))
        if context.json { try context.console.json(ApprovalJSON.Printed(number: d.facts.number, code: d.verificationCode, destination: written, copy: copy, text: nil)) } else {
            context.console.print(context.strings.format(.apCliPrinted, d.facts.number, copy, written, d.verificationCode))
        }
        return .success
    }

    static func verify(_ context: inout CommandContext) throws -> ExitCode {
        let code = try C.word(&context, "CODE")
        try context.expectNoMoreWords()
        let ws = try WorkspaceFactory.openExisting(path: context.databasePath)
        let s = context.strings
        switch try ApprovalDecisions.verify(ws.db, code: code) {
        case let .valid(d):
            let f = d.facts
            if context.json { try context.console.json(ApprovalJSON.Verified(status: "valid", decision: ApprovalJSON.DecisionOut(d))) } else {
                context.console.print(s.format(.apCliValid, f.number, f.projectID, f.projectName, f.stage, context.localTime.stringWithZone(iso: f.issuedAt)))
            }
            return .success
        case .unknownCode:
            if context.json { try context.console.json(ApprovalJSON.Verified(status: "unknown", decision: nil)) } else {
                context.console.print(s.format(.apCliUnknown, code))
            }
            return .problems
        case let .altered(number):
            if context.json { try context.console.json(ApprovalJSON.Verified(status: "altered", number: number, decision: nil)) } else {
                context.console.print(s.format(.apCliAltered, number))
            }
            return .problems
        }
    }
}
