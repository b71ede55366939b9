import Foundation
import Testing
@testable import SingleWindowKit

/// A migrated in-memory database with the shipped catalogue and 2026 calendar, the window,
/// department reviewers and an investor's broker; the clock at Monday 2026-03-02 09:00 in
/// Shanghai.
struct ApprovalFixture {
    static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("sample-data")
    let db: Database
    let ws: Workspace
    let clock: SettableClock

    let window = Operator(id: "yangfan", name: "杨帆", role: .approvalWindow, agency: .approvalBureau)
    let broker = Operator(id: "liwei", name: "李伟", role: .broker, enterpriseID: "913101153127416255")
    let trainer = Operator(id: "trainer", name: "培训讲师", role: .trainer)

    init() throws {
        db = try Database(path: ":memory:")
        try Schema.migrate(db)
        clock = SettableClock(Self.shanghai("2026-03-02 09:00"))
        ws = Workspace(db: db, kind: .training, clock: clock)
        let dir = Self.sampleData.appendingPathComponent("approvals")
        try ApprovalCatalogue.importFiles(db, from: dir)
        try ApprovalCalendar.store(ws, try CalendarFile.parse(String(contentsOf: dir.appendingPathComponent("calendar-2026.csv"), encoding: .utf8)),
                                   by: trainer)
    }

    static func shanghai(_ text: String) -> Date { LocalTime(zone: LocalTime.defaultZone).parse(text)! }
    static func day(_ text: String) -> WorkDay { WorkDay(text)! }

    func reviewer(_ department: Agency) -> Operator {
        Operator(id: "r-\(department.rawValue)", name: "审查员\(department.rawValue)", role: .departmentReviewer, agency: department)
    }

    func project(land: LandSupply = .allocated, name: String = "汽车零部件厂房") throws -> Project {
        try Projects.register(ws, Project(investorID: "913101153127416255", investorName: "上海示例实业有限公司", name: name,
                                          site: "临港新片区 A3 地块", district: "浦东新区", industry: "C3670", investment: "120000000",
                                          land: land, contact: "021-55550000"), by: broker)
    }

    /// Applies for a stage with every material of its always-items handed in and accepts it.
    @discardableResult
    func accepted(_ projectID: String, _ stage: ApprovalStage, optional: [String] = []) throws -> [Lane] {
        let catalogue = try ApprovalCatalogue.load(db)
        let items = catalogue.items(of: stage).filter { $0.always || optional.contains($0.code) }
        try ApprovalWindow.apply(ws, projectID: projectID, stage: stage, optionalItems: optional,
                                 materials: catalogue.materials(for: items).map(\.code), by: broker)
        return try ApprovalWindow.accept(ws, projectID: projectID, stage: stage, by: window)
    }

    func lane(_ caseID: String, _ department: Agency) throws -> Lane {
        try DepartmentReview.lane(db, caseID: caseID, department: department)
    }

    /// A bare department lane due on `due` (for the lateness counts), opened through `Lanes`.
    @discardableResult
    func openLane(_ caseID: String, _ department: Agency, due: String, flagged: Bool = false) throws -> Lane {
        let day = Self.day(due)
        return try Lanes.open(db, kind: .approvalStage, caseID: caseID, agencies: [department], initialState: "pending",
                              at: clock.now(), by: window, deadline: WorkingDayCalendar.deadline(dueOn: day),
                              detail: ["due": due, "flagged": flagged ? "1" : "0", "items": "S3-03"])[0]
    }
}
