import Foundation
import Testing
@testable import Store

@Suite("Row: typed reads")
struct StoreRowDecodeTests {
    let row = Row(columns: ["n", "name", "price", "gone", "ratio", "flag", "raw"],
                  values: [.integer(42), .text("李伟"), .text("12.50"), .null, .real(0.5), .integer(1), .blob([1, 2])])

    @Test func readsByIndexAndByName() throws {
        #expect(try row.int(0) == 42)
        #expect(try row.int64(0) == 42)
        #expect(try row.string(1) == "李伟")
        #expect(try row.decimal(2) == Decimal(string: "12.50"))
        #expect(try row.double(4) == 0.5)
        #expect(try row.bool(5))
        #expect(try row.decode("name", as: String.self) == "李伟")
        let n: Int = try row.decode("n")
        #expect(n == 42)
        #expect(try row.decodeIfPresent("gone", as: String.self) == nil)
        #expect(try row.decodeIfPresent("name", as: String.self) == "李伟")
    }

    @Test func nullIsADecodeErrorNotZero() {
        #expect(throws: DatabaseError.decode(column: "gone", expected: "integer", found: "null")) { try row.int(3) }
        #expect(throws: DatabaseError.decode(column: "gone", expected: "text", found: "null")) {
            try row.decode("gone", as: String.self)
        }
    }

    @Test func wrongStorageClassIsADecodeError() {
        #expect(throws: DatabaseError.decode(column: "name", expected: "integer", found: "text")) { try row.int(1) }
        #expect(throws: DatabaseError.decode(column: "n", expected: "text", found: "integer")) { try row.string(0) }
        #expect(throws: DatabaseError.decode(column: "raw", expected: "decimal text", found: "blob")) { try row.decimal(6) }
        #expect(throws: DatabaseError.decode(column: "ratio", expected: "integer", found: "real")) {
            try row.decode("ratio", as: Int64.self)
        }
        #expect(throws: DatabaseError.decode(column: "n", expected: "integer (0 or 1)", found: "integer")) { try row.bool(0) }
        #expect(throws: DatabaseError.decode(column: "name", expected: "decimal text", found: "text")) { try row.decimal(1) }
        // A nullable read still refuses the wrong type.
        #expect(throws: DatabaseError.decode(column: "name", expected: "integer", found: "text")) {
            try row.decodeIfPresent("name", as: Int.self)
        }
    }

    @Test func aMissingColumnIsADecodeError() {
        #expect(throws: DatabaseError.decode(column: "nope", expected: "text", found: "no such column")) {
            try row.decode("nope", as: String.self)
        }
        #expect(throws: DatabaseError.decode(column: "#9", expected: "integer", found: "no such column")) { try row.int(9) }
    }

    @Test func readsFromARealQuery() throws {
        let db = try memoryDatabase()
        let r = try #require(try db.queryOne("SELECT 7, 'x', NULL AS missing"))
        #expect(try r.int(0) == 7)
        #expect(try r.string(1) == "x")
        #expect(throws: DatabaseError.decode(column: "missing", expected: "text", found: "null")) { try r.string(2) }
        #expect(DatabaseError.decode(column: "c", expected: "integer", found: "null").description
            == "column c: expected integer, found null")
    }
}
