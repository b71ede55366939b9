import Foundation
import Store
import TextWidth

/// What a new call of a known ship starts from, so the agent types the IMO number and checks
/// the rest: the ship as last declared, and the voyage of its last call in that direction (a
/// liner repeats its rotation: same port, berth, last and next ports, master), with the next
/// voyage number and an expected time a day ahead. The health answers start at "no", the
/// certificate and the ports of the last 30 days as last declared. Nothing is stored here.
public enum VesselCallDefaults {
    public static func proposal(_ db: Database, imo: String, direction: CallDirection, now: Date) throws -> VesselDeclaration? {
        guard let number = try? IMONumber(parsing: imo), let ship = try VesselRecords.ship(db, imo: number.digits) else { return nil }
        let lastID = try db.read {
            try db.scalar("SELECT id FROM vessel_call WHERE imo = ? AND direction = ? ORDER BY created_at DESC, id DESC LIMIT 1",
                          [number.digits, direction.rawValue]).string
        }
        let last = try lastID.flatMap { try VesselCalls.call(db, id: $0) }
        let expected = nextHour(after: now).addingTimeInterval(24 * 3600)
        var voyage = VoyageParticulars(voyageNumber: "", port: "", masterName: "")
        var health: HealthDeclaration? = direction == .arrival ? HealthDeclaration() : nil
        if let previous = last?.declaration {
            let v = previous.voyage
            voyage = VoyageParticulars(voyageNumber: nextVoyage(v.voyageNumber), port: v.port, berth: v.berth,
                                       lastPort: v.lastPort, nextPort: v.nextPort, masterName: v.masterName,
                                       voyageSummary: v.voyageSummary)
            if let h = previous.health, direction == .arrival {
                health = HealthDeclaration(sanitationCertificatePlace: h.sanitationCertificatePlace,
                                           sanitationCertificateDate: h.sanitationCertificateDate, portsLast30Days: h.portsLast30Days)
            }
        }
        switch direction {
        case .arrival:
            voyage.eta = expected
            voyage.etd = expected.addingTimeInterval(48 * 3600)
        case .departure:
            voyage.etd = expected
        }
        return VesselDeclaration(ship: ship, voyage: voyage, health: health)
    }

    /// "082E" → "083E", "2519N" → "2520N", "V7" → "V8": the last run of digits plus one, its width
    /// kept; a voyage number without digits is offered as it was.
    public static func nextVoyage(_ voyage: String) -> String {
        let chars = Array(voyage)
        guard let end = chars.lastIndex(where: \.isASCIIDigit) else { return voyage }
        var start = end
        while start > 0, chars[start - 1].isASCIIDigit { start -= 1 }
        guard let value = Int(String(chars[start...end])) else { return voyage }
        let digits = String(value + 1)
        let width = end - start + 1
        let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        return String(chars[..<start]) + padded + String(chars[(end + 1)...])
    }

    /// The departure's voyage number offered after an arrival's: a bound letter swapped ("083E" →
    /// "083W", "N" ↔ "S"), else the same number (many lines keep it both ways).
    public static func departureVoyage(_ arrival: String) -> String {
        guard let last = arrival.last else { return arrival }
        let swapped: Character? = ["E": "W", "W": "E", "N": "S", "S": "N"][last]
        return swapped.map { String(arrival.dropLast()) + String($0) } ?? arrival
    }

    static func nextHour(after date: Date) -> Date {
        let seconds = date.timeIntervalSince1970
        return Date(timeIntervalSince1970: (seconds / 3600).rounded(.up) * 3600)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
