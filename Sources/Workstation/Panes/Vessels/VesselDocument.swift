import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The documents of a call, one tab each on the call screen (FAL 1 particulars, FAL 5 crew,
/// FAL 6 passengers, FAL 2 cargo, FAL 7 dangerous goods, FAL 3 stores with FAL 4 crew's
/// effects, and the Maritime Declaration of Health).
enum VesselDocument: Int, CaseIterable {
    case particulars, crew, passengers, cargo, dangerousGoods, stores, health

    func title(_ d: VesselDeclaration, _ s: Strings) -> String {
        switch self {
        case .particulars: return s[.docParticulars]
        case .crew: return s.format(.docCrew, d.crew.count)
        case .passengers: return s.format(.docPassengers, d.passengers.count)
        case .cargo: return s.format(.docCargo, d.cargo.count)
        case .dangerousGoods: return s.format(.docDangerousGoods, d.dangerousGoods.count)
        case .stores: return s.format(.docStores, d.stores.count)
        case .health: return s[.docHealth]
        }
    }

    /// Label/value pages (particulars, health) read as text; the lists as read-only grids.
    var isText: Bool { self == .particulars || self == .health }

    func columns(_ s: Strings) -> [GridColumn] {
        func c(_ key: VS, _ width: Int, _ alignment: Alignment = .left) -> GridColumn {
            GridColumn(s[key], width: width, alignment: alignment, isReadOnly: true)
        }
        switch self {
        case .crew:
            return [c(.cFamily, 12), c(.cGiven, 14), c(.cRank, 14), c(.cNationality, 5), c(.cBorn, 10),
                    c(.cDocument, 11), c(.cExpiry, 10), c(.cCarried, 7)]
        case .passengers:
            return [c(.cFamily, 12), c(.cGiven, 12), c(.cNationality, 5), c(.cBorn, 10), c(.cDocument, 11),
                    c(.cEmbark, 6), c(.cDisembark, 7), c(.cTransit, 7)]
        case .cargo:
            return [c(.cBL, 15), c(.cPackages, 6, .right), c(.cDescription, 22), c(.cHS, 10), c(.cMass, 9, .right),
                    c(.cContainers, 12), c(.cLoading, 6), c(.cDischarge, 6), c(.cROB, 4), c(.cDeclared, 20)]
        case .dangerousGoods:
            return [c(.cUN, 6), c(.cPSN, 22), c(.cClass, 5), c(.cPG, 4), c(.cFlash, 8, .right), c(.cEmS, 9),
                    c(.cStowage, 9), c(.cPackages, 5, .right), c(.cMass, 9, .right)]
        case .stores:
            return [c(.cArticle, 22), c(.cQuantity, 9, .right), c(.cUnit, 8), c(.cLocation, 16), c(.cCarried, 7)]
        case .particulars, .health:
            return []
        }
    }

    /// `declared` maps a B/L to the goods declarations that name it (the shared manifest, seen
    /// from the vessel side).
    func rows(_ d: VesselDeclaration, _ s: Strings, declared: [String: [String]] = [:]) -> [[String]] {
        let yes = s[.yes], no = ""
        func flag(_ b: Bool) -> String { b ? yes : no }
        switch self {
        case .crew:
            return d.crew.map { m in
                [m.familyName, m.givenNames, m.rank, m.nationality, m.dateOfBirth.description, m.documentNumber,
                 m.documentExpiry.description, flag(m.carriedOver)]
            }
        case .passengers:
            return d.passengers.map { p in
                [p.familyName, p.givenNames, p.nationality, p.dateOfBirth.description, p.documentNumber,
                 p.portOfEmbarkation, p.portOfDisembarkation, flag(p.transit)]
            }
        case .cargo:
            return d.cargo.map { l in
                ["\(l.blNumber)", "\(l.packages)", "\(l.description) (\(l.packageKind))", l.hsCode, "\(l.grossMassKg)",
                 l.containers.joined(separator: " "), l.portOfLoading, l.portOfDischarge, flag(l.remainsOnBoard),
                 (declared[l.blNumber] ?? []).joined(separator: " ")]
            }
        case .dangerousGoods:
            return d.dangerousGoods.map { g in
                [g.unNumber, g.properShippingName, g.hazardClass, g.packingGroup, g.flashpointC.map { "\($0)" } ?? "",
                 g.ems, g.stowage, "\(g.packages)", "\(g.grossMassKg)"]
            }
        case .stores:
            return d.stores.map { i in [i.article, "\(i.quantity)", i.unit, i.location, flag(i.carriedOver)] }
                + d.crewEffects.map { e in ["\(s[.fCrewEffects]): \(e.familyName) \(e.givenNames)", "", "", e.effects, ""] }
        case .particulars, .health:
            return []
        }
    }

    /// The label/value lines of a text page.
    func lines(_ detail: VesselCallDetail, _ app: AppContext, agentName: String) -> [(String, String)] {
        let s = app.strings, d = detail.call.declaration, v = d.voyage
        func time(_ date: Date?) -> String { date.map(app.display) ?? "" }
        switch self {
        case .particulars:
            var out: [(String, String)] = [
                (s[.fShipName], d.ship.name), (s[.fIMO], d.ship.imo), (s[.fCallSign], d.ship.callSign),
                (s[.fFlag], d.ship.flag), (s[.fShipType], d.ship.shipType),
                (s[.fTonnage], "\(d.ship.grossTonnage) / \(d.ship.netTonnage)"), (s[.fMMSI], d.ship.mmsi),
                (s[.fRegistry], d.ship.portOfRegistry), (s[.fVoyage], v.voyageNumber), (s[.fPort], v.port),
                (s[.fBerth], v.berth), (s[.fETA], time(v.eta)), (s[.fETD], time(v.etd)), (s[.fLastPort], v.lastPort),
                (s[.fNextPort], v.nextPort), (s[.fMaster], v.masterName), (s[.fCargoDescription], v.cargoDescription),
                (s[.fVoyageSummary], v.voyageSummary), (s[.fWaste], v.wasteRequirements), (s[.fRemarks], v.remarks),
                (s[.fAgent], agentName),
            ]
            if let arrival = detail.call.arrivalCallID { out.append((s[.fArrivalCall], arrival)) }
            return out
        case .health:
            guard let h = d.health else { return [(s[.hNone], "")] }
            let yes = s[.yes], no = s[.no]
            func yn(_ b: Bool) -> String { b ? yes : no }
            let certificate = [h.sanitationCertificatePlace, h.sanitationCertificateDate?.description ?? ""]
                .filter { !$0.isEmpty }.joined(separator: " ")
            return [
                (s[.hCertificate], certificate), (s[.hPorts], h.portsLast30Days.joined(separator: " ")),
                (s[.hDeaths], "\(h.deaths)"), (s[.hInfectious], yn(h.suspectedInfectiousDisease)),
                (s[.hIllness], yn(h.illnessAboveNormal)), (s[.hIll], "\(h.illPersonsOnBoard)"),
                (s[.hPractitioner], yn(h.medicalPractitionerConsulted)), (s[.hCondition], yn(h.conditionLeadingToInfection)),
                (s[.hMeasures], yn(h.sanitaryMeasuresApplied)), (s[.hStowaways], yn(h.stowaways)),
                (s[.hAnimal], yn(h.sickAnimalOnBoard)), (s[.hDetails], h.details),
            ]
        default:
            return []
        }
    }
}
