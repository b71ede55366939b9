import Foundation
import Testing
@testable import SingleWindowKit

/// Hot paths of the importer rewritten for speed must give what the plain versions gave; the
/// plain versions are kept here as the reference.
@Suite struct DeclarationFastPathTests {
    @Test func isDateAcceptsExactlyWhatItDid() {
        var texts = ["2026-01-05", "20260105", "2024-02-29", "2023-02-29", "2100-02-29", "2000-02-29", "2026-13-01",
                     "2026-00-10", "2026-04-31", "2026-04-30", "2026-1-05", "2026--0105", "202601-05", "-2026-01-5",
                     "2026-01-0５", "２０２６0105", "2026/01/05", "", "2026-01-05 ", "0000-01-01", "99991231", "2026-01-00",
                     "2026−01−05", "2026-01-05\u{301}", "1234567", "123456789", "12-45-6789"]
        var generator = SplitMix(seed: 7)
        let alphabet = Array("0123456789-0123456789-x é")
        for _ in 0..<3000 {
            let length = [8, 10, 9, 11][Int(generator.next() % 4)]
            texts.append(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
        }
        for text in texts { #expect(FieldCheck.isDate(text) == Self.plainIsDate(text), "\(text)") }
    }

    static func plainIsDate(_ text: String) -> Bool {
        let digits = text.replacingOccurrences(of: "-", with: "")
        let shapeOK = (text.count == 10 && text.split(separator: "-").map(\.count) == [4, 2, 2]) || text.count == 8
        guard shapeOK, digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
              let day = Int(digits.suffix(2)), (1...12).contains(month), day >= 1 else { return false }
        let days = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    @Test func fieldsJSONIsWrittenAsBefore() {
        let goods = FieldCatalogue.fields(level: .goods).map(\.key)
        let samples: [([String: String], FieldDefinition.Level?)] = [
            ([:], .goods),
            (["goodsName": "冻南美白对虾", "hsCode": "0306171900", "quantity": "10", "unitPrice": ""], .goods),
            (["zExtra": "1", "aExtra": "tab\there", goods[3]: "say \"hi\" \\ back\nslash\r\u{1}", goods[0]: "x"], .goods),
            (["billNo": "MEDU1", "traderName": "上海", "notes": "含逗号, 引号\"和\n换行"], .header),
            (["b": "2", "a": "1", "c": ""], nil),
            (["containerNo": "MSCU1234566", "containerType": "45R1"], .container),
        ]
        for (values, level) in samples {
            #expect(FieldsJSON.encode(values, level: level) == Self.plainEncode(values, level: level))
            #expect(FieldsJSON.decode(FieldsJSON.encode(values, level: level)) == values.filter { !$0.value.isEmpty })
        }
    }

    static func plainEncode(_ values: [String: String], level: FieldDefinition.Level?) -> String {
        var out = "{"
        var first = true
        func quoted(_ s: String) -> String {
            var bytes: [UInt8] = [UInt8(ascii: "\"")]
            for byte in s.utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes += Array("\\\"".utf8)
                case UInt8(ascii: "\\"): bytes += Array("\\\\".utf8)
                case 0x0A: bytes += Array("\\n".utf8)
                case 0x0D: bytes += Array("\\r".utf8)
                case 0x09: bytes += Array("\\t".utf8)
                case 0..<0x20: bytes += Array(String(format: "\\u%04x", byte).utf8)
                default: bytes.append(byte)
                }
            }
            return String(decoding: bytes + [UInt8(ascii: "\"")], as: UTF8.self)
        }
        func append(_ key: String, _ value: String) {
            guard !value.isEmpty else { return }
            out += (first ? "" : ",") + quoted(key) + ":" + quoted(value)
            first = false
        }
        let keys = level.map { FieldCatalogue.fields(level: $0).map(\.key) } ?? []
        for key in keys { if let value = values[key] { append(key, value) } }
        for key in values.keys.sorted() where !keys.contains(key) { append(key, values[key] ?? "") }
        return out + "}"
    }
}
