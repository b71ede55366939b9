import SingleWindowKit

/// The screens of the enforcement tab, and which of them a role moves between with `v`.
enum EnforcementView: Equatable {
    case board
    case profile(String)
    case draws
    case drawTables(Int64)
    case tables
    case table(Int64)
    case results

    /// The top-level screens a role cycles through, its own work first: the regulator's class
    /// board, an inspecting officer's tables. Everyone with a role may read the board and results.
    static func cycle(for role: Role) -> [EnforcementView] {
        switch role {
        case .trainer, .marketRegulator: return [.board, .draws, .tables, .results]
        case .enforcementOfficer: return [.tables, .board, .results]
        default: return [.board, .results]
        }
    }

    var isTopLevel: Bool {
        switch self {
        case .board, .draws, .tables, .results: return true
        default: return false
        }
    }
}

/// One row of a list of joint tables (an officer's, or a draw's).
struct TableRow: Equatable {
    var id: Int64
    var title: String
    var detail: String
    var done: Bool
}
