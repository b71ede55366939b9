import Foundation
import TextWidth

/// The front every CSV import shares — declarations, crew lists, passenger lists: the header
/// row mapped to the importer's fields, in any order, with every problem that refuses the whole
/// file (a field in two columns, required columns missing) and a notice per unknown column.
/// Problems are placed as `file:line:column: field: reason`, like every row problem.
struct CSVImportHeader {
    /// A column every file must have: the importer's field and how the problem names it.
    struct Required {
        var field: String
        var label: String
    }

    let record: CSVRecord
    /// The importer's field per column (0-based), nil for a column it does not know.
    let fieldAt: [String?]
    /// The 1-based column of each field found.
    let columns: [String: Int]
    /// Problems that refuse the file, all of them.
    let problems: [ImportProblem]
    /// Non-blank columns no field matched, one notice each (ERP exports carry extra columns).
    let unknown: [ImportProblem]

    /// `field` names the importer's field for a header cell, or nil.
    init(_ record: CSVRecord, fileName: String, field: (String) -> String?, required: [Required]) {
        self.record = record
        var fieldAt: [String?] = [], columns: [String: Int] = [:]
        var problems: [ImportProblem] = [], unknown: [ImportProblem] = []
        for (i, name) in record.fields.enumerated() {
            guard let key = field(name) else {
                fieldAt.append(nil)
                if !name.trimmed.isEmpty {
                    // Escaped: a NUL or an escape sequence in a header was invisible in the notice.
                    let shown = ControlCharacters.escaped(name)
                    unknown.append(ImportProblem(file: fileName, line: record.line, column: i + 1, field: shown,
                                                 key: "import.unknownColumn", arguments: [shown]))
                }
                continue
            }
            if let first = columns[key] {
                fieldAt.append(nil)
                let shown = ControlCharacters.escaped(name)
                problems.append(ImportProblem(file: fileName, line: record.line, column: i + 1, field: shown,
                                              key: "import.duplicateColumn", arguments: [shown, String(first)]))
                continue
            }
            fieldAt.append(key)
            columns[key] = i + 1
        }
        let missing = required.filter { columns[$0.field] == nil }
        if !missing.isEmpty {
            problems.append(ImportProblem(file: fileName, line: record.line, column: 0, field: "header",
                                          key: "import.missingColumns", arguments: [missing.map(\.label).joined(separator: ", ")]))
        }
        self.fieldAt = fieldAt
        self.columns = columns
        self.problems = problems
        self.unknown = unknown
    }
}

/// Problems with a whole CSV file, before any row is read; each refuses the file.
enum CSVFileProblem {
    /// The problem for a file the stream could not read: not UTF-8 (GBK guessed), an open quote,
    /// or (reading from disk) any other error, said as it came.
    static func unreadable(_ error: any Error, fileName: String) -> ImportProblem {
        switch error {
        case let CSVError.notUTF8(line, gbk):
            return ImportProblem(file: fileName, line: line, column: 0, field: "file", key: gbk ? "import.gbk" : "import.notUTF8")
        case let CSVError.badBytes(encoding, line, offset):
            return ImportProblem(file: fileName, line: line, column: 0, field: "file", key: "import.badBytes",
                                 arguments: [encoding, String(offset)])
        case let CSVError.encodingUnavailable(encoding):
            return ImportProblem(file: fileName, line: 1, column: 0, field: "file", key: "import.encodingUnavailable", arguments: [encoding])
        case let CSVError.unterminatedQuote(line):
            return ImportProblem(file: fileName, line: line, column: 0, field: "file", key: "import.unterminatedQuote")
        case let CSVError.recordTooLong(line, limit):
            return ImportProblem(file: fileName, line: line, column: 0, field: "file", key: "import.recordTooLong", arguments: [String(limit)])
        case let CSVError.tooManyColumns(line, limit):
            return ImportProblem(file: fileName, line: line, column: 0, field: "file", key: "import.tooManyColumns", arguments: [String(limit)])
        case let CSVError.fieldTooLong(line, column, limit):
            return ImportProblem(file: fileName, line: line, column: column, field: "file", key: "import.fieldTooLong", arguments: [String(limit)])
        default:
            return ImportProblem(file: fileName, line: 1, column: 0, field: "file", key: "import.unreadable", arguments: ["\(error)"])
        }
    }

    /// No header at all.
    static func empty(fileName: String) -> ImportProblem {
        ImportProblem(file: fileName, line: 1, column: 0, field: "file", key: "import.emptyFile")
    }

    /// A header and nothing under it.
    static func noRows(_ header: CSVRecord, fileName: String) -> ImportProblem {
        ImportProblem(file: fileName, line: header.line, column: 0, field: "file", key: "import.noRows")
    }
}

/// The messages of the shared CSV import front (and of the files it writes, `FileWriteError`).
enum CSVImportMessages {
    static let entries: [String: (en: String, zh: String)] = FileWriteError.messages.merging(front) { own, _ in own }

    private static let front: [String: (en: String, zh: String)] = [
        "import.notUTF8": ("the file is not UTF-8", "文件不是UTF-8编码"),
        "import.gbk": ("the file is in GBK/GB18030, not UTF-8: save it as UTF-8 and import again", "文件为GBK/GB18030编码而非UTF-8：请另存为UTF-8后重新导入"),
        "import.badBytes": ("the file is in {0} but the bytes at byte offset {1} are no {0} character: nothing is imported; correct the file and import again",
                            "文件为{0}编码，但第{1}字节（自0起算）处不是有效的{0}字符：未导入任何内容；请修正文件后重新导入"),
        "import.encodingUnavailable": ("this system cannot convert {0} text: save the file as UTF-8", "本系统无法转换{0}编码：请将文件另存为UTF-8"),
        "import.unterminatedQuote": ("a quoted field starting here is never closed", "从此行开始的引号字段没有闭合"),
        "import.recordTooLong": ("the record starting here is longer than {0} bytes: the file is refused", "从此行开始的记录超过{0}字节：整个文件不予导入"),
        "import.tooManyColumns": ("this row has more than {0} columns: the file is refused", "此行超过{0}列：整个文件不予导入"),
        "import.fieldTooLong": ("this field is longer than {0} bytes: the file is refused", "此字段超过{0}字节：整个文件不予导入"),
        "import.unreadable": ("the file cannot be read: {0}", "无法读取文件：{0}"),
        "import.emptyFile": ("the file is empty", "文件为空"),
        "import.noRows": ("the file has a header but no rows", "文件只有表头，没有数据"),
        "import.missingColumns": ("required columns are missing: {0}", "缺少必需的列：{0}"),
        "import.unknownColumn": ("unknown column {0} is ignored", "未知列{0}已忽略"),
        "import.duplicateColumn": ("column {0} appears twice (first at column {1})", "列{0}重复（首次出现在第{1}列）"),
    ]
}
