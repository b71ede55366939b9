/// What an operator is allowed to do is decided by role (and, for officers, agency).
public enum Role: String, CaseIterable, Codable, Sendable {
    case broker                 // 报关报检代理 / declarant
    case trader                 // 外贸企业 operator: prepares drafts for its broker
    case shippingAgent = "shipping_agent"       // 船舶代理
    case customsOfficer = "customs_officer"     // 海关
    case inspectionOfficer = "inspection_officer" // 检验检疫
    case borderOfficer = "border_officer"       // 边检
    case maritimeOfficer = "maritime_officer"   // 海事
    case approvalWindow = "approval_window"     // 行政审批局 综合受理窗口
    case departmentReviewer = "department_reviewer" // 规划/国土/发改/住建/消防… reviewer
    case marketRegulator = "market_regulator"   // 市场监管 / joint inspector
    case enforcementOfficer = "enforcement_officer" // 执法检查人员 of an inspecting agency (its agency on the operator row)
    case trainer                // may switch operator and move the clock on a training database

    /// The agency an officer of this role acts for, when the role implies one.
    public var impliedAgency: Agency? {
        switch self {
        case .customsOfficer: return .customs
        case .inspectionOfficer: return .inspection
        case .borderOfficer: return .border
        case .maritimeOfficer: return .maritime
        case .marketRegulator: return .market
        default: return nil
        }
    }

    public var isOfficer: Bool { impliedAgency != nil || self == .departmentReviewer || self == .enforcementOfficer }
}
