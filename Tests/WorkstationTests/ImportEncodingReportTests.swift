import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Issue 11, in passing: the import report names the encoding of a GBK/GB18030 file it decoded
/// ("encoding: GB18030", "编码：GB18030"), on the screen at 80×24; a UTF-8 file says nothing of it.
@Suite struct ImportEncodingReportTests {
    func drawn(_ encoding: ImportEncoding, _ language: Language) -> String {
        var result = DeclarationImportResult()
        result.declarations = 3; result.created = 3; result.encoding = encoding
        let report = DeclarationImportReport(path: "/home/liwei/erp/exports/2026/erp-batch-2026-01-06-gbk.csv", result: result, done: 3, total: 3)
        var buffer = Buffer(width: 80, height: 24)
        report.render(into: &buffer, area: Rect(x: 0, y: 0, width: 80, height: 24), s: Strings(language))
        return buffer.lines().joined(separator: "\n")
    }

    @Test func theReportNamesADecodedEncoding() {
        #expect(drawn(.gb18030, .en).contains("· encoding: GB18030"))
        #expect(drawn(.gb18030, .zh).contains("· 编码：GB18030"))
        #expect(drawn(.gb18030, .en).contains("erp-batch-2026-01-06-gbk.csv"))
        #expect(!drawn(.utf8, .en).contains("encoding"))
    }
}
