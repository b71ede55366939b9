import Foundation
import Testing
@testable import SingleWindowKit

/// An amendment as the officer reads it: what changed since the previous submitted revision.
@Suite struct RevisionDiffTests {
    let old: Declaration = {
        var d = DeclarationFixtures.shrimp()
        d.revision = 1
        return d
    }()

    func next(_ change: (inout Declaration) -> Void) -> Declaration {
        var d = old
        d.revision = 2
        change(&d)
        return d
    }

    @Test func noChangeIsEmpty() {
        let diff = RevisionDiff.between(old, next { _ in })
        #expect(diff.isEmpty)
        #expect(diff.fromRevision == 1 && diff.toRevision == 2)
        // Spaces around a value read the same: no change.
        #expect(RevisionDiff.between(old, next { $0["billNo"] = " MEDUEC123456 " }).isEmpty)
    }

    @Test func oneHeaderField() {
        let diff = RevisionDiff.between(old, next { $0["grossWeight"] = "21500" })
        #expect(diff.header == [.init(key: "grossWeight", old: "21000", new: "21500")])
        #expect(diff.goods.isEmpty && diff.containersChanged == 0 && diff.documentsChanged == 0)
        // A field emptied and one filled in are changes too; the direction and scope are header items.
        let more = RevisionDiff.between(old, next { $0["marks"] = ""; $0["remarks"] = "re-weighed"; $0.scope = .customsOnly })
        #expect(Set(more.header.map(\.key)) == ["marks", "remarks", "scope"])
        #expect(more.header.first { $0.key == "marks" } == .init(key: "marks", old: "N/M", new: ""))
    }

    @Test func aGoodsLinesQuantity() {
        let diff = RevisionDiff.between(old, next { $0.goods[1]["quantity"] = "7900"; $0.goods[1]["legalQuantity"] = "7900" })
        #expect(diff.header.isEmpty)
        #expect(diff.goods == [.init(lineNo: 2, kind: .changed, keys: ["quantity", "legalQuantity"])
                               .sortedKeys(by: FieldCatalogue.fields(level: .goods).map(\.key))])
    }

    @Test func aLineAddedOrRemovedAndContainersAndDocumentsCounted() {
        let added = RevisionDiff.between(old, next {
            $0.goods.append(DeclarationFixtures.shrimpLine(quantity: "100", price: "9", total: "900", net: "100"))
            $0.containers.append(DeclarationContainer(number: "MSCU7654321", sizeType: "45R1"))
            $0.documents[0]["documentNo"] = "EC2026000124"
        })
        #expect(added.goods == [.init(lineNo: 3, kind: .added, keys: [])])
        #expect(added.containersChanged == 1 && added.documentsChanged == 1)
        let removed = RevisionDiff.between(old, next { $0.goods.removeFirst() })
        // Lines are matched by position: line 1 now holds the old line 2, and line 2 is gone.
        #expect(removed.goods.map(\.kind) == [.changed, .removed])
        #expect(removed.goods.last?.lineNo == 2)
    }

    /// Through the store: returned, amended, resubmitted; the review case carries the diff
    /// against the revision as it was sent, and none on a first revision.
    @Test func theReviewCaseCarriesTheDifferencesSinceThePreviousRevision() throws {
        let clock = SettableClock(DeclarationFixtures.t0)
        let ws = try ReviewFixtures.workspace(clock: clock)
        let customs = ReviewFixtures.customs, broker = ReviewFixtures.broker
        let d = try ReviewFixtures.submit(ws, DeclarationFixtures.shrimp())
        #expect(try ReviewCases.show(ws, declarationID: d.id, by: customs).revisionDiff == nil)
        let lane = try Review.claim(ws, declarationID: d.id, expectedVersion: try ReviewFixtures.lane(ws, d.id, .customs).version, by: customs)
        _ = try Review.decide(ws, declarationID: d.id, expectedVersion: lane.version,
                              decision: .returnForCorrection(reason: "net weight"), by: customs)
        var amended = try Declarations.amend(ws, id: d.id, expectedVersion: try Declarations.load(ws, id: d.id, by: broker).version, by: broker)
        amended.goods[0]["goodsModel"] = "冻|去头|规格40/50|PACIFIC牌|无中文标签"
        amended["netWeight"] = "19900"
        clock.advance(by: 600)
        _ = try Declarations.submit(ws, amended, by: broker)
        let diff = try #require(try ReviewCases.show(ws, declarationID: d.id, by: customs).revisionDiff)
        #expect(diff.fromRevision == 1 && diff.toRevision == 2)
        #expect(diff.header == [.init(key: "netWeight", old: "20000", new: "19900")])
        #expect(diff.goods == [.init(lineNo: 1, kind: .changed, keys: ["goodsModel"])])
    }
}

extension RevisionDiff.LineChange {
    /// The keys in the catalogue's order (the order the diff reports them in).
    func sortedKeys(by order: [String]) -> Self {
        var copy = self
        copy.keys = order.filter { keys.contains($0) } + keys.filter { !order.contains($0) }.sorted()
        return copy
    }
}
