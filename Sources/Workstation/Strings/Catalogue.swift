import Foundation
import SingleWindowKit

/// Every user-visible string of the workstation, in English and Chinese. Keys are an enum so a
/// typo cannot compile, and a test checks that every key has both languages.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public subscript(_ key: S) -> String {
        guard let entry = Catalogue.entries[key] else { return key.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    /// A string with `{0}`, `{1}`… replaced.
    public func format(_ key: S, _ arguments: Any...) -> String {
        var text = self[key]
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

enum Catalogue {
    /// Each area contributes its own table; they are merged once.
    static let entries: [S: (en: String, zh: String)] = {
        var all: [S: (en: String, zh: String)] = [:]
        for table in [ShellStrings.entries, CLIStrings.entries] {
            all.merge(table) { first, _ in first }
        }
        return all
    }()
}
