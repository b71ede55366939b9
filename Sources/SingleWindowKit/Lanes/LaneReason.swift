/// Why an action is not available now, as a catalogue key (`LaneMessages`) with its arguments:
/// the key bar's help, the refusal on a key press and the command's refusal all read it, so the
/// three always say the same thing. A lane state or agency codes are kept apart from the plain
/// arguments so each screen can name them in its own words (`{state}`, `{agencies}`).
public struct LaneReason: Equatable, Hashable, Codable, Sendable {
    public var key: String
    public var arguments: [String]
    public var state: String?
    public var agencies: [Agency]

    public init(_ key: String, _ arguments: [String] = [], state: String? = nil, agencies: [Agency] = []) {
        self.key = key
        self.arguments = arguments
        self.state = state
        self.agencies = agencies
    }

    public func text(_ language: Language, stateName: (String) -> String = { $0 },
                     agencyName: (Agency) -> String = { $0.rawValue }) -> String {
        var text = Messages.text(key, arguments, language: language)
        if let state { text = text.replacingOccurrences(of: "{state}", with: stateName(state)) }
        let list = agencies.map(agencyName).joined(separator: language == .zh ? "、" : ", ")
        return text.replacingOccurrences(of: "{agencies}", with: list)
    }

    // The engine's own reasons; rule sets add theirs (guards) with their own keys.
    static func role() -> LaneReason { LaneReason("lane.reason.role") }
    static func notYourLane(_ agency: Agency) -> LaneReason { LaneReason("lane.reason.notYourLane", agencies: [agency]) }
    static func state(_ state: String) -> LaneReason { LaneReason("lane.reason.state", state: state) }
    static func claimFirst() -> LaneReason { LaneReason("lane.reason.claimFirst") }
    static func claimedBy(_ login: String) -> LaneReason { LaneReason("lane.reason.claimedBy", [login]) }
    static func assignedTo(_ login: String) -> LaneReason { LaneReason("lane.reason.assignedTo", [login]) }
    static func gate(_ open: [Agency]) -> LaneReason { LaneReason("lane.reason.gate", agencies: open) }
    static func deadline(_ at: String) -> LaneReason { LaneReason("lane.reason.deadline", [at]) }
    static func noLane() -> LaneReason { LaneReason("lane.reason.noLane") }
}
