import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The review screen's second page (`p`): the declaration as this officer's agency received it,
/// its projection of the big table — shared items and its own, with its own codes (the CIQ
/// package code for inspection) — labelled in the officer's language.
extension ReviewCaseScreen {
    static func projection(_ d: Declaration, for agency: Agency, _ app: AppContext) throws -> AgencyProjection {
        let reference = DeclarationReference(db: app.workspace.db)
        return agency == .inspection ? try InspectionProjection.make(d, reference: reference)
                                     : try CustomsProjection.make(d, reference: reference)
    }

    func projectionLines(_ p: AgencyProjection, _ app: AppContext, width: Int) -> [Line] {
        let s = app.strings
        var out: [Line] = []
        out.append([(s.format(.qProjectionTitle, app.agencyName(p.agency), p.header.count, p.goods.count, p.containers.count,
                              p.documents.count), .header)])
        // Labels in a column as wide as the widest, capped so values keep room at 80 columns.
        let labelWidth = min(26, max(10, width / 3))
        func items(_ list: [AgencyProjection.Item]) -> [Line] {
            list.map { item in
                let label = FieldCatalogue.field(item.key)?.label(s.language) ?? item.key
                // The scope's code ("both") with its name, as the broker's form shows it.
                let named = item.key == "scope" ? DeclarationScope(rawValue: item.value).map { " " + DeclarationText.scope($0, s) } : nil
                return [(pad(truncate(label, toWidth: labelWidth - 1, ellipsis: true), toWidth: labelWidth), .label),
                        (item.value, .normal)] + (named.map { [($0, .label)] } ?? [])
            }
        }
        out += items(p.header)
        for (n, line) in p.goods.enumerated() {
            out.append([])
            out.append([(s.format(.qProjectionGoods, n + 1), .header)])
            out += items(line)
        }
        for (title, rows) in [(s[.qProjectionContainers], p.containers), (s[.qProjectionDocuments], p.documents)] where !rows.isEmpty {
            out.append([])
            out.append([(title, .header)])
            // One row per container or document: its items side by side.
            out += rows.map { [($0.map(\.value).joined(separator: " · "), .normal)] }
        }
        return out
    }
}
