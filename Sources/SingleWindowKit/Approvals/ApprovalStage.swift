/// The four stages of an investment project (投资项目"四个阶段").
public enum ApprovalStage: Int, Codable, CaseIterable, Sendable, Comparable {
    /// 规划选址与用地: skipped where the land was bought on the market (招拍挂).
    case siteAndLand = 1
    /// 项目评审与核准备案.
    case projectReview = 2
    /// 设计审查与施工许可.
    case designAndPermit = 3
    /// 统一竣工验收.
    case completion = 4

    public var next: ApprovalStage? { ApprovalStage(rawValue: rawValue + 1) }
    public static func < (a: ApprovalStage, b: ApprovalStage) -> Bool { a.rawValue < b.rawValue }
}

/// Where a project's stage stands.
public enum StageState: String, Codable, CaseIterable, Sendable {
    /// The stage before has no decision yet (or a rejected item it needs).
    case locked
    /// Not needed: stage 1 where the land was bought on the market.
    case skipped
    /// The applicant may apply.
    case open
    /// Applied at the window; the window checks the materials.
    case applied
    /// Returned by the window, listing what is missing; the applicant may apply again.
    case returned
    /// Accepted: every department's clock runs.
    case review
    /// The comprehensive approval decision is issued.
    case decided
}

/// How the project's land was obtained.
public enum LandSupply: String, Codable, CaseIterable, Sendable {
    /// 划拨: allocated by the government, so planning site selection is needed.
    case allocated
    /// 招拍挂: bought on the market, with the planning conditions in the contract.
    case market
}
