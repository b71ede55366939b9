extension Role {
    public static let trainer = Role(declaring: "trainer") // may switch operator and move the clock on a training database
}

/// The roles of the house itself rather than of one pane's work.
enum FoundationRoles {
    static let all = [RoleDefinition(.trainer)]
}
