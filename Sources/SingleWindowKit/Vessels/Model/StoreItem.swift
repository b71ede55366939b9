import Foundation

/// One article on the ship's stores declaration (FAL 3).
public struct StoreItem: Equatable, Codable, Sendable {
    public var article: String
    public var quantity: Decimal
    /// Unit of measurement ("kg", "l", "cartons", "bottles").
    public var unit: String
    /// Where the article is kept on board.
    public var location: String
    /// Declared on arrival and still on board: no separate departure declaration (FAL 2.12.2).
    public var carriedOver: Bool

    public init(article: String, quantity: Decimal, unit: String, location: String = "", carriedOver: Bool = false) {
        self.article = article; self.quantity = quantity; self.unit = unit; self.location = location; self.carriedOver = carriedOver
    }
}

/// One line of the crew's effects declaration (FAL 4): only effects not eligible for relief
/// from duties or subject to prohibitions are listed (FAL 2.5.2). Not required on departure.
public struct CrewEffect: Equatable, Codable, Sendable {
    public var familyName: String
    public var givenNames: String
    public var rank: String
    public var effects: String

}
