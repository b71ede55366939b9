import Foundation

/// `--name value` options of a benchmark.
struct BenchOptions {
    var values: [String: String] = [:]
    var flags: Set<String> = []

    init(_ arguments: [String]) {
        var i = 0
        while i < arguments.count {
            let name = arguments[i].hasPrefix("--") ? String(arguments[i].dropFirst(2)) : arguments[i]
            if i + 1 < arguments.count, !arguments[i + 1].hasPrefix("--") {
                values[name] = arguments[i + 1]
                i += 2
            } else {
                flags.insert(name)
                i += 1
            }
        }
    }

    func int(_ name: String, _ fallback: Int) -> Int { values[name].flatMap(Int.init) ?? fallback }
}

/// Wall time of a closure, and the process's peak resident memory.
enum Measure {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static var peakResidentMB: Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Runs a command, returning its wall time. posix_spawn and waitpid, not Foundation's
    /// Process: its wait polls, which put a ~50 ms floor under every measurement.
    static func command(_ path: String, _ arguments: [String]) throws -> Double {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        var status: Int32 = 0
        let seconds = try Measure.seconds {
            let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
            guard rc == 0 else { throw BenchError("cannot start \(path): \(String(cString: strerror(rc)))") }
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }
        guard status == 0 else {
            throw BenchError("\(path) \(arguments.joined(separator: " ")) exited with status \(status)")
        }
        return seconds
    }

}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
