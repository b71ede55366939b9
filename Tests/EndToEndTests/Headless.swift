import Foundation

/// The real binary run once, headless, against a test's database: what scenario tests use to
/// set the stage and to act as the other parties, alongside the TUI sessions they read.
enum Headless {
    struct Run {
        var code: Int32
        var out: String
        var err: String
    }

    static var sampleData: String { TmuxSession.packageRoot.appendingPathComponent("sample-data").path }

    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
                    executable: String = TmuxSession.binary) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["SINGLEWINDOW_SAMPLE_DATA"] = sampleData
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Drain stderr alongside stdout so neither pipe fills and stalls the child.
        nonisolated(unsafe) var errData = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Run(code: process.terminationStatus, out: String(decoding: o, as: UTF8.self),
                   err: String(decoding: errData, as: UTF8.self))
    }

    /// A scratch directory removed by the caller's `defer`.
    static func scratch(_ label: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A new training database `name` in `dir` with the sample ERP batch imported by 李伟 (the
    /// S1 morning), submitted or left as drafts; its 3 deliberately broken rows go to a rejects file.
    static func trainingDatabaseWithBatch(in dir: URL, name: String, submit: Bool) throws -> (path: String, imported: Run) {
        let db = dir.appendingPathComponent(name).path
        let batch = TmuxSession.packageRoot.appendingPathComponent("sample-data/declarations/erp-batch-2026-01-05.csv").path
        let created = try run(["init", "--db", db, "--training"])
        guard created.code == 0 else { throw TmuxSession.Failure(description: "init: \(created.err)") }
        let imported = try run(["declarations", "import", batch, "--db", db, "--as", "liwei",
                                "--rejects", dir.appendingPathComponent("rejects.csv").path] + (submit ? ["--submit"] : []))
        return (db, imported)
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
        return String(text[range])
    }
}
