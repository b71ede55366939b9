import Presentation

extension FoundationCommands {
    /// The option tables of init, audit, backup, reset, manifest-check, operators and generate.
    static let tables: [OptionTable] = [
        OptionTable("init", "", .cmdInit, [.flag("training", .optTraining), .value("admin", "OSUSER", .optAdmin)]),
        OptionTable("audit verify", "", .cmdAuditVerify, [.value("checkpoint", "FILE", .optCheckpoint)]),
        OptionTable("audit checkpoint", "", .cmdAuditCheckpoint, [.value("out", "FILE", .optCheckpointOut)]),
        OptionTable("audit schedule", "", .cmdAuditSchedule,
                    [.value("dir", "DIR", .optScheduleDir), .value("every", "MINUTES", .optScheduleEvery), .flag("off", .optScheduleOff)]),
        OptionTable("backup", "FILE", .cmdBackup, [.flag("force", .optForce)]),
        OptionTable("reset", "", .cmdReset, [.flag("yes", .optYes)]),
        OptionTable("manifest-check", "[warn|block]", .cmdManifestCheck),
        OptionTable("operators list", "", .cmdOperatorsList),
    ]
}

extension ClockCommands {
    static let tables: [OptionTable] = [
        OptionTable("clock show", "", .cmdClockShow),
        OptionTable("clock set", "TIME", .cmdClockSet),
        OptionTable("clock advance", "DURATION", .cmdClockAdvance),
    ]
}

extension GenerateCommand {
    static let tables: [OptionTable] = [
        OptionTable("generate", "", .cmdGenerate, [
            .value("declarations", "N", .optGenDeclarations), .value("seed", "N", .optSeed), .value("batch", "N", .optBatch),
        ]),
    ]
}
