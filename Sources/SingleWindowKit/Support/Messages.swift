/// Domain messages (problems, errors) in English and Chinese. The UI's own strings live in the
/// Workstation catalogue; these are the ones the domain produces, so the CLI can print them too.
public enum Language: String, CaseIterable, Codable, Sendable {
    case en
    case zh

    /// `zh` when the locale asks for Chinese, else English.
    public static func fromLocale(_ value: String?) -> Language {
        guard let value, !value.isEmpty else { return .en }
        return value.lowercased().hasPrefix("zh") ? .zh : .en
    }
}

public enum Messages {
    /// key → (en, zh). `{0}`, `{1}`… are replaced by arguments.
    nonisolated(unsafe) private static var table: [String: (en: String, zh: String)] = [:]
    private static let lock = NSLockShim()

    /// Areas register their messages once at start-up (see `DomainMessages.registerAll`).
    public static func register(_ entries: [String: (en: String, zh: String)]) {
        lock.withLock { table.merge(entries) { _, new in new } }
    }

    public static func has(_ key: String) -> Bool {
        DomainMessages.ensureRegistered()
        return lock.withLock { table[key] != nil }
    }

    public static func text(_ key: String, _ arguments: [String] = [], language: Language) -> String {
        DomainMessages.ensureRegistered()
        let entry = lock.withLock { table[key] }
        var text = entry.map { language == .zh ? $0.zh : $0.en } ?? key
        for (i, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(i)}", with: argument)
        }
        return text
    }
}

import Foundation
final class NSLockShim: @unchecked Sendable {
    private let lock = NSLock()
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body()
    }
}
