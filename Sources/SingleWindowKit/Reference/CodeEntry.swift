import Foundation
import Store

/// One row of a flat code table (country, currency, port, unit, package type, ...).
public struct CodeEntry: Equatable, Hashable, Codable, Sendable {
    public var table: String
    public var code: String
    public var nameZh: String
    public var nameEn: String
    /// Table-specific columns (e.g. a package type's CIQ code, a port's country).
    public var extra: [String: String]

    public init(table: String, code: String, nameZh: String, nameEn: String, extra: [String: String] = [:]) {
        self.table = table
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.extra = extra
    }

    init(row: Row) {
        let extraText = row.string("extra") ?? "{}"
        let extra = (try? JSONDecoder().decode([String: String].self, from: Data(extraText.utf8))) ?? [:]
        self.init(table: row.string("code_table") ?? "", code: row.string("code") ?? "",
                  nameZh: row.string("name_zh") ?? "", nameEn: row.string("name_en") ?? "", extra: extra)
    }

    public func name(_ language: Language) -> String { language == .zh ? nameZh : nameEn }
}

/// One HS commodity code as China's tariff and the inspection authority use it.
public struct HSCode: Equatable, Hashable, Codable, Sendable {
    public var code: String            // 10 digits
    public var ciqCode: String         // 3 digits or ""
    public var nameZh: String
    public var nameEn: String
    public var unit1: String
    public var unit2: String           // "" when the code has no second legal unit
    public var legalInspection: Bool   // 法检
    public var supervisionConditions: String
    public var inspectionCategory: String

    public init(code: String, ciqCode: String, nameZh: String, nameEn: String, unit1: String, unit2: String,
                legalInspection: Bool, supervisionConditions: String = "", inspectionCategory: String = "") {
        self.code = code; self.ciqCode = ciqCode; self.nameZh = nameZh; self.nameEn = nameEn
        self.unit1 = unit1; self.unit2 = unit2; self.legalInspection = legalInspection
        self.supervisionConditions = supervisionConditions; self.inspectionCategory = inspectionCategory
    }

    init(row: Row) {
        self.init(code: row.string("code") ?? "", ciqCode: row.string("ciq_code") ?? "",
                  nameZh: row.string("name_zh") ?? "", nameEn: row.string("name_en") ?? "",
                  unit1: row.string("unit1") ?? "", unit2: row.string("unit2") ?? "",
                  legalInspection: row.bool("legal_inspection"),
                  supervisionConditions: row.string("supervision_conditions") ?? "",
                  inspectionCategory: row.string("inspection_category") ?? "")
    }

    public var hasSecondUnit: Bool { !unit2.isEmpty }
}
