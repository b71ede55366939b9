import Foundation

/// A file the program was asked to write (an export, a rejects file) and could not, in words
/// the user can act on.
public enum FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The destination is a symbolic link: never written through, never replaced.
    case symlink(path: String)
    /// A file is already there and `--force` was not given.
    case exists(path: String)
    /// The directory to write in does not exist.
    case noDirectory(path: String)
    /// The directory is read-only (or not ours to write in).
    case notWritable(path: String)
    /// Writing or moving the file failed; `reason` is the system's.
    case failed(path: String, reason: String)

    public var description: String { text(.en) }

    public func text(_ language: Language) -> String {
        switch self {
        case let .symlink(path): return Messages.text("file.symlink", [path], language: language)
        case let .exists(path): return Messages.text("file.exists", [path], language: language)
        case let .noDirectory(path): return Messages.text("file.noDirectory", [path], language: language)
        case let .notWritable(path): return Messages.text("file.notWritable", [path], language: language)
        case let .failed(path, reason): return Messages.text("file.failed", [path, reason], language: language)
        }
    }

    static let messages: [String: (en: String, zh: String)] = [
        "file.symlink": ("{0} is a symbolic link: it is not followed or replaced; name a plain file", "{0}是符号链接：不会写入或替换，请指定普通文件"),
        "file.exists": ("{0} already exists: use --force to replace it", "{0}已存在：如需替换请加 --force"),
        "file.noDirectory": ("the directory {0} does not exist", "目录{0}不存在"),
        "file.notWritable": ("cannot write in {0}: the directory is read-only", "无法写入{0}：目录为只读"),
        "file.failed": ("cannot write {0}: {1}", "无法写入{0}：{1}"),
    ]
}

/// Writing a file the user's way: the file is written beside its destination under a `.part`
/// name and renamed into place, so it appears whole or not at all; a directory given as the
/// destination gets a file inside it (named after the input), never replaced or emptied; a
/// symbolic link is refused, never followed nor replaced; an existing file is replaced only with
/// `force`. Before, `--rejects DIR` and `export --out DIR` deleted the directory and its contents.
public enum SafeFileWrite {
    /// Where a file for `path` goes, checked before anything else is done (an import checks its
    /// rejects file before it commits a declaration): `path`, or `path/fileName` when `path` is a
    /// directory and `fileName` is given.
    public static func destination(_ path: String, fileName: String? = nil, force: Bool) throws -> String {
        var target = path
        if isSymlink(target) { throw FileWriteError.symlink(path: target) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            guard let fileName else { throw FileWriteError.failed(path: target, reason: "it is a directory") }
            target = (target as NSString).appendingPathComponent(fileName)
            if isSymlink(target) { throw FileWriteError.symlink(path: target) }
            if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
                throw FileWriteError.failed(path: target, reason: "it is a directory")
            }
        }
        if FileManager.default.fileExists(atPath: target), !force { throw FileWriteError.exists(path: target) }
        let directory = directoryOf(target)
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileWriteError.noDirectory(path: directory)
        }
        // Effective ids: under setgid the group's directory is writable though the user's ids are not.
        guard faccessat(AT_FDCWD, directory, W_OK, AT_EACCESS) == 0 else { throw FileWriteError.notWritable(path: directory) }
        return target
    }

    /// Writes `data` at `path` (already a checked `destination`) through a `.part` file and a rename.
    /// `asGroup`: keep a setgid run's group for the file (the administrator's checkpoint
    /// directory); any path a user names is written with the user's own rights.
    public static func write(_ data: Data, to path: String, asGroup: Bool = false) throws {
        let file = try PartFile(path, asGroup: asGroup)
        do {
            try file.write(data)
            try file.commit()
        } catch {
            file.abandon()
            throw error
        }
    }

    static func isSymlink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    static func directoryOf(_ path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }

    /// `path.part`, written then renamed to `path`. A stale one from a killed run is removed
    /// first (the name is the program's own); it is opened without following a link.
    public final class PartFile {
        public let path: String
        let partPath: String
        private var handle: FileHandle?

        /// Under setgid the file is made with the user's own rights unless `asGroup`: a path the
        /// user chose must not become a file in the group's directory (a `-wal` beside the database).
        public init(_ path: String, asGroup: Bool = false) throws {
            self.path = path
            partPath = path + ".part"
            var info = stat()
            if lstat(partPath, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR { unlink(partPath) }
            let partPath = partPath
            let create = { open(partPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644) }
            let fd = asGroup ? create() : LaunchEnvironment.withoutGroupPrivilege(create)
            guard fd >= 0 else {
                let code = errno
                if code == EACCES || code == EROFS { throw FileWriteError.notWritable(path: SafeFileWrite.directoryOf(path)) }
                throw FileWriteError.failed(path: path, reason: String(cString: strerror(code)))
            }
            handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        }

        deinit { abandon() }

        public func write(_ data: Data) throws {
            do { try handle?.write(contentsOf: data) } catch {
                throw FileWriteError.failed(path: path, reason: error.localizedDescription)
            }
        }

        /// Moves the file into place. The destination is checked again: a link or directory that
        /// appeared meanwhile is refused, not replaced.
        public func commit() throws {
            guard let handle else { return }
            try? handle.synchronize()
            try? handle.close()
            self.handle = nil
            if SafeFileWrite.isSymlink(path) { unlink(partPath); throw FileWriteError.symlink(path: path) }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                unlink(partPath)
                throw FileWriteError.failed(path: path, reason: "it is a directory")
            }
            guard rename(partPath, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(partPath)
                throw FileWriteError.failed(path: path, reason: reason)
            }
        }

        /// Drops the part file (a failed import or export leaves nothing behind).
        public func abandon() {
            guard let handle else { return }
            try? handle.close()
            self.handle = nil
            unlink(partPath)
        }
    }
}
