import Foundation
import SingleWindowKit

/// A file of lists to attach to a draft: `{"cargo": [...], "dangerousGoods": [...], "stores": [...]}`
/// (any of them), or a whole declaration file, whose lists are taken. The pane's `g` and
/// `vessels attach` read it the same way; a fault is reported as `file:line:column: field: reason`.
public enum VesselListsFile {
    private struct Envelope: Decodable {
        var cargo: [ManifestLine]?
        var dangerousGoods: [DangerousGoodsItem]?
        var stores: [StoreItem]?
        var declaration: VesselLists?
    }

    public static func read(path: String) throws -> VesselLists {
        let url = VesselFilePath.url(path)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw VesselFileError.unreadable(path: path, detail: error.localizedDescription)
        }
        if let fault = VesselFileCheck.syntax(data) {
            throw VesselFileError.fault(path: path, line: fault.line, column: fault.column, field: fault.field, reason: .syntax(fault.reason))
        }
        do {
            let envelope = try JSONDecoder().decode(Envelope.self, from: data)
            if let inner = envelope.declaration { return inner }
            return VesselLists(cargo: envelope.cargo, dangerousGoods: envelope.dangerousGoods, stores: envelope.stores)
        } catch let error as DecodingError {
            func fault(_ codingPath: [any CodingKey], _ reason: VesselFileReason) -> VesselFileError {
                let (line, column) = VesselFileCheck.position(of: codingPath, in: data)
                return .fault(path: path, line: line, column: column, field: VesselFileCheck.fieldName(codingPath), reason: reason)
            }
            switch error {
            case let .keyNotFound(key, context): throw fault(context.codingPath + [key], .missing)
            case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
                throw fault(context.codingPath, .wrongValue(context.debugDescription))
            @unknown default: throw fault([], .wrongValue(String(describing: error)))
            }
        }
    }
}
