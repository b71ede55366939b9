import Foundation
import Presentation
import SingleWindowKit
import TextWidth

/// `clock show | set TIME | advance DURATION`: the training clock headless, what Ctrl-T does in
/// the workstation, for scripts and demos. Trainers only, training databases only (the domain
/// refuses the rest); TIME and DURATION are read by the same `ClockInput` as Ctrl-T.
enum ClockCommands {
    static let verbs: [String: SingleWindowCLI.Command] = [
        "show": show,
        "set": set,
        "advance": advance,
    ]

    static func show(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let workspace = try open(context)
        defer { workspace.db.close() }
        try workspace.requireClockAuthority(by: try context.resolveActor(workspace))
        print(workspace, context)
        return .success
    }

    /// `set TIME`: an absolute local time (`YYYY-MM-DD HH:MM`, `YYYY-MM-DD`), a step (`+2d`), or
    /// `now` for real time again.
    static func set(_ context: inout CommandContext) throws -> ExitCode {
        let text = context.rest.joined(separator: " ").trimmed
        context.rest.removeAll()
        guard !text.isEmpty else { throw UsageError("clock set needs a TIME (YYYY-MM-DD HH:MM, YYYY-MM-DD or now)") }
        let workspace = try open(context)
        defer { workspace.db.close() }
        let actor = try context.resolveActor(workspace)
        try workspace.requireClockAuthority(by: actor)
        if text.lowercased() == "now" {
            try workspace.resetClock(by: actor)
        } else {
            guard let target = ClockInput.parse(text, relativeTo: workspace.now()) else {
                throw UsageError(context.strings.format(.cliClockBadTime, text))
            }
            try workspace.moveClock(to: target, by: actor)
        }
        print(workspace, context, moved: true)
        return .success
    }

    /// `advance DURATION`: `+2d`, `3h`, `-30m` from the training clock's now.
    static func advance(_ context: inout CommandContext) throws -> ExitCode {
        guard let word = context.nextWord() else { throw UsageError("clock advance needs a DURATION (+2d, +3h, -30m)") }
        try context.expectNoMoreWords()
        let step = word.hasPrefix("+") || word.hasPrefix("-") ? word : "+" + word
        let workspace = try open(context)
        defer { workspace.db.close() }
        let actor = try context.resolveActor(workspace)
        try workspace.requireClockAuthority(by: actor)
        guard let target = ClockInput.parse(step, relativeTo: workspace.now()), step.count >= 3,
              "dhm".contains(step.last!) else {
            throw UsageError(context.strings.format(.cliClockBadDuration, word))
        }
        try workspace.moveClock(to: target, by: actor)
        print(workspace, context, moved: true)
        return .success
    }

    /// The database, refused first when it is production: there is no training clock to talk of.
    private static func open(_ context: CommandContext) throws -> Workspace {
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        guard workspace.kind == .training else {
            workspace.db.close()
            throw DomainError.trainingOnly("the training clock")
        }
        return workspace
    }

    private static func print(_ workspace: Workspace, _ context: CommandContext, moved: Bool = false) {
        let now = workspace.now()
        let local = ClockInput.format(now)
        let offset = workspace.clockOffset
        if context.json {
            struct Output: Encodable { var now: String; var local: String; var offsetSeconds: Double; var moved: Bool }
            try? context.console.json(Output(now: Timestamp.string(now), local: local, offsetSeconds: offset, moved: offset != 0))
        } else if moved {
            context.console.print(context.strings.format(.cliClockMoved, local))
        } else if offset == 0 {
            context.console.print(context.strings.format(.cliClockReal, local))
        } else {
            context.console.print(context.strings.format(.cliClockShow, local, describe(offset)))
        }
    }

    /// "+2d 3h 5m", "-30m": how far the clock is from real time, to the minute.
    static func describe(_ offset: TimeInterval) -> String {
        var minutes = Int((abs(offset) / 60).rounded())
        let days = minutes / 1_440; minutes %= 1_440
        let hours = minutes / 60; minutes %= 60
        var parts: [String] = []
        if days > 0 { parts.append("\(days)d") }
        if hours > 0 { parts.append("\(hours)h") }
        if minutes > 0 || parts.isEmpty { parts.append("\(minutes)m") }
        return (offset < 0 ? "-" : "+") + parts.joined(separator: " ")
    }
}

extension ClockCommands {
    static let commandArea = CommandArea(name: "clock", commands: ["clock": verbs], tables: tables)
}
