import Foundation
import Testing

/// Read-only places, checked as an unprivileged user (tests often run as root, which ignores
/// file modes): `setpriv` runs the real binary as `nobody`.
@Suite struct FileSafetyEndToEndTests {
    static var canDropPrivileges: Bool {
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }

    func asNobody(_ arguments: [String]) throws -> Headless.Run {
        try Headless.run(["--reuid=65534", "--regid=65534", "--clear-groups", TmuxSession.binary] + arguments,
                         executable: "/usr/bin/setpriv")
    }

    @Test(.enabled(if: canDropPrivileges))
    func aDatabaseInAReadOnlyDirectoryCanBeReadAndRefusesWritesPlainly() throws {
        let dir = try Headless.scratch("readonly")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (db, _) = try Headless.trainingDatabaseWithBatch(in: dir, name: "ro.db", submit: true)
        // Checkpointed and closed: the file holds everything, no -wal beside it.
        _ = try Headless.run(["audit", "verify", "--db", db])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: db)
        let verified = try asNobody(["audit", "verify", "--db", db])
        #expect(verified.code == 0, "\(verified.out) \(verified.err)")
        #expect(!verified.err.contains("readonly database"))
        #expect(verified.err.contains("opened read-only and as the file stands"), "\(verified.err)")
        let listed = try asNobody(["declarations", "list", "--db", db, "--as", "liwei"])
        #expect(listed.code == 0, "\(listed.err)")
        let export = try asNobody(["declarations", "export", "--out", dir.appendingPathComponent("x.csv").path, "--db", db, "--as", "liwei"])
        #expect(export.code != 0 && export.err.contains("read-only"), "\(export.err)")
    }
}
