import SingleWindowKit

/// The administration screen's one-line entries, read into domain values (the domain then checks
/// them whole). Words are separated by spaces; a name with spaces comes last where it can.
public enum AdminInput {
    static func words(_ text: String) -> [String] { text.split(whereSeparator: \.isWhitespace).map(String.init) }

    /// `ID NAME ROLE [AGENCY|CREDIT-CODE] [OS-ACCOUNT]`: a business role's third word is its
    /// enterprise, an officer's its agency (defaulting to the role's own). Nil: not enough words
    /// or an unknown role.
    public static func newOperator(_ text: String) -> Operator? {
        let w = words(text)
        guard w.count >= 3, let role = Role(rawValue: w[2]) else { return nil }
        var op = Operator(id: w[0], name: w[1], role: role, agency: role.impliedAgency ?? .none)
        var rest = Array(w.dropFirst(3))
        if role.needsEnterprise, !rest.isEmpty { op.enterpriseID = USCC.normalized(rest.removeFirst()) }
        else if (role == .departmentReviewer || role == .approvalWindow), !rest.isEmpty { op.agency = Agency(rest.removeFirst()) }
        if let account = rest.first { op.osUser = account }
        return op
    }

    /// `ROLE [AGENCY|CREDIT-CODE]`.
    public static func roleChange(_ text: String) -> (role: Role, agency: Agency?, enterpriseID: String?)? {
        let w = words(text)
        guard let first = w.first, let role = Role(rawValue: first) else { return nil }
        let second = w.count > 1 ? w[1] : nil
        if role.needsEnterprise { return (role, nil, second.map(USCC.normalized)) }
        return (role, second.map(Agency.init), nil)
    }

    /// `CREDIT-CODE KIND NAME…`.
    public static func newEnterprise(_ text: String) -> Enterprise? {
        let w = words(text)
        guard w.count >= 3, let kind = Enterprise.Kind(rawValue: w[1]) else { return nil }
        return Enterprise(id: USCC.normalized(w[0]), name: w.dropFirst(2).joined(separator: " "), kind: kind)
    }

    /// `KIND NUMBER FROM [UNTIL] [ISSUER…]` for `enterpriseID`; UNTIL is a date or `-` (no end).
    public static func qualification(_ text: String, enterpriseID: String) -> Qualification? {
        let w = words(text)
        guard w.count >= 3, let kind = Qualification.Kind(rawValue: w[0]) else { return nil }
        let until = w.count > 3 && w[3] != "-" ? w[3] : ""
        return Qualification(enterpriseID: enterpriseID, kind: kind, number: w[1], issuer: w.dropFirst(4).joined(separator: " "),
                             validFrom: w[2], validUntil: until)
    }
}
