import Foundation
import TextWidth

/// Checks a declaration against the catalogue and the cross-field rules, collecting every
/// problem at once (field path, message key, arguments) — never only the first.
///
/// Only what the scope sends is checked: a customs-only declaration is not refused for an
/// empty inspection item, and the reverse.
public struct DeclarationValidator {
    public let reference: DeclarationReference

    public init(reference: DeclarationReference) { self.reference = reference }

    public func validate(_ d: Declaration) throws -> [Problem] {
        var problems: [Problem] = []
        problems += try fieldProblems(d)
        problems += partyProblems(d)
        problems += try goodsRules(d)
        problems += weightRules(d)
        if d.scope.includesCustoms {
            problems += chargesRules(d)
            problems += supervisionRules(d)
        }
        problems += containerRules(d)
        return problems
    }

    /// Why `scope` cannot be chosen for this declaration (the form shows these when the
    /// declarant changes the scope): goods under legal inspection (法检) cannot go customs-only.
    public func scopeProblems(_ d: Declaration, scope: DeclarationScope) throws -> [Problem] {
        guard scope == .customsOnly else { return [] }
        var problems: [Problem] = []
        for (i, line) in d.goods.enumerated() {
            if let hs = try knownHS(line), hs.legalInspection {
                problems.append(Problem("scope", "decl.legalInspectionCustomsOnly", [String(i + 1), line.hsCode + line.ciqCode]))
            }
        }
        return problems
    }

    // MARK: - Per field

    private func fieldProblems(_ d: Declaration) throws -> [Problem] {
        var problems: [Problem] = []
        for rule in FieldRule.header { try check(d.header[rule.key] ?? "", rule, "header", d, into: &problems) }
        if d.goods.isEmpty { problems.append(Problem("goods", "decl.noGoods")) }
        if let tooMany = Declaration.goodsLimitProblem(d) { problems.append(tooMany) }
        for (i, line) in d.goods.prefix(InputLimits.goodsItems).enumerated() {
            for rule in FieldRule.goods { try check(line[rule.key], rule, "goods[\(i + 1)]", d, into: &problems) }
        }
        for (i, container) in d.containers.enumerated() {
            for rule in FieldRule.container { try check(container[rule.key], rule, "containers[\(i + 1)]", d, into: &problems) }
        }
        for (i, document) in d.documents.enumerated() {
            for rule in FieldRule.document { try check(document[rule.key], rule, "documents[\(i + 1)]", d, into: &problems) }
        }
        return problems
    }

    /// `prefix` is an autoclosure: the path string is built only when there is a problem.
    private func check(_ raw: String, _ rule: FieldRule, _ prefix: @autoclosure () -> String, _ d: Declaration,
                       into problems: inout [Problem]) throws {
        guard rule.owner.isSent(in: d.scope) else { return }
        let text = raw.trimmed
        if text.isEmpty {
            if rule.isRequired(scope: d.scope, direction: d.direction) {
                problems.append(Problem("\(prefix()).\(rule.key)", "problem.required"))
            }
            return
        }
        if rule.isText && text.utf8.count <= rule.maxLength { return }
        try FieldCheck.check(text, kind: rule.kind, maxLength: rule.maxLength, path: "\(prefix()).\(rule.key)",
                             reference: reference, into: &problems)
    }

    private func partyProblems(_ d: Declaration) -> [Problem] {
        ["traderUSCC", "ownerUSCC", "agentUSCC"].compactMap { key in
            let value = d[key].trimmed
            guard !value.isEmpty, !reference.isValidUSCC(value) else { return nil }
            return Problem("header.\(key)", "problem.uscc", [value])
        }
    }

    // MARK: - Goods

    private func knownHS(_ line: GoodsLine) throws -> HSCode? {
        guard isDigits(line.hsCode, 10), isDigits(line.ciqCode, 3) else { return nil }
        return try reference.hs(code: line.hsCode, ciqCode: line.ciqCode)
    }

    private func goodsRules(_ d: Declaration) throws -> [Problem] {
        var problems: [Problem] = []
        let manualMode = SupervisionRules.requiresManual(d.supervisionMode)
        for (i, line) in d.goods.enumerated() {
            // Built only when a problem is reported: most lines have none.
            func at() -> String { "goods[\(i + 1)]" }
            let hsCode = line.hsCode, ciqCode = line.ciqCode
            let hsOK = isDigits(hsCode, 10), ciqOK = isDigits(ciqCode, 3)
            if !hsCode.isEmpty && !hsOK { problems.append(Problem("\(at()).hsCode", "decl.hsFormat", [hsCode])) }
            if !ciqCode.isEmpty && !ciqOK { problems.append(Problem("\(at()).ciqCode", "decl.ciqFormat", [ciqCode])) }
            if hsOK && ciqOK {
                if let hs = try reference.hs(code: hsCode, ciqCode: ciqCode) {
                    if d.scope.includesCustoms { legalUnitRules(line, hs, at(), into: &problems) }
                } else {
                    problems.append(Problem("\(at()).hsCode", "decl.hsUnknown", [hsCode, ciqCode]))
                }
            }
            if let quantity = line.quantity, let price = line.unitPrice, let total = line.totalPrice {
                let expected = quantity * price
                if abs(expected - total) > WeightTolerance.lineTotal {
                    problems.append(Problem("\(at()).totalPrice", "decl.totalMismatch",
                                            [DecimalText.string(total), DecimalText.string(expected)]))
                }
            }
            if let net = line.netWeight, let gross = line.grossWeight, net > gross {
                problems.append(Problem("\(at()).goodsNetWeight", "decl.netAboveGross",
                                        [DecimalText.string(net), DecimalText.string(gross)]))
            }
            if manualMode && d.scope.includesCustoms && line["manualItemNo"].isEmpty {
                problems.append(Problem("\(at()).manualItemNo", "decl.manualItemRequired", [d.supervisionMode]))
            }
        }
        problems += try scopeProblems(d, scope: d.scope)
        return problems
    }

    /// Legal units are fixed by the code: the first must match; a second quantity is required
    /// exactly when the code has a second legal unit, and refused when it has none (a stray
    /// figure would be sent to customs as a fact).
    private func legalUnitRules(_ line: GoodsLine, _ hs: HSCode, _ at: @autoclosure () -> String, into problems: inout [Problem]) {
        let unit1 = line["legalUnit"].trimmed
        if !unit1.isEmpty && unit1 != hs.unit1 {
            problems.append(Problem("\(at()).legalUnit", "decl.legalUnitMismatch", [unit1, hs.unit1, hs.code]))
        }
        let qty2 = line["secondQuantity"].trimmed
        let unit2 = line["secondUnit"].trimmed
        if hs.hasSecondUnit {
            if qty2.isEmpty { problems.append(Problem("\(at()).secondQuantity", "decl.secondQuantityRequired", [hs.code, hs.unit2])) }
            if unit2.isEmpty {
                problems.append(Problem("\(at()).secondUnit", "decl.secondQuantityRequired", [hs.code, hs.unit2]))
            } else if unit2 != hs.unit2 {
                problems.append(Problem("\(at()).secondUnit", "decl.legalUnitMismatch", [unit2, hs.unit2, hs.code]))
            }
        } else {
            if !qty2.isEmpty { problems.append(Problem("\(at()).secondQuantity", "decl.secondQuantityNotAllowed", [hs.code])) }
            if !unit2.isEmpty { problems.append(Problem("\(at()).secondUnit", "decl.secondQuantityNotAllowed", [hs.code])) }
        }
    }

    // MARK: - Weights

    private func weightRules(_ d: Declaration) -> [Problem] {
        var problems: [Problem] = []
        if let net = d.netWeight, let gross = d.grossWeight, net > gross {
            problems.append(Problem("header.netWeight", "decl.netAboveGross", [DecimalText.string(net), DecimalText.string(gross)]))
        }
        let lineNets = d.goods.map(\.netWeight)
        if let headerNet = d.netWeight, !lineNets.isEmpty, lineNets.allSatisfy({ $0 != nil }) {
            let sum = lineNets.reduce(Decimal(0)) { $0 + ($1 ?? 0) }
            let allowance = WeightTolerance.netSumAllowance(headerNet: headerNet)
            if abs(sum - headerNet) > allowance {
                problems.append(Problem("header.netWeight", "decl.netSumMismatch",
                                        [DecimalText.string(sum), DecimalText.string(headerNet), DecimalText.string(allowance)]))
            }
        }
        return problems
    }

    // MARK: - Charges

    private func chargesRules(_ d: Declaration) -> [Problem] {
        var problems: [Problem] = []
        let terms = d["tradeTerms"].trimmed
        if let rule = ChargesRule.rule(terms: terms, direction: d.direction) {
            problems += charge(d, "freight", expected: rule.freight, terms: terms)
            problems += charge(d, "insurance", expected: rule.insurance, terms: terms)
        }
        problems += markRules(d, "freight", allowed: ChargesRule.freightMarks, currencyWhen: ["2", "3"])
        problems += markRules(d, "insurance", allowed: ChargesRule.insuranceMarks, currencyWhen: ["3"])
        problems += markRules(d, "other", allowed: ChargesRule.otherMarks, currencyWhen: ["3"])
        let otherMark = d["otherMark"].trimmed
        let otherValue = d["otherValue"].trimmed
        if otherMark.isEmpty != otherValue.isEmpty {
            let missing = otherMark.isEmpty ? "otherMark" : "otherValue"
            problems.append(Problem("header.\(missing)", "problem.required"))
        }
        return problems
    }

    private func charge(_ d: Declaration, _ prefix: String, expected: Bool, terms: String) -> [Problem] {
        var problems: [Problem] = []
        for suffix in ["Mark", "Value"] {
            let key = prefix + suffix
            let empty = d[key].trimmed.isEmpty
            if expected && empty {
                problems.append(Problem("header.\(key)", "decl.chargeRequired", [terms, d.direction.rawValue]))
            } else if !expected && !empty {
                problems.append(Problem("header.\(key)", "decl.chargeNotExpected", [terms, d.direction.rawValue]))
            }
        }
        return problems
    }

    private func markRules(_ d: Declaration, _ prefix: String, allowed: Set<String>, currencyWhen: Set<String>) -> [Problem] {
        let mark = d[prefix + "Mark"].trimmed
        guard !mark.isEmpty else { return [] }
        var problems: [Problem] = []
        if !allowed.contains(mark) {
            problems.append(Problem("header.\(prefix)Mark", "decl.markNotAllowed", [mark, allowed.sorted().joined(separator: "/")]))
        }
        if currencyWhen.contains(mark) && d[prefix + "Currency"].trimmed.isEmpty {
            problems.append(Problem("header.\(prefix)Currency", "decl.currencyRequired", [mark]))
        }
        return problems
    }

    // MARK: - Supervision mode

    private func supervisionRules(_ d: Declaration) -> [Problem] {
        var problems: [Problem] = []
        let mode = d.supervisionMode
        let levy = d["levyNature"].trimmed
        if let allowed = SupervisionRules.levyPairs[mode], !levy.isEmpty, !allowed.contains(levy) {
            problems.append(Problem("header.levyNature", "decl.levyMismatch", [mode, allowed.sorted().joined(separator: "/"), levy]))
        }
        if SupervisionRules.requiresManual(mode) && d["manualNo"].trimmed.isEmpty {
            problems.append(Problem("header.manualNo", "decl.manualRequired", [mode]))
        }
        return problems
    }

    // MARK: - Containers

    private func containerRules(_ d: Declaration) -> [Problem] {
        var problems: [Problem] = []
        var seen: Set<String> = []
        for (i, container) in d.containers.enumerated() {
            let number = container.number.uppercased()
            guard !number.isEmpty else { continue }
            let path = "containers[\(i + 1)].containerNo"
            if !ContainerNumber.hasShape(number) {
                problems.append(Problem(path, "decl.containerFormat", [number]))
            } else if !ContainerNumber.isValid(number) {
                problems.append(Problem(path, "problem.checkDigit", [number]))
            }
            if !seen.insert(number).inserted {
                problems.append(Problem(path, "decl.containerDuplicate", [number]))
            }
        }
        return problems
    }

    private func isDigits(_ text: String, _ count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}

/// A catalogue entry as the per-field check reads it, one list per level made once: a class,
/// so walking the list for every goods line costs a reference count, not a copy of the entry's
/// labels and section.
private final class FieldRule: Sendable {
    let key: String
    let kind: FieldDefinition.Kind
    let isText: Bool
    let maxLength: Int
    let owner: FieldDefinition.Owner
    /// The (scope, direction) pairs in which an empty value is a problem, worked out once.
    private let requiredIn: [(DeclarationScope, DeclarationDirection)]

    init(_ field: FieldDefinition) {
        key = field.key; kind = field.kind; maxLength = field.maxLength; owner = field.owner
        if case .text = field.kind { isText = true } else { isText = false }
        requiredIn = DeclarationScope.allCases.flatMap { scope in
            DeclarationDirection.allCases.filter { field.isRequired(scope: scope, direction: $0) }.map { (scope, $0) }
        }
    }

    func isRequired(scope: DeclarationScope, direction: DeclarationDirection) -> Bool {
        requiredIn.contains { $0.0 == scope && $0.1 == direction }
    }

    static func rules(_ level: FieldDefinition.Level) -> [FieldRule] { FieldCatalogue.fields(level: level).map(FieldRule.init) }

    /// Direction and scope are the record's own switches, parsed on import: not checked as text.
    static let header = rules(.header).filter { $0.key != "direction" && $0.key != "scope" }
    static let goods = rules(.goods)
    static let container = rules(.container)
    static let document = rules(.document)
}
