/// One area's headless commands, registered by the area's own command file: its nouns with
/// their verbs (a "" verb runs without one), the verbs that dispatch verbs of their own
/// (`review rules`), and every command's option table. `SingleWindowCLI` dispatches, parses and
/// prints help from the union of `CommandAreas.all`.
struct CommandArea: Sendable {
    var name: String
    /// noun → verb → command.
    var commands: [String: [String: SingleWindowCLI.Command]]
    /// "noun verb" → verb → command.
    var nested: [String: [String: SingleWindowCLI.Command]] = [:]
    var tables: [OptionTable]
}

enum CommandAreas {
    /// Every area's commands, each listed once. A new area (approvals, enforcement): its command
    /// file with its `commandArea`, and one line here.
    static let all: [CommandArea] = [
        FoundationCommands.commandArea,
        ClockCommands.commandArea,
        LaneCommands.commandArea,
        DeclarationCommands.commandArea,
        VesselCommands.commandArea,
        ReviewCommands.commandArea,
        ApprovalCommands.commandArea,
        EnforcementCommands.commandArea,
        GenerateCommand.commandArea,
        WhoamiCommand.commandArea,
        AdminCommands.commandArea,
    ]
}
