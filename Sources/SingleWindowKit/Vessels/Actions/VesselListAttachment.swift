import Foundation
import Store

/// The lists an agent attaches to a draft from a file (FAL 2 cargo declaration / manifest, FAL 7
/// dangerous goods, FAL 3 stores): each list the file holds replaces the draft's, the others stay.
/// They are checked with the whole declaration at submission, as an imported crew list's
/// cross-references are (a dangerous-goods line naming a B/L the manifest lacks, say).
public struct VesselLists: Equatable, Codable, Sendable {
    public var cargo: [ManifestLine]?
    public var dangerousGoods: [DangerousGoodsItem]?
    public var stores: [StoreItem]?

    public init(cargo: [ManifestLine]? = nil, dangerousGoods: [DangerousGoodsItem]? = nil, stores: [StoreItem]? = nil) {
        self.cargo = cargo; self.dangerousGoods = dangerousGoods; self.stores = stores
    }

    public var isEmpty: Bool { cargo == nil && dangerousGoods == nil && stores == nil }
}

extension VesselCalls {
    @discardableResult
    public static func attachLists(_ ws: Workspace, callID: String, expectedVersion: Int64, lists: VesselLists, fileName: String,
                                   by actor: Operator) throws -> VesselCall {
        let db = ws.db, now = ws.now()
        return try db.write {
            let call = try VesselRecords.require(db, id: callID)
            try VesselAuthority.requireAgent(actor, "vessel.attachLists", call: call)
            try requireDraft(call, "vessel.attachLists")
            guard !lists.isEmpty else {
                throw DomainError.invalid([Problem("lists", "vessel.lists.empty", [fileName])])
            }
            var d = call.declaration
            if let cargo = lists.cargo { d.cargo = cargo }
            if let goods = lists.dangerousGoods { d.dangerousGoods = goods }
            if let stores = lists.stores { d.stores = stores }
            try VesselRecords.replace(db, call: call, with: d, expectedVersion: expectedVersion, at: now)
            let summary = [lists.cargo.map { "\($0.count) manifest lines" }, lists.dangerousGoods.map { "\($0.count) dangerous goods" },
                           lists.stores.map { "\($0.count) stores" }].compactMap { $0 }.joined(separator: ", ")
            try AuditLog.append(db, at: now, by: actor, action: "vessel.attachLists", entity: "vessel_call", entityID: callID,
                                after: "\(summary) from \(fileName)")
            return try VesselRecords.require(db, id: callID)
        }
    }
}
