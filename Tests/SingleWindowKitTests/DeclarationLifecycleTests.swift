import Foundation
import Testing
@testable import SingleWindowKit

@Suite struct DeclarationLifecycleTests {
    let ws: Workspace
    let broker = DeclarationFixtures.broker
    let trader = DeclarationFixtures.trader

    let clock = SettableClock(DeclarationFixtures.t0)

    init() throws { ws = try DeclarationFixtures.workspace(clock: clock) }

    @Test func anInvalidDraftIsSavedExactlyAsTyped() throws {
        var d = DeclarationFixtures.shrimp()
        d["grossWeight"] = "12,5 kg"
        d.goods[0]["hsCode"] = "0306"
        let saved = try Declarations.createDraft(ws, d, by: broker)
        let loaded = try Declarations.load(ws, id: saved.id, by: broker)
        #expect(loaded["grossWeight"] == "12,5 kg")
        #expect(loaded.goods[0]["hsCode"] == "0306")
        #expect(loaded.status == .draft && loaded.version == 1 && loaded.brokerID == DeclarationFixtures.brokerEnterprise)
        #expect(loaded.traderID == DeclarationFixtures.traderEnterprise)
        #expect(try AuditLog.entries(ws.db, entity: "declaration", entityID: String(saved.id)).map(\.action) == ["declaration.create"])
    }

    @Test func aStaleSaveIsRefusedAndChangesNothing() throws {
        let saved = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: broker)
        var first = saved, second = saved
        first["notes"] = "first terminal"
        second["notes"] = "second terminal"
        let after = try Declarations.saveDraft(ws, first, by: broker)
        #expect(after.version == 2)
        #expect(throws: DatabaseError.staleVersion(table: "declaration", id: String(saved.id), expected: 1, found: 2)) {
            try Declarations.saveDraft(ws, second, by: broker)
        }
        #expect(try Declarations.load(ws, id: saved.id, by: broker)["notes"] == "first terminal")
        #expect(try AuditLog.entries(ws.db, entity: "declaration", entityID: String(saved.id)).count == 2)
    }

    @Test func submitAssignsTheNumberAndOpensOneLanePerAgency() throws {
        let d = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: broker)
        let plan = try Declarations.plan(ws, d)
        #expect(plan.agencies == [.customs, .inspection])
        #expect(plan.parts.allSatisfy { $0.goodsLines == 2 && $0.documents == 1 && $0.containers == 1 })
        let submitted = try Declarations.submit(ws, d, by: broker)
        #expect(submitted.number == "224820261000000001")
        #expect(submitted.status == .submitted)
        let lanes = try Lanes.lanes(ws.db, kind: .declaration, caseID: String(d.id))
        #expect(lanes.map(\.agency) == [.customs, .inspection])
        #expect(lanes.allSatisfy { $0.state == "received" })
        let detail = try DeclarationQueries.show(ws, id: d.id, by: broker)
        #expect(detail.lanes.count == 2 && detail.revisions.map(\.revision) == [1])
        #expect(detail.history.map(\.action) == ["declaration.create", "declaration.submit"])
        #expect(try AuditLog.verify(ws.db).isIntact)
    }

    @Test func scopeDecidesTheLanes() throws {
        let gears = try Declarations.submit(ws, try Declarations.createDraft(ws, DeclarationFixtures.gears(), by: broker), by: broker)
        #expect(try Lanes.lanes(ws.db, kind: .declaration, caseID: String(gears.id)).map(\.agency) == [.customs])
        var shrimp = DeclarationFixtures.shrimp(reference: "PO-I")
        shrimp.scope = .inspectionOnly
        let only = try Declarations.submit(ws, try Declarations.createDraft(ws, shrimp, by: broker), by: broker)
        #expect(try Lanes.lanes(ws.db, kind: .declaration, caseID: String(only.id)).map(\.agency) == [.inspection])
        #expect(try Declarations.plan(ws, only).agencies == [.inspection])
    }

    @Test func numbersCountPerDistrictYearAndFlag() throws {
        func submit(_ ref: String, district: String, direction: DeclarationDirection) throws -> String {
            var d = DeclarationFixtures.gears(reference: ref)
            d["customsDistrict"] = district
            d.direction = direction
            if direction == .export {
                d["tradeTerms"] = "3"; d["freightMark"] = ""; d["freightValue"] = ""; d["freightCurrency"] = ""
                d["insuranceMark"] = ""; d["insuranceValue"] = ""
            }
            return try Declarations.submit(ws, try Declarations.createDraft(ws, d, by: broker), by: broker).number ?? ""
        }
        #expect(try submit("a", district: "2248", direction: .import) == "224820261000000001")
        #expect(try submit("b", district: "2248", direction: .import) == "224820261000000002")
        #expect(try submit("c", district: "2201", direction: .import) == "220120261000000001")
        #expect(try submit("d", district: "2248", direction: .export) == "224820260000000001")
        clock.set(Date(timeIntervalSince1970: 1_798_761_600)) // 2027-01-01T00:00Z
        #expect(try submit("e", district: "2248", direction: .import) == "224820271000000001")
        // An invalid submission takes no number: the sequence stays gapless.
        var bad = DeclarationFixtures.gears(reference: "f")
        bad["billNo"] = ""
        let draft = try Declarations.createDraft(ws, bad, by: broker)
        #expect(throws: DomainError.self) { try Declarations.submit(ws, draft, by: broker) }
        #expect(try submit("g", district: "2248", direction: .import) == "224820271000000002")
    }

    @Test func anInvalidDeclarationIsNotSubmitted() throws {
        var d = DeclarationFixtures.shrimp()
        d.scope = .customsOnly
        let draft = try Declarations.createDraft(ws, d, by: broker)
        do {
            _ = try Declarations.submit(ws, draft, by: broker)
            Issue.record("submitted")
        } catch let DomainError.invalid(problems) {
            #expect(problems.contains { $0.key == "decl.legalInspectionCustomsOnly" && $0.path == "scope" })
        }
        #expect(try Declarations.load(ws, id: draft.id, by: broker).status == .draft)
        #expect(try Lanes.lanes(ws.db, kind: .declaration, caseID: String(draft.id)).isEmpty)
    }

    @Test func aSubmittedDeclarationIsReadOnly() throws {
        let submitted = try Declarations.submit(ws, try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: broker), by: broker)
        var edit = submitted
        edit["notes"] = "late change"
        #expect(throws: DomainError.invalidTransition(entity: "declaration", id: String(submitted.id), from: "submitted", action: "declaration.save")) {
            try Declarations.saveDraft(ws, edit, by: broker)
        }
        #expect(throws: DomainError.self) { try Declarations.submit(ws, edit, by: broker) }
    }

    @Test func amendOnlyAfterAnAgencyReturnsIt() throws {
        let submitted = try Declarations.submit(ws, try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: broker), by: broker)
        #expect(throws: DomainError.invalidTransition(entity: "declaration", id: String(submitted.id), from: "submitted", action: "amend")) {
            try Declarations.amend(ws, id: submitted.id, expectedVersion: submitted.version, by: broker)
        }
        // The wrong agency's officer cannot return it.
        #expect(throws: DomainError.notAuthorized(operatorID: "zhangmin", action: "declaration.return")) {
            try Declarations.markReturned(ws, id: submitted.id, agency: .inspection, reason: "x", by: DeclarationFixtures.customsOfficer)
        }
        clock.advance(by: 3600)
        let returned = try Declarations.markReturned(ws, id: submitted.id, agency: .customs, reason: "规格型号申报要素不全",
                                                     by: DeclarationFixtures.customsOfficer)
        #expect(returned.status == .returned)
        let amended = try Declarations.amend(ws, id: submitted.id, expectedVersion: returned.version, by: broker)
        #expect(amended.status == .draft && amended.revision == 2 && amended.number == submitted.number)
        var fixed = amended
        fixed.goods[0]["goodsModel"] = "冻|去头|规格40/50|PACIFIC牌|无中文标签"
        let resubmitted = try Declarations.submit(ws, fixed, by: broker)
        #expect(resubmitted.number == submitted.number && resubmitted.revision == 2)
        let detail = try DeclarationQueries.show(ws, id: submitted.id, by: broker)
        #expect(detail.revisions.map(\.revision) == [1, 2])
        #expect(detail.revisions[0].declaration?.goods[0]["goodsModel"] == "冻|去头|规格40/50|PACIFIC牌")
        let customsLane = detail.lanes.first { $0.agency == .customs }!
        #expect(customsLane.state == "received")
        #expect(detail.laneEvents[customsLane.id]?.map(\.action) == ["open", "return", "resubmit"])
        #expect(detail.history.map(\.action) == ["declaration.create", "declaration.submit", "declaration.return",
                                                 "declaration.amend", "declaration.submit"])
    }

    @Test func authority() throws {
        let d = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: broker)
        // An inspection officer cannot save a broker's draft, nor may another broker.
        #expect(throws: DomainError.notAuthorized(operatorID: "wangqiang", action: "declaration.save")) {
            try Declarations.saveDraft(ws, d, by: DeclarationFixtures.inspectionOfficer)
        }
        #expect(throws: DomainError.notAuthorized(operatorID: "wangfang", action: "declaration.save")) {
            try Declarations.saveDraft(ws, d, by: DeclarationFixtures.otherBroker)
        }
        #expect(throws: DomainError.self) { try Declarations.load(ws, id: d.id, by: DeclarationFixtures.otherBroker) }
        // Officers see a declaration only once it is submitted to them.
        #expect(throws: DomainError.self) { try Declarations.load(ws, id: d.id, by: DeclarationFixtures.customsOfficer) }
        // A trader sees the broker's declaration for it, but the broker holds it.
        #expect(try Declarations.load(ws, id: d.id, by: trader).id == d.id)
        #expect(throws: DomainError.self) { try Declarations.saveDraft(ws, d, by: trader) }
    }

    @Test func aTraderPreparesAndHandsOverButCannotSubmit() throws {
        var content = DeclarationFixtures.shrimp(reference: "ERP-77")
        content.brokerID = "ignored"
        let draft = try Declarations.createDraft(ws, content, by: trader)
        #expect(draft.holder == .trader && draft.traderID == DeclarationFixtures.traderEnterprise)
        #expect(throws: DomainError.notAuthorized(operatorID: "chenyu", action: "declaration.submit")) {
            try Declarations.submit(ws, draft, by: trader)
        }
        // Not the broker's yet.
        #expect(throws: DomainError.self) { try Declarations.saveDraft(ws, draft, by: broker) }
        var edited = draft
        edited["notes"] = "请尽快申报"
        let saved = try Declarations.saveDraft(ws, edited, by: trader)
        let handed = try Declarations.handToBroker(ws, id: draft.id, expectedVersion: saved.version,
                                                   brokerID: DeclarationFixtures.brokerEnterprise, by: trader)
        #expect(handed.holder == .broker)
        #expect(throws: DomainError.self) { try Declarations.saveDraft(ws, handed, by: trader) }
        let submitted = try Declarations.submit(ws, handed, by: broker)
        #expect(submitted.status == .submitted)
        // Both see it in their lists.
        #expect(try DeclarationQueries.list(ws, by: broker).items.map(\.id) == [draft.id])
        #expect(try DeclarationQueries.list(ws, by: trader).items.map(\.id) == [draft.id])
    }

    @Test func copiesAndTemplates() throws {
        let original = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: broker)
        let copy = try Declarations.copy(ws, id: original.id, by: broker)
        #expect(copy.id != original.id && copy.traderReference == "" && copy.goods == original.goods)
        let template = try Declarations.saveTemplate(ws, original, name: "厄瓜多尔冻虾 FOB", by: broker)
        #expect(try Declarations.templates(ws, by: broker).map(\.name) == ["厄瓜多尔冻虾 FOB"])
        let fromTemplate = try Declarations.newFromTemplate(ws, templateID: template.id, by: broker)
        #expect(fromTemplate.header["billNo"] == "MEDUEC123456" && fromTemplate.traderReference == "")
        #expect(throws: DomainError.self) { try Declarations.newFromTemplate(ws, templateID: template.id, by: DeclarationFixtures.otherBroker) }
        // Saving under the same name replaces the template.
        _ = try Declarations.saveTemplate(ws, DeclarationFixtures.gears(), name: "厄瓜多尔冻虾 FOB", by: broker)
        #expect(try Declarations.templates(ws, by: broker).count == 1)
    }

    @Test func projectionsSplitTheRecordPerAgency() throws {
        let d = DeclarationFixtures.shrimp()
        let reference = DeclarationReference(db: ws.db)
        let customs = try CustomsProjection.make(d, reference: reference)
        let inspection = try InspectionProjection.make(d, reference: reference)
        #expect(customs.value("packageType") == "22")
        #expect(inspection.value("packageType") == "4M")
        #expect(customs.value("levyNature") == "101" && inspection.value("levyNature") == nil)
        #expect(inspection.value("inspectionOrg") == "310000" && customs.value("inspectionOrg") == nil)
        #expect(customs.value("billNo") == "MEDUEC123456" && inspection.value("billNo") == "MEDUEC123456")
        #expect(customs.goods[0].contains { $0.key == "dutyMode" })
        #expect(!inspection.goods[0].contains { $0.key == "dutyMode" })
    }

    @Test func listsPageByKeysetAndSearch() throws {
        for i in 1...7 {
            clock.advance(by: 1)
            var d = DeclarationFixtures.gears(reference: "R\(i)")
            d["billNo"] = "BL\(i)"
            d["contractNo"] = "C\(i % 2)"
            _ = try Declarations.createDraft(ws, d, by: broker)
        }
        let first = try DeclarationQueries.list(ws, by: broker, limit: 3)
        #expect(first.items.map(\.traderReference) == ["R7", "R6", "R5"])
        let second = try DeclarationQueries.list(ws, by: broker, after: first.next, limit: 3)
        #expect(second.items.map(\.traderReference) == ["R4", "R3", "R2"])
        let third = try DeclarationQueries.list(ws, by: broker, after: second.next, limit: 3)
        #expect(third.items.map(\.traderReference) == ["R1"] && third.next == nil)
        #expect(try DeclarationQueries.list(ws, by: broker, filter: DeclarationFilter(search: "BL3")).items.map(\.traderReference) == ["R3"])
        #expect(try DeclarationQueries.list(ws, by: broker, filter: DeclarationFilter(search: "C1")).items.count == 4)
        #expect(try DeclarationQueries.list(ws, by: broker, filter: DeclarationFilter(search: "上海海鲜")).items.count == 7)
        #expect(try DeclarationQueries.list(ws, by: broker, filter: DeclarationFilter(status: .submitted)).items.isEmpty)
        #expect(try DeclarationQueries.list(ws, by: DeclarationFixtures.otherBroker).items.isEmpty)
        let plan = try ws.db.query("EXPLAIN QUERY PLAN SELECT id FROM declaration WHERE broker_id = ? AND status = ? ORDER BY updated_at DESC, id DESC LIMIT 5",
                                   ["x", "draft"]).map { $0.string("detail") ?? "" }.joined(separator: " ")
        #expect(plan.contains("declaration_broker_status") && !plan.contains("TEMP B-TREE"))
    }
}
