import Foundation
import SingleWindowKit
import TextWidth

/// A call declared from a JSON file, as agents keep them or as `sample-data/vessels` holds
/// them: either a bare declaration, or `{"direction": …, "hoursFromNow": …, "declaration": …}`.
/// The pane's "new call" and `vessels create` read the same files the same way.
public struct VesselDeclarationFile {
    public var direction: CallDirection?
    public var declaration: VesselDeclaration

    private struct Envelope: Decodable {
        var direction: CallDirection?
        var hoursFromNow: Double?
        var declaration: VesselDeclaration?
    }

    /// Reads `path` (a leading `~` is the home directory). `hoursFromNow` in a sample file sets
    /// the expected time relative to `now`, as the sample loader does, so old samples stay current.
    public static func read(path: String, now: Date) throws -> VesselDeclarationFile {
        let url = VesselFilePath.url(path)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw VesselFileError.unreadable(path: path, detail: error.localizedDescription)
        }
        let decoder = JSONDecoder()
        // Times are written as the store writes them (ISO 8601, UTC); plain ISO 8601 also works.
        decoder.dateDecodingStrategy = .custom { dec in
            let text = try dec.singleValueContainer().decode(String.self)
            if let date = Timestamp.date(text) ?? ISO8601DateFormatter().date(from: text) { return date }
            throw DecodingError.dataCorrupted(.init(codingPath: dec.codingPath, debugDescription: "not a time: \(text)"))
        }
        // The strict reader first: a syntax error gets its line and column, not Foundation's
        // "The given data was not valid JSON." with no place.
        if let fault = VesselFileCheck.syntax(data) {
            throw VesselFileError.fault(path: path, line: fault.line, column: fault.column, field: fault.field, reason: .syntax(fault.reason))
        }
        func fault(_ codingPath: [any CodingKey], _ reason: VesselFileReason) -> VesselFileError {
            let (line, column) = VesselFileCheck.position(of: codingPath, in: data)
            return .fault(path: path, line: line, column: column, field: VesselFileCheck.fieldName(codingPath), reason: reason)
        }
        do {
            let envelope = try decoder.decode(Envelope.self, from: data)
            var file: VesselDeclarationFile
            if let declaration = envelope.declaration {
                file = VesselDeclarationFile(direction: envelope.direction, declaration: declaration)
            } else {
                file = VesselDeclarationFile(direction: envelope.direction, declaration: try decoder.decode(VesselDeclaration.self, from: data))
            }
            if let hours = envelope.hoursFromNow {
                // Bounded: 1e15 hours trapped where the time is turned into stored milliseconds.
                guard let expected = VesselTimeOffset.expected(from: now, hours: hours) else {
                    throw fault([Key("hoursFromNow")], .hoursOutOfRange)
                }
                if file.direction == .departure {
                    file.declaration.voyage.etd = file.declaration.voyage.etd ?? expected
                } else {
                    file.declaration.voyage.eta = file.declaration.voyage.eta ?? expected
                    file.declaration.voyage.etd = file.declaration.voyage.etd ?? expected.addingTimeInterval(48 * 3600)
                }
            }
            return file
        } catch let error as DecodingError {
            switch error {
            case let .keyNotFound(key, context): throw fault(context.codingPath + [key], .missing)
            case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
                throw fault(context.codingPath, .wrongValue(context.debugDescription))
            @unknown default: throw fault([], .wrongValue(String(describing: error)))
            }
        }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Where in the JSON it went wrong, in a line an agent can act on.
    public static func describe(_ error: DecodingError) -> String {
        func place(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop(while: { $0 == "." }).description
        }
        switch error {
        case let .keyNotFound(key, context): return "\(place(context.codingPath + [key])): missing"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(place(context.codingPath)): \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }
}

/// A file the pane or a command could not use.
public enum VesselFileError: Error, Equatable {
    case unreadable(path: String, detail: String)
    case notADeclaration(path: String, detail: String)
    /// `file:line:column: field: reason`, as the declaration importer says it.
    case fault(path: String, line: Int, column: Int, field: String, reason: VesselFileReason)
    case notWritable(path: String)
    case printerFailed(status: Int32)
}

/// Why a vessel file was refused at a place in it.
public enum VesselFileReason: Equatable, Sendable {
    /// The strict JSON reader's own words (English, like a compiler's).
    case syntax(String)
    case missing
    /// The decoder's words about a value of the wrong kind.
    case wrongValue(String)
    case hoursOutOfRange
}

/// Paths typed at a prompt: `~` expanded, relative to the working directory.
public enum VesselFilePath {
    public static func url(_ path: String) -> URL {
        URL(fileURLWithPath: (path.trimmingCharacters(in: .whitespaces) as NSString).expandingTildeInPath)
    }
}
