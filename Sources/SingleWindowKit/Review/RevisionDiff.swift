import Foundation
import Store
import TextWidth

/// What changed between two submitted revisions of one declaration, as the officer reads an
/// amendment: the header items that changed (by catalogue key, old → new), the goods lines
/// added, removed or changed (and which of their items), and how many containers and documents
/// changed. Lines are matched by position (项号), as the customs message numbers them.
public struct RevisionDiff: Equatable, Sendable {
    /// One header item: its catalogue key (the screen names it by the catalogue's label).
    public struct FieldChange: Equatable, Sendable {
        public var key: String
        public var old: String
        public var new: String
    }

    /// One goods line (项号 from 1) and what happened to it; `keys` are the changed items.
    public struct LineChange: Equatable, Sendable {
        public enum Kind: String, Equatable, Sendable { case added, removed, changed }
        public var lineNo: Int
        public var kind: Kind
        public var keys: [String]
    }

    public var fromRevision: Int
    public var toRevision: Int
    public var header: [FieldChange]
    public var goods: [LineChange]
    /// Containers (documents) added, removed or changed, counted by position.
    public var containersChanged: Int
    public var documentsChanged: Int

    public var isEmpty: Bool { header.isEmpty && goods.isEmpty && containersChanged == 0 && documentsChanged == 0 }

    /// The differences from `old` to `new`. Values compare without surrounding spaces, so a
    /// re-typed value that reads the same is no change.
    public static func between(_ old: Declaration, _ new: Declaration) -> RevisionDiff {
        var header: [FieldChange] = []
        for key in headerKeys(old, new) {
            let before = old[key].trimmed, after = new[key].trimmed
            if before != after { header.append(FieldChange(key: key, old: before, new: after)) }
        }
        var goods: [LineChange] = []
        for i in 0..<max(old.goods.count, new.goods.count) {
            switch (i < old.goods.count ? old.goods[i] : nil, i < new.goods.count ? new.goods[i] : nil) {
            case (nil, .some): goods.append(LineChange(lineNo: i + 1, kind: .added, keys: []))
            case (.some, nil): goods.append(LineChange(lineNo: i + 1, kind: .removed, keys: []))
            case let (.some(a), .some(b)):
                let keys = changedKeys(a.values, b.values, level: .goods)
                if !keys.isEmpty { goods.append(LineChange(lineNo: i + 1, kind: .changed, keys: keys)) }
            case (nil, nil): break
            }
        }
        return RevisionDiff(fromRevision: old.revision, toRevision: new.revision, header: header, goods: goods,
                            containersChanged: changedCount(old.containers.map(\.values), new.containers.map(\.values), level: .container),
                            documentsChanged: changedCount(old.documents.map(\.values), new.documents.map(\.values), level: .document))
    }

    /// Header keys in catalogue order (the form's order), then any others the records hold.
    static func headerKeys(_ old: Declaration, _ new: Declaration) -> [String] {
        let catalogue = FieldCatalogue.fields(level: .header).map(\.key)
        let known = Set(catalogue)
        let extra = Set(old.header.keys).union(new.header.keys).subtracting(known).sorted()
        return catalogue + extra
    }

    /// The keys whose values differ, in catalogue order then the rest sorted.
    static func changedKeys(_ a: [String: String], _ b: [String: String], level: FieldDefinition.Level) -> [String] {
        let differing = Set(a.keys).union(b.keys).filter { (a[$0] ?? "").trimmed != (b[$0] ?? "").trimmed }
        let ordered = FieldCatalogue.fields(level: level).map(\.key).filter { differing.contains($0) }
        return ordered + differing.subtracting(ordered).sorted()
    }

    static func changedCount(_ a: [[String: String]], _ b: [[String: String]], level: FieldDefinition.Level) -> Int {
        (0..<max(a.count, b.count)).filter { i in
            guard i < a.count, i < b.count else { return true }
            return !changedKeys(a[i], b[i], level: level).isEmpty
        }.count
    }
}

public enum RevisionDiffs {
    /// The differences between the declaration's previous submitted revision (its snapshot in
    /// `declaration_revision`) and `d` as it is now; nil for a first revision or a missing snapshot.
    public static func sincePrevious(_ db: Database, _ d: Declaration) throws -> RevisionDiff? {
        guard d.revision >= 2 else { return nil }
        // The latest revision sent before this one (an amendment might not have been resubmitted between).
        guard let row = try db.queryOne("""
            SELECT snapshot FROM declaration_revision WHERE declaration_id = ? AND revision < ? ORDER BY revision DESC LIMIT 1
            """, [d.id, d.revision]), let old = DeclarationStore.fromSnapshot(row.string("snapshot") ?? "") else { return nil }
        return RevisionDiff.between(old, d)
    }
}
