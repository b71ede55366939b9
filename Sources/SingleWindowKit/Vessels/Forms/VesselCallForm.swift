import Foundation
import TextWidth

/// The new-call form's items (FAL 1 particulars and voyage, the health declaration's answers) as
/// a catalogue for the shared form builder. Item ids are the validator's problem paths
/// (`ship.imo`, `voyage.eta`), so every problem of a save or a submit lands on its field. The
/// lists (crew, manifest, dangerous goods…) are not typed here: they are imported on the call.
public enum VesselCallForm {
    public static let yes = "y", no = "n"

    public static let catalogue: FormCatalogue = {
        let ship = "ship", voyage = "voyage", health = "health"
        func f(_ id: String, _ zh: String, _ en: String, _ kind: FieldKind = .text, _ length: Int, _ section: String,
               required: Bool = false, lookup: CatalogueField.Lookup? = nil) -> CatalogueField {
            CatalogueField(id: id, zh: zh, en: en, kind: kind, maxLength: length, section: section,
                           required: required ? .always : .optional, lookup: lookup)
        }
        let yesNo = FieldKind.choice([yes, no])
        return FormCatalogue(sections: [
            .init(key: ship, zh: "船舶资料", en: "Ship particulars"),
            .init(key: voyage, zh: "航次", en: "Voyage"),
            .init(key: health, zh: "航海健康申报", en: "Maritime declaration of health"),
        ], fields: [
            f("ship.imo", "IMO编号", "IMO number", .text, 11, ship, required: true),
            f("ship.name", "船名", "Ship's name", .text, 70, ship, required: true),
            f("ship.callSign", "呼号", "Call sign", .text, 8, ship, required: true),
            f("ship.flag", "船旗国", "Flag", .text, 3, ship, required: true, lookup: .codeTable("country")),
            f("ship.shipType", "船舶种类", "Ship type", .text, 40, ship, required: true),
            f("ship.grossTonnage", "总吨", "Gross tonnage", .decimal(scale: 2), 10, ship, required: true),
            f("ship.netTonnage", "净吨", "Net tonnage", .decimal(scale: 2), 10, ship, required: true),
            f("ship.mmsi", "MMSI", "MMSI", .text, 9, ship),
            f("ship.portOfRegistry", "船籍港", "Port of registry", .text, 35, ship),
            f("direction", "进/出口岸", "Arrival/departure", .choice(CallDirection.allCases.map(\.rawValue)), 9, voyage, required: true),
            f("voyage.voyageNumber", "航次号", "Voyage number", .text, 17, voyage, required: true),
            f("voyage.port", "口岸", "Port", .text, 5, voyage, required: true, lookup: .codeTable("port")),
            f("voyage.berth", "泊位", "Berth", .text, 35, voyage),
            f("voyage.eta", "预计抵港", "ETA", .text, 16, voyage),
            f("voyage.etd", "预计离港", "ETD", .text, 16, voyage),
            f("voyage.lastPort", "上一港", "Last port", .text, 5, voyage, lookup: .codeTable("port")),
            f("voyage.nextPort", "下一港", "Next port", .text, 5, voyage, lookup: .codeTable("port")),
            f("voyage.masterName", "船长", "Master", .text, 35, voyage, required: true),
            f("voyage.cargoDescription", "货物概述", "Cargo, in brief", .text, 70, voyage),
            f("voyage.remarks", "备注", "Remarks", .text, 70, voyage),
            f("health.portsLast30Days", "30天内挂靠港", "Ports, last 30 days", .text, 40, health),
            f("health.sanitationCertificatePlace", "卫生证书签发地", "Sanitation cert. place", .text, 35, health),
            f("health.sanitationCertificateDate", "卫生证书日期", "Sanitation cert. date", .text, 10, health),
            f("health.deaths", "非意外死亡人数", "Deaths (not accident)", .integer, 4, health),
            f("health.illPersonsOnBoard", "船上患病人数", "Ill persons on board", .integer, 4, health),
            f("health.suspectedInfectiousDisease", "疑似传染病", "Suspected infectious", yesNo, 1, health),
            f("health.illnessAboveNormal", "患病人数异常", "Illness above normal", yesNo, 1, health),
            f("health.medicalPractitionerConsulted", "曾就医", "Doctor consulted", yesNo, 1, health),
            f("health.conditionLeadingToInfection", "可致感染的情况", "Infection risk", yesNo, 1, health),
            f("health.sanitaryMeasuresApplied", "已采取卫生措施", "Sanitary measures", yesNo, 1, health),
            f("health.stowaways", "偷渡者", "Stowaways", yesNo, 1, health),
            f("health.sickAnimalOnBoard", "患病动物", "Sick animal", yesNo, 1, health),
            f("health.details", "详情", "Details", .text, 70, health),
        ])
    }()

    public static var flags: [(String, WritableKeyPath<HealthDeclaration, Bool>)] { [
        ("health.suspectedInfectiousDisease", \.suspectedInfectiousDisease), ("health.illnessAboveNormal", \.illnessAboveNormal),
        ("health.medicalPractitionerConsulted", \.medicalPractitionerConsulted),
        ("health.conditionLeadingToInfection", \.conditionLeadingToInfection),
        ("health.sanitaryMeasuresApplied", \.sanitaryMeasuresApplied), ("health.stowaways", \.stowaways),
        ("health.sickAnimalOnBoard", \.sickAnimalOnBoard),
    ] }

    /// What the form shows for a declaration: times in the workstation's zone, decimals plain.
    public static func values(_ d: VesselDeclaration, direction: CallDirection, localTime: LocalTime) -> [String: String] {
        let s = d.ship, v = d.voyage
        var out: [String: String] = [
            "ship.imo": s.imo, "ship.name": s.name, "ship.callSign": s.callSign, "ship.flag": s.flag, "ship.shipType": s.shipType,
            "ship.grossTonnage": s.grossTonnage > 0 ? VesselDecimal.string(s.grossTonnage) : "",
            "ship.netTonnage": s.netTonnage > 0 ? VesselDecimal.string(s.netTonnage) : "",
            "ship.mmsi": s.mmsi, "ship.portOfRegistry": s.portOfRegistry, "direction": direction.rawValue,
            "voyage.voyageNumber": v.voyageNumber, "voyage.port": v.port, "voyage.berth": v.berth,
            "voyage.eta": v.eta.map(localTime.string) ?? "", "voyage.etd": v.etd.map(localTime.string) ?? "",
            "voyage.lastPort": v.lastPort, "voyage.nextPort": v.nextPort, "voyage.masterName": v.masterName,
            "voyage.cargoDescription": v.cargoDescription, "voyage.remarks": v.remarks,
        ]
        let h = d.health ?? HealthDeclaration()
        out["health.portsLast30Days"] = h.portsLast30Days.joined(separator: " ")
        out["health.sanitationCertificatePlace"] = h.sanitationCertificatePlace
        out["health.sanitationCertificateDate"] = h.sanitationCertificateDate?.description ?? ""
        out["health.deaths"] = String(h.deaths)
        out["health.illPersonsOnBoard"] = String(h.illPersonsOnBoard)
        for (id, path) in flags { out[id] = h[keyPath: path] ? yes : no }
        out["health.details"] = h.details
        return out
    }

    /// The declaration the form's values make, over `base` (the draft's lists stay as they are).
    /// Every value that cannot be read is a problem at its item's id; nothing is half-applied.
    /// The IMO number is checked here with its check digit, as the domain checks it everywhere.
    public static func declaration(_ values: [String: String], base: VesselDeclaration?,
                                   localTime: LocalTime) throws -> (CallDirection, VesselDeclaration) {
        var problems = try catalogue.read(values).problems
        func text(_ id: String) -> String { (values[id] ?? "").trimmed }
        func decimal(_ id: String) -> Decimal {
            guard let parsed = DecimalText.parse(text(id)) else { return 0 }
            return parsed.value
        }
        func time(_ id: String) -> Date? {
            guard !text(id).isEmpty else { return nil }
            guard let date = localTime.parse(text(id)) else {
                problems.append(Problem(id, "problem.notDate", [text(id)]))
                return nil
            }
            return date
        }
        if !text("ship.imo").isEmpty {
            do { _ = try IMONumber(parsing: text("ship.imo")) } catch { problems.append(error.problem(at: "ship.imo")) }
        }
        let direction = CallDirection(rawValue: text("direction")) ?? .arrival
        var d = base ?? VesselDeclaration(ship: Ship(imo: "", name: "", callSign: "", flag: "", shipType: "", grossTonnage: 0, netTonnage: 0),
                                          voyage: VoyageParticulars(voyageNumber: "", port: "", masterName: ""))
        d.ship = Ship(imo: text("ship.imo"), name: text("ship.name"), callSign: text("ship.callSign").uppercased(),
                      flag: text("ship.flag").uppercased(), shipType: text("ship.shipType"), grossTonnage: decimal("ship.grossTonnage"),
                      netTonnage: decimal("ship.netTonnage"), mmsi: text("ship.mmsi"), portOfRegistry: text("ship.portOfRegistry"))
        var v = d.voyage
        v.voyageNumber = text("voyage.voyageNumber"); v.port = text("voyage.port").uppercased(); v.berth = text("voyage.berth")
        v.eta = time("voyage.eta"); v.etd = time("voyage.etd")
        v.lastPort = text("voyage.lastPort").uppercased(); v.nextPort = text("voyage.nextPort").uppercased()
        v.masterName = text("voyage.masterName"); v.cargoDescription = text("voyage.cargoDescription"); v.remarks = text("voyage.remarks")
        d.voyage = v
        var h = d.health ?? HealthDeclaration()
        h.portsLast30Days = text("health.portsLast30Days").uppercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "、" }).map(String.init)
        h.sanitationCertificatePlace = text("health.sanitationCertificatePlace")
        h.sanitationCertificateDate = nil
        if !text("health.sanitationCertificateDate").isEmpty {
            do { h.sanitationCertificateDate = try CalendarDay(parsing: text("health.sanitationCertificateDate")) } catch {
                problems.append(error.problem(at: "health.sanitationCertificateDate"))
            }
        }
        h.deaths = Int(text("health.deaths")) ?? 0
        h.illPersonsOnBoard = Int(text("health.illPersonsOnBoard")) ?? 0
        for (id, path) in flags { h[keyPath: path] = text(id).lowercased() == yes }
        h.details = text("health.details")
        // Quarantine asks for the health declaration on arrival; a departure carries none unless given.
        d.health = direction == .arrival || d.health != nil ? h : nil
        if !problems.isEmpty { throw DomainError.invalid(problems) }
        return (direction, d)
    }
}
