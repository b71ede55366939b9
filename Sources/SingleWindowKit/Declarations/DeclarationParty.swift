/// One of the four parties a declaration names, read from its header items.
public struct DeclarationParty: Equatable, Sendable {
    public var name: String
    public var nameEn: String
    public var uscc: String
    public var customsCode: String
    public var ciqCode: String
}
