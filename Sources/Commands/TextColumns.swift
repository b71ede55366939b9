import Foundation
import TerminalUI

/// Plain text columns for headless listings, padded by display width so Chinese names line up.
enum TextColumns {
    static func line(_ values: [String], widths: [Int]) -> String {
        zip(values, widths).map { value, width in
            pad(truncate(value, toWidth: width - 1, ellipsis: true), toWidth: width)
        }.joined().replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
}
