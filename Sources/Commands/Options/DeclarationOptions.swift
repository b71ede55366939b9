import Presentation

extension DeclarationCommands {
    /// The option tables of `declarations …`.
    static let tables: [OptionTable] = {
        let importing: [CommandOption] = [
            .flag("submit", .optSubmit), .flag("dry-run", .optDryRun), .value("rejects", "PATH", .optRejects),
        ]
        let status = CommandOption.value("status", "STATUS", .optDeclStatus)
        let search = CommandOption.value("search", "TEXT", .optDeclSearch)
        return [
            OptionTable("declarations import", "FILE", .cmdDeclImport, importing),
            OptionTable("declarations create", "FILE.json", .cmdDeclCreate, importing),
            OptionTable("declarations export", "[ID…]", .cmdDeclExport, [
                .value("format", "csv|json", .optFormat), .value("out", "FILE", .optExportOut), status, search,
                .flag("raw", .optExportRaw),
            ]),
            OptionTable("declarations list", "", .cmdDeclList, [
                status, search, .value("after", "CURSOR", .optAfterCursor), .value("limit", "N", .optLimit),
            ]),
            OptionTable("declarations show", "ID", .cmdDeclShow),
            OptionTable("declarations validate", "ID|FILE", .cmdDeclValidate, [.value("rejects", "PATH", .optRejects)]),
            OptionTable("declarations submit", "ID", .cmdDeclSubmit),
            OptionTable("declarations copy", "ID", .cmdDeclCopy),
            OptionTable("declarations amend", "ID", .cmdDeclAmend),
            OptionTable("declarations hand", "ID", .cmdDeclHand, [.value("broker", "USCC", .optBroker)]),
            OptionTable("declarations templates", "", .cmdDeclTemplates),
            OptionTable("declarations save-template", "ID", .cmdDeclSaveTemplate, [.value("name", "NAME", .optTemplateName)]),
            OptionTable("declarations from-template", "TEMPLATE_ID", .cmdDeclFromTemplate),
        ]
    }()
}
