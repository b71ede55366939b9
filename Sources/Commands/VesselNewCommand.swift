import Foundation
import Presentation
import SingleWindowKit

/// `vessels new --imo … --voyage …` and `vessels attach CALL FILE.json`: the pane's new-call form
/// and its `g` key without a terminal. The same catalogue reads the same values the same way
/// (`VesselCallForm`), a known IMO number starts from the same proposal (`VesselCallDefaults`),
/// and the same domain calls store them.
enum VesselNewCommand {
    /// Each option and the form field it fills.
    static let options: [(option: String, field: String)] = [
        ("imo", "ship.imo"), ("name", "ship.name"), ("call-sign", "ship.callSign"), ("flag", "ship.flag"),
        ("ship-type", "ship.shipType"), ("gross-tonnage", "ship.grossTonnage"), ("net-tonnage", "ship.netTonnage"),
        ("mmsi", "ship.mmsi"), ("registry", "ship.portOfRegistry"), ("direction", "direction"),
        ("voyage", "voyage.voyageNumber"), ("port", "voyage.port"), ("berth", "voyage.berth"), ("eta", "voyage.eta"),
        ("etd", "voyage.etd"), ("last-port", "voyage.lastPort"), ("next-port", "voyage.nextPort"), ("master", "voyage.masterName"),
        ("cargo", "voyage.cargoDescription"), ("remarks", "voyage.remarks"), ("ports-30-days", "health.portsLast30Days"),
        ("sanitation-place", "health.sanitationCertificatePlace"), ("sanitation-date", "health.sanitationCertificateDate"),
        ("deaths", "health.deaths"), ("ill", "health.illPersonsOnBoard"), ("health-details", "health.details"),
    ]

    static func new(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let (ws, actor) = try VesselCommands.open(context)
        let given = Dictionary(options.compactMap { o in context.arguments.option(o.option).map { (o.field, $0) } }) { a, _ in a }
        let direction = CallDirection(rawValue: given["direction"] ?? CallDirection.arrival.rawValue) ?? .arrival
        var values = Dictionary(uniqueKeysWithValues: VesselCallForm.catalogue.fields.map { ($0.id, "") })
        values["direction"] = direction.rawValue
        for (id, _) in VesselCallForm.flags { values[id] = VesselCallForm.no }
        if let imo = given["ship.imo"],
           let proposal = try VesselCallDefaults.proposal(ws.db, imo: imo, direction: direction, now: ws.now()) {
            values.merge(VesselCallForm.values(proposal, direction: direction, localTime: context.localTime)) { _, offered in offered }
        }
        values.merge(given) { _, typed in typed }
        let (chosen, declaration) = try VesselCallForm.declaration(values, base: nil, localTime: context.localTime)
        let call = try VesselCalls.create(ws, direction: chosen, declaration: declaration, by: actor)
        let s = context.strings
        try VesselCommands.report(context, call, s.format(.cliCreated, call.id, chosen == .arrival ? s[.arrival] : s[.departure],
                                                          call.declaration.ship.name))
        return .success
    }

    static func attach(_ context: inout CommandContext) throws -> ExitCode {
        let id = try VesselCommands.word(&context, "CALL")
        let path = try VesselCommands.word(&context, "FILE.json")
        try context.expectNoMoreWords()
        let (ws, actor) = try VesselCommands.open(context)
        let call = try VesselCommands.requireCall(ws.db, id)
        let lists = try VesselListsFile.read(path: path)
        let name = VesselFilePath.url(path).lastPathComponent
        let done = try VesselCalls.attachLists(ws, callID: id, expectedVersion: call.version, lists: lists, fileName: name, by: actor)
        let d = done.declaration
        try VesselCommands.report(context, done, context.strings.format(VFS.vfCliAttached, id, d.cargo.count, d.dangerousGoods.count,
                                                                        d.stores.count, name))
        return .success
    }
}
