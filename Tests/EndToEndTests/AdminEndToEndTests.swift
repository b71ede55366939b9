import Foundation
import Testing

/// The administrator, at the real administration screen, registers a brokerage with its customs
/// registration, adds a broker and maps her to an OS account (`daemon`, which every Linux host
/// has); the broker, run under that account's uid with `setpriv`, works as herself and only as
/// herself: `$USER` and `--as` change nothing.
@Suite(.serialized) struct AdminEndToEndTests {
    static let brokerAccount = "daemon"
    static let brokerage = "913101153127416255"

    static var canSwitchUser: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") && TmuxSession.tmuxAvailable
    }

    static let asBroker = ["/usr/bin/setpriv", "--reuid=\(brokerAccount)", "--regid=\(brokerAccount)", "--clear-groups"]

    /// The binary run once under the broker's uid, `$USER` claiming to be root.
    static func runAsBroker(_ arguments: [String]) throws -> Headless.Run {
        try Headless.run(Array(asBroker.dropFirst()) + [TmuxSession.binary] + arguments,
                         environment: ["USER": "root", "LOGNAME": "root"], executable: asBroker[0])
    }

    @Test(.enabled(if: canSwitchUser)) func theAdministratorMapsABrokerWhoThenWorksOnlyAsHerself() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-admin-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o777])
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("prod.db").path
        let made = try Headless.run(["init", "--db", db, "--admin", "root"])
        #expect(made.code == 0, "\(made.err)")
        // The broker's account must reach the file (its -wal and -shm take the file's mode).
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: db)

        let admin = try TmuxSession(arguments: ["--db", db], environment: ["LANG": "C.UTF-8"])
        defer { admin.close() }
        _ = try admin.waitFor(text: "Operators")
        _ = try admin.press("F3", until: "Enterprises")
        try admin.send("F2")
        _ = try admin.waitFor(text: "CREDIT-CODE KIND NAME")
        try admin.type("\(Self.brokerage) broker 上海外高桥报关有限公司")
        try admin.send("Enter")
        _ = try admin.waitFor(text: "registered enterprise \(Self.brokerage)")
        try admin.send("F4")
        _ = try admin.waitFor(text: "KIND NUMBER FROM")
        try admin.type("customs_registration 3122980001 2024-01-01 2099-12-31 上海海关")
        try admin.send("Enter")
        _ = try admin.waitFor(text: "3122980001, valid 2024-01-01")
        _ = try admin.press("F3", until: "Operators")
        try admin.send("F2")
        _ = try admin.waitFor(text: "ID NAME ROLE")
        try admin.type("liwei 李伟 broker \(Self.brokerage)")
        try admin.send("Enter")
        _ = try admin.waitFor(text: "added operator liwei")
        // liwei sorts before root: the first row, selected.
        try admin.send("F10")
        _ = try admin.waitFor(text: "Map liwei")
        try admin.type(Self.brokerAccount)
        try admin.send("Enter")
        let mapped = try admin.waitFor(text: "is mapped to the OS account \(Self.brokerAccount)")
        #expect(mapped.contains("liwei"))

        // The broker, by uid: herself, whatever $USER says; --as is refused; administration too.
        let who = try Self.runAsBroker(["whoami", "--db", db])
        #expect(who.code == 0, "\(who.err)")
        #expect(who.out.contains("uid 1 → OS account daemon → operator liwei"), "\(who.out)")
        let borrowed = try Self.runAsBroker(["whoami", "--as", "root", "--db", db])
        #expect(borrowed.code == 3)
        #expect(borrowed.err.contains("--as is refused on a production database"))
        let administering = try Self.runAsBroker(["admin", "operators", "list", "--db", db])
        #expect(administering.code == 3)
        #expect(administering.err.contains("liwei (broker, acting for no agency) may not run `admin operators list`"))

        // Her workstation: her name on the status line, the business tabs, no administration, no F9.
        let broker = try TmuxSession(arguments: ["--db", db], environment: ["LANG": "C.UTF-8", "USER": "root"], launcher: Self.asBroker)
        defer { broker.close() }
        let screen = try broker.waitFor(text: "李伟")
        #expect(screen.contains("Customs broker"))
        #expect(screen.contains("Declarations"))
        #expect(!screen.contains("Administration"))
        #expect(!screen.contains("F9"))
        let audit = try Headless.run(["audit", "verify", "--db", db])
        #expect(audit.code == 0, "\(audit.out)\(audit.err)")
    }
}
