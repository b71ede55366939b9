import Foundation
import SingleWindowKit

/// A set of catalogue keys with their English and Chinese text. Each area of the workstation
/// (shell, CLI, each pane) has its own key enum and table, so a typo cannot compile, and a test
/// checks that every key of every table has both languages.
public protocol CatalogueKey: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    static var table: [Self: (en: String, zh: String)] { get }
}

/// Every user-visible string of the workstation and the commands, in the operator's language.
/// The tables both faces use live here; a table only the TUI shows stays with its pane and
/// reaches `lookup`/`substitute` as a `package` member.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    // Shell keys get their own overloads so call sites can write `strings[.keyHelp]`; other
    // tables add the same two lines for their enum.
    public subscript(_ key: S) -> String { lookup(key) }
    public func format(_ key: S, _ arguments: Any...) -> String { substitute(self[key], arguments) }

    package func lookup<K: CatalogueKey>(_ key: K) -> String {
        guard let entry = K.table[key] else { return key.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    package func substitute(_ template: String, _ arguments: [Any]) -> String {
        var text = template
        for (i, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(i)}", with: "\(argument)")
        }
        return text
    }

    /// A domain message (validation problem, error) in this language.
    public func message(_ key: String, _ arguments: [String]) -> String {
        Messages.text(key, arguments, language: language)
    }
}

extension S: CatalogueKey {
    public static let table: [S: (en: String, zh: String)] = {
        var all: [S: (en: String, zh: String)] = [:]
        for part in [ShellStrings.entries, CLIStrings.entries] {
            all.merge(part) { first, _ in first }
        }
        return all
    }()
}
