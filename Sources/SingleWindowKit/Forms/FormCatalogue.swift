import Foundation
import TextWidth

/// Answers whether a code exists in a code table (the reference data's `code_entry`).
public protocol CodeTableLookup {
    func contains(table: String, code: String) throws -> Bool
}

/// For reading a form before the reference data is at hand: every code passes.
public struct AnyCodeIsKnown: CodeTableLookup {
    public init() {}
    public func contains(table: String, code: String) throws -> Bool { true }
}

/// The type of an item's value (the declaration's kinds, shared by every catalogue).
public typealias FieldKind = FieldDefinition.Kind

/// One item of a form's catalogue: what the form shows, what the reader checks.
public struct CatalogueField: Sendable {
    /// When an empty value is a problem.
    public enum Requirement: Sendable {
        case optional
        case always
        /// Required when the record's values say so (an import-only item, one agency's item).
        case when(@Sendable ([String: String]) -> Bool)
        /// Required or forbidden by a cross-field rule, named for the help line; the form leaves
        /// it unmarked and the rule's own check decides.
        case byRule(String)
    }

    /// Where F4 looks the value up.
    public enum Lookup: Hashable, Sendable {
        case codeTable(String)
        case choice([String])
        /// A look-up the pane knows by name (enterprises, HS codes).
        case named(String)
    }

    public var id: String
    public var zh: String
    public var en: String
    public var kind: FieldKind
    public var maxLength: Int
    /// The catalogue section the item belongs to.
    public var section: String
    public var required: Requirement
    public var lookup: Lookup?
    /// The one agency the item goes to; nil when it is shared (typed once, sent to all).
    public var agency: Agency?

    public init(id: String, zh: String, en: String, kind: FieldKind = .text, maxLength: Int, section: String,
                required: Requirement = .optional, lookup: Lookup? = nil, agency: Agency? = nil) {
        self.id = id; self.zh = zh; self.en = en; self.kind = kind; self.maxLength = maxLength
        self.section = section; self.required = required; self.agency = agency
        self.lookup = lookup ?? Self.defaultLookup(kind)
    }

    /// Code tables and choices look themselves up.
    static func defaultLookup(_ kind: FieldKind) -> Lookup? {
        switch kind {
        case let .code(table): return .codeTable(table)
        case let .choice(options): return .choice(options)
        default: return nil
        }
    }

    public func label(_ language: Language) -> String { language == .zh ? zh : en }
    public var isShared: Bool { agency == nil }

    /// Whether an empty value is a problem, given the record's values.
    public func isRequired(in values: [String: String]) -> Bool {
        switch required {
        case .optional, .byRule: return false
        case .always: return true
        case let .when(rule): return rule(values)
        }
    }
}

/// A value read from a form, typed by its catalogue item.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case code(String)
    case decimal(Decimal)
    case integer(Int)
    /// YYYY-MM-DD.
    case date(String)
    case flag(Bool)
    case choice(String)
}

/// What a form's values read as: the typed values of the items that were filled in and valid,
/// and every problem (the catalogue's messages: required, too long, not a number…).
public struct FormRecord: Sendable {
    public var values: [String: FieldValue]
    public var problems: [Problem]
}

/// The items of a form in sections: the declaration's big table, an approval stage's form. A
/// form is a catalogue plus a layout (which sections, which items); the reader turns what was
/// typed into typed values with the catalogue's checks.
public struct FormCatalogue: Sendable {
    public struct Section: Hashable, Sendable {
        public var key: String
        public var zh: String
        public var en: String
        public init(key: String, zh: String, en: String) { self.key = key; self.zh = zh; self.en = en }
        public func label(_ language: Language) -> String { language == .zh ? zh : en }
    }

    public var sections: [Section]
    public var fields: [CatalogueField]

    public init(sections: [Section], fields: [CatalogueField]) {
        self.sections = sections
        self.fields = fields
    }

    public func field(_ id: String) -> CatalogueField? { fields.first { $0.id == id } }
    public func fields(section: String) -> [CatalogueField] { fields.filter { $0.section == section } }
    public func section(_ key: String) -> Section? { sections.first { $0.key == key } }

    /// Reads typed text: each filled-in item checked by its type, length and code table, each
    /// empty required one reported. Problem paths are `prefix.id` (just `id` without a prefix).
    public func read(_ text: [String: String], pathPrefix: String = "",
                     codes: some CodeTableLookup = AnyCodeIsKnown()) throws -> FormRecord {
        var values: [String: FieldValue] = [:]
        var problems: [Problem] = []
        for field in fields {
            let path = pathPrefix.isEmpty ? field.id : pathPrefix + "." + field.id
            let raw = (text[field.id] ?? "").trimmed
            if raw.isEmpty {
                if field.isRequired(in: text) { problems.append(Problem(path, "problem.required")) }
                continue
            }
            let before = problems.count
            try FieldCheck.check(raw, kind: field.kind, maxLength: field.maxLength, path: path, reference: codes, into: &problems)
            if problems.count == before { values[field.id] = Self.value(raw, kind: field.kind) }
        }
        return FormRecord(values: values, problems: problems)
    }

    /// A checked text as its typed value.
    static func value(_ text: String, kind: FieldKind) -> FieldValue {
        switch kind {
        case .text: return .text(text)
        case .code: return .code(text)
        case .decimal: return .decimal(DecimalText.parse(text)?.value ?? 0)
        case .integer: return .integer(Int(text) ?? 0)
        case .date:
            guard text.count == 8 else { return .date(text) }
            let digits = Array(text)
            return .date(String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8]))
        case .flag: return .flag(text == "1")
        case .choice: return .choice(text)
        }
    }
}

/// Which sections of a catalogue a form shows, in order, and of each which items (all of the
/// section's, in catalogue order, when not listed).
public struct FormLayout: Hashable, Sendable {
    public struct Section: Hashable, Sendable {
        public var key: String
        public var fields: [String]?
        public init(_ key: String, fields: [String]? = nil) { self.key = key; self.fields = fields }
    }

    public var sections: [Section]
    public init(_ sections: [Section]) { self.sections = sections }

    /// Every section of the catalogue, whole.
    public static func all(_ catalogue: FormCatalogue) -> FormLayout { FormLayout(catalogue.sections.map { Section($0.key) }) }

    /// The catalogue items of one layout section.
    public func fields(of section: Section, in catalogue: FormCatalogue) -> [CatalogueField] {
        guard let ids = section.fields else { return catalogue.fields(section: section.key) }
        return ids.compactMap { catalogue.field($0) }
    }
}

extension FieldDefinition {
    /// This big-table item as a catalogue item: required by the declaration's scope and direction.
    public var catalogueField: CatalogueField {
        let requirement: CatalogueField.Requirement
        switch required {
        case .optional: requirement = .optional
        case let .byRule(rule): requirement = .byRule(rule)
        case .always, .onImport, .onExport:
            let definition = self
            requirement = .when { values in
                definition.isRequired(scope: DeclarationScope(rawValue: values["scope"] ?? "") ?? .customsAndInspection,
                                      direction: values["direction"] == DeclarationDirection.export.flag ? .export : .import)
            }
        }
        let agency: Agency? = switch owner {
        case .shared: nil
        case .customs: .customs
        case .inspection: .inspection
        }
        return CatalogueField(id: key, zh: zh, en: en, kind: kind, maxLength: maxLength, section: section,
                              required: requirement, agency: agency)
    }
}

extension FieldCatalogue {
    /// The big table's items of one level as a form catalogue (the header form, a grid's columns).
    public static func catalogue(level: FieldDefinition.Level) -> FormCatalogue {
        FormCatalogue(sections: sections.filter { $0.level == level }.map { FormCatalogue.Section(key: $0.key, zh: $0.zh, en: $0.en) },
                      fields: fields(level: level).map(\.catalogueField))
    }
}
