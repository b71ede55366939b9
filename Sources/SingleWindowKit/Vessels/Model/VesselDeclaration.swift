import Foundation

/// Everything the agent declares for one call, once, for all four agencies: FAL 1 (ship and
/// voyage), FAL 2 cargo, FAL 3 stores, FAL 4 crew's effects, FAL 5 crew, FAL 6 passengers,
/// FAL 7 dangerous goods and the Maritime Declaration of Health.
public struct VesselDeclaration: Equatable, Codable, Sendable {
    public var ship: Ship
    public var voyage: VoyageParticulars
    public var cargo: [ManifestLine]
    public var stores: [StoreItem]
    public var crewEffects: [CrewEffect]
    public var crew: [CrewMember]
    public var passengers: [Passenger]
    public var dangerousGoods: [DangerousGoodsItem]
    public var health: HealthDeclaration?

    public init(ship: Ship, voyage: VoyageParticulars, cargo: [ManifestLine] = [], stores: [StoreItem] = [],
                crewEffects: [CrewEffect] = [], crew: [CrewMember] = [], passengers: [Passenger] = [],
                dangerousGoods: [DangerousGoodsItem] = [], health: HealthDeclaration? = nil) {
        self.ship = ship; self.voyage = voyage; self.cargo = cargo; self.stores = stores; self.crewEffects = crewEffects
        self.crew = crew; self.passengers = passengers; self.dangerousGoods = dangerousGoods; self.health = health
    }

    /// The parts that differ between two versions: what an amendment changed.
    public func changedParts(from old: VesselDeclaration) -> [DeclarationPart] {
        DeclarationPart.allCases.filter { part in
            switch part {
            case .ship: return ship != old.ship
            case .voyage: return voyage != old.voyage
            case .cargo: return cargo != old.cargo
            case .stores: return stores != old.stores
            case .crewEffects: return crewEffects != old.crewEffects
            case .crew: return crew.map(\.identity) != old.crew.map(\.identity)
            case .passengers: return passengers != old.passengers
            case .dangerousGoods: return dangerousGoods != old.dangerousGoods
            case .health: return health != old.health
            }
        }
    }

    /// FAL 1's counts of attached documents and persons, derived so they can never disagree
    /// with the lists themselves.
    public var attachedDocuments: AttachedDocuments {
        AttachedDocuments(cargoDeclaration: cargo.isEmpty ? 0 : 1, shipsStores: stores.isEmpty ? 0 : 1,
                          crewsEffects: crewEffects.isEmpty ? 0 : 1, crewList: crew.isEmpty ? 0 : 1,
                          passengerList: passengers.isEmpty ? 0 : 1, dangerousGoods: dangerousGoods.isEmpty ? 0 : 1,
                          healthDeclaration: health == nil ? 0 : 1, crewCount: crew.count, passengerCount: passengers.count)
    }
}

/// The documents attached to a general declaration (as the DMA FALForm1 model counts them).
public struct AttachedDocuments: Equatable, Codable, Sendable {
    public var cargoDeclaration: Int
    public var shipsStores: Int
    public var crewsEffects: Int
    public var crewList: Int
    public var passengerList: Int
    public var dangerousGoods: Int
    public var healthDeclaration: Int
    public var crewCount: Int
    public var passengerCount: Int

    public var documentCount: Int {
        cargoDeclaration + shipsStores + crewsEffects + crewList + passengerList + dangerousGoods + healthDeclaration
    }
}

/// The separately amendable parts of a declaration, each named after its FAL form.
public enum DeclarationPart: String, Codable, CaseIterable, Sendable {
    case ship            // FAL 1: ship particulars
    case voyage          // FAL 1: voyage, port, times, master
    case cargo           // FAL 2
    case stores          // FAL 3
    case crewEffects = "crew_effects" // FAL 4
    case crew            // FAL 5
    case passengers      // FAL 6
    case dangerousGoods = "dangerous_goods" // FAL 7
    case health          // Maritime Declaration of Health
}
