import Foundation
import Store

/// A new production database's first administrator, mapped to the OS account that will run
/// it: without one nobody could act on it at all (no operator, and `--as` is refused there).
public enum AdminBootstrap {
    /// Adds the administrator (id = the account name when it is a valid id, else `admin`),
    /// recorded as the system's act. Refused once the database has any operator.
    @discardableResult
    public static func createFirstAdministrator(_ ws: Workspace, osUser: String) throws -> Operator {
        try ws.db.write {
            if try !Operators.list(ws.db, limit: 1).isEmpty {
                throw DomainError.conflict("this database already has operators; add administrators with `singlewindow admin operators add`")
            }
            let validID = !osUser.isEmpty && osUser.count <= 32 && osUser.allSatisfy { $0.isLetter || $0.isNumber || "._-".contains($0) }
            let op = Operator(id: validID ? osUser : "admin", name: osUser, nameEn: osUser, role: .administrator, osUser: osUser)
            let problems = try OperatorAdmin.check(ws, op)
            guard problems.isEmpty else { throw DomainError.invalid(problems) }
            try Operators.insert(ws.db, op, by: .system, at: ws.now())
            return op
        }
    }
}
