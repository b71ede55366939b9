import Foundation
import TextWidth

/// Import or export (进口 / 出口). The customs number's I/E digit and several rules depend on it.
public enum DeclarationDirection: String, Codable, CaseIterable, Sendable {
    case `import`
    case export

    /// The one-letter flag of the customs message (IEFlag): I or E.
    public var flag: String { self == .import ? "I" : "E" }

    /// The digit in the 18-digit customs number. Research §2.5 gives "1 I/E flag" without the
    /// values; we use 1 for import and 0 for export, as the old paper numbering did.
    public var numberDigit: String { self == .import ? "1" : "0" }

    /// Accepts what ERP files write: I/E, import/export, 进口/出口, 1/0.
    public init?(text: String) {
        switch text.trimmed.lowercased() {
        case "i", "import", "进口", "1": self = .import
        case "e", "export", "出口", "0": self = .export
        default: return nil
        }
    }
}
