import Foundation

/// The rejects file of a CSV import, written as records are rejected: the input's header, then
/// each rejected record's rows as typed (read back through the same CSV rules, so quoting is
/// normalised but every value is kept), with the input's BOM and line breaks. It is written
/// beside its final path and moved there when the import finishes, so a failed import leaves
/// no half file and an earlier rejects file stays until replaced.
final class CSVRejectsWriter {
    private let path: String
    private let partPath: String
    private let header: [String]
    private let newline: String
    private let bom: Bool
    private var handle: FileHandle?
    private var pending = Data()
    /// A file that cannot be written fails the import at the end, as a whole-file write would,
    /// not half-way through a batch.
    private var failure: (any Error)?

    init(path: String, header: [String], crlf: Bool, bom: Bool) {
        self.path = path
        self.partPath = path + ".part"
        self.header = header
        self.newline = crlf ? "\r\n" : "\n"
        self.bom = bom
    }

    deinit {
        // Not finished: the import failed.
        if handle != nil {
            try? handle?.close()
            try? FileManager.default.removeItem(atPath: partPath)
        }
    }

    /// `rows`: raw records as the stream kept them (`CSVStream.rawRecord`).
    func write(rows: [[UInt8]]) throws {
        guard failure == nil else { return }
        do { try append(rows) } catch { failure = error }
    }

    private func append(_ rows: [[UInt8]]) throws {
        if handle == nil {
            guard FileManager.default.createFile(atPath: partPath, contents: nil),
                  let opened = FileHandle(forWritingAtPath: partPath) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: partPath])
            }
            handle = opened
            append((bom ? "\u{FEFF}" : "") + CSVReader.format(header.map(CSVFormulaGuard.restored), guarded: true) + newline)
        }
        // Guarded as an export is: a `=cmd` cell typed in the input is not handed to a
        // spreadsheet raw, and the next import reads back the same value as this one did.
        for row in rows {
            let fields = try CSVStream(record: row).next()?.fields ?? []
            append(CSVReader.format(fields.map(CSVFormulaGuard.restored), guarded: true) + newline)
        }
        if pending.count >= 256 * 1024 { try flush() }
    }

    /// Moves the file into place; the path, or nil when nothing was rejected.
    func finish() throws -> String? {
        if let failure { throw failure }
        guard let handle else { return nil }
        try flush()
        try handle.close()
        self.handle = nil
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: partPath, toPath: path)
        return path
    }

    private func append(_ text: String) { pending.append(contentsOf: text.utf8) }

    private func flush() throws {
        try handle?.write(contentsOf: pending)
        pending.removeAll(keepingCapacity: true)
    }
}
