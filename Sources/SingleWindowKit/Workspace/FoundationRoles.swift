extension Role {
    public static let trainer = Role(declaring: "trainer") // may switch operator and move the clock on a training database
    /// Runs a production database: operators, enterprises and their qualifications, reference
    /// reloads. Acts in no case and for no agency.
    public static let administrator = Role(declaring: "administrator")
}

/// The roles of the house itself rather than of one pane's work.
enum FoundationRoles {
    static let all = [RoleDefinition(.trainer), RoleDefinition(.administrator)]
}
