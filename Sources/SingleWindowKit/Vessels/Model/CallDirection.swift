/// A call is declared twice: on arrival (进口岸) and on departure (出口岸). The same FAL 1 serves
/// both; what differs is which times, ports and documents are required.
public enum CallDirection: String, Codable, CaseIterable, Sendable {
    case arrival
    case departure
}

/// Where a call stands as a whole. The agencies' own states are its lanes.
public enum VesselCallState: String, Codable, CaseIterable, Sendable {
    /// Being prepared by the agent; no agency sees it.
    case draft
    /// Sent once to all four agencies; lanes open.
    case submitted
    /// All four released: an arrival is cleared inward; a departure has its port clearance.
    case cleared
}
