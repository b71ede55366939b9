import Foundation
import Store

/// What a new training database gets: the catalogue, the 2026 calendar, and projects in every
/// stage and state, laid down by the domain's own actions on a clock set back in time so their
/// history reads true. Among them: the fire department's stage-3 lane of 数据中心二期 falls due
/// on the next working day (move the clock two working days and the tick deems it approved),
/// and the fire department already has two late cases in that month, so that deemed approval
/// is its third and raises an efficiency warning (scenario S4); transport has one late case,
/// two away from a warning.
enum ApprovalTrainingSamples {
    static func load(into ws: Workspace, from sampleData: URL) throws {
        let dir = sampleData.appendingPathComponent("approvals")
        guard FileManager.default.fileExists(atPath: dir.appendingPathComponent("items.csv").path) else { return }
        try ApprovalCatalogue.importFiles(ws.db, from: dir)
        let calendarText = try String(contentsOf: dir.appendingPathComponent("calendar-2026.csv"), encoding: .utf8)
        try ApprovalCalendar.store(ws, try CalendarFile.parse(calendarText), by: .system)
        try Samples(ws).load()
    }

    struct Samples {
        let ws: Workspace
        let past: Workspace
        let clock: SettableClock
        let calendar: WorkingDayCalendar
        let catalogue: ApprovalCatalogue
        let today: WorkDay
        let window = Operator(id: "yangfan", name: "杨帆", nameEn: "Yang Fan", role: .approvalWindow, agency: .approvalBureau)
        let broker = Operator(id: "liwei", name: "李伟", nameEn: "Li Wei", role: .broker, enterpriseID: "913101153127416255")

        init(_ ws: Workspace) throws {
            self.ws = ws
            clock = SettableClock(ws.now())
            past = Workspace(db: ws.db, kind: .training, clock: clock)
            calendar = try ApprovalCalendar.load(ws.db)
            catalogue = try ApprovalCatalogue.load(ws.db)
            today = WorkDay(ws.now())
        }

        /// The `n`-th working day before `day` (n = 0: the day itself).
        func workingDay(_ n: Int, before day: WorkDay) -> WorkDay {
            var d = day, left = n
            while left > 0 { d = d.adding(days: -1); if calendar.isWorkingDay(d) { left -= 1 } }
            return d
        }

        func set(_ day: WorkDay, hour: Int = 10) { clock.set(day.start.addingTimeInterval(TimeInterval(hour * 3600))) }

        /// The demo set's reviewer of the department, or a stand-in where the set has none.
        func reviewer(_ agency: Agency) throws -> Operator {
            if let row = try ws.db.queryOne("SELECT id, name FROM operator WHERE role = 'department_reviewer' AND agency = ? ORDER BY id LIMIT 1",
                                            [agency.rawValue]) {
                return Operator(id: row.string("id") ?? "", name: row.string("name") ?? "", role: .departmentReviewer, agency: agency)
            }
            return Operator(id: "reviewer-\(agency.rawValue)", name: agency.rawValue, role: .departmentReviewer, agency: agency)
        }

        func project(_ name: String, _ site: String, _ industry: String, _ investment: String, land: LandSupply = .allocated,
                     investor: (String, String) = ("913101153127416255", "上海浦江实业有限公司"), on day: WorkDay) throws -> Project {
            set(day, hour: 8)
            return try Projects.register(past, Project(investorID: investor.0, investorName: investor.1, name: name, site: site,
                                                district: "浦东新区", industry: industry, investment: investment, land: land,
                                                contact: "王经理 021-5888 0000"), by: broker)
        }

        func apply(_ p: Project, _ stage: ApprovalStage, leaving missing: Set<String> = []) throws {
            let items = catalogue.items(of: stage).filter(\.always)
            try ApprovalWindow.apply(past, projectID: p.id, stage: stage,
                                     materials: catalogue.materials(for: items).map(\.code).filter { !missing.contains($0) }, by: broker)
        }

        @discardableResult
        func accept(_ p: Project, _ stage: ApprovalStage, on day: WorkDay) throws -> [Lane] {
            set(day, hour: 9)
            try apply(p, stage)
            return try ApprovalWindow.accept(past, projectID: p.id, stage: stage, by: window)
        }

        func decide(_ p: Project, _ stage: ApprovalStage, _ agency: Agency, _ action: ApprovalAction, _ text: String = "",
                    on day: WorkDay) throws {
            set(day, hour: 15)
            try DepartmentReview.decide(past, caseID: ApprovalCase.id(p.id, stage), department: agency, action: action, text: text,
                                        by: action == .supply ? window : try reviewer(agency))
        }

        /// A stage reviewed and sealed: accepted on `day`, every department agrees over the
        /// next days, the decision issued when the last has.
        func sealed(_ p: Project, _ stage: ApprovalStage, on day: WorkDay) throws {
            let lanes = try accept(p, stage, on: day)
            var d = day
            for (i, lane) in lanes.enumerated() {
                d = calendar.due(after: d, workingDays: 1 + i % 3).day
                try decide(p, stage, lane.agency, i == 1 ? .approveWithConditions : .approve,
                           i == 1 ? "施工期间落实扬尘防治措施" : "", on: d)
            }
            set(d, hour: 16)
            try ApprovalDecisions.issue(past, caseID: ApprovalCase.id(p.id, stage), by: window)
        }

        func load() throws {
            // Stage 3's fire lane (15 working days) of the S4 project falls due on the next working day.
            let dueE = calendar.due(after: today, workingDays: 1).day
            let acceptedE = workingDay(15, before: dueE)

            // Decided through completion.
            let f = try project("滨江商业综合体", "滨江大道 88 号", "K7010", "860000000", on: workingDay(151, before: acceptedE))
            for (i, stage) in ApprovalStage.allCases.enumerated() { try sealed(f, stage, on: workingDay(150 - i * 30, before: acceptedE)) }

            // The S4 project: stages 1–2 sealed, stage 3 in review; fire has not answered.
            let e = try project("数据中心二期", "临港新片区 B7 地块", "I6450", "1250000000", on: workingDay(71, before: acceptedE))
            try sealed(e, .siteAndLand, on: workingDay(70, before: acceptedE))
            try sealed(e, .projectReview, on: workingDay(35, before: acceptedE))
            try accept(e, .designAndPermit, on: acceptedE)
            try decide(e, .designAndPermit, .planning, .approve, on: calendar.due(after: acceptedE, workingDays: 4).day)
            try decide(e, .designAndPermit, .construction, .approveWithConditions, "施工图须经第三方审图机构复核",
                       on: calendar.due(after: acceptedE, workingDays: 6).day)

            // Fire's two earlier late cases this month (and transport's one), already deemed.
            for (i, name) in ["保税物流仓库", "电子元件厂房"].enumerated() {
                let due = workingDay(2 + i, before: dueE)
                guard due.monthKey == dueE.monthKey else { continue }
                let p = try project(name, "外高桥 \(i + 3) 号地块", "C3976", "98000000", land: .market, on: workingDay(41, before: due))
                try sealed(p, .projectReview, on: workingDay(40, before: due))
                let accepted = workingDay(15, before: due)
                try accept(p, .designAndPermit, on: accepted)
                try decide(p, .designAndPermit, .planning, .approve, on: calendar.due(after: accepted, workingDays: 2).day)
                try decide(p, .designAndPermit, .construction, .approve, on: calendar.due(after: accepted, workingDays: 3).day)
            }
            let acceptedT = workingDay(16, before: today)
            let t = try project("港区冷链物流中心", "芦潮港 12 号", "G5960", "320000000", land: .market, on: workingDay(1, before: acceptedT))
            try accept(t, .projectReview, on: acceptedT)
            try decide(t, .projectReview, .development, .approve, on: calendar.due(after: acceptedT, workingDays: 3).day)
            try decide(t, .projectReview, .environment, .requestSupplements, "补充冷媒泄漏环境风险评估",
                       on: calendar.due(after: acceptedT, workingDays: 5).day)

            // Market land: stage 1 skipped, stage 2 in review with a supplement outstanding.
            let acceptedD = workingDay(6, before: today)
            let d = try project("智能装备产业园", "康桥工业区 C2 地块", "C3490", "450000000", land: .market, on: workingDay(1, before: acceptedD))
            try accept(d, .projectReview, on: acceptedD)
            try decide(d, .projectReview, .development, .approve, on: calendar.due(after: acceptedD, workingDays: 2).day)
            try decide(d, .projectReview, .environment, .requestSupplements, "补充噪声影响预测",
                       on: calendar.due(after: acceptedD, workingDays: 3).day)

            // At the window: one applied (a map missing), one returned, one not yet applied.
            let b = try project("生物医药研发楼", "张江路 1000 号", "M7340", "210000000", on: workingDay(2, before: today))
            set(today.adding(days: -1), hour: 11)
            try apply(b, .siteAndLand, leaving: ["M06"])
            let c = try project("新能源电池回收中心", "老港镇 5 号地块", "N7724", "150000000", on: workingDay(2, before: today))
            try apply(c, .siteAndLand, leaving: ["M03", "M04"])
            try ApprovalWindow.returnApplication(past, projectID: c.id, stage: .siteAndLand, by: window)
            _ = try project("新能源汽车零部件厂房", "临港新片区 A3 地块", "C3670", "120000000", on: workingDay(1, before: today))

            // The deadline pass as of today: the late lanes above are deemed and counted.
            var report: LaneTickReport
            repeat { report = try LaneTick.run(ws, budget: 10) } while report.more
        }
    }
}
