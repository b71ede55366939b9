import SingleWindowKit

/// The pages of one declaration on screen: the big table's header, its three sub-grids, and the
/// status view (lanes, timelines, history). PgDn/PgUp move between them.
enum EditorPage: Int, CaseIterable {
    case header, goods, containers, documents, status

    var title: DS {
        switch self {
        case .header: return .pageHeader
        case .goods: return .pageGoods
        case .containers: return .pageContainers
        case .documents: return .pageDocuments
        case .status: return .pageStatus
        }
    }

    /// The catalogue level a grid page edits (nil for the header form and the status view).
    var gridLevel: FieldDefinition.Level? {
        switch self {
        case .goods: return .goods
        case .containers: return .container
        case .documents: return .document
        case .header, .status: return nil
        }
    }
}
