/// An IMDG hazard class or division: 1.1–1.6 (explosives, optionally with a compatibility group
/// letter as in "1.4S"), 2.1–2.3, 3, 4.1–4.3, 5.1–5.2, 6.1–6.2, 7, 8, 9. A bare "1", "2", "4",
/// "5" or "6" is refused: those classes are only ever declared by division.
public struct HazardClass: Hashable, Codable, Sendable, CustomStringConvertible {
    public let value: String

    private static let divisions: [Int: ClosedRange<Int>] = [1: 1...6, 2: 1...3, 4: 1...3, 5: 1...2, 6: 1...2]
    private static let undivided: Set<Int> = [3, 7, 8, 9]
    private static let compatibilityGroups = Set("ABCDEFGHJKLNS")

    public init(parsing text: String) throws(FieldFault) {
        var s = text.compactedCode
        if s.hasPrefix("CLASS") { s = String(s.dropFirst(5)) }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard let head = parts.first, let cls = Int(head) else { throw FieldFault("vessel.class.format", [text]) }
        if parts.count == 1 {
            guard HazardClass.undivided.contains(cls) else { throw FieldFault("vessel.class.format", [text]) }
            value = String(cls)
            return
        }
        guard parts.count == 2, let range = HazardClass.divisions[cls] else { throw FieldFault("vessel.class.format", [text]) }
        var tail = Substring(parts[1])
        var group = ""
        if cls == 1, let last = tail.last, last.isLetter {
            guard HazardClass.compatibilityGroups.contains(last) else { throw FieldFault("vessel.class.format", [text]) }
            group = String(last)
            tail = tail.dropLast()
        }
        guard tail.count == 1, let division = Int(tail), range.contains(division) else {
            throw FieldFault("vessel.class.format", [text])
        }
        value = "\(cls).\(division)\(group)"
    }

    /// The class number (1–9) without division.
    public var classNumber: Int { Int(value.prefix(1)) ?? 0 }
    /// The class or division without a compatibility group ("1.4S" → "1.4").
    public var division: String { value.filter { !$0.isLetter } }

    /// Whether the Model Regulations assign packing groups to goods of this class: not to
    /// explosives, gases, organic peroxides (5.2), infectious substances (6.2) or radioactive
    /// material. Class 9 entries sometimes have one, sometimes not.
    public var packingGroupRule: PackingGroupRule {
        switch division {
        case "3", "4.1", "4.2", "4.3", "5.1", "6.1", "8": return .required
        case "9": return .optional
        default: return .notApplicable
        }
    }

    public static func isValid(_ text: String) -> Bool { (try? HazardClass(parsing: text)) != nil }
    public var description: String { value }
}

public enum PackingGroupRule: Sendable { case required, optional, notApplicable }
