import Foundation

/// The same CSV as `CSVReader.parse`, one record at a time, from a file read in chunks or from
/// bytes in memory: memory stays bounded by the longest record, not the file.
///
/// The current record can be read without making Strings (`fieldCount`, `isEmpty(_:)`,
/// `fieldEquals(_:_:)`, `rawRecord`): an importer skips unknown columns and header cells that
/// repeat the previous row at the cost of a byte comparison.
///
/// Limits (`InputLimits`): a record longer than `csvRecordBytes`, with more than `csvColumns`
/// fields or a field longer than `csvFieldBytes` throws as soon as it is seen, so a hostile
/// file costs at most about one record of memory and of scanning (a 100 MB line was read whole
/// and rescanned per chunk: 15.6 s, 424 MB).
///
/// Errors: `CSVError.unterminatedQuote` when the end is reached inside quotes; with
/// `validatesUTF8`, `CSVError.notUTF8` as soon as a chunk is not UTF-8 (line and GBK guess are
/// then worked out in one more pass over the input, a chunk at a time).
///
/// Encoding: UTF-8, or (`encoding: .gb18030`) GB18030/GBK decoded to UTF-8 as it is read
/// (`GB18030Decoder`): the scanner sees UTF-8 either way, and a byte sequence that is no GB18030
/// character throws `CSVError.badBytes` with its line and byte offset.
public final class CSVStream {
    /// One field of the current record: `start..<end` of the buffer. Plain fields are their
    /// content; `escaped` ones are raw text from the opening quote (doubled quotes, or text after
    /// the closing quote) and are unescaped when read.
    private struct Span { var start: Int, end: Int, escaped: Bool }

    private let source: Source
    private let separator: UInt8
    private let validatesUTF8: Bool
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    /// Where the next record starts in `buffer`.
    private var position = 0
    /// Bytes before this index of `buffer` are known to be UTF-8 (when validating).
    private var validated = 0
    private var atEOF = false
    private var bomChecked: Bool
    private var nextLine = 1
    private var spans: [Span] = []
    private var recordStart = 0, recordEnd = 0
    private var scratch: [UInt8] = []
    /// Whether a CR LF pair occurs anywhere in the bytes read so far (the rejects file copies it).
    public private(set) var sawCRLF = false
    /// Whether the input started with a UTF-8 byte order mark (skipped, never part of a field).
    public private(set) var hadBOM = false
    private var lastByteRead: UInt8 = 0
    /// Bytes taken from the source so far (tests check a refused file is not read to its end).
    public private(set) var bytesRead = 0
    private let maxRecordBytes: Int, maxColumns: Int, maxFieldBytes: Int
    /// The column of the field found too long by the last scan.
    private var longField = 0

    /// The physical line the current record starts on.
    public private(set) var line = 0

    /// Reads the file at `path` in chunks of `chunkSize` bytes, decoded from `encoding`.
    public convenience init(path: String, encoding: ImportEncoding = .utf8, separator: UInt8 = UInt8(ascii: ","),
                            validatesUTF8: Bool = true, chunkSize: Int = 256 * 1024) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        self.init(source: .file(handle, path, decoder: try Self.decoder(encoding)), separator: separator,
                  validatesUTF8: validatesUTF8, chunkSize: chunkSize, skipsBOM: true)
    }

    /// Reads bytes already in memory (in one piece, unless `chunkSize` is given: tests use tiny
    /// chunks to exercise every boundary).
    public convenience init(data: Data, separator: UInt8 = UInt8(ascii: ","), validatesUTF8: Bool = true,
                            chunkSize: Int? = nil) {
        self.init(source: .memory(data, decoder: nil), separator: separator, validatesUTF8: validatesUTF8,
                  chunkSize: chunkSize ?? min(max(data.count, 1), 256 * 1024), skipsBOM: true)
    }

    /// The same, decoded from `encoding`.
    public convenience init(data: Data, encoding: ImportEncoding, chunkSize: Int? = nil) throws {
        self.init(source: .memory(data, decoder: try Self.decoder(encoding)), separator: UInt8(ascii: ","), validatesUTF8: true,
                  chunkSize: chunkSize ?? min(max(data.count, 1), 256 * 1024), skipsBOM: true)
    }

    private static func decoder(_ encoding: ImportEncoding) throws -> GB18030Decoder? {
        encoding == .gb18030 ? try GB18030Decoder() : nil
    }

    /// One record's raw text as kept by an importer (no BOM handling: it is not a file start).
    convenience init(record bytes: [UInt8]) {
        self.init(source: .memory(Data(bytes), decoder: nil), separator: UInt8(ascii: ","), validatesUTF8: false,
                  chunkSize: max(bytes.count, 1), skipsBOM: false)
    }

    private init(source: Source, separator: UInt8, validatesUTF8: Bool, chunkSize: Int, skipsBOM: Bool) {
        self.maxRecordBytes = InputLimits.csvRecordBytes
        self.maxColumns = InputLimits.csvColumns
        self.maxFieldBytes = InputLimits.csvFieldBytes
        self.source = source
        self.separator = separator
        self.validatesUTF8 = validatesUTF8
        self.chunkSize = max(chunkSize, 1)
        self.bomChecked = !skipsBOM
    }

    deinit { source.close() }

    // MARK: - Records

    /// Moves to the next record; false at the end of the input. Blank lines are skipped.
    public func advance() throws -> Bool {
        while true {
            switch try scan() {
            case .record:
                if recordEnd - recordStart > maxRecordBytes { throw CSVError.recordTooLong(line: line, limit: maxRecordBytes) }
                // A blank line is not a record.
                if spans.count == 1 && !spans[0].escaped && spans[0].start == spans[0].end { continue }
                return true
            case .end:
                return false
            case .needMore:
                // The record so far is all of what is buffered: past the limit it is refused
                // here, before more is read (and before it is scanned again).
                if (validatesUTF8 ? validated : buffer.count) - position > maxRecordBytes {
                    throw CSVError.recordTooLong(line: nextLine, limit: maxRecordBytes)
                }
                try refill()
            case .openQuote:
                throw CSVError.unterminatedQuote(line: nextLine)
            case .tooManyColumns:
                throw CSVError.tooManyColumns(line: nextLine, limit: maxColumns)
            case .fieldTooLong:
                throw CSVError.fieldTooLong(line: nextLine, column: longField, limit: maxFieldBytes)
            }
        }
    }

    /// The next record with its fields as Strings, or nil at the end.
    public func next() throws -> CSVRecord? {
        guard try advance() else { return nil }
        return CSVRecord(line: line, fields: (0..<fieldCount).map(string))
    }

    public var fieldCount: Int { spans.count }

    /// Field `i` of the current record as text.
    public func string(_ i: Int) -> String {
        let span = spans[i]
        if span.escaped {
            unescape(span)
            return String(decoding: scratch, as: UTF8.self)
        }
        return buffer.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[span.start..<span.end]), as: UTF8.self) }
    }

    /// Whether field `i` is empty (an escaped field always holds at least a quote).
    public func isEmpty(_ i: Int) -> Bool {
        let span = spans[i]
        return !span.escaped && span.start == span.end
    }

    /// The UTF-8 of field `i`, or nil for a field that needs unescaping (compare those as text).
    public func plainBytes(_ i: Int) -> [UInt8]? {
        let span = spans[i]
        return span.escaped ? nil : Array(buffer[span.start..<span.end])
    }

    /// Whether field `i` is exactly `bytes` (a plain field only; false otherwise).
    public func fieldEquals(_ i: Int, _ bytes: [UInt8]) -> Bool {
        let span = spans[i]
        guard !span.escaped, span.end - span.start == bytes.count else { return false }
        return buffer.withUnsafeBufferPointer { all in
            bytes.withUnsafeBufferPointer { other in
                other.count == 0 || memcmp(all.baseAddress! + span.start, other.baseAddress!, other.count) == 0
            }
        }
    }

    /// The current record's text as it stands in the file, without its line break.
    public var rawRecord: [UInt8] { Array(buffer[recordStart..<recordEnd]) }

    // MARK: - Scanning

    private enum ScanResult { case record, end, needMore, openQuote, tooManyColumns, fieldTooLong }

    /// Scans one record from `position`. On `.needMore` nothing is consumed: the record is
    /// scanned again from its start once more bytes are in.
    private func scan() throws -> ScanResult {
        if !bomChecked {
            guard buffer.count - position >= 3 || atEOF else { return .needMore }
            bomChecked = true
            if buffer[position...].starts(with: [0xEF, 0xBB, 0xBF]) {
                position += 3
                validated = max(validated, position)   // the mark itself is valid UTF-8
                hadBOM = true
            }
        }
        let limit = validatesUTF8 ? validated : buffer.count
        if position >= limit { return atEOF && position >= buffer.count ? .end : .needMore }
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), sep = separator
        let eof = atEOF && limit == buffer.count
        let maxColumns = maxColumns, maxFieldBytes = maxFieldBytes
        var longColumn = 0
        defer { longField = longColumn }
        var lines = nextLine
        var i = position
        // Appended through a local: a class property would be checked for exclusive access per field.
        var found: [Span] = []
        swap(&found, &spans)
        found.removeAll(keepingCapacity: true)
        defer { swap(&found, &spans) }
        let outcome: ScanResult = buffer.withUnsafeBufferPointer { p in
            while true {
                let fieldStart = i
                var span: Span
                if i < limit && p[i] == quote {
                    i += 1
                    var escaped = false, closed = false
                    while i < limit {
                        let b = p[i]
                        if b == quote {
                            if i + 1 < limit {
                                if p[i + 1] == quote { escaped = true; i += 2; continue }
                            } else if !eof {
                                return .needMore
                            }
                            closed = true
                            i += 1
                            break
                        }
                        if b == lf { lines += 1 }
                        i += 1
                    }
                    if !closed { return eof ? .openQuote : .needMore }
                    let contentEnd = i - 1
                    // Text after the closing quote is kept as typed, quotes included.
                    while i < limit, p[i] != sep, p[i] != cr, p[i] != lf { i += 1 }
                    escaped = escaped || i > contentEnd + 1
                    span = escaped ? Span(start: fieldStart, end: i, escaped: true)
                                   : Span(start: fieldStart + 1, end: contentEnd, escaped: false)
                } else {
                    while i < limit, p[i] != sep, p[i] != cr, p[i] != lf { i += 1 }
                    span = Span(start: fieldStart, end: i, escaped: false)
                }
                if span.end - span.start > maxFieldBytes { longColumn = found.count + 1; return .fieldTooLong }
                if found.count >= maxColumns { return .tooManyColumns }
                if i == limit {
                    guard eof else { return .needMore }
                    found.append(span)
                    recordEnd = i
                    return .record
                }
                found.append(span)
                let b = p[i]
                if b == sep { i += 1; continue }
                recordEnd = i
                if b == cr {
                    if i + 1 < limit {
                        if p[i + 1] == lf { i += 1 }
                    } else if !eof {
                        return .needMore
                    }
                }
                i += 1
                lines += 1
                return .record
            }
        }
        if outcome == .record {
            recordStart = position
            line = nextLine
            nextLine = lines
            position = i
        }
        return outcome
    }

    /// The text of an escaped span into `scratch`: doubled quotes halved, the closing quote
    /// dropped, anything after it kept.
    private func unescape(_ span: Span) {
        scratch.removeAll(keepingCapacity: true)
        let quote = UInt8(ascii: "\"")
        var i = span.start + 1
        while i < span.end {
            let b = buffer[i]
            if b == quote {
                if i + 1 < span.end && buffer[i + 1] == quote { scratch.append(quote); i += 2; continue }
                scratch.append(contentsOf: buffer[(i + 1)..<span.end])
                return
            }
            scratch.append(b)
            i += 1
        }
    }

    // MARK: - Reading

    /// Drops consumed bytes, reads the next chunk and validates what can be validated.
    private func refill() throws {
        precondition(!(atEOF && validated == buffer.count), "CSVStream: more bytes asked for after the end")
        if position > 0 {
            buffer.removeSubrange(0..<position)
            validated -= position
            position = 0
        }
        if !atEOF {
            let chunk = try source.read(chunkSize)
            if chunk.isEmpty {
                atEOF = true
            } else {
                noteCRLF(chunk)
                bytesRead += chunk.count
                buffer.append(contentsOf: chunk)
            }
        }
        guard validatesUTF8 else { validated = buffer.count; return }
        let end = atEOF ? buffer.count : Self.lastCharacterBoundary(buffer, from: validated)
        // Checking only up to a character boundary keeps the verdict the same as for the whole.
        if end > validated {
            let valid = buffer.withUnsafeBufferPointer { String(validating: UnsafeBufferPointer(rebasing: $0[validated..<end]), as: UTF8.self) != nil }
            if !valid { throw try notUTF8Error() }
            validated = end
        }
    }

    private func noteCRLF(_ chunk: [UInt8]) {
        guard !sawCRLF, !chunk.isEmpty else { return }
        if lastByteRead == 0x0D && chunk[0] == 0x0A { sawCRLF = true }
        lastByteRead = chunk[chunk.count - 1]
        chunk.withUnsafeBufferPointer { bytes in
            // memchr: most files have no CR at all, and this looks at every byte of them.
            var from = bytes.baseAddress!
            let end = from + bytes.count
            while !sawCRLF, let found = memchr(from, 0x0D, end - from) {
                let cr = found.assumingMemoryBound(to: UInt8.self)
                if cr + 1 < end && cr[1] == 0x0A { sawCRLF = true }
                from = UnsafePointer(cr + 1)
            }
        }
    }

    /// The end of `bytes` less a multi-byte character that may continue in the next chunk.
    static func lastCharacterBoundary(_ bytes: [UInt8], from start: Int) -> Int {
        var j = bytes.count - 1, continuations = 0
        while j >= start, continuations < 3, bytes[j] & 0xC0 == 0x80 { j -= 1; continuations += 1 }
        if j >= start && bytes[j] >= 0xC0 { return j }
        return bytes.count
    }

    /// What this input that is not UTF-8 is, worked out in one more pass a chunk at a time (a
    /// failure path, but a big file is still never held whole): GB18030 (`likelyGBK`, which an
    /// importer then reads decoded), a GB18030 file with a broken character (`badBytes`, with its
    /// line and offset), or neither (the line where UTF-8 fails).
    private func notUTF8Error() throws -> CSVError {
        var sniffer = EncodingSniffer()
        try source.rereadRaw(chunkSize) { sniffer.feed($0) }
        sniffer.finish()
        if let broken = sniffer.brokenGB18030 {
            return CSVError.badBytes(encoding: ImportEncoding.gb18030.rawValue, line: broken.line, offset: broken.offset)
        }
        return CSVError.notUTF8(line: sniffer.utf8Failure?.line ?? 1, likelyGBK: sniffer.isGB18030)
    }

    // MARK: - Sources

    private final class Source {
        private let handle: FileHandle?
        private let path: String?
        private let data: Data?
        private let decoder: GB18030Decoder?
        private var offset = 0
        private var ended = false

        static func file(_ handle: FileHandle, _ path: String, decoder: GB18030Decoder?) -> Source {
            Source(handle: handle, path: path, data: nil, decoder: decoder)
        }
        static func memory(_ data: Data, decoder: GB18030Decoder?) -> Source { Source(handle: nil, path: nil, data: data, decoder: decoder) }

        private init(handle: FileHandle?, path: String?, data: Data?, decoder: GB18030Decoder?) {
            self.handle = handle; self.path = path; self.data = data; self.decoder = decoder
        }

        /// The next bytes as UTF-8 (decoded when the input is GB18030); empty at the end only.
        func read(_ count: Int) throws -> [UInt8] {
            guard let decoder else { return try readRaw(count) }
            while !ended {
                let raw = try readRaw(count)
                ended = raw.isEmpty
                // A chunk that is only the start of a character decodes to nothing: read on.
                let text = try decoder.decode(raw, isLast: ended)
                if !text.isEmpty { return text }
            }
            return []
        }

        private func readRaw(_ count: Int) throws -> [UInt8] {
            if let handle { return [UInt8](try handle.read(upToCount: count) ?? Data()) }
            guard let data, offset < data.count else { return [] }
            let end = min(offset + count, data.count)
            defer { offset = end }
            return [UInt8](data[(data.startIndex + offset)..<(data.startIndex + end)])
        }

        /// The input's bytes as stored, from its start, a chunk at a time (a second handle:
        /// the reading position of the first is left alone).
        func rereadRaw(_ count: Int, _ body: ([UInt8]) -> Void) throws {
            if let path {
                guard let again = FileHandle(forReadingAtPath: path) else { return }
                defer { try? again.close() }
                while let chunk = try again.read(upToCount: count), !chunk.isEmpty { body([UInt8](chunk)) }
                return
            }
            guard let data else { return }
            var from = data.startIndex
            while from < data.endIndex {
                let to = min(from + count, data.endIndex)
                body([UInt8](data[from..<to]))
                from = to
            }
        }

        func close() { try? handle?.close() }
    }
}
