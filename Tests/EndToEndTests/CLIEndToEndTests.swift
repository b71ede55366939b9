import Foundation
import XCTest

/// The real binary, headless: exit codes and messages a script relies on. (XCTest, so both of
/// the toolchain's runners have work in `swift test`.)
final class CLIEndToEndTests: XCTestCase {
    func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Headless.Run {
        try Headless.run(arguments, environment: environment, stdin: stdin)
    }

    func test_unknownCommandIsAUsageError() throws {
        let r = try run(["frobnicate"])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.contains("unknown command: frobnicate"))
        XCTAssertTrue(r.err.contains("usage:"))
    }

    func test_badFlagIsAUsageError() throws {
        let r = try run(["--no-such-flag"])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.contains("unknown option --no-such-flag"))
    }

    func test_optionWithoutValueIsAUsageError() throws {
        let r = try run(["audit", "verify", "--db"])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.contains("--db needs a value"))
    }

    func test_versionAndHelp() throws {
        let v = try run(["--version"])
        XCTAssertEqual(v.code, 0)
        XCTAssertTrue(v.out.hasPrefix("singlewindow "))
        let h = try run(["--help"])
        XCTAssertEqual(h.code, 0)
        XCTAssertTrue(h.out.contains("audit verify"))
    }

    func test_withoutATerminalTheWorkstationRefusesPolitely() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sw-noterm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try run(["--db", dir.appendingPathComponent("x.db").path])
        XCTAssertEqual(r.code, 2)
        XCTAssertTrue(r.err.contains("needs a terminal"))
    }
}
