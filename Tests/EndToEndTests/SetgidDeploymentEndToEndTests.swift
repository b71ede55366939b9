import Foundation
import Testing

/// README "Deployment (production)", for real: a copy of the binary setgid to a group that owns
/// the database directory and the audit key, run by an unprivileged uid through `setpriv`
/// (util-linux) rather than a created OS user. Needs root to chown and to switch uid; skipped,
/// saying so, otherwise (CI runs as root).
///
/// The group is `nogroup` (65534); the user runs as uid 65534 with real gid 65533, which is not
/// that group, so the binary's group is theirs only through the setgid bit.
@Suite(.serialized) struct SetgidDeploymentEndToEndTests {
    static let canRun = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
        && getgrnam("nogroup") != nil
    static let group: gid_t = 65534
    static let user = ["--reuid=65534", "--regid=65533", "--clear-groups"]

    struct Deployment {
        let root: URL
        var binary: String { root.appendingPathComponent("bin/singlewindow").path }
        var data: String { root.appendingPathComponent("data").path }
        var db: String { data + "/p.db" }
        var key: String { db + ".auditkey" }
    }

    /// As the administrator (root, not setgid): the directory, the database with `nobody` as its
    /// administrator, the key; then the modes README gives.
    func deploy() throws -> Deployment {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sw-setgid-\(UUID().uuidString)")
        let d = Deployment(root: root)
        try FileManager.default.createDirectory(atPath: root.appendingPathComponent("bin").path, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: d.data, withIntermediateDirectories: true)
        chmod(root.path, 0o755); chmod(root.appendingPathComponent("bin").path, 0o755)
        // Copied by `cp`, not in this process: a write descriptor open here would be inherited by
        // whatever another test forks meanwhile (a tmux server lives on), and every exec of the
        // copy would then fail with "Text file busy".
        let copied = try Headless.run([TmuxSession.binary, d.binary], executable: "/bin/cp")
        #expect(copied.code == 0, "\(copied.err)")
        let made = try Headless.run(["init", "--db", d.db, "--admin", "nobody"])
        #expect(made.code == 0, "\(made.err)")
        for path in [d.data, d.db, d.key, d.binary] { chown(path, 0, Self.group) }
        chmod(d.data, 0o2770); chmod(d.db, 0o660); chmod(d.key, 0o640); chmod(d.binary, 0o2755)
        return d
    }

    /// `setpriv` as the unprivileged user, with only `environment` (and PATH, LANG).
    func asUser(_ command: [String], environment: [String: String] = [:]) throws -> Headless.Run {
        let env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SINGLEWINDOW_SAMPLE_DATA": Headless.sampleData].merging(environment) { $1 }
        return try Headless.run(Self.user + command, environment: env, executable: "/usr/bin/setpriv")
    }

    @Test(.enabled(if: canRun, "needs root (to chown and switch uid) and setpriv from util-linux"))
    func aUserAppendsThroughTheBinaryButCannotTouchTheFilesOrTheKey() throws {
        let d = try deploy()
        defer { try? FileManager.default.removeItem(at: d.root) }
        // The copied binary still finds the Swift runtime: its RUNPATH is absolute (a setgid
        // run ignores LD_LIBRARY_PATH and $ORIGIN-relative paths).
        let version = try asUser([d.binary, "--version"])
        #expect(version.code == 0, "the setgid copy does not start: \(version.err)")

        // Appends: `audit schedule` is an administrator's action, audited in the chain.
        let before = try asUser([d.binary, "audit", "verify", "--db", d.db, "--json"])
        let set = try asUser([d.binary, "audit", "schedule", "--db", d.db, "--dir", d.root.path, "--every", "5"])
        #expect(set.code == 0, "\(set.err)")
        let verified = try asUser([d.binary, "audit", "verify", "--db", d.db])
        #expect(verified.code == 0 && verified.out.contains("keyed chain checked"), "the binary reads the key: \(verified.out)\(verified.err)")
        let after = try asUser([d.binary, "audit", "verify", "--db", d.db, "--json"])
        #expect(checked(before.out) > 0 && checked(after.out) == checked(before.out) + 1, "one entry appended, keyed")

        // The user cannot read the key or write the database themselves.
        let cat = try asUser(["/bin/cat", d.key])
        #expect(cat.code != 0 && cat.out.isEmpty)
        let write = try asUser(["/bin/sh", "-c", "echo x >> '\(d.db)'"])
        #expect(write.code != 0)
        let list = try asUser(["/bin/ls", d.data])
        #expect(list.code != 0, "the directory is the group's alone")

        // SINGLEWINDOW_DB is ignored under setgid: the deployed default is used, not the user's.
        let other = d.root.appendingPathComponent("other.db").path
        let redirected = try asUser([d.binary, "audit", "checkpoint"], environment: ["SINGLEWINDOW_DB": other])
        #expect(redirected.code != 0 && redirected.err.contains("/var/lib/singlewindow/singlewindow.db"))
        #expect(!FileManager.default.fileExists(atPath: other))

        // A database of the user's own, elsewhere, is refused: the binary signs only in its directory.
        let own = d.root.appendingPathComponent("own")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: d.db, toPath: own.appendingPathComponent("x.db").path)
        chown(own.path, 65534, 65533); chown(own.appendingPathComponent("x.db").path, 65534, 65533)
        let elsewhere = try asUser([d.binary, "audit", "verify", "--db", own.appendingPathComponent("x.db").path])
        #expect(elsewhere.code != 0 && elsewhere.err.contains("deployed directory"))

        // A file the user names is made with the user's own rights, never others' to write: in
        // the group's directory it is refused (it could be a `-wal` the user then owns).
        let checkpoint = d.root.appendingPathComponent("head.cp").path
        chmod(d.root.path, 0o777)
        let wrote = try asUser([d.binary, "audit", "checkpoint", "--db", d.db, "--out", checkpoint])
        #expect(wrote.code == 0, "\(wrote.err)")
        var info = stat()
        #expect(stat(checkpoint, &info) == 0 && info.st_mode & 0o002 == 0 && info.st_uid == 65534 && info.st_gid == 65533)
        let planted = try asUser([d.binary, "audit", "checkpoint", "--db", d.db, "--out", d.db + "-wal"])
        #expect(planted.code != 0)
        #expect(!FileManager.default.fileExists(atPath: d.db + "-wal"))
    }

    func checked(_ json: String) -> Int {
        ((try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any])?["checked"] as? Int ?? -1
    }
}
