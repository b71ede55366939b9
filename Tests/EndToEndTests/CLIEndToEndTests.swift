import Foundation
import Testing

/// The real binary, headless: exit codes and messages a script relies on.
@Suite struct CLIEndToEndTests {
    struct Result { var code: Int32; var out: String; var err: String }

    func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(code: process.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    @Test func unknownCommandIsAUsageError() throws {
        let r = try run(["frobnicate"])
        #expect(r.code == 2)
        #expect(r.err.contains("unknown command: frobnicate"))
        #expect(r.err.contains("usage:"))
    }

    @Test func badFlagIsAUsageError() throws {
        let r = try run(["--no-such-flag"])
        #expect(r.code == 2)
        #expect(r.err.contains("unknown option --no-such-flag"))
    }

    @Test func optionWithoutValueIsAUsageError() throws {
        let r = try run(["audit", "verify", "--db"])
        #expect(r.code == 2)
        #expect(r.err.contains("--db needs a value"))
    }

    @Test func versionAndHelp() throws {
        let v = try run(["--version"])
        #expect(v.code == 0)
        #expect(v.out.hasPrefix("singlewindow "))
        let h = try run(["--help"])
        #expect(h.code == 0)
        #expect(h.out.contains("audit verify"))
    }

    @Test func withoutATerminalTheWorkstationRefusesPolitely() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-noterm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["--db", dir.appendingPathComponent("x.db").path])
        #expect(r.code == 2)
        #expect(r.err.contains("needs a terminal"))
    }
}
