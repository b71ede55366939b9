import Presentation
import SingleWindowKit

/// Where a validation problem's path points on the form: `header.netWeight`, `scope`,
/// `goods[2].hsCode` (1-based, as the validator and importer report it), `goods`.
enum ProblemLocation: Equatable {
    case header(String)
    /// 0-based row.
    case line(FieldDefinition.Level, Int, String?)
    case goods
    case other

    init(path: String) {
        if path.hasPrefix("header.") {
            self = .header(String(path.dropFirst("header.".count)))
        } else if path == "scope" || path == "direction" {
            self = .header(path)
        } else if path == "goods" {
            self = .goods
        } else if let open = path.firstIndex(of: "["), let close = path.firstIndex(of: "]"), open < close,
                  let n = Int(path[path.index(after: open)..<close]) {
            let name = path[..<open]
            let level: FieldDefinition.Level? = name == "goods" ? .goods : name == "containers" ? .container
                : name == "documents" ? .document : nil
            let rest = path[path.index(after: close)...]
            let key = rest.hasPrefix(".") ? String(rest.dropFirst()) : nil
            if let level { self = .line(level, n - 1, key) } else { self = .other }
        } else {
            self = .other
        }
    }

    var headerKey: String? {
        if case let .header(key) = self { return key }
        return nil
    }

    /// "Gross weight (kg)" or "Line 2 · Commodity code": the problem's place in the operator's words.
    func describe(_ strings: Strings) -> String {
        let language = strings.language
        switch self {
        case let .header(key):
            return FieldCatalogue.field(key)?.label(language) ?? key
        case let .line(level, row, key):
            let label = key.flatMap { FieldCatalogue.field($0)?.label(language) } ?? ""
            let place: DS = level == .goods ? .problemGoodsLine : level == .container ? .problemContainer : .problemDocument
            return strings.format(place, row + 1) + (label.isEmpty ? "" : " · " + label)
        case .goods:
            return strings[.pageGoods]
        case .other:
            return ""
        }
    }
}
