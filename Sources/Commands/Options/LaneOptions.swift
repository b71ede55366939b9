import Presentation

extension LaneCommands {
    static let tables: [OptionTable] = {
        let version = CommandOption.value("lane-version", "V", .optLaneVersion)
        return [
            OptionTable("lanes tick", "", .cmdLanesTick),
            OptionTable("lanes assign", "KIND CASE AGENCY OPERATOR", .cmdLanesAssign, [version]),
            OptionTable("lanes unassign", "KIND CASE AGENCY", .cmdLanesUnassign, [version]),
        ]
    }()
}
