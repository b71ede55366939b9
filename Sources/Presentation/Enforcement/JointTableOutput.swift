import Foundation
import SingleWindowKit
import TextWidth

/// The joint-inspection record sheet (attachment 2 of the source) as text, columns aligned by
/// display width so Chinese lines up; and where it goes — a file, or a printer command run
/// through the shell with the sheet on its standard input (`lp`, `lp -d office`…). The pane
/// and `enforcement table print` share it.
public enum JointTableOutput {
    /// `$SINGLEWINDOW_PRINTER`, else `lp`.
    public static func printerCommand(_ environment: [String: String]) -> String {
        environment["SINGLEWINDOW_PRINTER"].flatMap { $0.isEmpty ? nil : $0 } ?? "lp"
    }

    public static func text(_ t: JointTable, db: Database, _ s: Strings) -> String {
        var out: [String] = []
        out.append(s.format(.enfTableTitle, t.id) + "  (\(t.year))")
        out.append(s.format(.enfTableHeader, t.enterprise.name, t.enterprise.legalRep, t.enterprise.id, EnforcementText.district(t.enterprise, s)))
        out.append(s.format(.enfTableDate, t.inspectionDate.isEmpty ? "—" : t.inspectionDate))
        out.append("")
        let widths = [14, 22, 34, 8, 12, 12]
        let head = [s[.enfColAgency], s[.enfColItem], s[.enfColSubItem], s[.enfColOfficer], s[.enfColCertificate], s[.enfColResult]]
        out.append(row(head, widths))
        out.append(String(repeating: "-", count: widths.reduce(0, +) + widths.count - 1))
        for line in t.lines {
            let m = t.member(line.agency)
            let cells = [EnforcementText.agency(line.agency, db, s), EnforcementText.item(line.item, code: line.itemCode, s),
                         EnforcementText.subItem(line.item, code: line.subCode, s), m?.officerName ?? "",
                         m?.certificate ?? "", EnforcementText.result(line.result, s)]
            out.append(row(cells, widths))
            if !line.remark.isEmpty { out.append(String(repeating: " ", count: widths[0] + 1) + s[.enfColRemark] + ": " + line.remark) }
        }
        out.append("")
        out.append(s[.enfColSignature])
        let team = t.team.map { m -> (String, String) in
            let who = m.officerID.isEmpty ? s.format(.enfTableNoOfficer, EnforcementText.agency(m.agency, db, s))
                : s.format(.enfTableOfficer, EnforcementText.agency(m.agency, db, s), m.officerName, m.certificate)
            return (who, m.signed ? s.format(.enfTableSigned, m.signedAt.prefix(10)) : s[.enfTableUnsigned])
        }
        let width = team.map { displayWidth($0.0) }.max() ?? 0
        for (who, signed) in team { out.append("  " + pad(who, toWidth: width) + "  " + signed) }
        return out.joined(separator: "\n") + "\n"
    }

    static func row(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).map { pad($0, toWidth: $1) }.joined(separator: " ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }

    /// Writes the sheet to `path` whole (beside it, then renamed; never through a symbolic
    /// link); a sheet printed again replaces the last. Returns the absolute path.
    public static func write(_ text: String, to path: String) throws -> String {
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        let target = try SafeFileWrite.destination(url.path, force: true)
        try SafeFileWrite.write(Data(text.utf8), to: target)
        return target
    }

    /// Runs the printer command with the sheet on its standard input.
    public static func print(_ text: String, command: String) throws {
        try PrinterCommand.print(text, command: command)
    }
}
