extension Role {
    /// The agency whose declaration lane an officer of this role decides on: customs or
    /// inspection. Other officers (border, maritime, market) act on vessel calls and
    /// enterprises, not on the big-table declaration.
    public var declarationReviewAgency: Agency? {
        switch impliedAgency {
        case .customs?: return .customs
        case .inspection?: return .inspection
        default: return nil
        }
    }
}
