import Foundation

/// Where a command writes: the real stdout/stderr, or buffers in tests.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    /// Whether stderr is a terminal (progress bars are drawn only then).
    public let stderrIsTerminal: Bool

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, stderrIsTerminal: Bool = false) {
        writeOut = out
        writeErr = err
        self.stderrIsTerminal = stderrIsTerminal
    }

    public static func standard() -> Console {
        Console(out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                err: { FileHandle.standardError.write(Data($0.utf8)) },
                stderrIsTerminal: isatty(STDERR_FILENO) == 1)
    }

    public func print(_ text: String) { writeOut(text.hasSuffix("\n") ? text : text + "\n") }
    public func error(_ text: String) { writeErr(text.hasSuffix("\n") ? text : text + "\n") }
    public func rawError(_ text: String) { writeErr(text) }

    /// Prints an Encodable as pretty, key-sorted JSON (stable output for scripts and tests).
    public func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

/// A console that collects output, for tests.
public final class CapturedConsole: @unchecked Sendable {
    public private(set) var out = ""
    public private(set) var err = ""
    private let lock = NSLock()
    public init() {}
    public var console: Console {
        Console(out: { [self] s in lock.lock(); out += s; lock.unlock() },
                err: { [self] s in lock.lock(); err += s; lock.unlock() })
    }
}
