import Presentation

extension VesselCommands {
    /// The option tables of `vessels …`.
    static let tables: [OptionTable] = [
        OptionTable("vessels create", "FILE.json | --from CALL --voyage V", .cmdVesselCreate, [
            .value("direction", "arrival|departure", .optDirection), .value("from", "CALL", .optFromCall),
            .value("voyage", "V", .optVoyage), .value("crew", "no-change|FILE.csv", .optCrew),
        ]),
        OptionTable("vessels new", "", .cmdVesselNew, VesselNewCommand.options.map { .value($0.option, "VALUE", .optVesselField) }),
        OptionTable("vessels attach", "CALL FILE.json", .cmdVesselAttach),
        OptionTable("vessels import-crew", "CALL FILE.csv", .cmdVesselImportCrew),
        OptionTable("vessels import-passengers", "CALL FILE.csv", .cmdVesselImportPassengers),
        OptionTable("vessels submit", "CALL", .cmdVesselSubmit),
        OptionTable("vessels decide", "CALL query|answer|hold|release|reject", .cmdVesselDecide, [
            .value("agency", "AGENCY", .optVesselAgency), .value("message", "TEXT", .optMessage),
            .value("reason", "TEXT", .optVesselReason),
        ]),
        OptionTable("vessels list", "", .cmdVesselList, [
            .value("state", "STATE", .optVesselState), .value("search", "TEXT", .optVesselSearch), .flag("waiting", .optVesselWaiting),
            .value("after", "CALL", .optAfterCall), .value("limit", "N", .optLimit),
        ]),
        OptionTable("vessels show", "CALL", .cmdVesselShow),
        OptionTable("vessels print", "CALL", .cmdVesselPrint, [
            .value("out", "FILE", .optPrintOut), .value("printer", "lp", .optPrinter),
        ]),
        OptionTable("vessels verify", "CODE", .cmdVesselVerify),
    ]
}
