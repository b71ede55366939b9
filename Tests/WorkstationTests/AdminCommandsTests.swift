@testable import Commands
import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit

/// `init --admin`, `admin …`, `whoami` and identity on a production database, in-process on
/// real database files. The OS account is handed in as the kernel would report it (`login:`);
/// `$USER` is set to someone else throughout, to show it is never read.
@Suite struct AdminCommandsTests {
    let dir: URL
    /// An account every Linux host has: the production database's administrator here.
    static let adminAccount = "root"
    static let admin = OSLogin(uid: 0, name: "root")
    static let brokerLogin = OSLogin(uid: 1, name: "daemon")
    static let stranger = OSLogin(uid: 2, name: "bin")

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-admin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func run(_ arguments: [String], as login: OSLogin = admin, db: String = "p.db", environment: [String: String] = [:],
             lang: String = "en_US.UTF-8") -> (code: Int32, out: String, err: String) {
        let captured = CapturedConsole()
        var env = ["LANG": lang, "SINGLEWINDOW_SAMPLE_DATA": TrainingFixture.sampleData.path, "USER": "bob", "LOGNAME": "bob"]
        env.merge(environment) { _, new in new }
        let code = SingleWindowCLI.run(arguments: arguments + ["--db", path(db)], environment: env, console: captured.console,
                                       login: login) { _ in .usage }
        return (code, captured.out, captured.err)
    }

    func production() throws {
        let made = run(["init", "--admin", Self.adminAccount])
        #expect(made.code == 0, "\(made.err)")
        #expect(run(["admin", "enterprises", "add", "91310000MA1K3Y8B38", "--name", "上海通关报关有限公司", "--kind", "broker"]).code == 0)
    }

    @Test func initWithoutAdminSaysHowAndMakesNothing() throws {
        let r = run(["init"])
        #expect(r.code == 2)
        #expect(r.err.contains("singlewindow init --db \(path("p.db")) --admin OSUSER"))
        #expect(!FileManager.default.fileExists(atPath: path("p.db")))
        let zh = run(["init"], lang: "zh_CN.UTF-8")
        #expect(zh.err.contains("首位管理员"))
        let unknown = run(["init", "--admin", "no-such-account-here"])
        #expect(unknown.code == 2)
        #expect(unknown.err.contains("no OS account 'no-such-account-here'"))
    }

    @Test func initWithAdminMakesAProductionDatabaseItsAdministratorRuns() throws {
        let r = run(["init", "--admin", Self.adminAccount, "--json"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("\"administrator\" : \"root\""))
        let who = run(["whoami", "--json"])
        #expect(who.code == 0)
        #expect(who.out.contains("\"operatorId\" : \"root\""))
        #expect(who.out.contains("\"role\" : \"administrator\""))
        #expect(who.out.contains("\"via\" : \"os-account\""))
        let text = run(["whoami"])
        #expect(text.out.contains("uid 0 → OS account root → operator root"))
        #expect(run(["init", "--admin", "daemon"]).err.contains("admin operators add"))
    }

    @Test func theAdministratorAddsAndMapsABrokerWhoThenActsOnlyAsHerself() throws {
        try production()
        let added = run(["admin", "operators", "add", "liwei", "--name", "李伟", "--role", "broker",
                         "--enterprise", "91310000MA1K3Y8B38", "--json"])
        #expect(added.code == 0, "\(added.err)")
        let unmapped = run(["whoami"], as: Self.brokerLogin)
        #expect(unmapped.code == 3)
        #expect(unmapped.err.contains("singlewindow admin operators map OPERATOR-ID --os-user daemon --db \(path("p.db"))"))
        #expect(run(["admin", "operators", "map", "liwei", "--os-user", "daemon"]).code == 0)
        let who = run(["whoami", "--json"], as: Self.brokerLogin)
        #expect(who.out.contains("\"operatorId\" : \"liwei\""), "\(who.err)")
        // $USER says bob, --as says root: neither counts; and a broker administers nothing.
        let borrowed = run(["whoami", "--as", "root"], as: Self.brokerLogin)
        #expect(borrowed.code == 3)
        #expect(borrowed.err.contains("--as is refused on a production database"))
        let refused = run(["admin", "operators", "add", "x1", "--name", "X", "--role", "trader"], as: Self.brokerLogin)
        #expect(refused.code == 3)
        #expect(refused.err.contains("liwei (broker, acting for no agency) may not run `admin operators add`; it is for: administrator"))
        let list = run(["admin", "operators", "list", "--json"])
        #expect(list.out.contains("\"osUser\" : \"daemon\""))
        let audit = try Database(path: path("p.db")).query("SELECT action, operator_id FROM audit_entry WHERE entity = 'operator' AND entity_id = 'liwei' ORDER BY seq")
        #expect(audit.map { $0.string("action") ?? "" } == ["operator.add", "operator.map"])
        #expect(audit.allSatisfy { $0.string("operator_id") == "root" })
    }

    /// Before: `USER=bob … --as bob` acted as bob on production while running as root.
    @Test func userAndLognameAreIgnoredAndAsIsRefusedOnProduction() throws {
        try production()
        #expect(run(["admin", "operators", "add", "bob", "--name", "Bob", "--role", "customs_officer", "--os-user", "bin"]).code == 0)
        let r = run(["manifest-check", "block", "--as", "bob"], environment: ["USER": "bob", "LOGNAME": "bob"])
        #expect(r.code == 3)
        #expect(r.err.contains("--as is refused on a production database"))
        let who = run(["whoami", "--json"], environment: ["USER": "bob"])
        #expect(who.out.contains("\"operatorId\" : \"root\""))
        #expect(!(try Database(path: path("p.db")).query("SELECT operator_id FROM audit_entry").contains { $0.string("operator_id") == "bob" }))
    }

    /// Before: turning `meta.kind` into "training" by hand unlocked `--as`, and `audit verify` passed.
    @Test func aHandEditedKindUnlocksNothingAndAuditVerifySaysSo() throws {
        try production()
        let db = try Database(path: path("p.db"))
        try db.run("UPDATE meta SET value = 'training' WHERE key = 'kind'")
        db.close()
        let borrowed = run(["manifest-check", "block", "--as", "root"])
        #expect(borrowed.code == 3)
        #expect(borrowed.err.contains("--as is refused on a production database"))
        let verify = run(["audit", "verify", "--json"])
        #expect(verify.code == 1)
        #expect(verify.out.contains("\"intact\" : false"))
        #expect(verify.out.contains("meta.kind says 'training' but the audit chain was anchored as 'production'"))
    }

    @Test func anUpdateKeepsTheFormerNameAndAStaleEditIsNotPossibleByCommand() throws {
        try production()
        let renamed = run(["admin", "enterprises", "update", "91310000MA1K3Y8B38", "--name", "上海通关供应链有限公司", "--credit-class", "warning"])
        #expect(renamed.code == 0, "\(renamed.err)")
        let shown = run(["admin", "enterprises", "show", "91310000MA1K3Y8B38"])
        #expect(shown.out.contains("上海通关供应链有限公司"))
        #expect(shown.out.contains("上海通关报关有限公司"), "the former name")
        let bad = run(["admin", "enterprises", "update", "91310000MA1K3Y8B38", "--credit-class", "excellent"])
        #expect(bad.code == 1)
        #expect(bad.err.contains("creditClass: credit class excellent"))
        #expect(run(["admin", "enterprises", "add", "91310000MA1K3Y8B39", "--name", "X", "--kind", "trader"]).err
            .contains("is not a valid unified social credit code"))
        // Keyset pages: the first page names where the next starts.
        #expect(run(["admin", "enterprises", "add", "91310115MA1FL0XX19", "--name", "上海精工机械设备有限公司", "--kind", "trader"]).code == 0)
        let first = run(["admin", "enterprises", "list", "--limit", "1"])
        #expect(first.out.contains("上海精工机械设备有限公司"))
        #expect(first.out.contains("more: --after 91310115MA1FL0XX19"))
        let second = run(["admin", "enterprises", "list", "--limit", "1", "--after", "91310115MA1FL0XX19"])
        #expect(second.out.contains("上海通关供应链有限公司"))
        #expect(!second.out.contains("more:"))
    }

    @Test func trainingKeepsAs() throws {
        #expect(run(["init", "--training"], db: "t.db").code == 0)
        let who = run(["whoami", "--as", "liwei", "--json"], as: Self.stranger, db: "t.db")
        #expect(who.out.contains("\"via\" : \"as-option\""))
        let fallback = run(["whoami"], as: Self.stranger, db: "t.db")
        #expect(fallback.out.contains("starts as its trainer trainer"))
    }

    @Test func disableNeverDeletes() throws {
        try production()
        #expect(run(["admin", "operators", "add", "zhangmin", "--name", "张敏", "--role", "customs_officer", "--os-user", "bin"]).code == 0)
        #expect(run(["admin", "operators", "change", "zhangmin", "--role", "inspection_officer"]).out.contains("inspection_officer (inspection)"))
        #expect(run(["admin", "operators", "disable", "zhangmin"]).code == 0)
        let gone = run(["whoami"], as: Self.stranger)
        #expect(gone.err.contains("deactivated"))
        #expect(run(["admin", "operators", "list"]).out.contains("disabled"))
        let selfDisable = run(["admin", "operators", "disable", "root"])
        #expect(selfDisable.code == 1)
        #expect(selfDisable.err.contains("cannot disable yourself"))
    }

    @Test func enterprisesAreImportedWholeOrNotAtAllAndKeepTheirNames() throws {
        try production()
        let bad = dir.appendingPathComponent("bad.csv")
        let header = "id,name,name_en,kind,customs_code,ciq_code,district,industry,legal_rep,address,credit_class\n"
        try (header + "91310115MA1FL0XX19,上海甲公司,,trader,,,,,,,good\n"
             + "91310115MA1FL0XX18,,,trader,123,,,,,,good\n"
             + "91310104MA1FR5K22L,上海乙公司,,factory,,,,,,,excellent\n").write(to: bad, atomically: true, encoding: .utf8)
        let refused = run(["admin", "enterprises", "import", bad.path])
        #expect(refused.code == 1)
        let lines = refused.err.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(bad.path):3:1: id: 91310115MA1FL0XX18 is not a valid unified social credit code"))
        #expect(lines.contains("\(bad.path):3:2: name: is required"))
        #expect(lines.contains("\(bad.path):3:5: customs_code: customs code 123 is not 10 characters"))
        #expect(lines.contains { $0.hasPrefix("\(bad.path):4:4: kind:") })
        #expect(lines.contains { $0.hasPrefix("\(bad.path):4:11: credit_class:") })
        #expect(refused.err.contains("nothing was imported"))
        #expect(try Database(path: path("p.db")).scalar("SELECT count(*) FROM enterprise WHERE id = '91310115MA1FL0XX19'").int == 0)

        let good = dir.appendingPathComponent("good.csv")
        try (header + "91310115MA1FL0XX19,上海甲公司,,trader,,,,,,,good\n"
             + "91310000MA1K3Y8B38,上海通关报关服务有限公司,,broker,,,,,,,good\n").write(to: good, atomically: true, encoding: .utf8)
        let imported = run(["admin", "enterprises", "import", good.path])
        #expect(imported.out.contains("1 added, 1 updated, 0 unchanged"), "\(imported.err)")
        let shown = run(["admin", "enterprises", "show", "91310000MA1K3Y8B38", "--json"])
        #expect(shown.out.contains("上海通关报关服务有限公司"))
        #expect(shown.out.contains("\"formerNames\""))
        #expect(shown.out.contains("上海通关报关有限公司"))
        let set = run(["admin", "qualifications", "set", "91310000MA1K3Y8B38", "--kind", "customs_registration",
                       "--number", "3122980001", "--from", "2024-01-01", "--until", "2027-01-01"])
        #expect(set.code == 0, "\(set.err)")
        #expect(run(["admin", "qualifications", "list", "91310000MA1K3Y8B38"]).out.contains("3122980001"))
    }

    /// Before: `SINGLEWINDOW_SAMPLE_DATA=/elsewhere init` by anyone reloaded silently.
    @Test func aReloadIsTheAdministratorsAndAuditedPerTable() throws {
        try production()
        let elsewhere = dir.appendingPathComponent("sample-data")
        try FileManager.default.copyItem(at: TrainingFixture.sampleData, to: elsewhere)
        let hs = elsewhere.appendingPathComponent("reference/hs_code.csv")
        var lines = try String(contentsOf: hs, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.remove(at: 1)
        try lines.joined(separator: "\n").write(to: hs, atomically: true, encoding: .utf8)
        let env = ["SINGLEWINDOW_SAMPLE_DATA": elsewhere.path]
        #expect(run(["admin", "operators", "add", "zhangmin", "--name", "张敏", "--role", "customs_officer", "--os-user", "bin"]).code == 0)
        let officer = run(["init"], as: Self.stranger, environment: env)
        #expect(officer.code == 3)
        #expect(officer.err.contains("not authorized to reload the reference data"))
        let r = run(["init", "--json"], environment: env)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.contains("\"hs_code\""))
        let entry = try #require(try Database(path: path("p.db")).queryOne(
            "SELECT operator_id, after FROM audit_entry WHERE action = 'reference.reload' ORDER BY seq DESC LIMIT 1"))
        #expect(entry.string("operator_id") == "root")
        #expect(entry.string("after") == "hs_code +0 ~0 -1")
        #expect(run(["init", "--training"]).err.contains("is a production database, not a training one"))
    }
}

/// The training set's one broker whose registration ends within a month: its submission is
/// warned about, and goes through.
@Suite struct AdminExpiringRegistrationTests {
    @Test func theExpiringBrokerIsWarnedOnTheConfirmDialog() throws {
        let fixture = try TrainingFixture()
        let ws = fixture.workspace
        let mali = try #require(try Operators.find(ws.db, "mali"))
        var d = Declaration(direction: .import, scope: .customsAndInspection)
        d.traderID = "91120116313058385X"
        d.brokerID = mali.enterpriseID ?? ""
        let warnings = try QualificationCheck.warnings(ws.db, d, at: ws.now())
        #expect(warnings.map(\.key) == ["qualification.expiring.customs_registration"])
        #expect(Strings(.zh).message(warnings[0].key, warnings[0].arguments).contains("将于"))
        var fresh = d
        fresh.brokerID = try #require(try Operators.find(ws.db, "liwei")?.enterpriseID)
        #expect(try QualificationCheck.warnings(ws.db, fresh, at: ws.now()).isEmpty)
    }
}
