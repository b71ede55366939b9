import SingleWindowKit

/// How an import names the text encoding it read (a GBK/GB18030 ERP file is decoded, and the
/// summary says so), on the screen and headless.
public enum IE: String, CatalogueKey {
    case importEncoding = "import.encoding"

    public static let table: [IE: (en: String, zh: String)] = [
        .importEncoding: ("encoding: {0}", "编码：{0}"),
    ]
}

extension Strings {
    public subscript(_ key: IE) -> String { lookup(key) }
    public func format(_ key: IE, _ arguments: Any...) -> String { substitute(self[key], arguments) }

    /// "encoding: GB18030" for a file that was not UTF-8; nothing for UTF-8, the expected case.
    public func encodingNote(_ encoding: ImportEncoding) -> String? {
        encoding == .utf8 ? nil : format(.importEncoding, encoding.rawValue)
    }
}
