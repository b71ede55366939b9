/// A prompt's purpose that is a file path (import, print to file): its prompt completes paths on
/// Tab and reads `~` as the home directory (`ReasonDialog.completesPaths`).
protocol AsksForPath {
    var asksForPath: Bool { get }
}

extension VesselPrompt: AsksForPath {
    var asksForPath: Bool {
        switch self {
        case .createFile, .importCrew, .importPassengers, .amendFile, .print: return true
        case .amendReason, .departureVoyage, .answer, .query, .hold, .reject: return false
        }
    }
}

extension ApprovalPrompt: AsksForPath {
    var asksForPath: Bool {
        if case .print = self { return true }
        return false
    }
}
