import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The account the process really runs as: its real user id and that id's passwd name. Taken
/// from the kernel (`getuid`) and the passwd database, never from `$USER` or `$LOGNAME`, which
/// anyone can set before starting the program.
public struct OSLogin: Equatable, Sendable, CustomStringConvertible {
    public var uid: UInt32
    /// The passwd name of `uid`; nil when the uid has no passwd entry (a container's bare uid).
    public var name: String?

    public init(uid: UInt32, name: String?) {
        self.uid = uid
        self.name = name
    }

    /// The process's real uid and its passwd name.
    public static func current() -> OSLogin {
        let uid = getuid()
        return OSLogin(uid: uid, name: passwdName(uid: uid))
    }

    /// `uid 1001 (alice)`, or `uid 1001` when it has no passwd entry.
    public var description: String { "uid \(uid)" + (name.map { " (\($0))" } ?? "") }

    /// The passwd entry's name for `uid` (reentrant look-up).
    public static func passwdName(uid: UInt32) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard getpwuid_r(uid_t(uid), &entry, &buffer, buffer.count, &result) == 0, result != nil,
              let name = entry.pw_name else { return nil }
        return String(cString: name)
    }

    /// The uid of the passwd account `name`, nil when there is none: an administrator may only
    /// map an operator to an account that exists on this host.
    public static func uid(ofAccount name: String) -> UInt32? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        guard !name.isEmpty, getpwnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return UInt32(entry.pw_uid)
    }
}
