import Foundation
import SingleWindowKit
import TextWidth

/// The printed comprehensive approval decision (综合审批决定书) and where it goes: a file, or a
/// printer command (default `lp`, or `$SINGLEWINDOW_PRINTER`, e.g. "lp -d bureau").
public enum ApprovalDecisionOutput {
    public static let defaultPrinter = "lp"

    public static func printerCommand(_ environment: [String: String]) -> String {
        let configured = environment["SINGLEWINDOW_PRINTER"]?.trimmingCharacters(in: .whitespaces) ?? ""
        return configured.isEmpty ? defaultPrinter : configured
    }

    /// The decision as text, 72 columns, in the reader's language.
    public static func text(_ d: ApprovalDecision, _ s: Strings, db: Database?, localTime: LocalTime) -> String {
        let f = d.facts
        let width = 72
        var lines = [centred(s[.apDocTitle], inWidth: width), centred(s.format(.apDocNumber, f.number), inWidth: width), ""]
        lines.append(s.format(.apDocProject, f.projectID, f.projectName))
        lines.append(s.format(.apDocInvestor, f.investorName, f.investorID))
        lines.append(s.format(.apDocSite, f.site))
        let stage = ApprovalStage(rawValue: f.stage) ?? .siteAndLand
        lines.append(s.format(.apDocStage, f.stage, ApprovalText.stageName(stage, s)))
        lines.append(s.format(.apDocAccepted, f.acceptedDay))
        lines.append("")
        lines.append(s[.apDocItems])
        for item in f.items {
            let name = s.language == .zh ? item.nameZh : item.nameEn
            lines.append("  \(item.code)  \(name)" + (item.rejected ? "  [\(s[.apDocRejected])]" : ""))
        }
        lines.append("")
        lines.append(s[.apDocOpinions])
        for dept in f.departments {
            let name = AgencyNames.name(Agency(dept.department), db: db, strings: s)
            lines.append("  " + pad(name, toWidth: 14) + pad(ApprovalText.laneState(dept.outcome, s), toWidth: 28) + dept.items.joined(separator: " "))
            var notes: [String] = []
            if !dept.conditions.isEmpty { notes.append(s.format(.apDocConditions, dept.conditions)) }
            if !dept.basis.isEmpty { notes.append(s.format(.apDocBasis, dept.basis)) }
            if dept.deemed == "timeout" { notes.append(s[.apDocDeemedTimeout]) }
            if dept.deemed == "absence" { notes.append(s[.apDocDeemedAbsence]) }
            if !dept.bureauReason.isEmpty { notes.append(s.format(.apDocBureau, dept.bureauReason)) }
            for note in notes { lines += wrap(note, toWidth: width - 6).map { "      " + $0 } }
        }
        lines.append("")
        lines.append(s.format(.apDocDays, f.stageWorkingDays, f.totalWorkingDays, f.targetWorkingDays))
        lines.append(s.format(.apDocIssued, localTime.stringWithZone(iso: f.issuedAt)))
        lines.append(s[.apDocSeal])
        lines.append("")
        lines.append(s.format(.apDocCode, d.verificationCode))
        lines.append(s.format(.apDocVerify, d.verificationCode))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes to a file, or pipes to the printer command; returns where it went.
    @discardableResult
    public static func deliver(_ text: String, toFile path: String?, printer: String) throws -> String {
        if let path {
            try PortClearanceOutput.check(path)
            return try PortClearanceOutput.deliver(text, to: path)
        }
        try PrinterCommand.print(text, command: printer)
        return printer
    }
}
