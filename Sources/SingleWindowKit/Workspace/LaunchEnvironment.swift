import Foundation

/// What a setgid run (the production deployment, README "Deployment (production)") may take from
/// its user, decided here and nowhere else. The binary runs with the `singlewindow` group, which
/// owns the database directory and can read the audit key; so nothing its user controls may
/// steer a file operation: `SINGLEWINDOW_*` path overrides and `XDG_DATA_HOME` are ignored, the
/// database must lie in a directory deployed for it, new files get group modes, and a child
/// process (the printer command) runs without the group.
public enum LaunchEnvironment {
    /// The effective group is not the real one: the binary is setgid (and not run by a member).
    public static var isSetgid: Bool { getegid() != getgid() }

    /// Variables naming paths: under setgid a user could point the group's rights anywhere.
    public static let pathVariables = ["SINGLEWINDOW_DB", "SINGLEWINDOW_SAMPLE_DATA", "SINGLEWINDOW_THEMES",
                                       "SINGLEWINDOW_THEME", "XDG_DATA_HOME"]

    /// The database a setgid run opens when `--db` is not given.
    public static let deployedDatabase = "/var/lib/singlewindow/singlewindow.db"

    /// The environment with the path overrides removed when `setgid`, else as given.
    public static func trusted(_ environment: [String: String], setgid: Bool = isSetgid) -> [String: String] {
        guard setgid else { return environment }
        return environment.filter { !pathVariables.contains($0.key) }
    }

    /// Once, first thing: under setgid, files this process creates (the database's -wal and
    /// -shm, checkpoints, a rejects file) are for the group, never for others.
    public static func prepareProcess() {
        if isSetgid { umask(0o007) }
    }

    /// Under setgid, a database is opened only in a deployed directory: owned by the binary's own
    /// owner (the administrator who installed it) and group (the effective group) — which no
    /// user can make, not even through this binary (it creates directories as its user). Its
    /// key lives beside it, so a `--db` elsewhere (or a symbolic link to it) could be made to
    /// sign a chain of its user's making. A new database is the administrator's to create.
    public static func checkDatabasePath(_ path: String, exists: Bool, setgid: Bool = isSetgid) throws {
        guard setgid else { return }
        guard exists else { throw DeploymentError.noCreation(path: path) }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let directory = real.deletingLastPathComponent().path
        var dirInfo = stat(), exeInfo = stat()
        guard stat(directory, &dirInfo) == 0, stat("/proc/self/exe", &exeInfo) == 0,
              dirInfo.st_uid == exeInfo.st_uid, dirInfo.st_gid == getegid(),
              dirInfo.st_mode & S_IWOTH == 0 else {
            throw DeploymentError.notDeployed(path: path, directory: directory)
        }
    }

    /// Runs `body` (which starts a child process) with the effective group set back to the real
    /// one, so the child — a printer command the user chose — does not inherit the group
    /// (exec makes the saved group the effective one). Restored afterwards.
    public static func withoutGroupPrivilege<T>(_ body: () throws -> T) rethrows -> T {
        guard isSetgid else { return try body() }
        let privileged = getegid()
        _ = setegid(getgid())
        defer { _ = setegid(privileged) }
        return try body()
    }
}

public enum DeploymentError: Error, Equatable, CustomStringConvertible {
    case notDeployed(path: String, directory: String)
    case noCreation(path: String)

    public var description: String {
        switch self {
        case let .notDeployed(path, directory):
            return "\(path): the installed singlewindow opens only databases in its deployed directory (\(directory) is not owned by its administrator and group)"
        case let .noCreation(path):
            return "\(path): no database there; the administrator creates the production database (README, Deployment)"
        }
    }
}
