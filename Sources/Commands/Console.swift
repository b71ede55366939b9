import Foundation
import Presentation
import SingleWindowKit
import TextWidth

/// Where a command writes: the real stdout/stderr, or buffers in tests.
public final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    /// Whether stderr is a terminal (progress bars are drawn only then).
    public let stderrIsTerminal: Bool

    /// Whether stdin is a terminal: only then may a command ask a question (reset's y/N).
    public let stdinIsTerminal: Bool
    private let readAnswer: () -> String?

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, stderrIsTerminal: Bool = false,
                stdinIsTerminal: Bool = false, readLine: @escaping () -> String? = { nil }) {
        writeOut = out
        writeErr = err
        self.stderrIsTerminal = stderrIsTerminal
        self.stdinIsTerminal = stdinIsTerminal
        self.readAnswer = readLine
    }

    public static func standard() -> Console {
        Console(out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                err: { FileHandle.standardError.write(Data($0.utf8)) },
                stderrIsTerminal: isatty(STDERR_FILENO) == 1,
                stdinIsTerminal: isatty(STDIN_FILENO) == 1,
                readLine: { Swift.readLine(strippingNewline: true) })
    }

    /// Asks `question` (on stderr, so stdout stays clean for scripts) and reads one line; true
    /// only for y/yes (or 是). Nil when there is no terminal to ask.
    public func confirm(_ question: String) -> Bool? {
        guard stdinIsTerminal else { return nil }
        rawError(question)
        let answer = (readAnswer() ?? "").trimmed.lowercased()
        return ["y", "yes", "是"].contains(answer)
    }

    /// Text lines for the user. Control characters in them (names, remarks, an import's
    /// quoted cell: data from files and the database) are shown escaped, never sent to the
    /// terminal: `ESC ] 0 ; … BEL ESC [ 2 J` in a field retitled and cleared it. Line breaks and
    /// tabs the command lays out itself stay.
    public func print(_ text: String) { writeOut(Self.safe(text.hasSuffix("\n") ? text : text + "\n")) }
    public func error(_ text: String) { writeErr(Self.safe(text.hasSuffix("\n") ? text : text + "\n")) }
    /// The program's own control output (a progress bar's carriage return), as given.
    public func rawError(_ text: String) { writeErr(text) }
    /// A file's bytes asked for on stdout (`declarations export ID` without `--out`), as they are.
    public func data(_ text: String) { writeOut(text) }

    static func safe(_ text: String) -> String { ControlCharacters.escaped(text, keepingLineBreaks: true) }

    /// Prints an Encodable as pretty, key-sorted JSON (stable output for scripts and tests).
    public func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // The encoder escapes C0 controls; DEL and C1 (U+007F–U+009F) it leaves raw, and some
        // terminals obey U+009B as CSI. They only occur inside strings, where \u00XX is valid.
        var text = String.UnicodeScalarView()
        for scalar in String(decoding: try encoder.encode(value), as: UTF8.self).unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                text.append(contentsOf: "\\u00\(String(scalar.value, radix: 16, uppercase: true))".unicodeScalars)
            } else {
                text.append(scalar)
            }
        }
        writeOut(String(text) + "\n")
    }
}

/// A console that collects output, for tests.
public final class CapturedConsole: @unchecked Sendable {
    public private(set) var out = ""
    public private(set) var err = ""
    private let lock = NSLock()
    /// Set to answer a command's question as if typed at a terminal.
    public var answers: [String]?
    public init(answers: [String]? = nil) { self.answers = answers }
    public var console: Console {
        Console(out: { [self] s in lock.lock(); out += s; lock.unlock() },
                err: { [self] s in lock.lock(); err += s; lock.unlock() },
                stdinIsTerminal: answers != nil,
                readLine: { [self] in
                    lock.lock(); defer { lock.unlock() }
                    guard var queue = answers, !queue.isEmpty else { return nil }
                    let next = queue.removeFirst()
                    answers = queue
                    return next
                })
    }
}
