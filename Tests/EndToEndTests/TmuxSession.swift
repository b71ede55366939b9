import Foundation

/// The real `singlewindow` binary in a real tmux pane: send keys, read the screen.
/// Each session has its own tmux server socket and temp directory, so tests can run in
/// parallel, and the server is killed on every exit path (deinit included).
final class TmuxSession {
    let socket: String
    let name = "sw"
    let directory: URL
    private(set) var closed = false

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary under test: $SINGLEWINDOW_BIN, else the debug build `swift test` just made.
    static var binary: String {
        if let bin = ProcessInfo.processInfo.environment["SINGLEWINDOW_BIN"], !bin.isEmpty { return bin }
        return packageRoot.appendingPathComponent(".build/debug/singlewindow").path
    }

    static var tmuxAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Starts `arguments` (after the binary) in a `columns`×`rows` pane, with `environment` added.
    /// `afterExit` is a shell line run in the pane once the binary has ended (e.g. to report the
    /// terminal's mode), before the pane idles.
    /// `launcher` runs the binary (e.g. `setpriv --reuid=…`, to be another OS account).
    init(columns: Int = 80, rows: Int = 24, arguments: [String], environment: [String: String] = [:],
         afterExit: String = "", launcher: [String] = []) throws {
        socket = "swtest-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            throw Failure(description: "binary not built at \(Self.binary)")
        }
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": directory.path,
                   "XDG_DATA_HOME": directory.appendingPathComponent("data").path,
                   "SINGLEWINDOW_SAMPLE_DATA": Self.packageRoot.appendingPathComponent("sample-data").path]
        env.merge(environment) { _, new in new }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let launch = launcher.map(Self.quote).joined(separator: " ")
        let command = "\(launch) env \(exports) \(Self.quote(Self.binary)) \(arguments.map(Self.quote).joined(separator: " ")); echo \"[exit $?]\"; \(afterExit.isEmpty ? "" : afterExit + "; ")sleep 600"
        // The server this starts outlives the command: it must not inherit a pipe we wait on.
        try tmux(["new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows), command], detached: true)
    }

    deinit { close() }

    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Sends tmux key names (`F5`, `Enter`, `M-1`) or literal text.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Sends text literally (no key-name interpretation), e.g. Chinese input.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(columns), "-y", String(rows)])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Polls the screen until `predicate` holds or the deadline passes; never a fixed sleep. The
    /// default deadline is generous because the suite runs its terminals side by side on two cores
    /// (the soak among them); a wait ends as soon as the screen shows what it waits for.
    @discardableResult
    func waitFor(_ description: String, timeout: TimeInterval = 30, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(50_000)
        }
        throw Failure(description: "timed out waiting for \(description); screen was:\n\(last)")
    }

    /// Sends a key whose effect is idempotent and waits for `text`; sends it once more if the
    /// screen has not changed to show it after `patience` seconds. On a loaded two-core machine a
    /// function key now and then never reached the program (one run in several), and a lost key
    /// is not what these tests test.
    @discardableResult
    func press(_ key: String, until text: String, patience: TimeInterval = 8) throws -> String {
        try send(key)
        if let shown = try? waitFor(text: text, timeout: patience) { return shown }
        try send(key)
        return try waitFor(text: text)
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 30) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func tmux(_ arguments: [String], detached: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        if detached {
            // Foundation's Process never sees this child exit: the daemonised server keeps its
            // notification descriptor open. A plain fork/exec/waitpid through system(3) does.
            let line = (["tmux", "-L", socket, "-f", "/dev/null"] + arguments).map(Self.quote).joined(separator: " ")
            let status = system(line + " </dev/null >/dev/null 2>&1")
            guard status == 0 else { throw Failure(description: "tmux \(arguments.first ?? "") failed with status \(status)") }
            return ""
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(String(decoding: errData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
