extension ReviewCommands {
    /// `review …` and its nested `review rules …`.
    static let commandArea = CommandArea(name: "review", commands: ["review": verbs],
                                         nested: ["review rules": RiskRuleCommands.verbs], tables: tables)
}
