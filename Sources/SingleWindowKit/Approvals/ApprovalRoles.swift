extension Role {
    public static let approvalWindow = Role(declaring: "approval_window")         // 行政审批局 综合受理窗口
    public static let departmentReviewer = Role(declaring: "department_reviewer") // 规划/国土/发改/住建/消防… reviewer
}

/// The approval bureau's roles: the one window, and each department's reviewers (their
/// department is the agency recorded on the operator).
enum ApprovalRoles {
    static let all = [
        RoleDefinition(.approvalWindow),
        RoleDefinition(.departmentReviewer, officer: true),
    ]
}
