import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The text encodings an ERP file is read in. Chinese ERPs on Windows write GBK, whose
/// superset GB18030 (GB 18030-2005, the national standard) is what the file is decoded as.
public enum ImportEncoding: String, Sendable, Equatable, Codable {
    case utf8 = "UTF-8"
    case gb18030 = "GB18030"
}

/// GB18030 to UTF-8 a chunk at a time, through the C library's iconv (the system's converter;
/// Foundation on Linux also decodes GB18030, but only whole strings, and says neither where a
/// broken character is nor what to do with one cut by a chunk boundary). A character cut at the
/// end of a chunk waits for the next; a byte sequence that is no GB18030 character stops the
/// reading with its line and byte offset in the file.
final class GB18030Decoder {
    private let converter: iconv_t
    /// The start of a character cut by the end of the last chunk.
    private var pending: [UInt8] = []
    /// Input bytes converted so far: the file offset of `pending`'s first byte.
    private var offset = 0
    /// Line breaks among those bytes (a GB18030 multi-byte character never holds 0x0A).
    private var lineBreaks = 0

    init() throws {
        converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { throw CSVError.encodingUnavailable(ImportEncoding.gb18030.rawValue) }
    }

    deinit { iconv_close(converter) }

    /// 0x0A bytes among the first `count` of `bytes` (memchr: this looks at every byte of the file).
    static func lineBreaks(in bytes: [UInt8], upTo count: Int) -> Int {
        bytes.withUnsafeBufferPointer { p in
            guard var from = p.baseAddress, count > 0 else { return 0 }
            let end = from + count
            var n = 0
            while from < end, let hit = memchr(from, 0x0A, end - from) {
                n += 1
                from = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return n
        }
    }

    /// The UTF-8 of `chunk` (after what was pending); `isLast`: the input ends here, so a
    /// character still incomplete is an error.
    func decode(_ chunk: [UInt8], isLast: Bool) throws -> [UInt8] {
        var input = pending + chunk
        pending = []
        guard !input.isEmpty else { return [] }
        // A GB18030 character is at most 4 bytes, and becomes at most 4 bytes of UTF-8.
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count, outLeft = output.count
        let result = input.withUnsafeMutableBytes { ib in
            output.withUnsafeMutableBytes { ob -> Int in
                var ip = ib.baseAddress?.assumingMemoryBound(to: CChar.self)
                var op = ob.baseAddress?.assumingMemoryBound(to: CChar.self)
                return iconv(converter, &ip, &inLeft, &op, &outLeft)
            }
        }
        let failure = result == -1 ? errno : 0
        let used = input.count - inLeft
        let stop = offset + used
        lineBreaks += Self.lineBreaks(in: input, upTo: used)
        offset = stop
        output.removeSubrange((output.count - outLeft)...)
        switch failure {
        case 0:
            return output
        case EINVAL where !isLast:
            // A character cut by the chunk's end: finished by the next chunk.
            pending = Array(input[used...])
            return output
        default:
            // EILSEQ, or EINVAL at the end of the file: no GB18030 character starts here.
            throw CSVError.badBytes(encoding: ImportEncoding.gb18030.rawValue, line: lineBreaks + 1, offset: stop)
        }
    }
}

/// What a file that is not UTF-8 looks like, found in one pass a chunk at a time (a big file is
/// never held whole): where UTF-8 first fails, and whether the bytes are GB18030 (GBK's superset:
/// one byte below 0x80; two bytes, lead 0x81–0xFE, trail 0x40–0xFE but 0x7F; four bytes,
/// 0x81–0xFE 0x30–0x39 0x81–0xFE 0x30–0x39) — up to where they first are not, if anywhere.
struct EncodingSniffer {
    /// 1-based line and 0-based byte offset of the first byte that is not UTF-8.
    private(set) var utf8Failure: (line: Int, offset: Int)?
    private(set) var gbFailure: (line: Int, offset: Int)?
    /// Multi-byte GB18030 characters before `gbFailure` (or in the whole file).
    private(set) var gbCharacters = 0

    private var offset = 0, line = 1
    // UTF-8: continuation bytes still expected, and the range the next one must fall in.
    private var utf8Need = 0, utf8Low: UInt8 = 0x80, utf8High: UInt8 = 0xBF, utf8Start = 0, utf8StartLine = 1
    // GB18030: bytes into the current character (0: between characters), where it began.
    private var gbState = 0, gbStart = 0, gbStartLine = 1

    mutating func feed(_ bytes: [UInt8]) {
        for b in bytes {
            // Between characters in both readings, ASCII is ASCII: the common case, kept short.
            if b < 0x80 && utf8Need == 0 && gbState == 0 {
                if b == 0x0A { line += 1 }
                offset += 1
                continue
            }
            if utf8Failure == nil { utf8Byte(b) }
            if gbFailure == nil { gbByte(b) }
            if b == 0x0A { line += 1 }
            offset += 1
            if utf8Failure != nil && gbFailure != nil { return }
        }
    }

    /// The input has ended: a character begun and not finished is a failure where it began.
    mutating func finish() {
        if utf8Failure == nil, utf8Need > 0 { utf8Failure = (utf8StartLine, utf8Start) }
        if gbFailure == nil, gbState != 0 { gbFailure = (gbStartLine, gbStart) }
    }

    /// GB18030 throughout, with at least one Chinese character: decode it as GB18030.
    var isGB18030: Bool { utf8Failure != nil && gbFailure == nil && gbCharacters > 0 }

    /// A GB18030 file with a broken character: GB18030 characters before it, and the bytes were
    /// GB18030 past the point where UTF-8 failed.
    var brokenGB18030: (line: Int, offset: Int)? {
        guard let gb = gbFailure, let u = utf8Failure, gbCharacters > 0, gb.offset > u.offset else { return nil }
        return gb
    }

    private mutating func utf8Byte(_ b: UInt8) {
        if utf8Need > 0 {
            guard b >= utf8Low && b <= utf8High else { utf8Failure = (utf8StartLine, utf8Start); utf8Need = 0; return }
            utf8Need -= 1; utf8Low = 0x80; utf8High = 0xBF
            return
        }
        utf8Start = offset; utf8StartLine = line
        switch b {
        case 0x00...0x7F: return
        case 0xC2...0xDF: utf8Need = 1
        case 0xE0: utf8Need = 2; utf8Low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: utf8Need = 2
        case 0xED: utf8Need = 2; utf8High = 0x9F
        case 0xF0: utf8Need = 3; utf8Low = 0x90
        case 0xF1...0xF3: utf8Need = 3
        case 0xF4: utf8Need = 3; utf8High = 0x8F
        default: utf8Failure = (line, offset)
        }
    }

    private mutating func gbByte(_ b: UInt8) {
        // Once failed, the state rests between characters (the ASCII path stays open).
        defer { if gbFailure != nil { gbState = 0 } }
        switch gbState {
        case 0:
            if b < 0x80 { return }
            guard b >= 0x81 && b <= 0xFE else { gbFailure = (line, offset); return }
            gbState = 1; gbStart = offset; gbStartLine = line
        case 1:
            if (0x40...0xFE).contains(b) && b != 0x7F { gbState = 0; gbCharacters += 1 }
            else if (0x30...0x39).contains(b) { gbState = 2 }
            else { gbFailure = (gbStartLine, gbStart) }
        case 2:
            if (0x81...0xFE).contains(b) { gbState = 3 } else { gbFailure = (gbStartLine, gbStart) }
        default:
            if (0x30...0x39).contains(b) { gbState = 0; gbCharacters += 1 } else { gbFailure = (gbStartLine, gbStart) }
        }
    }
}
