import Foundation
import Testing
@testable import SingleWindowKit

/// One form, one window, parallel review, one seal — and what the deadline pass does.
@Suite struct ApprovalStageTests {
    let f: ApprovalFixture
    init() throws { f = try ApprovalFixture() }

    @Test func marketLandSkipsStageOne() throws {
        let market = try f.project(land: .market)
        #expect(try Projects.stages(f.db, projectID: market.id).map(\.state) == [.skipped, .open, .locked, .locked])
        let allocated = try f.project()
        #expect(try Projects.stages(f.db, projectID: allocated.id).map(\.state) == [.open, .locked, .locked, .locked])
        #expect(throws: DomainError.self) {
            try ApprovalWindow.apply(f.ws, projectID: market.id, stage: .siteAndLand, materials: [], by: f.broker)
        }
    }

    @Test func aBadInvestorCodeIsRefused() throws {
        var p = Project(investorID: "913101153127416250", investorName: "x", name: "x", site: "x", district: "x", industry: "C3670",
                        investment: "0", land: .allocated, contact: "x")
        #expect(Set(p.problems().map(\.path)) == ["investorID", "investment"])
        p.investorID = "913101153127416255"; p.investment = "1"
        #expect(p.problems().isEmpty)
    }

    @Test func theWindowReturnsListingExactlyWhatIsMissing() throws {
        let p = try f.project()
        try ApprovalWindow.apply(f.ws, projectID: p.id, stage: .siteAndLand, materials: ["M01", "M02", "M03"], by: f.broker)
        let check = try ApprovalWindow.check(f.db, projectID: p.id, stage: .siteAndLand)
        #expect(check.filter { !$0.present }.map(\.material.code) == ["M04", "M05", "M06"])
        #expect(check.first { $0.material.code == "M04" }?.items == ["S1-02", "S1-03", "S1-04"])
        #expect(throws: DomainError.self) { try ApprovalWindow.accept(f.ws, projectID: p.id, stage: .siteAndLand, by: f.window) }
        let returned = try ApprovalWindow.returnApplication(f.ws, projectID: p.id, stage: .siteAndLand, by: f.window)
        #expect(returned.state == .returned && returned.missing == ["M04", "M05", "M06"])
        #expect(try Lanes.lanes(f.db, kind: .approvalStage, caseID: p.id + "/1").isEmpty)
        // Applied again complete, and accepted: one lane per department, the longest deadline.
        let lanes = try f.accepted(p.id, .siteAndLand)
        #expect(lanes.map(\.agency) == [.planning, .land])
        #expect(lanes.allSatisfy { $0.detail["due"] == "2026-03-30" && $0.detail["flagged"] == "0" })
        #expect(try Projects.stage(f.db, p.id, .siteAndLand).acceptedDay == ApprovalFixture.day("2026-03-02"))
    }

    @Test func deemedExactlyAtTheDeadlineAndNotASecondBefore() throws {
        let p = try f.project()
        try f.accepted(p.id, .siteAndLand)
        let caseID = p.id + "/1"
        try DepartmentReview.decide(f.ws, caseID: caseID, department: .planning, action: .approve, by: f.reviewer(.planning))
        let deadline = try #require(try f.lane(caseID, .land).deadline)
        #expect(deadline == ApprovalFixture.shanghai("2026-03-31 00:00"))
        var report = try LaneTick.run(f.ws, now: deadline.addingTimeInterval(-1))
        #expect(report.applied == 0)
        #expect(try f.lane(caseID, .land).state == "pending")
        report = try LaneTick.run(f.ws, now: deadline)
        #expect(report.applied == 1)
        let land = try f.lane(caseID, .land)
        #expect(land.state == "deemed_timeout" && land.deadline == nil)
        // Idempotent: a second tick changes nothing.
        #expect(try LaneTick.run(f.ws, now: deadline.addingTimeInterval(3600)) == LaneTickReport())
        #expect(try f.lane(caseID, .land).version == land.version)
        // Lateness recorded in the month of the due date.
        #expect(try ApprovalQueries.lateCount(f.db, department: .land, month: "2026-03") == 1)
    }

    @Test func aLateOpinionIsRefusedOnceTheDeadlineHasPassed() throws {
        let p = try f.project()
        try f.accepted(p.id, .siteAndLand)
        f.clock.set(ApprovalFixture.shanghai("2026-03-31 00:00"))
        #expect(throws: LaneError.self) {
            try DepartmentReview.decide(f.ws, caseID: p.id + "/1", department: .land, action: .approve, by: f.reviewer(.land))
        }
    }

    @Test func flaggedItemsEscalateInsteadOfBeingDeemed() throws {
        let p = try f.project()
        try f.accepted(p.id, .siteAndLand, optional: ["S1-05"])   // seismic safety: public safety
        let caseID = p.id + "/1"
        #expect(try f.lane(caseID, .init("seismic")).detail["flagged"] == "1")
        try LaneTick.run(f.ws, now: ApprovalFixture.shanghai("2026-04-30 00:00"))
        let seismic = try f.lane(caseID, .init("seismic"))
        #expect(seismic.state == "escalated")
        #expect(try f.lane(caseID, .planning).state == "deemed_timeout")
        // The stage cannot be sealed while the bureau has not decided.
        #expect(throws: DomainError.self) { try ApprovalDecisions.issue(f.ws, caseID: caseID, by: f.window) }
        #expect(throws: DomainError.self) {
            try DepartmentReview.decide(f.ws, caseID: caseID, department: .init("seismic"), action: .bureauApprove, by: f.window)
        }
        try DepartmentReview.decide(f.ws, caseID: caseID, department: .init("seismic"), action: .bureauApprove,
                                    text: "bureau meeting 2026-04-30", by: f.window)
        // Escalation is lateness too.
        #expect(try ApprovalQueries.lateCount(f.db, department: .init("seismic"), month: "2026-03") == 1)
    }

    @Test func supplementsStopTheClockAndKeepTheDaysLeft() throws {
        let p = try f.project()
        try f.accepted(p.id, .siteAndLand)              // due 2026-03-30
        let caseID = p.id + "/1"
        f.clock.set(ApprovalFixture.shanghai("2026-03-18 15:00"))   // a Wednesday
        #expect(throws: DomainError.self) {
            try DepartmentReview.decide(f.ws, caseID: caseID, department: .land, action: .requestSupplements, by: f.reviewer(.land))
        }
        try DepartmentReview.decide(f.ws, caseID: caseID, department: .land, action: .requestSupplements,
                                    text: "用地红线图坐标", by: f.reviewer(.land))
        var land = try f.lane(caseID, .land)
        // 19, 20, 23–27, 30 March: 8 whole working days after the 18th.
        #expect(land.state == "supplements" && land.deadline == nil && land.detail["days_left"] == "8")
        // Stopped, nothing passes while the applicant is away.
        #expect(try LaneTick.run(f.ws, now: ApprovalFixture.shanghai("2026-04-20 00:00")).applied == 1)   // only planning
        #expect(try f.lane(caseID, .land).state == "supplements")
        f.clock.set(ApprovalFixture.shanghai("2026-04-02 10:00"))  // Thursday; 3 April then Qingming
        try DepartmentReview.decide(f.ws, caseID: caseID, department: .land, action: .supply, by: f.window)
        land = try f.lane(caseID, .land)
        // 8 days from the 2nd: 3, 7, 8, 9, 10, 13, 14, 15 April.
        #expect(land.state == "pending" && land.detail["due"] == "2026-04-15")
        #expect(land.deadline == ApprovalFixture.shanghai("2026-04-16 00:00"))
    }

    @Test func absenceFromTheMeetingIsDeemedButIsNotLateness() throws {
        let p = try f.project()
        try f.accepted(p.id, .siteAndLand, optional: ["S1-05"])
        let caseID = p.id + "/1"
        let at = ApprovalFixture.shanghai("2026-03-10 14:00")
        try JointMeetings.schedule(f.ws, caseID: caseID, at: at, by: f.window)
        try JointMeetings.attendance(f.ws, caseID: caseID, department: .planning, attended: true, by: f.window)
        try JointMeetings.attendance(f.ws, caseID: caseID, department: .land, attended: false, by: f.window)
        try JointMeetings.attendance(f.ws, caseID: caseID, department: .init("seismic"), attended: false, by: f.window)
        #expect(throws: DomainError.self) { try JointMeetings.close(f.ws, caseID: caseID, by: f.window) }
        f.clock.set(at.addingTimeInterval(7200))
        let moved = try JointMeetings.close(f.ws, caseID: caseID, by: f.window)
        #expect(Set(moved.map(\.agency)) == [.land, .init("seismic")])
        #expect(try f.lane(caseID, .land).state == "deemed_absent")
        #expect(try f.lane(caseID, .init("seismic")).state == "escalated")
        #expect(try f.lane(caseID, .planning).state == "pending")
        #expect(try ApprovalQueries.lateCount(f.db, department: .land, month: "2026-03") == 0)
        let event = try #require(try Lanes.events(f.db, laneID: f.lane(caseID, .land).id).last)
        #expect(event.action == "deem_absent" && event.operatorID == "yangfan")
    }

    /// Every department approves but one, which rejects an item; the seal, the code, the stage after.
    func sealedStageOne(rejecting item: String?) throws -> (Project, ApprovalDecision) {
        let p = try f.project()
        try f.accepted(p.id, .siteAndLand, optional: ["S1-06"])
        let caseID = p.id + "/1"
        try DepartmentReview.decide(f.ws, caseID: caseID, department: .planning, action: .approveWithConditions,
                                    text: "建筑退线不少于10米", by: f.reviewer(.planning))
        if let item {
            let department: Agency = item == "S1-06" ? .init("forestry") : .land
            try DepartmentReview.decide(f.ws, caseID: caseID, department: department, action: .reject, text: "《土地管理法》第四十四条",
                                        items: [item], by: f.reviewer(department))
        }
        try LaneTick.run(f.ws, now: ApprovalFixture.shanghai("2026-03-31 00:00"))
        f.clock.set(ApprovalFixture.shanghai("2026-03-31 10:00"))
        return (p, try ApprovalDecisions.issue(f.ws, caseID: caseID, by: f.window))
    }

    @Test func theDecisionListsOutcomesAndVerifies() throws {
        let (p, d) = try sealedStageOne(rejecting: nil)
        #expect(d.facts.number == "SP2026000001")
        #expect(d.facts.departments.map(\.outcome) == ["conditional", "deemed_timeout", "deemed_timeout"])
        #expect(d.facts.departments[1].deemed == "timeout")
        #expect(d.facts.departments[0].conditions == "建筑退线不少于10米")
        #expect(d.facts.stageWorkingDays == 21 && d.facts.totalWorkingDays == 21 && d.facts.targetWorkingDays == 93)
        #expect(try Projects.stages(f.db, projectID: p.id).map(\.state) == [.decided, .open, .locked, .locked])
        #expect(try ApprovalDecisions.verify(f.db, code: d.verificationCode.lowercased()) == .valid(d))
        #expect(try ApprovalDecisions.verify(f.db, code: "0000-0000-0000-0000-0000") == .unknownCode)
        _ = try f.db.write { try f.db.run("UPDATE approval_decision SET facts = replace(facts, '汽车', '摩托') WHERE number = ?", [d.facts.number]) }
        #expect(try ApprovalDecisions.verify(f.db, code: d.verificationCode) == .altered(number: d.facts.number))
    }

    @Test func aRejectedItemTheNextStageNeedsKeepsItLocked() throws {
        let (p, d) = try sealedStageOne(rejecting: "S1-04")
        #expect(d.facts.items.first { $0.code == "S1-04" }?.rejected == true)
        #expect(d.facts.departments.first { $0.department == "land" }?.basis == "《土地管理法》第四十四条")
        #expect(try Projects.stage(f.db, p.id, .projectReview).state == .locked)
        // The applicant applies again for the rejected item within the stage: back in review.
        try DepartmentReview.decide(f.ws, caseID: p.id + "/1", department: .land, action: .reapply, by: f.window)
        #expect(try Projects.stage(f.db, p.id, .siteAndLand).state == .review)
        #expect(try f.lane(p.id + "/1", .land).detail["rejected_items"] == "")
    }

    @Test func aRejectedItemTheNextStageDoesNotNeedUnlocksIt() throws {
        let (p, d) = try sealedStageOne(rejecting: "S1-06")
        #expect(d.facts.items.first { $0.code == "S1-06" }?.rejected == true)
        #expect(try Projects.stage(f.db, p.id, .projectReview).state == .open)
    }
}

/// One form per stage: the union of the items' data, each datum once, pre-filled.
@Suite struct ApprovalStageFormTests {
    let f: ApprovalFixture
    init() throws { f = try ApprovalFixture() }

    @Test func eachDatumIsTypedOnceAndPrefilledFromEarlierStages() throws {
        let catalogue = try ApprovalCatalogue.load(f.db)
        #expect(catalogue.items.count == 26 && catalogue.materials.count == 19)
        #expect(Set(ApprovalStage.allCases.map { catalogue.items(of: $0).count }) == [7, 6])
        let stage3 = catalogue.items(of: .designAndPermit).filter(\.always)
        let form = ApprovalStageForm.catalogue(catalogue, items: stage3)
        let data = form.fields(section: ApprovalStageForm.dataSection).map(\.id)
        // floor_area is asked by the planning permit and the fire review: once.
        #expect(data.filter { $0 == "floor_area" }.count == 1)
        #expect(Set(data) == ["floor_area", "building_height", "plot_ratio", "designer", "floors", "fire_hazard", "contractor", "start_date"])
        #expect(form.fields(section: ApprovalStageForm.materialsSection).count == catalogue.materials(for: stage3).count)

        let p = try f.project(land: .market)
        try ApprovalWindow.apply(f.ws, projectID: p.id, stage: .projectReview, materials: ["M01", "M02", "M07", "M08", "M10"],
                                 data: ["floor_area": "86000.5", "energy_use": "1200"], by: f.broker)
        let values = try ApprovalStageForm.prefill(f.db, project: p, stage: .designAndPermit, items: stage3, catalogue: catalogue)
        #expect(values["floor_area"] == "86000.5" && values["project.name"] == p.name && values["material.M13"] == "1")
    }

    @Test func aWrongDatumIsRefusedAndAnUnknownOneToo() throws {
        let p = try f.project()
        #expect(throws: DomainError.self) {
            try ApprovalWindow.apply(f.ws, projectID: p.id, stage: .siteAndLand, materials: [], data: ["land_area": "lots"], by: f.broker)
        }
        #expect(throws: DomainError.self) {
            try ApprovalWindow.apply(f.ws, projectID: p.id, stage: .siteAndLand, materials: [], data: ["energy_use": "1"], by: f.broker)
        }
        #expect(try Projects.stage(f.db, p.id, .siteAndLand).state == .open)
    }
}
