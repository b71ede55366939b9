import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
import TerminalUI
@testable import Workstation

/// The administration screen as text and style snapshots, English and Chinese at 80×24, with
/// no rows, one and many; and the keys doing what `singlewindow admin …` does.
@Suite struct AdminScreenTests {
    static let start = Timestamp.date("2026-03-02T01:30:00.000Z")!
    static let admin = Operator(id: "root", name: "管理员", nameEn: "Admin", role: .administrator, osUser: "root")

    /// A production database with `operators` in its directory and `enterprises` registered.
    func production(operators: [Operator], enterprises: [Enterprise] = [], language: Language) throws -> (Shell, TempDir) {
        let dir = TempDir()
        let ws = try Workspace.open(path: dir.path("p.db"), createAs: .production, clock: SettableClock(Self.start))
        for op in operators { try Operators.insert(ws.db, op, by: .system, at: Self.start) }
        for e in enterprises { try EnterpriseAdmin.add(ws, e, by: Self.admin) }
        let app = AppContext(workspace: ws, actor: Self.admin, strings: Strings(language), databaseName: "p.db")
        app.timeZone = TimeZone(identifier: "UTC")!
        let shell = Shell(app: app, panes: PaneSet.make())
        shell.resize(to: Size(width: 80, height: 24))
        return (shell, dir)
    }

    final class TempDir {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sw-adminscreen-\(UUID().uuidString)")
        init() { try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static let brokerage = Enterprise(id: "913101153127416255", name: "上海外高桥报关有限公司", kind: .broker)

    @Test(arguments: [Language.en, .zh]) func noOperators(language: Language) throws {
        let (shell, _) = try production(operators: [], language: language)
        #expect(shell.activeTab == .admin, "the administrator starts on its one screen")
        Snapshot.assert(shell.screen(), named: "admin-operators-none-\(language.rawValue)-80x24")
    }

    @Test(arguments: [Language.en, .zh]) func oneOperatorAndOneEnterprise(language: Language) throws {
        let (shell, _) = try production(operators: [Self.admin], enterprises: [Self.brokerage], language: language)
        Snapshot.assert(shell.screen(), named: "admin-operators-one-\(language.rawValue)-80x24")
        shell.press(.function(3))
        Snapshot.assert(shell.screen(), named: "admin-enterprises-one-\(language.rawValue)-80x24")
    }

    @Test(arguments: [Language.en, .zh]) func manyOperatorsInTraining(language: Language) throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "admin", language: language)
        #expect(shell.activeTab == .admin)
        Snapshot.assert(shell.screen(), named: "admin-operators-many-\(language.rawValue)-80x24")
        shell.press(.function(3))
        Snapshot.assert(shell.screen(), named: "admin-enterprises-many-\(language.rawValue)-80x24")
    }

    @Test func tooSmallAndTinyScreensDoNotCrash() throws {
        let (shell, _) = try production(operators: [Self.admin], enterprises: [Self.brokerage], language: .zh)
        for size in [Size(width: 80, height: 24), Size(width: 79, height: 23), Size(width: 20, height: 5), Size(width: 1, height: 1)] {
            shell.resize(to: size)
            _ = shell.screen(size)
            shell.press(.function(3))
            _ = shell.screen(size)
        }
    }

    @Test func onlyTheAdministratorReachesTheScreenAndF5IsItsFirstTab() throws {
        let fixture = try TrainingFixture()
        let trainer = try fixture.shell()
        #expect(!trainer.visibleTabs.contains(.admin))
        trainer.select(.admin)
        #expect(trainer.activeTab != .admin)
        #expect(!trainer.screen().lines()[0].contains("Administration"))
        let admin = try fixture.shell(as: "admin")
        #expect(admin.visibleTabs == [.admin])
        admin.press(.function(6))
        #expect(admin.activeTab == .admin, "F6 is nobody's tab for the administrator")
    }

    @Test func enterOnAnEnterpriseShowsItsQualifications() throws {
        let fixture = try TrainingFixture()
        let shell = try fixture.shell(as: "admin", language: .zh)
        shell.press(.function(3))
        shell.press(.enter)
        let screen = shell.screen().lines().joined(separator: "\n")
        #expect(screen.contains("对外贸易经营者备案"))
        #expect(screen.contains("报关单位注册"))
        #expect(screen.contains("有效"))
        shell.press(.escape)
        #expect(!shell.screen().lines().joined().contains("对外贸易经营者备案"))
    }

    /// The keys make the same domain calls as the commands, audited under the administrator.
    @Test func addMapAndDisableAnOperatorByKeys() throws {
        let (shell, _) = try production(operators: [Self.admin], enterprises: [Self.brokerage], language: .en)
        shell.press(.function(2))
        for c in "liwei 李伟 broker 913101153127416255" { shell.press(.char(c)) }
        shell.press(.enter)
        #expect(shell.app.message?.text.contains("added operator liwei") == true, "\(String(describing: shell.app.message))")
        // liwei sorts first and is selected.
        shell.press(.function(10))
        for c in "daemon" { shell.press(.char(c)) }
        shell.press(.enter)
        #expect(try Operators.find(shell.app.db, "liwei")?.osUser == "daemon")
        shell.press(.function(12))
        shell.press(.left)
        shell.press(.enter)
        #expect(try Operators.find(shell.app.db, "liwei")?.active == false)
        #expect(shell.screen().lines().contains { $0.contains("liwei") && $0.contains("disabled") })
        let actions = try AuditLog.entries(shell.app.db, entity: "operator", entityID: "liwei").map(\.action)
        #expect(actions == ["operator.add", "operator.map", "operator.disable"])
    }
}

/// Screens read as the commands do: the vessels tab lists no call to a role the matrix keeps
/// from `vessels list` (before: a broker could open any call with its officers' notes).
@Suite struct AdminScreenReadTests {
    @Test func aBrokerSeesNoVesselCallsOnTheScreen() throws {
        let fixture = try TrainingFixture()
        try VesselSampleLoader.loadTrainingSamples(into: fixture.workspace, from: TrainingFixture.sampleData)
        let broker = try fixture.shell(as: "liwei")
        broker.press(.function(6))
        #expect(!broker.screen().lines().contains { $0.contains("CNSHA2026") })
        let officer = try fixture.shell(as: "zhangmin")
        officer.press(.function(6))
        #expect(officer.screen().lines().contains { $0.contains("CNSHA2026") })
    }
}
