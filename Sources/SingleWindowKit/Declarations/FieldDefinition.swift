/// What one item of the big table is: the catalogue entry that drives the form, the importer,
/// the exporter and the validator alike.
public struct FieldDefinition: Equatable, Hashable, Sendable {
    public enum Kind: Equatable, Hashable, Sendable {
        case text
        /// A code that must resolve in `code_entry` under this table name.
        case code(String)
        /// An exact decimal with at most `scale` places.
        case decimal(scale: Int)
        case integer
        /// YYYY-MM-DD (YYYYMMDD accepted, as the customs message writes it).
        case date
        /// 0 or 1.
        case flag
        /// One of a few fixed values that are not a code table (the record's own switches).
        case choice([String])
    }

    public enum Level: String, Codable, CaseIterable, Sendable {
        case header, goods, container, document
    }

    /// Typed once and sent to both (the source's 32 shared items), or one agency's own.
    public enum Owner: String, Codable, CaseIterable, Sendable {
        case shared, customs, inspection

        public func isSent(in scope: DeclarationScope) -> Bool {
            switch self {
            case .shared: return true
            case .customs: return scope.includesCustoms
            case .inspection: return scope.includesInspection
            }
        }

        public func isSent(to agency: Agency) -> Bool {
            switch self {
            case .shared: return agency == .customs || agency == .inspection
            case .customs: return agency == .customs
            case .inspection: return agency == .inspection
            }
        }
    }

    /// When an empty value is a problem. Fields only count when their owner is in scope.
    public enum Required: Equatable, Hashable, Sendable {
        case optional
        case always
        case onImport
        case onExport
        /// Required or forbidden by a cross-field rule (named here for the form's help line);
        /// the validator's rule tables decide.
        case byRule(String)
    }

    public var key: String
    public var zh: String
    public var en: String
    public var kind: Kind
    public var maxLength: Int
    public var level: Level
    public var owner: Owner
    public var section: String
    public var required: Required

    public init(key: String, zh: String, en: String, kind: Kind, maxLength: Int, level: Level, owner: Owner,
                section: String, required: Required) {
        self.key = key; self.zh = zh; self.en = en; self.kind = kind; self.maxLength = maxLength
        self.level = level; self.owner = owner; self.section = section; self.required = required
    }

    public func label(_ language: Language) -> String { language == .zh ? zh : en }

    /// Whether an empty value is a problem for this scope and direction (rule-driven fields
    /// answer false here; the validator checks them).
    public func isRequired(scope: DeclarationScope, direction: DeclarationDirection) -> Bool {
        guard owner.isSent(in: scope) else { return false }
        switch required {
        case .optional, .byRule: return false
        case .always: return true
        case .onImport: return direction == .import
        case .onExport: return direction == .export
        }
    }

    /// The code table a `.code` field resolves in.
    public var codeTable: String? {
        if case let .code(table) = kind { return table }
        return nil
    }
}

/// A group of fields shown together on the form, in catalogue order.
public struct FieldSection: Equatable, Hashable, Sendable {
    public var key: String
    public var zh: String
    public var en: String
    public var level: FieldDefinition.Level

    public func label(_ language: Language) -> String { language == .zh ? zh : en }
}
