import Foundation
import Store
import TextWidth

/// Checks a whole declaration before it goes to the four agencies and returns every problem,
/// each with its path (`crew[3].documentNumber`). Paths index lists from 0, as the model does;
/// screens and importers add 1 when they show a row number.
public enum VesselValidator {
    /// Generic cargo descriptions the FAL annex tells declarants to avoid (note to RP 2.3.1).
    static let genericDescriptions: Set<String> = ["general cargo", "parts", "goods", "cargo", "various", "杂货", "货物", "零件"]

    public static func problems(_ db: Database, _ d: VesselDeclaration, direction: CallDirection) throws -> [Problem] {
        var c = ProblemCollector()
        try ship(db, d.ship, &c)
        try voyage(db, d.voyage, direction, &c)
        let callDay = (direction == .arrival ? d.voyage.eta : d.voyage.etd).map(CalendarDay.init)
        try crew(db, d.crew, callDay: callDay, &c)
        try passengers(db, d.passengers, callDay: callDay, &c)
        try cargo(db, d.cargo, &c)
        dangerousGoods(d.dangerousGoods, cargo: d.cargo, &c)
        stores(d.stores, &c)
        crewEffects(d.crewEffects, &c)
        try health(db, d.health, direction: direction, &c)
        return c.problems
    }

    static func ship(_ db: Database, _ s: Ship, _ c: inout ProblemCollector) throws {
        c.code(s.imo, "ship.imo", IMONumber.init(parsing:))
        c.required(s.name, "ship.name")
        c.maxLength(s.name, 70, "ship.name")
        c.code(s.callSign, "ship.callSign", CallSign.init(parsing:))
        try c.country(db, s.flag, "ship.flag")
        c.required(s.shipType, "ship.shipType")
        c.append(Tonnage.problems(gross: s.grossTonnage, net: s.netTonnage, path: "ship"))
        c.code(s.mmsi, "ship.mmsi", optional: true, MMSI.init(parsing:))
    }

    static func voyage(_ db: Database, _ v: VoyageParticulars, _ direction: CallDirection, _ c: inout ProblemCollector) throws {
        c.required(v.voyageNumber, "voyage.voyageNumber")
        c.maxLength(v.voyageNumber, 17, "voyage.voyageNumber")
        try c.locode(db, v.port, "voyage.port", knownPort: true)
        c.required(v.masterName, "voyage.masterName")
        switch direction {
        case .arrival:
            if v.eta == nil { c.add("voyage.eta", "problem.required") }
            try c.locode(db, v.lastPort, "voyage.lastPort")
            try c.locode(db, v.nextPort, "voyage.nextPort", optional: true)
        case .departure:
            if v.etd == nil { c.add("voyage.etd", "problem.required") }
            try c.locode(db, v.nextPort, "voyage.nextPort")
            try c.locode(db, v.lastPort, "voyage.lastPort", optional: true)
        }
        if let eta = v.eta, let etd = v.etd, etd < eta { c.add("voyage.etd", "vessel.etdBeforeEta") }
    }

    static func person(_ db: Database, path: String, family: String, nationality: String, born: CalendarDay,
                       documentNumber: String, expiry: CalendarDay?, callDay: CalendarDay?, _ c: inout ProblemCollector) throws {
        c.required(family, "\(path).familyName")
        try c.country(db, nationality, "\(path).nationality")
        if let callDay, born > callDay { c.add("\(path).dateOfBirth", "vessel.birthInFuture", [born.description]) }
        let number = documentNumber.trimmed
        if number.isEmpty {
            c.add("\(path).documentNumber", "problem.required")
        } else if !(5...20).contains(number.count) || !number.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            c.add("\(path).documentNumber", "vessel.documentNumber.format", [documentNumber])
        }
        if let expiry, let callDay, expiry < callDay {
            c.add("\(path).documentExpiry", "vessel.documentExpired", [expiry.description, callDay.description])
        }
    }

    /// One entry per person in a list: the same document of the same nationality again names
    /// the entry it repeats (`list[first]`).
    private static func uniquePerson(_ nationality: String, _ documentNumber: String, _ list: String, _ i: Int,
                                     seen: inout [String: Int], _ c: inout ProblemCollector) {
        let key = nationality + "/" + documentNumber.uppercased()
        if let first = seen[key] {
            c.add("\(list)[\(i)].documentNumber", "vessel.duplicate", [documentNumber, "\(list)[\(first)]"])
        } else { seen[key] = i }
    }

    static func crew(_ db: Database, _ list: [CrewMember], callDay: CalendarDay?, _ c: inout ProblemCollector) throws {
        if list.isEmpty { c.add("crew", "vessel.crew.empty") }
        var seen: [String: Int] = [:]
        for (i, m) in list.enumerated() {
            let path = "crew[\(i)]"
            try person(db, path: path, family: m.familyName, nationality: m.nationality, born: m.dateOfBirth,
                       documentNumber: m.documentNumber, expiry: m.documentExpiry, callDay: callDay, &c)
            c.required(m.rank, "\(path).rank")
            c.required(m.placeOfBirth, "\(path).placeOfBirth")
            uniquePerson(m.nationality, m.documentNumber, "crew", i, seen: &seen, &c)
        }
    }

    static func passengers(_ db: Database, _ list: [Passenger], callDay: CalendarDay?, _ c: inout ProblemCollector) throws {
        var seen: [String: Int] = [:]
        for (i, p) in list.enumerated() {
            let path = "passengers[\(i)]"
            try person(db, path: path, family: p.familyName, nationality: p.nationality, born: p.dateOfBirth,
                       documentNumber: p.documentNumber, expiry: p.documentExpiry, callDay: callDay, &c)
            c.required(p.placeOfBirth, "\(path).placeOfBirth")
            try c.locode(db, p.portOfEmbarkation, "\(path).portOfEmbarkation")
            try c.locode(db, p.portOfDisembarkation, "\(path).portOfDisembarkation")
            uniquePerson(p.nationality, p.documentNumber, "passengers", i, seen: &seen, &c)
        }
    }

    static func cargo(_ db: Database, _ lines: [ManifestLine], _ c: inout ProblemCollector) throws {
        var seen: [String: Int] = [:]
        for (i, l) in lines.enumerated() {
            let path = "cargo[\(i)]"
            c.required(l.blNumber, "\(path).blNumber")
            if let first = seen[l.blNumber.uppercased()], !l.blNumber.isEmpty {
                c.add("\(path).blNumber", "vessel.duplicate", [l.blNumber, "cargo[\(first)]"])
            } else { seen[l.blNumber.uppercased()] = i }
            // Cargo carried over from the arrival needs only its brief essentials (FAL 2.3.2).
            if l.carriedOver { continue }
            c.positive(l.packages, "\(path).packages")
            c.required(l.packageKind, "\(path).packageKind")
            c.required(l.description, "\(path).description")
            if genericDescriptions.contains(l.description.trimmed.lowercased()) {
                c.add("\(path).description", "vessel.cargo.generic", [l.description])
            }
            if !l.hsCode.isEmpty, !(l.hsCode.isASCIIDigits && (6...10).contains(l.hsCode.count)) {
                c.add("\(path).hsCode", "vessel.hs.format", [l.hsCode])
            }
            c.positive(l.grossMassKg, "\(path).grossMassKg")
            for (j, container) in l.containers.enumerated() {
                c.code(container, "\(path).containers[\(j)]", ContainerNumber.init(parsing:))
            }
            try c.locode(db, l.portOfLoading, "\(path).portOfLoading")
            try c.locode(db, l.portOfDischarge, "\(path).portOfDischarge")
        }
    }

    static func dangerousGoods(_ items: [DangerousGoodsItem], cargo: [ManifestLine], _ c: inout ProblemCollector) {
        let bls = Set(cargo.map { $0.blNumber.uppercased() })
        for (i, g) in items.enumerated() {
            let path = "dangerousGoods[\(i)]"
            c.code(g.unNumber, "\(path).unNumber", UNNumber.init(parsing:))
            c.required(g.properShippingName, "\(path).properShippingName")
            var hazard: HazardClass?
            if g.hazardClass.trimmed.isEmpty { c.add("\(path).hazardClass", "problem.required") } else {
                do { hazard = try HazardClass(parsing: g.hazardClass) } catch { c.add(error, at: "\(path).hazardClass") }
            }
            switch hazard?.packingGroupRule {
            case .required?:
                c.code(g.packingGroup, "\(path).packingGroup", PackingGroup.init(parsing:))
            case .optional?:
                c.code(g.packingGroup, "\(path).packingGroup", optional: true, PackingGroup.init(parsing:))
            case .notApplicable?:
                if !g.packingGroup.trimmed.isEmpty {
                    c.add("\(path).packingGroup", "vessel.packingGroup.notApplicable", [g.packingGroup, hazard?.value ?? ""])
                }
            case nil:
                break
            }
            for (j, risk) in g.subsidiaryRisks.enumerated() {
                c.code(risk, "\(path).subsidiaryRisks[\(j)]", HazardClass.init(parsing:))
            }
            if hazard?.classNumber == 3, g.flashpointC == nil { c.add("\(path).flashpointC", "vessel.flashpoint.required") }
            if let fp = g.flashpointC, fp < Flashpoint.lowest || fp > Flashpoint.highest {
                c.add("\(path).flashpointC", "vessel.flashpoint.range", [VesselDecimal.string(fp)])
            }
            c.code(g.ems, "\(path).ems", EmSCode.init(parsing:))
            c.required(g.stowage, "\(path).stowage")
            c.positive(g.packages, "\(path).packages")
            c.required(g.packageKind, "\(path).packageKind")
            c.positive(g.grossMassKg, "\(path).grossMassKg")
            if let net = g.netMassKg, net > g.grossMassKg {
                c.add("\(path).netMassKg", "vessel.netAboveGross", [VesselDecimal.string(net), VesselDecimal.string(g.grossMassKg)])
            }
            if !g.reference.isEmpty, !bls.contains(g.reference.uppercased()) {
                c.add("\(path).reference", "vessel.dg.noManifestLine", [g.reference])
            }
        }
    }

    static func stores(_ items: [StoreItem], _ c: inout ProblemCollector) {
        for (i, s) in items.enumerated() {
            c.required(s.article, "stores[\(i)].article")
            c.positive(s.quantity, "stores[\(i)].quantity")
            c.required(s.unit, "stores[\(i)].unit")
        }
    }

    static func crewEffects(_ items: [CrewEffect], _ c: inout ProblemCollector) {
        for (i, e) in items.enumerated() {
            c.required(e.familyName, "crewEffects[\(i)].familyName")
            c.required(e.effects, "crewEffects[\(i)].effects")
        }
    }

    static func health(_ db: Database, _ h: HealthDeclaration?, direction: CallDirection, _ c: inout ProblemCollector) throws {
        guard let h else {
            // Quarantine clears the ship on arrival on the strength of the health declaration.
            if direction == .arrival { c.add("health", "vessel.health.required") }
            return
        }
        if h.deaths < 0 { c.add("health.deaths", "vessel.notNegative", [String(h.deaths)]) }
        if h.illPersonsOnBoard < 0 { c.add("health.illPersonsOnBoard", "vessel.notNegative", [String(h.illPersonsOnBoard)]) }
        if h.hasPositiveAnswer, h.details.trimmed.isEmpty { c.add("health.details", "vessel.health.detailsRequired") }
        for (i, port) in h.portsLast30Days.enumerated() {
            try c.locode(db, port, "health.portsLast30Days[\(i)]")
        }
    }
}
