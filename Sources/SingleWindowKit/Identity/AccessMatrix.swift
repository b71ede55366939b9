/// Which role may run which command and see which screen: one table, read by the command
/// dispatcher before any command runs, by the workstation for its tabs, and by the tests, which
/// try every cell both ways. A command missing here is refused to everyone (and a test fails),
/// so a new command cannot slip in unguarded. Record-level rules (whose declaration, whose
/// vessel call) stay with their area; this table says who may ask at all.
public enum AccessMatrix {
    /// Commands anyone may run, since they decide nothing and read nothing another may not see:
    /// `init` checks its own rules (a new database, or an administrator's reload), `whoami`
    /// says who you are, and the workstation itself applies the matrix per tab.
    public static let open: Set<String> = ["", "init", "whoami"]

    private static let officers: Set<Role> = [.customsOfficer, .inspectionOfficer, .borderOfficer, .maritimeOfficer]
    private static let declarationOfficers: Set<Role> = [.customsOfficer, .inspectionOfficer]
    private static let declarationReaders: Set<Role> = [.broker, .trader, .customsOfficer, .inspectionOfficer, .trainer]
    /// Every role that decides on lanes of its agency or department.
    private static var laneOfficers: Set<Role> { Set(Role.allCases.filter(\.isOfficer)) }
    private static let approvalReaders: Set<Role> = [.broker, .trader, .approvalWindow, .departmentReviewer, .trainer]
    private static let regulators: Set<Role> = [.marketRegulator, .trainer]
    private static let inspectors: Set<Role> = [.marketRegulator, .enforcementOfficer]
    /// Credit classes route declarations, so the declaration officers read them too.
    private static let creditReaders: Set<Role> = [.marketRegulator, .enforcementOfficer, .trainer, .customsOfficer, .inspectionOfficer]

    /// Command name (as its option table names it) → the roles that may run it.
    public static let commands: [String: Set<Role>] = [
        // Foundation: the database itself.
        "audit verify": [.administrator, .trainer],
        "audit checkpoint": [.administrator, .trainer],
        "audit schedule": [.administrator],
        "backup": [.administrator, .trainer],
        "reset": [.trainer],
        "manifest-check": [.administrator, .trainer],
        "operators list": [.administrator, .trainer],
        "clock show": [.trainer],
        "clock set": [.trainer],
        "clock advance": [.trainer],
        "lanes tick": [.administrator, .trainer],
        // A lane is handed over by an officer of its agency (the engine checks which) or a trainer.
        "lanes assign": laneOfficers.union([.trainer]),
        "lanes unassign": laneOfficers.union([.trainer]),
        "generate": [.trainer],
        // Administration.
        "admin operators list": [.administrator],
        "admin operators add": [.administrator],
        "admin operators change": [.administrator],
        "admin operators map": [.administrator],
        "admin operators disable": [.administrator],
        "admin enterprises list": [.administrator],
        "admin enterprises show": [.administrator],
        "admin enterprises add": [.administrator],
        "admin enterprises update": [.administrator],
        "admin enterprises import": [.administrator],
        "admin qualifications list": [.administrator],
        "admin qualifications set": [.administrator],
        // Declarations: the broker declares, the trader prepares, customs and inspection read.
        "declarations import": [.broker],
        "declarations create": [.broker, .trader],
        "declarations export": declarationReaders,
        "declarations list": declarationReaders,
        "declarations show": declarationReaders,
        "declarations validate": [.broker, .trader, .trainer],
        "declarations submit": [.broker],
        "declarations copy": [.broker, .trader],
        "declarations amend": [.broker],
        "declarations hand": [.trader],
        "declarations templates": [.broker, .trader],
        "declarations save-template": [.broker, .trader],
        "declarations from-template": [.broker, .trader],
        // Review of declarations: customs and inspection decide; the broker pays, books, withdraws.
        "review queue": declarationOfficers.union([.trainer]),
        "review tasks": declarationOfficers.union([.trainer]),
        // The broker and the trader follow their own declaration's review (scoped by the declaration).
        "review show": declarationOfficers.union([.trainer, .broker, .trader]),
        "review claim": declarationOfficers,
        "review unclaim": declarationOfficers,
        "review decide": declarationOfficers,
        "review pay": [.broker],
        "review withdraw": [.broker],
        "review book": [.broker],
        "review slots": declarationOfficers.union([.broker, .trainer]),
        "review offer": declarationOfficers.union([.trainer]),
        "review rules list": declarationOfficers.union([.trainer]),
        "review rules history": declarationOfficers.union([.trainer]),
        "review rules set": declarationOfficers.union([.trainer]),
        "review rules try": declarationOfficers.union([.trainer]),
        // Vessels: the shipping agent declares its own calls, the four agencies decide and read.
        "vessels create": [.shippingAgent],
        "vessels new": [.shippingAgent],
        "vessels attach": [.shippingAgent],
        "vessels import-crew": [.shippingAgent],
        "vessels import-passengers": [.shippingAgent],
        "vessels submit": [.shippingAgent],
        // The officers decide on their lanes; the agent answers their queries.
        "vessels decide": officers.union([.shippingAgent]),
        "vessels list": officers.union([.shippingAgent, .trainer]),
        "vessels show": officers.union([.shippingAgent, .trainer]),
        "vessels print": [.shippingAgent, .maritimeOfficer],
        // Anyone handed a port clearance may check it is genuine (the border, the next port).
        "vessels verify": Set(Role.allCases),
        // Approvals: the applicant registers and applies, the window accepts and seals, each
        // department decides on its lane; a decision's code may be checked by anyone.
        "approvals projects": approvalReaders,
        "approvals show": approvalReaders,
        "approvals register": [.broker, .trader, .approvalWindow],
        "approvals apply": [.broker, .trader, .approvalWindow],
        "approvals check": [.approvalWindow],
        "approvals accept": [.approvalWindow],
        "approvals return": [.approvalWindow],
        "approvals decide": [.departmentReviewer, .approvalWindow],
        "approvals queue": [.departmentReviewer, .approvalWindow, .trainer],
        "approvals tick": [.administrator, .trainer, .approvalWindow],
        "approvals meeting schedule": [.approvalWindow],
        "approvals meeting attendance": [.approvalWindow],
        "approvals meeting close": [.approvalWindow],
        "approvals decision issue": [.approvalWindow],
        "approvals decision print": [.approvalWindow],
        "approvals decision verify": Set(Role.allCases),
        "approvals verify": Set(Role.allCases),
        "approvals calendar show": Set(Role.allCases),
        "approvals calendar due": Set(Role.allCases),
        "approvals calendar load": [.approvalWindow, .trainer],
        "approvals catalogue load": [.approvalWindow, .trainer],
        "approvals warnings list": [.approvalWindow, .departmentReviewer, .trainer],
        // Enforcement: the regulator keeps the records and draws; each drawn officer fills and
        // signs the agency's part of the table; published results are for everyone.
        "enforcement catalogue": Set(Role.allCases),  // what every agency checks is public
        "enforcement class board": creditReaders,
        "enforcement class show": creditReaders,
        "enforcement class history": creditReaders,
        "enforcement class reclassify": regulators,
        "enforcement conflicts add": regulators,
        "enforcement records list": creditReaders,
        "enforcement records add": regulators.union([.enforcementOfficer]),
        "enforcement records import": regulators.union([.enforcementOfficer]),
        "enforcement records remove": regulators.union([.enforcementOfficer]),
        "enforcement records delist": regulators.union([.enforcementOfficer]),
        "enforcement draw list": inspectors.union([.trainer]),
        "enforcement draw districts": inspectors.union([.trainer]),
        "enforcement draw show": inspectors.union([.trainer]),
        "enforcement draw replay": inspectors.union([.trainer]),
        "enforcement draw preview": regulators,
        "enforcement draw run": regulators,
        "enforcement draw publish": regulators,
        "enforcement table show": inspectors.union([.trainer]),
        "enforcement table print": inspectors.union([.trainer]),
        "enforcement table mine": inspectors,
        "enforcement table fill": inspectors,
        "enforcement table sign": inspectors,
        "enforcement results": Set(Role.allCases),
    ]

    /// Tab id → the roles that see it. The business tabs are open to every business role (each
    /// pane scopes what it lists to the operator, as its domain queries do); the administration
    /// screen is the administrator's alone, and the administrator sees nothing else.
    public static let screens: [String: Set<Role>] = {
        let business = Set(Role.allCases).subtracting([.administrator])
        return ["declarations": business, "vessels": business, "approvals": business, "enforcement": business,
                "admin": [.administrator]]
    }()

    public static func mayRun(_ role: Role, command: String) -> Bool {
        open.contains(command) || commands[command]?.contains(role) == true
    }

    public static func maySee(_ role: Role, screen: String) -> Bool {
        screens[screen]?.contains(role) == true
    }

    /// Refuses `actor` unless its role may run `command`, naming the role, its agency and who may.
    public static func require(_ actor: Operator, command: String) throws {
        guard !mayRun(actor.role, command: command) else { return }
        throw AccessDenied(operatorID: actor.id, role: actor.role, agency: actor.agency, command: command,
                           allowed: (commands[command] ?? []).sorted { $0.rawValue < $1.rawValue })
    }
}

/// A role refused by the matrix: says who, as what, for which agency, and who may instead.
public struct AccessDenied: Error, Equatable, Sendable, CustomStringConvertible {
    public var operatorID: String
    public var role: Role
    public var agency: Agency
    public var command: String
    public var allowed: [Role]

    public var description: String {
        let acting = agency == .none ? "\(role.rawValue), acting for no agency" : "\(role.rawValue) for \(agency.rawValue)"
        let who = allowed.isEmpty ? "no role" : allowed.map(\.rawValue).joined(separator: ", ")
        return "\(operatorID) (\(acting)) may not run `\(command)`; it is for: \(who)"
    }
}
