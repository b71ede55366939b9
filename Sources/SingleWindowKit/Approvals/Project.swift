import Foundation
import Store

/// An investment project as the investor registers it.
public struct Project: Equatable, Codable, Sendable {
    public var id: String
    /// The investing enterprise's unified social credit code (checked).
    public var investorID: String
    public var investorName: String
    public var name: String
    public var site: String
    public var district: String
    /// GB/T 4754 industry code.
    public var industry: String
    /// Total investment, as typed (a decimal, in `currency`).
    public var investment: String
    public var currency: String
    public var land: LandSupply
    public var contact: String

    public init(id: String = "", investorID: String, investorName: String, name: String, site: String, district: String,
                industry: String, investment: String, currency: String = "CNY", land: LandSupply, contact: String) {
        self.id = id; self.investorID = investorID; self.investorName = investorName; self.name = name; self.site = site
        self.district = district; self.industry = industry; self.investment = investment; self.currency = currency
        self.land = land; self.contact = contact
    }

    init(row: Row) {
        self.init(id: row.string("id") ?? "", investorID: row.string("investor_id") ?? "", investorName: row.string("investor_name") ?? "",
                  name: row.string("name") ?? "", site: row.string("site") ?? "", district: row.string("district") ?? "",
                  industry: row.string("industry") ?? "", investment: row.string("investment") ?? "",
                  currency: row.string("currency") ?? "", land: LandSupply(rawValue: row.string("land") ?? "") ?? .allocated,
                  contact: row.string("contact") ?? "")
    }

    /// Every problem at once, as the form shows them.
    public func problems() -> [Problem] {
        var out: [Problem] = []
        if !USCC.isValid(USCC.normalized(investorID)) { out.append(Problem("investorID", "approval.project.uscc", [investorID])) }
        for (path, value) in [("name", name), ("site", site), ("district", district), ("contact", contact), ("investorName", investorName)]
            where value.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(Problem(path, "problem.required"))
        }
        if industry.isEmpty || !(industry.first?.isLetter ?? false) || industry.count > 5 {
            out.append(Problem("industry", "approval.project.industry", [industry]))
        }
        if Decimal(string: investment, locale: Locale(identifier: "en_US_POSIX")).map({ $0 <= 0 }) ?? true {
            out.append(Problem("investment", "approval.project.investment", [investment]))
        }
        if currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            out.append(Problem("currency", "approval.project.currency", [currency]))
        }
        return out
    }
}

/// A project's stage as stored.
public struct ProjectStage: Equatable, Codable, Sendable {
    public var projectID: String
    public var stage: ApprovalStage
    public var state: StageState
    /// The items applied for.
    public var items: [String]
    /// The materials the applicant marked as handed in.
    public var materials: [String]
    /// What the window found missing when it returned the application.
    public var missing: [String]
    /// The stage form's data items as the applicant typed them (id → text).
    public var form: [String: String]
    public var acceptedDay: WorkDay?
    public var decidedDay: WorkDay?
    public var version: Int64

    /// The case id its lanes carry: "P2026-0001/3".
    public var caseID: String { ApprovalCase.id(projectID, stage) }

    init(row: Row) {
        projectID = row.string("project_id") ?? ""
        stage = ApprovalStage(rawValue: row.int("stage") ?? 1) ?? .siteAndLand
        state = StageState(rawValue: row.string("state") ?? "") ?? .locked
        items = ApprovalCatalogue.list(row.string("items"))
        materials = ApprovalCatalogue.list(row.string("materials"))
        missing = ApprovalCatalogue.list(row.string("missing"))
        form = (try? JSONDecoder().decode([String: String].self, from: Data((row.string("form") ?? "{}").utf8))) ?? [:]
        acceptedDay = row.string("accepted_day").flatMap(WorkDay.init)
        decidedDay = row.string("decided_day").flatMap(WorkDay.init)
        version = row.int64("version") ?? 1
    }
}

/// Case ids of approval stages.
public enum ApprovalCase {
    public static func id(_ projectID: String, _ stage: ApprovalStage) -> String { "\(projectID)/\(stage.rawValue)" }

    public static func parse(_ caseID: String) -> (projectID: String, stage: ApprovalStage)? {
        let parts = caseID.split(separator: "/")
        guard parts.count == 2, let n = Int(parts[1]), let stage = ApprovalStage(rawValue: n) else { return nil }
        return (String(parts[0]), stage)
    }
}
