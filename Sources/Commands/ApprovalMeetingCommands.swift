import Foundation
import Presentation
import SingleWindowKit

/// `approvals meeting schedule|attendance|close PROJECT/STAGE`: the joint review meeting.
enum ApprovalMeetingCommands {
    typealias C = ApprovalCommands

    static let verbs: [String: SingleWindowCLI.Command] = [
        "schedule": { try C.guarded(&$0, schedule) },
        "attendance": { try C.guarded(&$0, attendance) },
        "close": { try C.guarded(&$0, close) },
    ]

    static func schedule(_ context: inout CommandContext) throws -> ExitCode {
        let (_, _, caseID) = try C.caseWord(&context)
        try context.expectNoMoreWords()
        let text = try C.required(context, "at")
        guard let at = context.localTime.parse(text) else { throw UsageError("--at is \"YYYY-MM-DD HH:MM\", not \(text)") }
        let (ws, actor) = try C.open(context)
        let meeting = try JointMeetings.schedule(ws, caseID: caseID, at: at, by: actor)
        if context.json { try context.console.json(ApprovalJSON.MeetingOut(meeting)) } else {
            context.console.print(context.strings.format(.apCliMeetingScheduled, caseID, context.localTime.string(meeting.at)))
        }
        return .success
    }

    static func attendance(_ context: inout CommandContext) throws -> ExitCode {
        let (_, _, caseID) = try C.caseWord(&context)
        try context.expectNoMoreWords()
        let department = Agency(try C.required(context, "department"))
        let present = context.arguments.has("present"), absent = context.arguments.has("absent")
        guard present != absent else { throw UsageError("approvals meeting attendance: --present or --absent") }
        let (ws, actor) = try C.open(context)
        let meeting = try JointMeetings.attendance(ws, caseID: caseID, department: department, attended: present, by: actor)
        if context.json { try context.console.json(ApprovalJSON.MeetingOut(meeting)) } else {
            context.console.print(context.strings.format(.apCliAttendance, caseID, department.rawValue, present ? "✓" : "✗"))
        }
        return .success
    }

    static func close(_ context: inout CommandContext) throws -> ExitCode {
        let (_, _, caseID) = try C.caseWord(&context)
        try context.expectNoMoreWords()
        let (ws, actor) = try C.open(context)
        let moved = try JointMeetings.close(ws, caseID: caseID, by: actor)
        if context.json { try context.console.json(try ApprovalQueries.lanes(ws, caseID: caseID).map(ApprovalJSON.LaneOut.init)) } else {
            context.console.print(context.strings.format(.apCliMeetingClosed, caseID, moved.map(\.agency.rawValue).joined(separator: ", ")))
        }
        return .success
    }
}
